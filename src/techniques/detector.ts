import { NOUN_CAPS_LANGS } from '../features/german-names.js';
import type { Doc } from '../doc/doc.js';
import { continuesName, firesAsWord, shapeFeatures, tokenForms } from '../features/ngrams.js';
import { FormIndex } from '../features/form-index.js';
import { weighInOrder } from './weigh.js';
import type { ParagraphTechniques, TechniqueSpan } from '../pipeline/analysis.js';
import { TECHNIQUE_CATEGORY } from '../taxonomy/ids.js';
import type { TechniqueId } from '../taxonomy/ids.js';
import { lowerCaseWords } from '../features/ordinary-words.js';
import { TASK_CODES } from '../lang/codes.js';
import type { TechniqueModel } from './modelio.js';
import { cutSpan, cutWordSpans, describeCueWord, describeShape, isReadableShape } from './spans.js';
import { cueWordsOf, isExplainingCue } from './cues.js';
import { blendScores, locateSpans, repeatedWords } from './locator.js';
import { locatorFeatureIds, tokenScoresById } from './locator-ids.js';
import type { SpanLocator } from './locator.js';
import { lexiconTerms } from './span-lexicon.js';
import { valenceTerms } from './raw-terms.js';
import { LANGUAGE_INTERCEPT, languageInterceptKey } from './featurize.js';

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

/** Per model and language: feature indices of token forms (see FormIndex). */
const formIndexes = new WeakMap<TechniqueModel, Map<string, FormIndex>>();
function formIndex(model: TechniqueModel, lang: string): FormIndex {
  let byLang = formIndexes.get(model);
  if (!byLang) formIndexes.set(model, (byLang = new Map()));
  let forms = byLang.get(lang);
  if (!forms) byLang.set(lang, (forms = new FormIndex(model.vectorizer.index, { lang, prefix: lang })));
  return forms;
}

/**
 * Per model: scratch arrays over the vocabulary (counts, and each feature's
 * position among the paragraph's distinct features), left all-zero after each
 * paragraph, so counting needs no Map per occurrence.
 */
interface Scratch {
  /**
   * By feature index j: its count at 2j and its position among the distinct features at 2j + 1,
   * side by side, so that counting a feature touches one cache line of this vocabulary-sized
   * array instead of one in each of two (the counting loop waited on memory more than it computed).
   */
  countAndLocal: Int32Array;
  /** Reused per paragraph (grown on demand): the features fired in token order, their positions among the distinct ones, the distinct ones. */
  flat: Int32Array;
  flatLocal: Int32Array;
  distinct: Int32Array;
}
const scratches = new WeakMap<TechniqueModel, Scratch>();
function scratchFor(model: TechniqueModel): Scratch {
  let s = scratches.get(model);
  if (!s) {
    const size = model.vectorizer.size;
    s = { countAndLocal: new Int32Array(2 * size), flat: new Int32Array(1024), flatLocal: new Int32Array(1024), distinct: new Int32Array(1024) };
    scratches.set(model, s);
  }
  return s;
}

/** A copy of `a` with room for at least `n` values (the first `used` kept). */
function grown(a: Int32Array, n: number, used: number): Int32Array {
  const b = new Int32Array(Math.max(n, a.length * 2));
  b.set(a.subarray(0, used));
  return b;
}

export interface DetectOptions {
  /** Cut spans and cues (default true); false for paragraph labels only. */
  spans?: boolean;
  /** The language's learned span locator; without it spans are cut from the paragraph model's contributions. */
  locator?: SpanLocator;
  /** One decision threshold for every technique, instead of the model's thresholds and offsets. */
  minScore?: number;
}

const knownWordViews = new WeakMap<TechniqueModel, Map<string, { has(word: string): boolean }>>();

/**
 * The model's ordinary words of a language, read from its vocabulary: those with a word feature
 * ("ru|w:…") that the header does not list among its name words.
 */
function knownWordsOf(model: TechniqueModel, lang: string): { has(word: string): boolean } {
  let byLang = knownWordViews.get(model);
  if (!byLang) knownWordViews.set(model, (byLang = new Map()));
  let view = byLang.get(lang);
  if (!view) {
    const index = model.vectorizer.index;
    const prefix = `${lang}|w:`;
    const names = new Set(model.header.nameWords ?? []);
    byLang.set(lang, (view = { has: (word: string) => index.has(prefix + word) && !names.has(`${lang}|${word}`) }));
  }
  return view;
}


const nameViews = new WeakMap<TechniqueModel, Map<string, { nameForms: ReadonlySet<string>; nounVocabulary: { has(word: string): boolean } }>>();

