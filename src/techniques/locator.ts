import type { Doc } from '../doc/doc.js';
import type { Token } from '../doc/segment.js';
import { codePointLength } from '../doc/offsets.js';
import { tokenForms } from '../features/ngrams.js';
import type { NgramOptions } from '../features/ngrams.js';
import { stemmerFor } from '../features/stemmers.js';
import type { CutSpan } from './spans.js';

/**
 * The learned span locator: per language and technique, a weight for each
 * token feature (the token's form and stem, its neighbours ±2, quotation and
 * sentence-mood context), learned from the gold span files as smoothed
 * log-odds of "inside a span of t" against "elsewhere in a paragraph that has
 * t" — the only contrast that matters, since the locator runs only in
 * paragraphs the paragraph model already accepted for t. Names enter as their
 * role (`<NAME>`, from tokenForms), never by identity.
 *
 * Word-level techniques get the runs of tokens scoring above the technique's
 * cut (short gaps bridged); sentence-level ones the sentence with the highest
 * mean token score. Either way at least one span per accepted technique.
 */
export interface SpanLocator {
  lang: string;
  /** technique → feature → weight (for a locator read from its file, built on first use from `stored`). */
  readonly weights: Map<string, Map<string, number>>;
  /**
   * A locator read from its file: per technique its feature keys and their
   * weights as stored, in the file's order. The detector reads these (through
   * locator-ids.ts) and never needs the Maps of `weights`, which held a heap
   * number and a map entry per weight.
   */
  readonly stored?: ReadonlyMap<string, { keys: readonly string[]; values: Float32Array }>;
  /** Per technique: median gold span length in words; above WORD_SPAN_LIMIT, sentence mode. */
  spanWords: Record<string, number>;
  /** Score a token needs to be part of a word-level span. */
  cut: number;
  /**
   * Weight of the paragraph model's own per-token contribution (scaled so the
   * paragraph's strongest token counts 1) added to the locator's score: its
   * character n-grams reach words the span files never showed the locator.
   */
  blend: number;
  /** What a span is: the locator's word runs (sentences only for long-span techniques), or always its best sentence. */
  unit: SpanUnit;
}

/**
 * The span unit of a language. Gold spans cover a few loaded words in some languages and
 * whole clauses in others, and the partial-overlap F1 follows the annotators: in French and
 * Russian the best sentence scores higher than word runs (see locator-train.ts).
 */
export type SpanUnit = 'words' | 'sentence';

/** Median length (words) up to which a technique is located word by word. */
export const LOCATOR_WORD_LIMIT = 6;
const SENTENCE_END = /^[.!?…]+$/u;
const QUOTE = /^["«»„“”‘’‚‹›'`]+$/u;

/**
 * Words of four letters or more that occur at least twice in the document:
 * the locator's evidence for Repetition (which word, the model never learns).
 */
export function repeatedWords(doc: Doc): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const t of doc.tokens) {
    // code points, as Array.from counted them, without an array per token
    if (!t.isWord || codePointLength(t.lower) < 4) continue;
    if (seen.has(t.lower)) repeated.add(t.lower);
    else seen.add(t.lower);
  }
  return repeated;
}

/**
 * Receives a paragraph's locator features token by token: `feature(family,
 * value)` is the key `family:value`, `feature(name)` the key `name`, and
 * `formFeature(slot, family, token, form)` the key `family:form` of a token's
 * own form or a neighbour's (slot: index in FORM_FAMILIES; token: the index
 * whose form it is, -1 for the sentence edge '<s>'), so that a sink may look
 * each token's form up once for all five families.
 */
export interface LocatorFeatureSink {
  feature(family: string, value?: string): void;
  formFeature(slot: number, family: string, token: number, form: string): void;
  endToken(): void;
}

/** The families keyed by a token's form: its own, its neighbours' at ±1 and ±2. */
export const FORM_FAMILIES = ['w', 'L', 'R', 'L2', 'R2'] as const;
export const SENTENCE_EDGE = '<s>';

/** The locator's features of every token of a paragraph, in token order. */
/** How a noun-capitalising language (German) tells its names apart: the technique model's lists (see tokenForms). */
export type FormRoles = Pick<NgramOptions, 'nameForms' | 'nounVocabulary'>;

