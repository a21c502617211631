import type { LabeledSpan } from '../corpus/semeval2023.js';
import type { FrameId, GenreId, TechniqueId } from '../taxonomy/ids.js';

/**
 * The contract between the cross-validation harness (`spinscope eval --cv`) and
 * the systems it measures. The harness assigns folds (by article, per language,
 * with eval/folds.ts), asks each provider to train on the other folds and
 * predict one held-out fold, scores the predictions with the official scorers
 * and prints them beside the trivial baselines computed on the same folds.
 *
 * Keys: `${lang}/${articleId}` for articles and `${lang}/${articleId}/${paragraph}`
 * for paragraphs, where lang is the corpus folder code (en fr ge it po ru).
 */
export type Subtask = '1' | '2' | '3' | 'spans';

export interface FoldRequest {
  /** Corpus root (folder holding en/, fr/, …). */
  corpus: string;
  /** Corpus folder codes being evaluated; providers may train on all of them jointly. */
  langs: string[];
  /** Fold of every article key. */
  folds: ReadonlyMap<string, number>;
  /** The held-out fold: train on articles whose fold differs, predict those in it. */
  fold: number;
  k: number;
  seed: number;
}

export interface PredictionsBySubtask {
  '1': Map<string, GenreId>;
  '2': Map<string, FrameId[]>;
  /** Keyed by paragraph key; every template paragraph of the held-out articles. */
  '3': Map<string, TechniqueId[]>;
  /** Keyed by article key; code-point offsets into the subtask-3 article text. */
  spans: Map<string, LabeledSpan[]>;
}

export interface CvProvider<S extends Subtask = Subtask> {
  subtask: S;
  /** Short name for the table, e.g. "spinscope techniques v1". */
  name: string;
  predictFold(request: FoldRequest): PredictionsBySubtask[S] | Promise<PredictionsBySubtask[S]>;
}
