import type { Doc } from '../doc/doc.js';
import type { Token } from '../doc/segment.js';
import type { SpanMode } from './modelio.js';
import { NAME_ROLE, NUMBER_ROLE } from '../features/ngrams.js';

/**
 * Cutting a span for a technique detected in a paragraph, from each token's
 * contribution to that technique's score. Techniques whose gold spans are a
 * few words (loaded language, name calling) get a window of about their median
 * length around the strongest word; the others (doubt, appeals,
 * oversimplifications) get the sentence that contributes most.
 */
export interface CutSpan {
  /** Code points. */
  start: number;
  end: number;
  /** First and last token index (into the paragraph's tokens) inside the span. */
  first: number;
  last: number;
}

const SENTENCE_END = /[.!?…]/u;

export function cutSpan(
  doc: Doc,
  paragraph: { start: number; end: number },
  tokens: readonly Token[],
  perToken: readonly number[],
  mode: SpanMode,
  spanWords: number,
): CutSpan {
  if (tokens.length === 0) return { start: paragraph.start, end: paragraph.end, first: 0, last: -1 };
  if (mode === 'sentence') {
    const sums = new Map<number, number>();
    tokens.forEach((t, i) => sums.set(t.sentence, (sums.get(t.sentence) ?? 0) + perToken[i]!));
    let best = tokens[0]!.sentence;
    for (const [s, v] of sums) if (v > sums.get(best)!) best = s;
    const first = tokens.findIndex((t) => t.sentence === best);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.sentence === best) last++;
    const sentence = doc.sentences[best]!;
    return { start: sentence.start, end: sentence.end, first, last };
  }
  let peak = -1;
  tokens.forEach((t, i) => {
    if (t.isWord && (peak < 0 || perToken[i]! > perToken[peak]!)) peak = i;
  });
  return windowAround(tokens, perToken, peak < 0 ? 0 : peak, spanWords);
}

/**
 * Word-mode spans: the window around the strongest word, then windows around
 * further words that contribute at least `ratio` of the strongest one (loaded
 * words often come several to a paragraph), at most `max` spans, never overlapping.
 */
export function cutWordSpans(
  doc: Doc,
  paragraph: { start: number; end: number },
  tokens: readonly Token[],
  perToken: readonly number[],
  spanWords: number,
  max = 3,
  ratio = 0.5,
): CutSpan[] {
  const first = cutSpan(doc, paragraph, tokens, perToken, 'words', spanWords);
  const out = [first];
  if (first.last < first.first) return out;
  const top = Math.max(...perToken.slice(first.first, first.last + 1));
  const taken = (i: number) => out.some((c) => i >= c.first - 1 && i <= c.last + 1);
  const peaks = tokens
    .map((t, i) => ({ i, v: perToken[i]!, word: t.isWord }))
    .filter((e) => e.word && e.v > 0 && e.v >= ratio * top)
    .sort((a, b) => b.v - a.v);
  for (const e of peaks) {
    if (out.length >= max) break;
    if (taken(e.i)) continue;
    const w = windowAround(tokens, perToken, e.i, spanWords);
    if (out.some((c) => w.first <= c.last && w.last >= c.first)) continue;
    out.push(w);
  }
  return out;
}

function windowAround(tokens: readonly Token[], perToken: readonly number[], peak: number, spanWords: number): CutSpan {
  let first = peak;
  let last = peak;
  let words = 1;
  const target = Math.max(1, Math.round(spanWords));
  const stops = (i: number): boolean => i < 0 || i >= tokens.length || tokens[i]!.sentence !== tokens[peak]!.sentence || (!tokens[i]!.isWord && SENTENCE_END.test(tokens[i]!.text));
  while (words < target) {
    const left = stops(first - 1) ? -Infinity : perToken[first - 1]!;
    const right = stops(last + 1) ? -Infinity : perToken[last + 1]!;
    if (left === -Infinity && right === -Infinity) break;
    if (right >= left) last++;
    else first--;
    if (tokens[right >= left ? last : first]!.isWord) words++;
  }
  // a span neither starts nor ends on punctuation
  while (first < last && !tokens[first]!.isWord) first++;
  while (last > first && !tokens[last]!.isWord) last--;
  return { start: tokens[first]!.start, end: tokens[last]!.end, first, last };
}

const SHAPE_NAMES: Record<string, string> = {
  'sh:excl': 'exclamation',
  'sh:question': 'question',
  'sh:quote': 'quotation',
  'sh:caps': 'capitals',
  'sh:name': 'named entity',
  'sh:number': 'number',
  'sh:ellipsis': 'ellipsis',
  'sh:first': 'title/first line',
};

/**
 * Shape features a reader can see in the text. The paragraph-length bucket
 * (`sh:len=…`) weighs in the score but is no reason a reader could check, so it
 * is never shown as a cue.
 */
export function isReadableShape(feature: string): boolean {
  return feature in SHAPE_NAMES;
}

/** A readable cue for a shape feature ("sh:excl" → "exclamation"). */
export function describeShape(feature: string): string {
  return SHAPE_NAMES[feature] ?? feature.replace(/^sh:/, '');
}

const ROLE_NAMES: Record<string, string> = { [NAME_ROLE]: 'a name', [NUMBER_ROLE]: 'a number' };

/**
 * A cue word as the reader sees it: the word itself, and for a word the model
 * read by its role, the role too ("Kremlin (a name)"). The model never saw
 * which name it was, and the cue says so rather than suggest that the name
 * itself weighed.
 */
export function describeCueWord(text: string, form: string): string {
  const role = ROLE_NAMES[form];
  return role ? `${text} (${role})` : text;
}
