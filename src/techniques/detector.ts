import type { Doc } from '../doc/doc.js';
import { shapeFeatures, tokenForms, unigramKeys } from '../features/ngrams.js';
import type { ParagraphTechniques, TechniqueSpan } from '../pipeline/analysis.js';
import { TECHNIQUE_CATEGORY } from '../taxonomy/ids.js';
import type { TechniqueId } from '../taxonomy/ids.js';
import { lowerCaseWords } from './featurize.js';
import type { TechniqueModel } from './modelio.js';
import { cutSpan, cutWordSpans, describeShape } from './spans.js';
import { blendScores, locateSpans, locatorFeatures, repeatedWords, tokenScores } from './locator.js';
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

/** Per model and language: token form → indices of the features it fires on its own. */
const FORM_CACHE_LIMIT = 200_000;
const formCaches = new WeakMap<TechniqueModel, Map<string, Map<string, Int32Array>>>();
function formCache(model: TechniqueModel, lang: string): Map<string, Int32Array> {
  let byLang = formCaches.get(model);
  if (!byLang) formCaches.set(model, (byLang = new Map()));
  let cache = byLang.get(lang);
  if (!cache) byLang.set(lang, (cache = new Map()));
  return cache;
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
    // a token's own features depend only on its form, so their indices are cached per form
    const index = model.vectorizer.index;
    const cache = formCache(model, lang);
    const pre = `${lang}|`;
    const tokenIdx = tokens.map((t, i) => {
      const form = forms[i]!;
      const cacheKey = t.isWord ? form : `\u0000${form}`;
      let own = cache.get(cacheKey);
      if (!own) {
        own = Int32Array.from(unigramKeys(form, t.isWord, ngramOptions).map((k) => index.get(k) ?? -1).filter((j) => j >= 0));
        if (cache.size >= FORM_CACHE_LIMIT) cache.clear();
        cache.set(cacheKey, own);
      }
      const bigram = i > 0 ? index.get(`${pre}b:${forms[i - 1]} ${form}`) : undefined;
      if (bigram === undefined) return own;
      const js = new Int32Array(own.length + 1);
      js.set(own);
      js[own.length] = bigram;
      return js;
    });
    const tf = new Map<number, number>();
    for (const js of tokenIdx) for (const j of js) if (j >= 0) tf.set(j, (tf.get(j) ?? 0) + 1);
    const shapeCounts = shapeFeatures(tokens, forms);
    if (pi === 0) shapeCounts.set('sh:first', 1);
    const shapeIdx = new Map<string, number>();
    for (const [k, n] of shapeCounts) {
      const j = index.get(k);
      if (j === undefined) continue;
      shapeIdx.set(k, j);
      tf.set(j, (tf.get(j) ?? 0) + n);
    }
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
    const perFiring = (j: number): number => ((value.get(j) ?? 0) * inv) / (tf.get(j) ?? 1);
    const locator = options.locator;
    let locatorKeys: string[][] | undefined;
    for (const f of found) {
      const perToken = tokenIdx.map((js) => {
        let sum = 0;
        for (const j of js) if (j >= 0) sum += model.matrix[j * T + f.c]! * perFiring(j);
        return sum;
      });
      const shapes = [...shapeIdx].map(([k, j]) => ({ k, v: model.matrix[j * T + f.c]! * (value.get(j) ?? 0) * inv }));
      const mode = header.spanMode[f.technique] ?? 'sentence';
      const spanWords = header.spanWords[f.technique] ?? 3;
      const located =
        locator && tokens.length > 0
          ? blendScores(tokenScores((locatorKeys ??= locatorFeatures(tokens, locator.lang, (repeated ??= repeatedWords(doc)))), locator.weights.get(f.technique)), perToken, locator.blend)
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

