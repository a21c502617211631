export { analyzeSentences, detectClaims, CLAIM_THRESHOLD } from './detect.js';
export type { SentenceAnalysis } from './detect.js';
export { cuesFor, compileCues, cueDirectory, CUE_LANGUAGES } from './cues.js';
export type { Cues, CueFile } from './cues.js';
export { findAttribution, classifySource } from './sourcing.js';
export type { Attribution } from './sourcing.js';
export { findVagueness } from './vagueness.js';
export type { VaguenessMarker } from './vagueness.js';
export { PhraseMatcher } from './phrases.js';
