import type { CvProvider } from './cv-types.js';
import { techniqueParagraphProvider, techniqueSpanProvider } from '../techniques/cv.js';
import { genreCvProvider } from '../genre/train.js';
import { framesCvProvider } from '../frames/train.js';

/**
 * The systems `spinscope eval --cv` measures, one per subtask (model families
 * add their provider here). Subtasks without a provider are reported with
 * their trivial baseline only.
 */
export const CV_PROVIDERS: CvProvider[] = [techniqueParagraphProvider, techniqueSpanProvider, genreCvProvider, framesCvProvider];
