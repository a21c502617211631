export { Doc, annotationKey } from './doc.js';
export type { AnnotationKey, DocOptions } from './doc.js';
export type { Paragraph, Sentence, Token } from './segment.js';
export { SpanGroups } from './spans.js';
export type { Span } from './spans.js';
export { OffsetIndex, codePointLength } from './offsets.js';
export { decodeInput, normalizeText, MAX_INPUT_BYTES } from './decode.js';
export type { DecodedText } from './decode.js';
