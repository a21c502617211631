import type { Doc } from '../doc/doc.js';
import type { Token } from '../doc/segment.js';
import { FeatureTable } from '../features/feature-table.js';
import { FormIndex } from '../features/form-index.js';
import { IndexCounter } from '../features/index-counter.js';
import { ngramFeatures, tokenForms } from '../features/ngrams.js';
import type { NgramOptions } from '../features/ngrams.js';
import { documentStyle, STYLE_FEATURE_NAMES } from '../features/style.js';
import type { StyleFeatureName } from '../features/style.js';
import { l2Normalize } from '../learn/sparse.js';
import { featureBlock, normalizeBlocks } from '../learn/vectorizer.js';
import type { SparseVector } from '../learn/sparse.js';

/**
 * Turns a document (or one paragraph of it) into the sparse vector the genre
 * and frame models read: language-prefixed word and stem counts (log tf · idf,
 * unit length) followed by the standardised style features, shared by all
 * languages. Fitted on the training documents (vocabulary, idf, style means),
 * then frozen and saved in the model header.
 */
export interface FeaturizerConfig {
  /** Weight of the style block relative to the unit-length word block (0: no style). */
  styleWeight: number;
  stems: boolean;
  bigrams: boolean;
  /** Keep words seen in at least this many training documents. */
  minDf: number;
  /** Keep at most this many words (most frequent first). */
  maxFeatures: number;
  /**
   * Add a per-language copy of the style block plus a language indicator, so
   * that a language can shift a shared cue's weight and its own genre prior.
   */
  languageStyle?: boolean;
  /** Style features left out (e.g. raw length, a corpus-source shortcut). */
  excludeStyle?: readonly StyleFeatureName[];
  /** Char n-grams inside words (shared sub-word evidence across inflections); none when absent. */
  charNgrams?: readonly [number, number];
  /** Replace capitalised words by their role (default true: keeps verdicts neutral). */
  maskNames?: boolean;
  /** Words without a language prefix, so that languages share spellings (cognates, loanwords). */
  sharedVocabulary?: boolean;
}

export interface FeaturizerState {
  config: FeaturizerConfig;
  vocab: string[];
  idf: number[];
  styleMean: number[];
  styleSd: number[];
  /** Languages with a style copy (ISO codes), in block order. */
  languages: string[];
  /** The style features used, in block order; means and sds follow this order. */
  styleNames: StyleFeatureName[];
}

const countCache = new WeakMap<Doc, Map<string, Map<string, number>>>();

function ngramOptions(doc: Doc, config: FeaturizerConfig): NgramOptions {
  return {
    lang: doc.lang,
    prefix: config.sharedVocabulary ? undefined : doc.lang,
    stems: config.stems,
    bigrams: config.bigrams,
    charNgrams: config.charNgrams ?? false,
    shapes: false,
    maskNames: config.maskNames ?? true,
  };
}

function tokenCounts(doc: Doc, tokens: readonly Token[], config: FeaturizerConfig): Map<string, number> {
  return ngramFeatures(tokens, ngramOptions(doc, config));
}

/** Whole-document token counts, memoised per Doc and configuration. */
function documentCounts(doc: Doc, config: FeaturizerConfig): Map<string, number> {
  const key = `${config.stems}|${config.bigrams}|${config.charNgrams?.join('-') ?? ''}|${config.maskNames ?? true}|${config.sharedVocabulary ?? false}`;
  let byConfig = countCache.get(doc);
  if (!byConfig) {
    byConfig = new Map();
    countCache.set(doc, byConfig);
  }
  let counts = byConfig.get(key);
  if (!counts) {
    counts = tokenCounts(doc, doc.tokens, config);
    byConfig.set(key, counts);
  }
  return counts;
}

/** Math.log1p of the small counts most features have, computed once (the same values: the same function of the same numbers). */
const LOG1P = Float64Array.from({ length: 256 }, (_, n) => Math.log1p(n));
const log1pCount = (n: number): number => (n < 256 && Number.isInteger(n) ? LOG1P[n]! : Math.log1p(n));

const styleCache = new WeakMap<Doc, Float64Array>();

/** The word counts of a featurizer without words. */
const NO_COUNTS: SparseVector = { idx: new Int32Array(0), val: new Float32Array(0) };

function styleOf(doc: Doc): Float64Array {
  let s = styleCache.get(doc);
  if (!s) {
    s = documentStyle(doc);
    styleCache.set(doc, s);
  }
  return s;
}