export function locatorFeatures(tokens: readonly Token[], lang: string, repeated: ReadonlySet<string> = new Set(), roles: FormRoles = {}): string[][] {
  const out: string[][] = [];
  let keys: string[] = [];
  emitLocatorFeatures(
    tokens,
    lang,
    repeated,
    {
      feature: (family, value) => keys.push(value === undefined ? family : `${family}:${value}`),
      formFeature: (_slot, family, _token, form) => keys.push(`${family}:${form}`),
      endToken: () => {
        out.push(keys);
        keys = [];
      },
    },
    roles,
  );
  return out;
}

export function emitLocatorFeatures(tokens: readonly Token[], lang: string, repeated: ReadonlySet<string>, sink: LocatorFeatureSink, roles: FormRoles = {}): void {
  const forms = tokenForms(tokens, { lang, ...roles });
  const stem = stemmerFor(lang);
  // sentence mood: the last punctuation of each sentence
  const mood = new Map<number, string>();
  for (const t of tokens) if (!t.isWord && SENTENCE_END.test(t.text)) mood.set(t.sentence, t.text.includes('?') ? '?' : t.text.includes('!') ? '!' : '.');
  let inQuote = false;
  let sentence = -1;
  let position = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) {
      sentence = t.sentence;
      position = 0;
      inQuote = false;
    }
    const form = forms[i]!;
    sink.formFeature(0, 'w', i, form);
    neighbour(sink, forms, 1, sameSentence(tokens, i - 1, sentence));
    neighbour(sink, forms, 2, sameSentence(tokens, i + 1, sentence));
    neighbour(sink, forms, 3, sameSentence(tokens, i - 2, sentence));
    neighbour(sink, forms, 4, sameSentence(tokens, i + 2, sentence));
    sink.feature('m', mood.get(t.sentence) ?? '');
    if (t.isWord && stem && !form.startsWith('<')) {
      const s = stem(form);
      if (s !== form) sink.feature('s', s);
    }
    if (QUOTE.test(t.text)) inQuote = !inQuote;
    else if (inQuote) sink.feature('q');
    // an ASCII lower-case letter rules capitals out before two case-mapped copies are made
    if (t.isWord && t.text.length >= 2 && !/[a-z]/.test(t.text) && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase()) sink.feature('caps');
    sink.feature('pos', POSITIONS[Math.min(position, 3)]!);
    if (!t.isWord) sink.feature('punct');
    if (repeated.has(t.lower)) sink.feature('rep');
    position++;
    sink.endToken();
  }
}

const POSITIONS = ['0', '1', '2', '3'];

/** Token j when it lies in the given sentence, else -1 (the sentence edge). */
function sameSentence(tokens: readonly Token[], j: number, sentence: number): number {
  return tokens[j]?.sentence === sentence ? j : -1;
}

function neighbour(sink: LocatorFeatureSink, forms: readonly string[], slot: number, j: number): void {
  sink.formFeature(slot, FORM_FAMILIES[slot]!, j, j < 0 ? SENTENCE_EDGE : forms[j]!);
}

/** Locator scores plus `blend` × the paragraph model's contributions, scaled to its strongest token. */
export function blendScores(located: readonly number[], contributions: readonly number[], blend: number): number[] {
  // a loop, not Math.max(0, ...contributions): a paragraph of 30k punctuation tokens overflows no stack
  let top = 0;
  for (const c of contributions) top = Math.max(top, c);
  if (blend === 0 || top === 0) return [...located];
  return located.map((v, i) => v + (blend * contributions[i]!) / top);
}

/** Each token's score for a technique (sum of its features' weights). */
export function tokenScores(features: readonly string[][], weights: ReadonlyMap<string, number> | undefined): number[] {
  if (!weights) return features.map(() => 0);
  return features.map((keys) => {
    let s = 0;
    for (const k of keys) s += weights.get(k) ?? 0;
    return s;
  });
}

/**
 * Spans for one accepted technique in one paragraph: never empty when the
 * paragraph has a word, never across sentence ends, never starting or ending
 * on punctuation.
 */