/** The header's names of a noun-capitalising language, and its words with a word feature less those names. */
function germanNameViews(model: TechniqueModel, lang: string): { nameForms: ReadonlySet<string>; nounVocabulary: { has(word: string): boolean } } {
  let byLang = nameViews.get(model);
  if (!byLang) nameViews.set(model, (byLang = new Map()));
  let views = byLang.get(lang);
  if (!views) {
    const prefix = `${lang}|`;
    const nameForms = new Set((model.header.nameForms ?? []).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)));
    const index = model.vectorizer.index;
    const wordPrefix = `${lang}|w:`;
    byLang.set(lang, (views = { nameForms, nounVocabulary: { has: (word: string) => index.has(wordPrefix + word) && !nameForms.has(word) } }));
  }
  return views;
}

export function detectTechniques(doc: Doc, model: TechniqueModel, lang: string, options: DetectOptions = {}): Detection {
  const paragraphs: ParagraphTechniques[] = [];
  const spans: TechniqueSpan[] = [];
  const { header } = model;
  // a language may keep a threshold of its own (English, Polish), and a technique an offset from it
  // (techniques/threshold.ts: languageThresholds, techniqueOffsets; shipped since 1.7.0: loaded language, repetition)
  const base = header.languageThresholds?.[lang] ?? header.threshold;
  const thresholds = header.techniques.map((t) => options.minScore ?? base + (header.techniqueOffsets?.[t] ?? 0));
  let repeated: Set<string> | undefined;
  doc.paragraphs.forEach((p, pi) => {
    const tokens = doc.tokensIn(p.start, p.end);
    const ngramOptions = {
      lang,
      prefix: lang,
      ...(header.titleWords ? { ordinaryWords: lowerCaseWords(doc) } : {}),
      // only a trained language has a vocabulary to ask; elsewhere openers keep their word
      ...(header.sentenceOpeners && TASK_CODES.includes(lang) ? { knownWords: knownWordsOf(model, lang) } : {}),
      ...(header.nameForms && NOUN_CAPS_LANGS.has(lang) ? germanNameViews(model, lang) : {}),
    };
    const forms = tokenForms(tokens, ngramOptions);
    // each feature resolved once: its index serves the counts, the score and the cues;
    // a token's own features depend only on its form, so their indices are cached per form.
    // Token i fires flat[from[i] .. from[i + 1]) (feature indices, in key order, its bigram last).
    const index = model.vectorizer.index;
    const formFeatures = formIndex(model, lang);
    formFeatures.startParagraph();
    const scratch = scratchFor(model);
    let flat = scratch.flat;
    let n = 0;
    const from = new Int32Array(tokens.length + 1);
    let previous = -1;
    for (let i = 0; i < tokens.length; i++) {
      const id = formFeatures.id(forms[i]!);
      // a token that continues a name fires nothing (ngramFeatures does the same)
      if (continuesName(forms, i)) {
        previous = id;
        from[i + 1] = n;
        continue;
      }
      const at = formFeatures.ownAt(id, firesAsWord(tokens[i]!, forms[i]!));
      const pool = formFeatures.pool;
      const owned = pool[at]!;
      if (n + owned + 1 > flat.length) flat = scratch.flat = grown(flat, n + owned + 1, n);
      for (let k = 1; k <= owned; k++) flat[n++] = pool[at + k]!;
      if (i > 0) {
        const bigram = formFeatures.bigram(previous, id);
        if (bigram >= 0) flat[n++] = bigram;
      }
      previous = id;
      from[i + 1] = n;
    }
    // counts in first-occurrence order (the order of the Map the vectorizer weighs, which fixes
    // the floating-point summation order of the norm and the scores); flatLocal[k] is the
    // position of flat[k] among the distinct features
    const cl = scratch.countAndLocal;
    const shapeCounts = shapeFeatures(tokens, forms);
    if (pi === 0) shapeCounts.set('sh:first', 1);
    if (scratch.distinct.length < n + shapeCounts.size) scratch.distinct = new Int32Array(Math.max(n + shapeCounts.size, 2 * scratch.distinct.length));
    if (scratch.flatLocal.length < n) scratch.flatLocal = new Int32Array(Math.max(n, 2 * scratch.flatLocal.length));
    const allDistinct = scratch.distinct;
    const flatLocal = scratch.flatLocal;
    let nd = 0;
    for (let k = 0; k < n; k++) {
      const j = flat[k]!;
      if (cl[2 * j] === 0) {
        cl[2 * j + 1] = nd;
        allDistinct[nd++] = j;
      }
      cl[2 * j]!++;
      flatLocal[k] = cl[2 * j + 1]!;
    }
    const shapeIdx = new Map<string, number>();
    for (const [k, c] of shapeCounts) {
      const j = index.get(k);
      if (j === undefined) continue;
      shapeIdx.set(k, j);
      if (cl[2 * j] === 0) {
        cl[2 * j + 1] = nd;
        allDistinct[nd++] = j;
      }
      cl[2 * j]! += c;
    }
    const distinct = allDistinct.subarray(0, nd);
    const distinctCounts = new Int32Array(nd);
    for (let k = 0; k < nd; k++) {
      distinctCounts[k] = cl[2 * distinct[k]!]!;
      cl[2 * distinct[k]!] = 0;
    }
    // tf-idf with its normalisation, as the model's own vectorizer weighs (values come normalised)
    const weight = weighInOrder(model.vectorizer, distinct, distinctCounts);
    const z = Float64Array.from(header.biases);
    const matrix = model.matrix;
    matrix.accumulate(distinct, weight, distinctCounts, z);
    // the span-lexicon and word-valence scores: raw values beside the tf-idf counts
    // (span-lexicon.ts, features/valence.ts), in the order the training features list them
    const spanLexicon = model.lexicons?.get(lang);
    const raw = [valenceTerms(index, tokens, forms, lang), lexiconTerms(spanLexicon, index, tokens, forms, lang)].filter((t) => t !== undefined);
    for (const terms of raw) terms.rows.forEach((j, q) => matrix.addRow(j, terms.values[q]!, z));
    // the language's own intercept (featurize.ts; absent from models before 1.8.1 and from the shared one)
    const intercept = index.get(languageInterceptKey(lang));
    if (intercept !== undefined) matrix.addRow(intercept, LANGUAGE_INTERCEPT, z);
    const found: Array<{ technique: TechniqueId; score: number; c: number }> = [];
    header.techniques.forEach((technique, c) => {
      const score = 1 / (1 + Math.exp(-z[c]!));
      if (score >= thresholds[c]!) found.push({ technique, score, c });
    });
    found.sort((a, b) => b.score - a.score);
    paragraphs.push({ id: p.id, start: p.start, end: p.end, techniques: found.map((f) => ({ technique: f.technique, score: round(f.score) })) });
    if (found.length === 0 || options.spans === false) return;
    // a feature's contribution is split evenly between the tokens that fired it
    const perFiring = new Float64Array(distinct.length);
    for (let k = 0; k < distinct.length; k++) perFiring[k] = weight[k]! / distinctCounts[k]!;
    const locator = options.locator;
    let locatorKeys: Int32Array[] | undefined;
    const perToken = new Array<number>(tokens.length);
    const contribution = new Float64Array(distinct.length);
    for (const f of found) {
      // each distinct feature's product once (the same two factors, so the same bits as per firing)
      for (let k = 0; k < distinct.length; k++) contribution[k] = matrix.at(distinct[k]!, f.c) * perFiring[k]!;
      for (let i = 0; i < tokens.length; i++) {
        let sum = 0;
        for (let k = from[i]!; k < from[i + 1]!; k++) sum += contribution[flatLocal[k]!]!;
        perToken[i] = sum;
      }
      // a raw feature's contribution is split between the tokens behind it
      for (const terms of raw) {
        terms.rows.forEach((j, q) => {
          const share = (matrix.at(j, f.c) * terms.values[q]!) / terms.tokens[q]!.length;
          for (const i of terms.tokens[q]!) perToken[i]! += share;
        });
      }
      const shapes = [...shapeIdx].map(([k, j]) => ({ k, v: matrix.at(j, f.c) * weight[cl[2 * j + 1]!]! }));
      const mode = header.spanMode[f.technique] ?? 'sentence';
      const spanWords = header.spanWords[f.technique] ?? 3;
      const located =
        locator && tokens.length > 0
          ? blendScores(tokenScoresById((locatorKeys ??= locatorFeatureIds(tokens, locator, (repeated ??= repeatedWords(doc)), header.nameForms && NOUN_CAPS_LANGS.has(lang) ? germanNameViews(model, lang) : {})), locator, f.technique), perToken, locator.blend)
          : undefined;
      const cuts = located
        ? locateSpans(doc, tokens, located, locator!, f.technique)
        : mode === 'words'
          ? cutWordSpans(doc, p, tokens, perToken, spanWords)
          : [cutSpan(doc, p, tokens, perToken, mode, spanWords)];
      // cue words: the locator's strongest tokens in the span when it cut it, else the paragraph model's
      const cueScore = located ?? perToken;
      const shapeCues = shapes.filter((s) => s.v > 0.05 && isReadableShape(s.k)).sort((a, b) => b.v - a.v).slice(0, 2).map((s) => describeShape(s.k));
      for (const cut of cuts) {
        // only the cut's own tokens (the sort is stable: ties keep token order, as over the whole paragraph)
        const cues = cueWordsOf(cut, tokens, cueScore, (i) => describeCueWord(tokens[i]!.text, forms[i]!), (i) => isExplainingCue(forms[i]!, f.c, lang, spanLexicon, index));
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

