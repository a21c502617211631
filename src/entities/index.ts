export { entityFraming, toneOf } from './framing.js';
export { findMentions } from './mentions.js';
export type { Mention } from './mentions.js';
export { mergeMentions } from './merge.js';
export type { EntityGroup } from './merge.js';
export { attachLabels, evaluativeSpans } from './labels.js';
export type { Label } from './labels.js';
export { nameRuns } from './candidates.js';
export type { NameRun } from './candidates.js';
