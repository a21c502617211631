import type { Doc } from '../doc/doc.js';
import { assignFolds } from '../eval/folds.js';
import { Featurizer } from '../genre/featurizer.js';
import type { FeaturizerConfig } from '../genre/featurizer.js';
import { decision, sigmoid, trainBinaryLogistic } from '../learn/logistic.js';
import type { BinaryLogistic } from '../learn/logistic.js';
import type { SparseVector } from '../learn/sparse.js';
import { FRAMES } from '../taxonomy/ids.js';
import type { FrameId } from '../taxonomy/ids.js';

/**
 * Frame classifier: one binary logistic regression per frame over all six
 * languages (words and stems in one vocabulary shared by all languages), with a decision threshold per
 * frame chosen on out-of-fold probabilities of the training data (inner
 * cross-validation), or one global threshold when `globalThreshold` is set.
 */
export interface FrameSettings {
  featurizer: FeaturizerConfig;
  C: number;
  balanced: boolean;
  /** One threshold for all frames instead of one per frame. */
  globalThreshold: boolean;
  /** Folds of the inner cross-validation that picks the thresholds. */
  innerFolds: number;
  /** Shrink each per-frame threshold toward the global one (0: per-frame, 1: global). */
  shrink: number;
  /**
   * Shrink of each language's own threshold toward the global one (0: the language's own,
   * 1: the global one; absent: no per-language thresholds). The joint model's probabilities
   * are not equally calibrated across languages: out of fold, Russian articles got 1.8
   * frames above the global threshold against 2.5 in the gold labels, Polish 6.4 against 5.0.
   */
  languageShrink?: number;
}

// bench/cv-doc.ts, mean micro-F1 over six languages, fold seed 20230301: frames-1
// (language-prefixed words) 0.577; one vocabulary shared by all languages
// (cognates, loanwords and numbers pool their evidence) 0.584, and on fold seed 7 0.581;
// frames-3 adds character 3-5-grams as their own block (sub-word evidence shared across
// the languages' morphology), 40,000 features: 0.593 and 0.592 (80,000: 0.596 on seed 7);
// frames-4 adds per-language thresholds shrunk halfway to the pooled one: 0.598 and 0.598
export const DEFAULT_FRAME_SETTINGS: FrameSettings = {
  featurizer: { styleWeight: 0, stems: true, bigrams: false, minDf: 2, maxFeatures: 40000, sharedVocabulary: true, charNgrams: [3, 5] },
  C: 10,
  balanced: false,
  // measured by 5-fold CV (mean micro-F1 over six languages): per-frame 0.561,
  // per-frame shrunk halfway to the global one 0.572, one global threshold 0.574
  globalThreshold: true,
  innerFolds: 2,
  shrink: 0.5,
  languageShrink: 0.5,
};

export interface FrameModel {
  featurizer: Featurizer;
  /** One binary model per frame, in FRAMES order. */
  rows: BinaryLogistic[];
  thresholds: number[];
  /** Thresholds of the languages seen in training (Doc language codes), in FRAMES order; others use `thresholds`. */
  languageThresholds?: Record<string, number[]>;
}

export interface FrameTrainingExample {
  key: string;
  doc: Doc;
  frames: readonly FrameId[];
}

function fitRows(examples: readonly FrameTrainingExample[], settings: FrameSettings): { featurizer: Featurizer; rows: BinaryLogistic[] } {
  const featurizer = Featurizer.fit(
    examples.map((e) => e.doc),
    settings.featurizer,
  );
  const X = examples.map((e) => featurizer.vector(e.doc));
  const rows = FRAMES.map((f) => {
    const y = examples.map((e) => e.frames.includes(f));
    return trainBinaryLogistic(X, y, featurizer.dim, { C: settings.C, balanced: settings.balanced, maxIterations: 150 });
  });
  return { featurizer, rows };
}

/** F1 of predicting positive when p >= t, for each candidate t; returns the best t. */
function bestThreshold(probs: readonly number[], gold: readonly boolean[]): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.1; t <= 0.9001; t += 0.025) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    probs.forEach((p, i) => {
      if (p >= t) gold[i] ? tp++ : fp++;
      else if (gold[i]) fn++;
    });
    const f1 = 2 * tp + fp + fn === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    if (f1 > best.f1 + 1e-9) best = { threshold: t, f1 };
  }
  return best;
}

