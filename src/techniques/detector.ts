import type { Doc } from '../doc/doc.js';
import { shapeFeatures, tokenForms, unigramKeys } from '../features/ngrams.js';
import type { ParagraphTechniques, TechniqueSpan } from '../pipeline/analysis.js';
import { TECHNIQUE_CATEGORY } from '../taxonomy/ids.js';
import type { TechniqueId } from '../taxonomy/ids.js';
import { lowerCaseWords } from './featurize.js';
import type { TechniqueModel } from './modelio.js';
import { cutSpan, cutWordSpans, describeShape } from './spans.js';
import { blendScores, locateSpans, locatorFeatureIds, locatorFeatures, repeatedWords, tokenScoresById } from './locator.js';
import type { SpanLocator } from './locator.js';

/**
 * Runs a technique model over a Doc: paragraph probabilities (the techniques
 * above the global threshold), then for each of those one span or more in the
 * same paragraph with the cues that drove the decision. The two levels are
 * consistent by construction: spans exist only for techniques whose paragraph
 * score passed, and each such technique gets at least one span.
 */
export interface Detection {
  paragraphs: ParagraphTechniques[];
  spans: TechniqueSpan[];
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Per model and language: token form → indices of the features it fires on its
 * own, and (previous form, form) → index of their bigram feature (-1 when the
 * model does not know it). Both depend only on the forms, so each string key
 * is built and looked up once per process rather than once per token.
 */
const FORM_CACHE_LIMIT = 200_000;
const BIGRAM_CACHE_LIMIT = 1_000_000;
interface FormCache {
  own: Map<string, Int32Array>;
  bigrams: Map<string, Map<string, number>>;
  bigramCount: number;
}
const formCaches = new WeakMap<TechniqueModel, Map<string, FormCache>>();
function formCache(model: TechniqueModel, lang: string): FormCache {
  let byLang = formCaches.get(model);
  if (!byLang) formCaches.set(model, (byLang = new Map()));
  let cache = byLang.get(lang);
  if (!cache) byLang.set(lang, (cache = { own: new Map(), bigrams: new Map(), bigramCount: 0 }));
  return cache;
}

function bigramIndex(cache: FormCache, index: ReadonlyMap<string, number>, pre: string, previous: string, form: string): number {
  let next = cache.bigrams.get(previous);
  if (!next) {
    if (cache.bigramCount >= BIGRAM_CACHE_LIMIT) {
      cache.bigrams.clear();
      cache.bigramCount = 0;
    }
    cache.bigrams.set(previous, (next = new Map()));
  }
  let j = next.get(form);
  if (j === undefined) {
    j = index.get(`${pre}b:${previous} ${form}`) ?? -1;
    next.set(form, j);
    cache.bigramCount++;
  }
  return j;
}

/**
 * Per model: scratch arrays over the vocabulary (counts, and each feature's
 * position among the paragraph's distinct features), left all-zero after each
 * paragraph, so counting needs no Map per occurrence.
 */
interface Scratch {
  counts: Int32Array;
  local: Int32Array;
}
const scratches = new WeakMap<TechniqueModel, Scratch>();
function scratchFor(model: TechniqueModel): Scratch {
  let s = scratches.get(model);
  if (!s) scratches.set(model, (s = { counts: new Int32Array(model.vectorizer.size), local: new Int32Array(model.vectorizer.size) }));
  return s;
}

export interface DetectOptions {
  /** Cut spans and cues (default true); false for paragraph labels only. */
  spans?: boolean;
  /** The language's learned span locator; without it spans are cut from the paragraph model's contributions. */
  locator?: SpanLocator;
}

export function detectTechniques(doc: Doc, model: TechniqueModel, lang: string, options: DetectOptions = {}): Detection {
  const paragraphs: ParagraphTechniques[] = [];
  const spans: TechniqueSpan[] = [];
  const { header } = model;
  let repeated: Set<string> | undefined;
  doc.paragraphs.forEach((p, pi) => {
    const tokens = doc.tokensIn(p.start, p.end);
    const ngramOptions = { lang, prefix: lang, ...(header.titleWords ? { ordinaryWords: lowerCaseWords(doc) } : {}) };
    const forms = tokenForms(tokens, ngramOptions);
    // each feature resolved once: its index serves the counts, the score and the cues;
    // a token's own features depend only on its form, so their indices are cached per form.
    // Token i fires flat[from[i] .. from[i + 1]) (feature indices, in key order, its bigram last).
    const index = model.vectorizer.index;
    const cache = formCache(model, lang);
    const pre = `${lang}|`;
    const flat: number[] = [];
    const from = new Int32Array(tokens.length + 1);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const form = forms[i]!;
      const cacheKey = t.isWord ? form : `\u0000${form}`;
      let own = cache.own.get(cacheKey);
      if (!own) {
        own = Int32Array.from(unigramKeys(form, t.isWord, ngramOptions).map((k) => index.get(k) ?? -1).filter((j) => j >= 0));
        if (cache.own.size >= FORM_CACHE_LIMIT) cache.own.clear();
        cache.own.set(cacheKey, own);
      }
      for (let k = 0; k < own.length; k++) flat.push(own[k]!);
      if (i > 0) {
        const bigram = bigramIndex(cache, index, pre, forms[i - 1]!, form);
        if (bigram >= 0) flat.push(bigram);
      }
      from[i + 1] = flat.length;
    }
    // counts in first-occurrence order (the order of the Map the vectorizer weighs, which fixes
    // the floating-point summation order of the norm and the scores)
    const { counts, local } = scratchFor(model);
    const distinct: number[] = [];
    const count = (j: number, n: number): void => {
      if (counts[j] === 0) {
        local[j] = distinct.length;
        distinct.push(j);
      }
      counts[j]! += n;
    };
    for (let k = 0; k < flat.length; k++) count(flat[k]!, 1);
    const shapeCounts = shapeFeatures(tokens, forms);
    if (pi === 0) shapeCounts.set('sh:first', 1);
    const shapeIdx = new Map<string, number>();
    for (const [k, n] of shapeCounts) {
      const j = index.get(k);
      if (j === undefined) continue;
      shapeIdx.set(k, j);
      count(j, n);
    }
    const tf = new Map<number, number>();
    for (const j of distinct) tf.set(j, counts[j]!);
    const flatLocal = Int32Array.from(flat, (j) => local[j]!);
    for (const j of distinct) counts[j] = 0;
    // tf-idf with its normalisation, by the model's own vectorizer (values come normalised)
    const value = model.vectorizer.weigh(tf);
    const inv = 1;
    const T = header.techniques.length;
    const z = Float64Array.from(header.biases);
    for (const [j, v] of value) {
      const base = j * T;
      const x = v * inv;
      for (let c = 0; c < T; c++) z[c]! += model.matrix[base + c]! * x;
    }
    const found: Array<{ technique: TechniqueId; score: number; c: number }> = [];
    header.techniques.forEach((technique, c) => {
      const score = 1 / (1 + Math.exp(-z[c]!));
      if (score >= header.threshold) found.push({ technique, score, c });
    });
    found.sort((a, b) => b.score - a.score);
    paragraphs.push({ id: p.id, start: p.start, end: p.end, techniques: found.map((f) => ({ technique: f.technique, score: round(f.score) })) });
    if (found.length === 0 || options.spans === false) return;
    // a feature's contribution is split evenly between the tokens that fired it
    const perFiring = Float64Array.from(distinct, (j) => ((value.get(j) ?? 0) * inv) / (tf.get(j) ?? 1));
    const locator = options.locator;
    let locatorKeys: Int32Array[] | undefined;
    const perToken = new Array<number>(tokens.length);
    for (const f of found) {
      for (let i = 0; i < tokens.length; i++) {
        let sum = 0;
        for (let k = from[i]!; k < from[i + 1]!; k++) sum += model.matrix[flat[k]! * T + f.c]! * perFiring[flatLocal[k]!]!;
        perToken[i] = sum;
      }
      const shapes = [...shapeIdx].map(([k, j]) => ({ k, v: model.matrix[j * T + f.c]! * (value.get(j) ?? 0) * inv }));
      const mode = header.spanMode[f.technique] ?? 'sentence';
      const spanWords = header.spanWords[f.technique] ?? 3;
      const located =
        locator && tokens.length > 0
          ? blendScores(tokenScoresById((locatorKeys ??= locatorFeatureIds(locatorFeatures(tokens, locator.lang, (repeated ??= repeatedWords(doc))), locator)), locator, f.technique), perToken, locator.blend)
          : undefined;
      const cuts = located
        ? locateSpans(doc, tokens, located, locator!, f.technique)
        : mode === 'words'
          ? cutWordSpans(doc, p, tokens, perToken, spanWords)
          : [cutSpan(doc, p, tokens, perToken, mode, spanWords)];
      // cue words: the locator's strongest tokens in the span when it cut it, else the paragraph model's
      const cueScore = located ?? perToken;
      const shapeCues = shapes.filter((s) => s.v > 0.05).sort((a, b) => b.v - a.v).slice(0, 2).map((s) => describeShape(s.k));
      for (const cut of cuts) {
        const cueWords = tokens
          .map((t, i) => ({ t: t.text, v: cueScore[i]!, i }))
          .filter((e) => e.v > 0 && tokens[e.i]!.isWord && e.i >= cut.first && e.i <= cut.last)
          .sort((a, b) => b.v - a.v);
        const cues: string[] = [];
        for (const e of cueWords) if (!cues.includes(e.t) && cues.length < 4) cues.push(e.t);
        cues.push(...shapeCues);
        spans.push({
          technique: f.technique,
          category: TECHNIQUE_CATEGORY[f.technique],
          start: cut.start,
          end: cut.end,
          text: doc.slice(cut.start, cut.end),
          score: round(f.score),
          cues,
        });
      }
    }
  });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { paragraphs, spans };
}

