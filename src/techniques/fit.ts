import { sigmoid } from '../learn/logistic.js';
import type { BinaryLogistic } from '../learn/logistic.js';
import { trainMultiLabelLogisticSeeds } from '../learn/multilabel.js';
import { TfidfVectorizer } from '../learn/vectorizer.js';
import type { SparseVector } from '../learn/sparse.js';
import { TECHNIQUES } from '../taxonomy/ids.js';
import type { TechniqueId } from '../taxonomy/ids.js';

/**
 * Fitting the paragraph-level technique model: tf-idf vectors over the
 * paragraph features, then one-vs-rest logistic regression for the 23
 * techniques trained jointly on all languages. Used by the trainer and by the
 * cross-validation provider, so both measure the same system.
 */
export interface TechniqueFitConfig {
  minDf: number;
  C: number;
  epochs: number;
  classWeightPower: number;
  /** Learning rate divided by (1 + epochDecay·epoch) (see trainMultiLabelLogistic). */
  epochDecay: number;
  /** Char n-grams and the other features normalised as separate blocks (see TfidfVectorizer). */
  blockNorm: boolean;
  /** Average the iterates of this many final epochs (0: the last iterate; see trainMultiLabelLogistic averageFrom). */
  averageLast: number;
  /** Which iterates enter the average: every step's or each epoch's last. */
  averageEvery: 'step' | 'epoch';
  /** Shuffling seeds whose trained weights are averaged into one model (1: one run). */
  seedRuns: number;
  seed: number;
  /** Class weights counted within each sample group (fitTechniques' groups; a probe). */
  groupClassWeights?: boolean;
  /** Each group's samples weighted by (n / (groups · n_group))^power (0 or undefined: all 1; a probe). */
  groupBalancePower?: number;
}

/**
 * averageLast 0, seedRuns 1 (the last iterate of one run): tail averaging (per step over the last 1–3 epochs,
 * per epoch end over the last 2–4, 12 epochs, lr decay 0 and 0.5, C 2 and 8) and averaging 3 seeds all read
 * 0.400–0.403 pooled at 0.35 against 0.401 (npx tsx bench/cv-techniques.ts 5 4 8 0.5 3 with AVG_LAST, AVG_EVERY,
 * SEEDS, DECAY), inside fold noise: the decayed last iterate is already settled.
 *
 * classWeightPower 0.25 since techniques 1.6.0 (0.5 before): with the span lexicon, positives
 * weighted by (negatives / positives)^0.25 and a threshold of 0.30 read pooled micro-F1 0.419
 * on the out-of-fold predictions (`npx tsx bench/cv-techniques.ts 5 4 8 0.25 3`), against 0.413
 * for 0.5 at 0.40 and 0.416 unweighted at 0.20; French gains most (0.399 → 0.411).
 */
export const DEFAULT_FIT_CONFIG: TechniqueFitConfig = { minDf: 3, C: 4, epochs: 8, classWeightPower: 0.25, epochDecay: 1, blockNorm: true, averageLast: 0, averageEvery: 'step', seedRuns: 1, seed: 1 };

export interface FittedTechniques {
  vectorizer: TfidfVectorizer;
  /** One model per technique, in TECHNIQUES order. */
  models: BinaryLogistic[];
}

const TECHNIQUE_INDEX = new Map<TechniqueId, number>(TECHNIQUES.map((t, i) => [t, i]));

export function fitTechniques(
  features: readonly ReadonlyMap<string, number>[],
  labels: readonly (readonly TechniqueId[])[],
  config: TechniqueFitConfig = DEFAULT_FIT_CONFIG,
  /** A group per paragraph (its language), for groupClassWeights and groupBalancePower. */
  groups?: readonly number[],
): FittedTechniques {
  const vectorizer = TfidfVectorizer.fit(features, config.minDf, { blockNorm: config.blockNorm });
  const X = features.map((f) => vectorizer.transform(f));
  const Y = labels.map((ls) => ls.map((t) => TECHNIQUE_INDEX.get(t)!));
  let sampleWeights: Float64Array | undefined;
  if (groups && config.groupBalancePower) {
    const G = groups.reduce((m, g) => Math.max(m, g + 1), 1);
    const sizes = new Float64Array(G);
    for (const g of groups) sizes[g]!++;
    sampleWeights = Float64Array.from(groups, (g) => Math.pow(groups.length / (G * sizes[g]!), config.groupBalancePower!));
  }
  const models = trainMultiLabelLogisticSeeds(
    X,
    Y,
    TECHNIQUES.length,
    vectorizer.size,
    {
      C: config.C,
      epochs: config.epochs,
      classWeightPower: config.classWeightPower,
      epochDecay: config.epochDecay,
      ...(config.averageLast > 0 ? { averageFrom: Math.max(0, config.epochs - config.averageLast), averageEvery: config.averageEvery } : {}),
      seed: config.seed,
      ...(groups && config.groupClassWeights ? { groups } : {}),
      ...(sampleWeights ? { sampleWeights } : {}),
    },
    config.seedRuns,
  );
  return { vectorizer, models };
}

/** Probability of each technique (TECHNIQUES order) for one vector. */
export function techniqueProbabilities(models: readonly BinaryLogistic[], x: SparseVector): Float64Array {
  const out = new Float64Array(models.length);
  models.forEach((m, c) => {
    let s = m.bias;
    for (let k = 0; k < x.idx.length; k++) s += m.weights[x.idx[k]!]! * x.val[k]!;
    out[c] = sigmoid(s);
  });
  return out;
}