/** Thresholds from out-of-fold probabilities (one row of 14 probabilities per example). */
export function chooseThresholds(oof: readonly number[][], examples: readonly FrameTrainingExample[], settings: FrameSettings): number[] {
  const allProbs = oof.flat();
  const allGold = examples.flatMap((e) => FRAMES.map((f) => e.frames.includes(f)));
  const global = bestThreshold(allProbs, allGold).threshold;
  if (settings.globalThreshold) return FRAMES.map(() => global);
  return FRAMES.map((f, j) => {
    const own = bestThreshold(
      oof.map((r) => r[j]!),
      examples.map((e) => e.frames.includes(f)),
    ).threshold;
    return settings.shrink * global + (1 - settings.shrink) * own;
  });
}

/**
 * Each training language's thresholds: the same rule as `chooseThresholds` on that
 * language's out-of-fold probabilities, then shrunk toward the pooled thresholds.
 */
export function chooseLanguageThresholds(
  oof: readonly number[][],
  examples: readonly FrameTrainingExample[],
  settings: FrameSettings,
  pooled: readonly number[],
): Record<string, number[]> | undefined {
  const shrink = settings.languageShrink;
  if (typeof shrink !== 'number') return undefined;
  const out: Record<string, number[]> = {};
  for (const lang of [...new Set(examples.map((e) => e.doc.lang))].sort()) {
    const mine = examples.flatMap((e, i) => (e.doc.lang === lang ? [i] : []));
    const own = chooseThresholds(
      mine.map((i) => oof[i]!),
      mine.map((i) => examples[i]!),
      settings,
    );
    out[lang] = own.map((t, j) => shrink * pooled[j]! + (1 - shrink) * t);
  }
  return out;
}

/** The thresholds that decide a document's frames: its language's own when trained, else the pooled ones. */
export function frameThresholds(model: FrameModel, lang: string): readonly number[] {
  return model.languageThresholds?.[lang] ?? model.thresholds;
}

export function trainFrameModel(
  examples: readonly FrameTrainingExample[],
  settings: FrameSettings = DEFAULT_FRAME_SETTINGS,
  seed = 1,
): FrameModel {
  const folds = assignFolds(examples.map((e) => e.key), settings.innerFolds, seed);
  const oof: number[][] = new Array<number[]>(examples.length);
  for (let f = 0; f < settings.innerFolds; f++) {
    const train = examples.filter((e) => folds.get(e.key) !== f);
    const { featurizer, rows } = fitRows(train, settings);
    examples.forEach((e, i) => {
      if (folds.get(e.key) !== f) return;
      const x = featurizer.vector(e.doc);
      oof[i] = rows.map((r) => sigmoid(decision(r, x)));
    });
  }
  const thresholds = chooseThresholds(oof, examples, settings);
  const languageThresholds = chooseLanguageThresholds(oof, examples, settings, thresholds);
  return { ...fitRows(examples, settings), thresholds, ...(languageThresholds ? { languageThresholds } : {}) };
}

/** Probability of each frame, in FRAMES order. */
export function frameProbabilities(model: FrameModel, doc: Doc): number[] {
  const x = model.featurizer.vector(doc);
  return model.rows.map((r) => sigmoid(decision(r, x)));
}

export function predictFrames(model: FrameModel, doc: Doc): FrameId[] {
  const p = frameProbabilities(model, doc);
  const thresholds = frameThresholds(model, doc.lang);
  return FRAMES.filter((_, j) => p[j]! >= thresholds[j]!);
}

/** Word vectors of every paragraph, computed once and shared by all frames of a document. */
export function paragraphVectors(model: FrameModel, doc: Doc): Array<{ id: number; x: SparseVector }> {
  const vectors = model.featurizer.paragraphVectors(doc);
  return doc.paragraphs.map((p, i) => ({ id: p.id, x: vectors[i]! }));
}

/**
 * Paragraph ids that carry a frame most: each paragraph's words scored by the
 * frame's weights (bias left out, so that only the paragraph's own words
 * count), strongest first, positive contributions only.
 */
export function frameParagraphs(
  model: FrameModel,
  doc: Doc,
  frame: FrameId,
  limit = 3,
  vectors: ReadonlyArray<{ id: number; x: SparseVector }> = paragraphVectors(model, doc),
): number[] {
  const row = model.rows[FRAMES.indexOf(frame)]!;
  return vectors
    .map((p) => ({ id: p.id, score: decision(row, p.x) - row.bias }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, limit)
    .map((s) => s.id);
}
