import type { Token } from '../doc/segment.js';
import { continuesName, tokenForms } from '../features/ngrams.js';
import type { NgramOptions } from '../features/ngrams.js';
import { stemmerFor } from '../features/stemmers.js';
import { assignFolds } from '../eval/folds.js';
import { TECHNIQUES } from '../taxonomy/ids.js';
import { rawTerms } from './raw-terms.js';
import type { RawTerms } from './raw-terms.js';

/**
 * The span lexicon: which words the annotators put inside the spans of each
 * technique. The paragraph model sees only which techniques a paragraph holds;
 * the span files say which words carried them. For each training language and
 * technique the lexicon holds a word form's (or stem's) lift, the log of how
 * much more often it stands inside that technique's spans than in the
 * language's text at large (smoothed, clipped at 0). A paragraph then gets, per
 * technique, its strongest word's lift and the mean of its three strongest
 * (`x:lx:<technique>:max`, `x:lx:<technique>:top`, scaled by LEXICON_SCALE): 46
 * raw-value features shared by all languages, so evidence learnt from one
 * language's spans weighs the same in another's.
 *
 * Measured (`npx tsx bench/cv-techniques.ts 5 4 8 0.5 3`, 5 folds by article, pooled
 * micro-F1): 0.401 without the lexicon (at its best threshold, 0.35), 0.408 at 0.35 and
 * 0.413 at 0.40 with it; English gains most. docs/history/techniques.md "Version 1.4.0".
 *
 * Training features must not see their own article's spans, or the model would
 * learn to trust the lexicon far more than it deserves on new text: the lexicon
 * scores of training paragraphs come from lexicons learnt on the other inner
 * folds (`outOfFoldLexiconFeatures`).
 */

/** Smoothing: a form's lift starts from the technique's base rate as if seen this many times. */
const ALPHA = 5;
/** Forms seen fewer times in the language's training text have no entry. */
const MIN_COUNT = 3;
/** Entries whose best lift is below this are dropped (they never decide a max; keeps the files small). */
const MIN_LIFT = 0.25;
/** Scale of the lexicon features beside the unit-norm tf-idf vector (chosen by 5-fold CV: 0.3, 0.1, 0.05, 0.025). */
export const LEXICON_SCALE = 0.05;
/** Inner folds for the training paragraphs' out-of-fold lexicon scores. */
const INNER_FOLDS = 5;
const TOP = 3;

const T = TECHNIQUES.length;
/** The family of the lexicon's feature keys. */
export const LEXICON_PREFIX = 'x:lx:';
const FEATURE_MAX = TECHNIQUES.map((t) => `${LEXICON_PREFIX}${t}:max`);
const FEATURE_TOP = TECHNIQUES.map((t) => `${LEXICON_PREFIX}${t}:top`);
/** The lexicon's feature keys, technique by technique (max, then top). */
export const LEXICON_FEATURES: readonly string[] = [...FEATURE_MAX, ...FEATURE_TOP];

/** One language's lexicon: form key → lift per technique (TECHNIQUES order). */
export type SpanLexicon = ReadonlyMap<string, Float32Array>;

/**
 * The lexicon keys of each token (`w:<form>`, `s:<stem>`; none for punctuation
 * and for a token that continues a name), from the token forms the paragraph
 * model reads.
 */
export function lexiconKeys(tokens: readonly Token[], forms: readonly string[], lang: string): string[][] {
  const stem = stemmerFor(lang);
  return tokens.map((t, i) => (!t.isWord || continuesName(forms, i) ? [] : formKeys(forms[i]!, stem)));
}

function formKeys(form: string, stem: ((word: string) => string) | undefined): string[] {
  const keys = [`w:${form}`];
  if (stem && !form.startsWith('<')) {
    const s = stem(form);
    if (s !== form) keys.push(`s:${s}`);
  }
  return keys;
}

/** Keys and gold techniques of one training paragraph's tokens. */
export interface LexiconSample {
  /** Article key (`${lang}/${id}`): inner folds split by article. */
  group: string;
  lang: string;
  keys: string[][];
  /** Technique indices whose gold spans cover each token. */
  covering: number[][];
}

