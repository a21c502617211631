import { assignFolds } from '../eval/folds.js';
import { TECHNIQUES } from '../taxonomy/ids.js';
import type { TechniqueId } from '../taxonomy/ids.js';
import { fitTechniques, techniqueProbabilities } from './fit.js';
import type { TechniqueFitConfig } from './fit.js';

/**
 * Choosing the one global decision threshold honestly: by cross-validation
 * inside the training data only (the CV provider calls this on each outer
 * training fold, so the held-out fold never influences its own threshold).
 * Micro-F1 pooled over all techniques and languages is very sensitive to the
 * threshold, and one global threshold beat per-technique ones (which overfit).
 */
export const THRESHOLD_GRID: readonly number[] = Array.from({ length: 33 }, (_, i) => Math.round((0.1 + 0.025 * i) * 1000) / 1000);

/** The threshold of `grid` with the best pooled micro-F1 (ties: the higher threshold, which predicts less). */
export function bestThreshold(probs: readonly Float64Array[], gold: readonly (readonly number[])[], grid: readonly number[] = THRESHOLD_GRID): { threshold: number; microF1: number } {
  let best = { threshold: grid[0]!, microF1: -1 };
  for (const thr of grid) {
    let tp = 0;
    let predicted = 0;
    let relevant = 0;
    probs.forEach((p, i) => {
      const g = gold[i]!;
      relevant += g.length;
      for (let c = 0; c < p.length; c++) {
        if (p[c]! < thr) continue;
        predicted++;
        if (g.includes(c)) tp++;
      }
    });
    const denom = predicted + relevant;
    const f1 = denom === 0 ? 1 : (2 * tp) / denom;
    if (f1 >= best.microF1) best = { threshold: thr, microF1: f1 };
  }
  return best;
}

export interface InnerSample {
  /** Grouping key (`${lang}/${articleId}`): inner folds split by article, like the outer ones. */
  group: string;
  features: ReadonlyMap<string, number>;
  labels: readonly TechniqueId[];
}

/**
 * Threshold chosen on out-of-fold probabilities of `k`-fold CV (by article)
 * over the given training samples.
 */
export function innerCvThreshold(samples: readonly InnerSample[], config: TechniqueFitConfig, k: number, seed: number): { threshold: number; microF1: number } {
  const folds = assignFolds(samples.map((s) => s.group), k, seed);
  const probs: Float64Array[] = new Array(samples.length);
  for (let f = 0; f < k; f++) {
    const train = samples.filter((s) => folds.get(s.group) !== f);
    const fitted = fitTechniques(train.map((s) => s.features), train.map((s) => s.labels), config);
    samples.forEach((s, i) => {
      if (folds.get(s.group) === f) probs[i] = techniqueProbabilities(fitted.models, fitted.vectorizer.transform(s.features));
    });
  }
  return bestThreshold(probs, samples.map((s) => s.labels.map((t) => TECHNIQUES.indexOf(t))));
}