export class Featurizer {
  /** Vocabulary key → index (a flat table, not a Map of strings: see FeatureTable). */
  private readonly index: FeatureTable;

  /** With char n-grams: 1 for a char n-gram, 0 for a word or stem (normalised as two blocks, see normalizeBlocks). */
  private readonly charBlocks: Uint8Array | undefined;

  /**
   * Per language (the stemmer differs even in a shared vocabulary): the
   * vocabulary indices of token forms. Building a dozen n-gram strings per
   * token and looking each up was most of the frame model's time per article
   * once it used char n-grams.
   */
  private readonly formIndexes = new Map<string, FormIndex>();

  /** Document-level index counts, per Doc (the Doc owns its tokens, so they cannot change). */
  private readonly docCounts = new WeakMap<Doc, SparseVector>();

  constructor(readonly state: FeaturizerState) {
    this.index = new FeatureTable(state.vocab);
    this.charBlocks = state.config.charNgrams ? Uint8Array.from(state.vocab, featureBlock) : undefined;
  }

  /** Fits vocabulary, idf and style standardisation on training documents. */
  static fit(docs: readonly Doc[], config: FeaturizerConfig): Featurizer {
    const df = new Map<string, number>();
    // maxFeatures 0: a style-only model (genre), which need not count any word
    if (config.maxFeatures > 0) for (const d of docs) for (const f of documentCounts(d, config).keys()) df.set(f, (df.get(f) ?? 0) + 1);
    const vocab = [...df]
      .filter(([, c]) => c >= config.minDf)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, config.maxFeatures)
      .map(([f]) => f)
      .sort();
    const n = docs.length;
    const idf = vocab.map((f) => Math.log((1 + n) / (1 + df.get(f)!)) + 1);
    const styleNames = STYLE_FEATURE_NAMES.filter((f) => !(config.excludeStyle ?? []).includes(f));
    const pick = styleNames.map((f) => STYLE_FEATURE_NAMES.indexOf(f));
    const mean = new Array<number>(pick.length).fill(0);
    const sd = new Array<number>(pick.length).fill(0);
    for (const d of docs) pick.forEach((src, j) => (mean[j]! += styleOf(d)[src]! / n));
    for (const d of docs) pick.forEach((src, j) => (sd[j]! += (styleOf(d)[src]! - mean[j]!) ** 2 / n));
    const languages = config.languageStyle ? [...new Set(docs.map((d) => d.lang))].sort() : [];
    return new Featurizer({ config, vocab, idf, styleMean: mean, styleSd: sd.map((v) => Math.sqrt(v) || 1), languages, styleNames });
  }

  get dim(): number {
    if (this.state.config.styleWeight <= 0) return this.state.vocab.length;
    const k = this.state.styleNames.length;
    return this.state.vocab.length + k + this.state.languages.length * (k + 1);
  }

  /** Name of feature i, for cues ("w:tax", "style:question_share"). */
  featureName(i: number): string {
    const v = this.state.vocab;
    if (i < v.length) return v[i]!.replace(/^[a-z]{2}\|/, '');
    const names = this.state.styleNames;
    const k = names.length;
    if (i < v.length + k) return `style:${names[i - v.length]}`;
    const j = (i - v.length - k) % (k + 1);
    return j === k ? 'language' : `style:${names[j]}`;
  }

  /** The standardised score of each style feature for a document (clipped to ±4 sd, as the model reads it). */
  styleScores(doc: Doc): Map<StyleFeatureName, number> {
    const all = styleOf(doc);
    return new Map(
      this.state.styleNames.map((f, j) => [f, Math.max(-4, Math.min(4, (all[STYLE_FEATURE_NAMES.indexOf(f)]! - this.state.styleMean[j]!) / this.state.styleSd[j]!))]),
    );
  }

  /** Whole-document vectors, per Doc: the genre experts' scores and their cues read the same vector. */
  private readonly docVectors = new WeakMap<Doc, SparseVector>();

  vector(doc: Doc): SparseVector {
    let v = this.docVectors.get(doc);
    if (!v) this.docVectors.set(doc, (v = this.computeVector(doc)));
    return v;
  }

  private computeVector(doc: Doc): SparseVector {
    const all = styleOf(doc);
    const style = Float64Array.from(this.state.styleNames, (f) => all[STYLE_FEATURE_NAMES.indexOf(f)]!);
    let counts = this.docCounts.get(doc);
    if (!counts) this.docCounts.set(doc, (counts = this.state.vocab.length === 0 ? NO_COUNTS : this.countIds(doc, doc.tokens)));
    return this.build(counts, style, doc.lang);
  }

  /** Reused count accumulator over the vocabulary (empty again after each use). */
  private counter: IndexCounter | undefined;

  /**
   * The counts `tokenCounts` gives, restricted to the vocabulary: indices
   * ascending, values the counts.
   */
  private countIds(doc: Doc, tokens: readonly Token[]): SparseVector {
    const options = ngramOptions(doc, this.state.config);
    const forms = tokenForms(tokens, options);
    let formIndex = this.formIndexes.get(doc.lang);
    if (!formIndex) this.formIndexes.set(doc.lang, (formIndex = new FormIndex(this.index, options)));
    formIndex.startParagraph();
    const counter = (this.counter ??= new IndexCounter(this.state.vocab.length));
    let previous = -1;
    for (let i = 0; i < tokens.length; i++) {
      const id = formIndex.id(forms[i]!);
      const at = formIndex.ownAt(id, tokens[i]!.isWord);
      const pool = formIndex.pool;
      for (let k = at + 1, end = at + 1 + pool[at]!; k < end; k++) counter.add(pool[k]!);
      if (options.bigrams && i > 0) {
        const j = formIndex.bigram(previous, id);
        if (j >= 0) counter.add(j);
      }
      previous = id;
    }
    return counter.take();
  }

  /** Word features of one paragraph only (no style block): for ranking paragraphs by a frame. */
  paragraphVector(doc: Doc, start: number, end: number): SparseVector {
    return this.build(this.countIds(doc, doc.tokensIn(start, end)), undefined, doc.lang);
  }

  /**
   * `paragraphVector` of every paragraph. Where no feature spans two tokens (no bigrams) and
   * the paragraphs hold every token of the document, their counts add up to the document's,
   * so `vector` then reuses the sum instead of counting the document a second time.
   */
  paragraphVectors(doc: Doc): SparseVector[] {
    let covered = 0;
    const counts = doc.paragraphs.map((p) => {
      const tokens = doc.tokensIn(p.start, p.end);
      covered += tokens.length;
      return this.countIds(doc, tokens);
    });
    if (!this.state.config.bigrams && covered === doc.tokens.length && !this.docCounts.has(doc)) {
      const counter = (this.counter ??= new IndexCounter(this.state.vocab.length));
      for (const c of counts) for (let k = 0; k < c.idx.length; k++) counter.addCount(c.idx[k]!, c.val[k]!);
      this.docCounts.set(doc, counter.take());
    }
    return counts.map((c) => this.build(c, undefined, doc.lang));
  }

  private build(counts: SparseVector, style: Float64Array | undefined, lang: string): SparseVector {
    const weighted = { idx: counts.idx.slice(), val: new Float32Array(counts.idx.length) };
    for (let k = 0; k < counts.idx.length; k++) weighted.val[k] = log1pCount(counts.val[k]!) * this.state.idf[counts.idx[k]!]!;
    const words = this.charBlocks ? normalizeBlocks(weighted, this.charBlocks) : l2Normalize(weighted);
    const { styleWeight } = this.state.config;
    if (!style || styleWeight <= 0) return words;
    const base = this.state.vocab.length;
    const k = style.length;
    const li = this.state.languages.indexOf(lang);
    const extra = li >= 0 ? k + 1 : 0;
    const n0 = words.idx.length;
    const idx = new Int32Array(n0 + k + extra);
    const val = new Float32Array(n0 + k + extra);
    idx.set(words.idx);
    val.set(words.val);
    const scale = styleWeight / Math.sqrt(k);
    const langBase = base + k + li * (k + 1);
    for (let j = 0; j < k; j++) {
      const z = Math.max(-4, Math.min(4, (style[j]! - this.state.styleMean[j]!) / this.state.styleSd[j]!)) * scale;
      idx[n0 + j] = base + j;
      val[n0 + j] = z;
      if (li >= 0) {
        idx[n0 + k + j] = langBase + j;
        val[n0 + k + j] = z;
      }
    }
    if (li >= 0) {
      idx[n0 + 2 * k] = langBase + k;
      val[n0 + 2 * k] = 1;
    }
    return { idx, val };
  }
}