export function lexiconSample(group: string, lang: string, tokens: readonly Token[], options: NgramOptions, spans: ReadonlyArray<{ technique: string; start: number; end: number }>): LexiconSample {
  const keys = lexiconKeys(tokens, tokenForms(tokens, options), lang);
  const index = new Map<string, number>(TECHNIQUES.map((t, c) => [t, c]));
  const covering = tokens.map((t) => [...new Set(spans.filter((s) => t.start < s.end && t.end > s.start).map((s) => index.get(s.technique)!))].filter((c) => c !== undefined));
  return { group, lang, keys, covering };
}

/** Learns each language's lexicon from the given samples. */
export function buildSpanLexicons(samples: readonly LexiconSample[]): Map<string, SpanLexicon> {
  const byLang = new Map<string, LexiconSample[]>();
  for (const s of samples) {
    let list = byLang.get(s.lang);
    if (!list) byLang.set(s.lang, (list = []));
    list.push(s);
  }
  const out = new Map<string, SpanLexicon>();
  for (const [lang, list] of byLang) out.set(lang, buildLexicon(list));
  return out;
}

function buildLexicon(samples: readonly LexiconSample[]): SpanLexicon {
  const seen = new Map<string, number>();
  const inside = new Map<string, Float64Array>();
  const insideAll = new Float64Array(T);
  let tokens = 0;
  for (const s of samples) {
    s.keys.forEach((keys, i) => {
      if (keys.length === 0) return;
      tokens++;
      const cover = s.covering[i]!;
      for (const c of cover) insideAll[c]!++;
      for (const k of keys) {
        seen.set(k, (seen.get(k) ?? 0) + 1);
        if (cover.length === 0) continue;
        let row = inside.get(k);
        if (!row) inside.set(k, (row = new Float64Array(T)));
        for (const c of cover) row[c]!++;
      }
    });
  }
  const prior = Float64Array.from(insideAll, (a) => (a + 1) / (tokens + 1));
  const lexicon = new Map<string, Float32Array>();
  // sorted keys: the same data always gives the same lexicon (and file)
  for (const k of [...inside.keys()].sort()) {
    const n = seen.get(k)!;
    if (n < MIN_COUNT) continue;
    const row = inside.get(k)!;
    const lift = new Float32Array(T);
    let best = 0;
    for (let c = 0; c < T; c++) {
      const v = Math.log((row[c]! + ALPHA * prior[c]!) / (n + ALPHA) / prior[c]!);
      lift[c] = v > 0 ? v : 0;
      if (lift[c]! > best) best = lift[c]!;
    }
    if (best >= MIN_LIFT) lexicon.set(k, lift);
  }
  return lexicon;
}

/** Per technique: the strongest token's lift, and the tokens behind the max and top features. */
export interface LexiconScores {
  /** Feature values (LEXICON_FEATURES order), already scaled. */
  values: Float64Array;
  /** For each feature, the tokens it rests on (one for max, up to three for top). */
  tokens: number[][];
}

/** The paragraph's lexicon features from its tokens' keys (see lexiconKeys). */
export function lexiconScores(keys: readonly (readonly string[])[], lexicon: SpanLexicon | undefined): LexiconScores {
  return scoresFromLifts(lexicon ? keys.map((ks) => bestLift(ks, lexicon)) : []);
}

/** A token's lift per technique: the best over its keys (undefined when none has an entry). */
function bestLift(keys: readonly string[], lexicon: SpanLexicon): Float32Array | undefined {
  let best: Float32Array | undefined;
  for (const k of keys) {
    const lift = lexicon.get(k);
    if (!lift) continue;
    if (!best) best = Float32Array.from(lift);
    else for (let c = 0; c < T; c++) if (lift[c]! > best[c]!) best[c] = lift[c]!;
  }
  return best;
}

