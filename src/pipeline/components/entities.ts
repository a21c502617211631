import type { Component } from '../component.js';
import { cuesFor } from '../../claims/cues.js';
import { entityFraming } from '../../entities/framing.js';
import { ENTITIES, LANGUAGE, MODEL_VERSIONS } from '../keys.js';

export const ENTITY_RULES_VERSION = 'entities-rules@1';

/**
 * People, organisations and places named in the text, merged across mentions,
 * with the evaluative labels attached to each and the resulting tone.
 */
export const entitiesComponent: Component = {
  name: 'entities',
  requires: [LANGUAGE.name],
  provides: [ENTITIES.name],
  run(doc) {
    const cues = cuesFor(doc.lang);
    if (!cues) {
      doc.set(ENTITIES, []);
      return;
    }
    doc.set(ENTITIES, entityFraming(doc, cues));
    const versions = doc.get(MODEL_VERSIONS);
    if (versions) versions.entities = ENTITY_RULES_VERSION;
  },
};