export function locateSpans(doc: Doc, tokens: readonly Token[], scores: readonly number[], locator: SpanLocator, technique: string, max = 4): CutSpan[] {
  if (tokens.length === 0) return [];
  const words = locator.spanWords[technique] ?? 12;
  if (locator.unit === 'sentence' || words > LOCATOR_WORD_LIMIT) return [bestSentence(doc, tokens, scores)];
  const runs: CutSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!(tokens[i]!.isWord && scores[i]! >= locator.cut)) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    // bridge one weak token (an article, a comma) inside the same sentence
    while (j < tokens.length && tokens[j]!.sentence === tokens[i]!.sentence && !SENTENCE_END.test(tokens[j]!.text) && !QUOTE.test(tokens[j]!.text)) {
      if (tokens[j]!.isWord && scores[j]! >= locator.cut) last = j;
      else if (j - last > 1) break;
      j++;
    }
    runs.push(wholeWords(tokens, i, last));
    i = last + 1;
  }
  const strength = (c: CutSpan): number => Math.max(...scores.slice(c.first, c.last + 1));
  if (runs.length > 0) return runs.sort((a, b) => strength(b) - strength(a)).slice(0, max).sort((a, b) => a.first - b.first);
  return [windowAround(tokens, scores, peakWord(tokens, scores), words)];
}

function peakWord(tokens: readonly Token[], scores: readonly number[]): number {
  let peak = -1;
  tokens.forEach((t, i) => {
    if (t.isWord && (peak < 0 || scores[i]! > scores[peak]!)) peak = i;
  });
  return Math.max(0, peak);
}

function windowAround(tokens: readonly Token[], scores: readonly number[], peak: number, spanWords: number): CutSpan {
  let first = peak;
  let last = peak;
  const sentence = tokens[peak]!.sentence;
  // a window stops at a sentence end and at a quotation mark, so that no span holds half a quotation
  const open = (k: number): boolean => k >= 0 && k < tokens.length && tokens[k]!.sentence === sentence && !SENTENCE_END.test(tokens[k]!.text) && !QUOTE.test(tokens[k]!.text);
  for (let words = 1; words < Math.max(1, Math.round(spanWords)); ) {
    const left = open(first - 1) ? scores[first - 1]! : -Infinity;
    const right = open(last + 1) ? scores[last + 1]! : -Infinity;
    if (left === -Infinity && right === -Infinity) break;
    const k = right >= left ? ++last : --first;
    if (tokens[k]!.isWord) words++;
  }
  while (first < last && !tokens[first]!.isWord) first++;
  while (last > first && !tokens[last]!.isWord) last--;
  return wholeWords(tokens, first, last);
}

/** Widens a cut over hyphens written inside a word ("so-called"), so that no span starts or ends mid-word. */
function wholeWords(tokens: readonly Token[], first: number, last: number): CutSpan {
  const joined = (a: number, b: number): boolean => a >= 0 && b < tokens.length && tokens[a]!.end === tokens[b]!.start;
  const hyphen = (k: number): boolean => /^[-‐‑]$/u.test(tokens[k]?.text ?? '');
  while (hyphen(first - 1) && joined(first - 1, first) && joined(first - 2, first - 1) && tokens[first - 2]!.isWord) first -= 2;
  while (hyphen(last + 1) && joined(last, last + 1) && joined(last + 1, last + 2) && tokens[last + 2]!.isWord) last += 2;
  return { start: tokens[first]!.start, end: tokens[last]!.end, first, last };
}

function bestSentence(doc: Doc, tokens: readonly Token[], scores: readonly number[]): CutSpan {
  const sums = new Map<number, { sum: number; n: number }>();
  tokens.forEach((t, i) => {
    const e = sums.get(t.sentence) ?? { sum: 0, n: 0 };
    e.sum += scores[i]!;
    e.n++;
    sums.set(t.sentence, e);
  });
  let best = tokens[0]!.sentence;
  let bestMean = -Infinity;
  for (const [s, e] of sums) {
    if (e.sum / e.n > bestMean) {
      bestMean = e.sum / e.n;
      best = s;
    }
  }
  let first = tokens.findIndex((t) => t.sentence === best);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.sentence === best) last++;
  while (first < last && !tokens[first]!.isWord) first++;
  // keep the sentence's closing mark (gold sentence spans usually include it), never a trailing quote alone
  while (last > first && !tokens[last]!.isWord && !SENTENCE_END.test(tokens[last]!.text)) last--;
  const start = Math.max(tokens[first]!.start, doc.sentences[best]?.start ?? 0);
  return { start, end: tokens[last]!.end, first, last };
}
