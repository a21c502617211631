import type { Component } from '../component.js';
import { cuesFor } from '../../claims/cues.js';
import { detectClaims } from '../../claims/detect.js';
import { CLAIMS, LANGUAGE, MODEL_VERSIONS } from '../keys.js';

/** Version of the claim rules and cue files; bump when either changes behaviour. */
export const CLAIM_RULES_VERSION = 'claims-rules@1';

/**
 * Check-worthy claims with their sourcing and vagueness markers. Rule-based on
 * per-language cue files (data/cues/<lang>.json, compiled once per process);
 * a language without a cue file gets no claims rather than English guesses.
 */
export const claimsComponent: Component = {
  name: 'claims',
  requires: [LANGUAGE.name],
  provides: [CLAIMS.name],
  run(doc) {
    const cues = cuesFor(doc.lang);
    if (!cues) {
      doc.set(CLAIMS, []);
      return;
    }
    doc.set(CLAIMS, detectClaims(doc, cues));
    const versions = doc.get(MODEL_VERSIONS);
    if (versions) versions.claims = CLAIM_RULES_VERSION;
  },
};
