import { annotationKey } from '../doc/doc.js';
import type { Claim, EntityFraming, FrameResult, GenreResult, ParagraphTechniques, Summary, TechniqueSpan } from './analysis.js';
import type { LanguageGuess } from '../lang/identify.js';

/**
 * The annotation each component adds to a Doc. A component's `provides` names
 * these keys; `requires` names the keys it reads.
 */
export const LANGUAGE = annotationKey<LanguageGuess & { supported: boolean }>('language');
export const TECHNIQUES = annotationKey<TechniqueSpan[]>('techniques');
export const PARAGRAPH_TECHNIQUES = annotationKey<ParagraphTechniques[]>('paragraphTechniques');
export const GENRE = annotationKey<GenreResult>('genre');
export const FRAMES = annotationKey<FrameResult[]>('frames');
export const CLAIMS = annotationKey<Claim[]>('claims');
export const ENTITIES = annotationKey<EntityFraming[]>('entities');
export const SUMMARY = annotationKey<Summary>('summary');
/** Model name → version, filled by each component that loads a model. */
export const MODEL_VERSIONS = annotationKey<Record<string, string>>('models');
/** Warnings for the user (unsupported language, replaced bytes…). */
export const WARNINGS = annotationKey<string[]>('warnings');
