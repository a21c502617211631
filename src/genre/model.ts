import type { Doc } from '../doc/doc.js';
import { decision, softmax, trainSoftmax } from '../learn/logistic.js';
import type { BinaryLogistic } from '../learn/logistic.js';
import { GENRES } from '../taxonomy/ids.js';
import type { GenreId } from '../taxonomy/ids.js';
import { Featurizer } from './featurizer.js';
import type { FeaturizerConfig } from './featurizer.js';

/**
 * Genre classifier: one multinomial logistic regression over all six
 * languages (shared style features; one word vocabulary for all languages, so
 * that cognates and loanwords pool their evidence), trained with
 * balanced class weights so that the nine-to-one opinion majority of the
 * English data does not decide by itself. Its scores are then temperature-
 * scaled (temperature fitted on out-of-fold predictions), which leaves the
 * decision unchanged and makes the probabilities honest under equal priors.
 */
export interface GenreSettings {
  featurizer: FeaturizerConfig;
  C: number;
  /** Balance classes within each language rather than over the pooled data. */
  perLanguageBalance?: boolean;
  /**
   * Cap on a per-language class weight: English has three satire articles, and
   * uncapped balancing would make each of them weigh as much as 47 opinion
   * pieces, so that any exclamatory English text came out as satire.
   */
  maxClassWeight?: number;
}

// bench/cv-doc.ts, mean macro-F1 over six languages, fold seeds 20230301 / 7: genre-1
// (style ×1.5, language-prefixed words) 0.536 / 0.534; one vocabulary for all
// languages 0.543 / 0.542; shared vocabulary with style ×0.75 0.555 / 0.561
export const DEFAULT_GENRE_SETTINGS: GenreSettings = {
  featurizer: { styleWeight: 0.75, stems: true, bigrams: false, minDf: 2, maxFeatures: 20000, languageStyle: true, sharedVocabulary: true },
  C: 1,
  perLanguageBalance: true,
  maxClassWeight: 10,
};

export interface GenreModel {
  featurizer: Featurizer;
  /** One row per genre, in GENRES order. */
  rows: BinaryLogistic[];
  temperature: number;
}

export interface GenreTrainingExample {
  doc: Doc;
  genre: GenreId;
}

export function trainGenreModel(examples: readonly GenreTrainingExample[], settings: GenreSettings = DEFAULT_GENRE_SETTINGS): GenreModel {
  const featurizer = Featurizer.fit(
    examples.map((e) => e.doc),
    settings.featurizer,
  );
  const X = examples.map((e) => featurizer.vector(e.doc));
  const y = examples.map((e) => GENRES.indexOf(e.genre));
  const rows = settings.perLanguageBalance
    ? trainSoftmax(X, y, GENRES.length, featurizer.dim, { C: settings.C, sampleWeights: perLanguageClassWeights(examples, settings.maxClassWeight), maxIterations: 200 })
    : trainSoftmax(X, y, GENRES.length, featurizer.dim, { C: settings.C, balanced: true, maxIterations: 200 });
  return { featurizer, rows, temperature: 1 };
}

/**
 * Weights that give every genre present in a language the same total weight
 * within that language, and every language a weight proportional to its size.
 */
export function perLanguageClassWeights(examples: readonly GenreTrainingExample[], maxWeight = Infinity): Float64Array {
  const count = new Map<string, number>();
  const langSize = new Map<string, number>();
  const present = new Map<string, Set<GenreId>>();
  for (const e of examples) {
    count.set(`${e.doc.lang}/${e.genre}`, (count.get(`${e.doc.lang}/${e.genre}`) ?? 0) + 1);
    langSize.set(e.doc.lang, (langSize.get(e.doc.lang) ?? 0) + 1);
    if (!present.has(e.doc.lang)) present.set(e.doc.lang, new Set());
    present.get(e.doc.lang)!.add(e.genre);
  }
  return Float64Array.from(examples, (e) =>
    Math.min(maxWeight, langSize.get(e.doc.lang)! / (present.get(e.doc.lang)!.size * count.get(`${e.doc.lang}/${e.genre}`)!)),
  );
}

/** Raw class scores (before temperature) in GENRES order. */
export function genreScores(model: GenreModel, doc: Doc): number[] {
  const x = model.featurizer.vector(doc);
  return model.rows.map((r) => decision(r, x));
}

export function genreProbabilities(model: GenreModel, doc: Doc): Record<GenreId, number> {
  const p = softmax(genreScores(model, doc).map((s) => s / model.temperature));
  return Object.fromEntries(GENRES.map((g, i) => [g, p[i]!])) as Record<GenreId, number>;
}

export function predictGenre(model: GenreModel, doc: Doc): GenreId {
  const s = genreScores(model, doc);
  return GENRES[s.indexOf(Math.max(...s))]!;
}

/**
 * The temperature that minimises the class-balanced negative log-likelihood
 * of out-of-fold scores (golden-section search on log T). Balanced, because
 * the probabilities are meant for inputs whose genre mix is unknown.
 */
export function fitTemperature(scores: readonly number[][], gold: readonly number[]): number {
  const freq = new Array<number>(GENRES.length).fill(0);
  for (const g of gold) freq[g]!++;
  const present = freq.filter((f) => f > 0).length;
  const weight = freq.map((f) => (f === 0 ? 0 : gold.length / (present * f)));
  const nll = (logT: number): number => {
    const T = Math.exp(logT);
    let loss = 0;
    scores.forEach((s, i) => {
      const p = softmax(s.map((v) => v / T));
      loss -= weight[gold[i]!]! * Math.log(Math.max(1e-12, p[gold[i]!]!));
    });
    return loss;
  };
  let lo = Math.log(0.05);
  let hi = Math.log(20);
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let it = 0; it < 60; it++) {
    const a = hi - phi * (hi - lo);
    const b = lo + phi * (hi - lo);
    if (nll(a) < nll(b)) hi = b;
    else lo = a;
  }
  return Math.exp((lo + hi) / 2);
}