function scoresFromLifts(lifts: ReadonlyArray<Float32Array | undefined>): LexiconScores {
  // the three strongest tokens of each technique, strongest first (ties: the earlier token first),
  // kept in flat arrays in one pass over the tokens: the detector runs this for every paragraph
  const topToken = new Int32Array(TOP * T).fill(-1);
  const topLift = new Float64Array(TOP * T);
  for (let i = 0; i < lifts.length; i++) {
    const lift = lifts[i];
    if (!lift) continue;
    for (let c = 0; c < T; c++) {
      const v = lift[c]!;
      if (v <= 0) continue;
      const base = c * TOP;
      if (topToken[base + TOP - 1]! >= 0 && topLift[base + TOP - 1]! >= v) continue;
      let at = TOP - 1;
      while (at > 0 && (topToken[base + at - 1]! < 0 || topLift[base + at - 1]! < v)) at--;
      for (let k = TOP - 1; k > at; k--) {
        topLift[base + k] = topLift[base + k - 1]!;
        topToken[base + k] = topToken[base + k - 1]!;
      }
      topLift[base + at] = v;
      topToken[base + at] = i;
    }
  }
  const values = new Float64Array(2 * T);
  const tokens: number[][] = Array.from({ length: 2 * T }, () => []);
  for (let c = 0; c < T; c++) {
    const base = c * TOP;
    if (topToken[base]! < 0) continue;
    let sum = 0;
    const top: number[] = [];
    for (let k = 0; k < TOP && topToken[base + k]! >= 0; k++) {
      sum += topLift[base + k]!;
      top.push(topToken[base + k]!);
    }
    values[c] = LEXICON_SCALE * topLift[base]!;
    tokens[c] = [topToken[base]!];
    // the mean over three tokens (fewer when the paragraph has fewer words with a lift: they count as 0)
    values[T + c] = (LEXICON_SCALE * sum) / TOP;
    tokens[T + c] = top;
  }
  return { values, tokens };
}

/** Adds the lexicon features to a paragraph's feature map (a copy: cached maps stay as they are). */
export function withLexiconFeatures(features: ReadonlyMap<string, number>, scores: LexiconScores): Map<string, number> {
  const out = new Map(features);
  scores.values.forEach((v, j) => {
    if (v > 0) out.set(LEXICON_FEATURES[j]!, v);
  });
  return out;
}

/**
 * Lexicon scores of training samples, each from a lexicon learnt without its
 * own article (inner folds by article), in sample order.
 */
export function outOfFoldLexiconScores(samples: readonly LexiconSample[], seed: number): LexiconScores[] {
  const folds = assignFolds(new Set(samples.map((s) => s.group)), INNER_FOLDS, seed);
  const out: LexiconScores[] = new Array(samples.length);
  for (let f = 0; f < INNER_FOLDS; f++) {
    const lexicons = buildSpanLexicons(samples.filter((s) => folds.get(s.group) !== f));
    samples.forEach((s, i) => {
      if (folds.get(s.group) === f) out[i] = lexiconScores(s.keys, lexicons.get(s.lang));
    });
  }
  return out;
}

const formLifts = new WeakMap<SpanLexicon, Map<string, Float32Array | null>>();
/** Forms remembered per lexicon (bounded, like the n-gram key cache). */
const FORM_CACHE_LIMIT = 50_000;

/** A form's lift per technique in a lexicon (its best key: form or stem), cached per lexicon and form. */
export function formLift(lexicon: SpanLexicon, form: string, lang: string): Float32Array | undefined {
  let cache = formLifts.get(lexicon);
  if (!cache) formLifts.set(lexicon, (cache = new Map()));
  let lift = cache.get(form);
  if (lift === undefined) {
    lift = bestLift(formKeys(form, stemmerFor(lang)), lexicon) ?? null;
    if (cache.size >= FORM_CACHE_LIMIT) cache.clear();
    cache.set(form, lift);
  }
  return lift ?? undefined;
}

/**
 * The lexicon features a paragraph fires that the model has a row for (the
 * detector adds them to the scores beside the tf-idf features, and splits each
 * one's contribution between the tokens behind it for the cues); undefined
 * when the model has no lexicon for the language.
 */
export function lexiconTerms(lexicon: SpanLexicon | undefined, index: { get(key: string): number | undefined }, tokens: readonly Token[], forms: readonly string[], lang: string): RawTerms | undefined {
  if (!lexicon) return undefined;
  // a form's lift depends only on the form: looked up (and stemmed) once per lexicon and form
  const lifts = tokens.map((t, i) => (!t.isWord || continuesName(forms, i) ? undefined : formLift(lexicon, forms[i]!, lang)));
  const scores = scoresFromLifts(lifts);
  return rawTerms(index, LEXICON_FEATURES, scores.values, scores.tokens);
}
