import type { VaguenessKind, TextSpan } from '../pipeline/analysis.js';
import type { Cues } from './cues.js';
import type { PhraseMatch } from './phrases.js';
import type { SentenceView } from './sentence.js';

export type VaguenessMarker = { kind: VaguenessKind } & TextSpan;

/** A number as written in news text: 20, 4.2, 1,300, 9,8. */
const NUMBER = /\p{N}+(?:[.,\u00a0\u202f ]\p{N}{3})*(?:[.,]\p{N}+)?/gu;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * How far past a number or quantifier to look for what qualifies it ("per cent",
 * "thousand"): cues are a few words long, and searching the whole rest of the
 * sentence for each number made one huge sentence cost quadratic time.
 */
const LOOKAHEAD = 256;

/** Text right after `end` starts with a number, a quantity word or a vague quantity; returns its end. */
function quantityAfter(view: SentenceView, end: number, cues: Cues): number | undefined {
  const rest = view.text.slice(end, end + LOOKAHEAD);
  let lead = /^\s*/u.exec(rest)![0].length;
  const det = cues.numberDeterminers.find(rest.slice(lead))[0];
  if (det && det.start === 0) lead += det.end + /^\s*/u.exec(rest.slice(lead + det.end))![0].length;
  const tail = rest.slice(lead);
  const num = /^\p{N}+(?:[.,\u00a0\u202f ]\p{N}{3})*(?:[.,]\p{N}+)?/u.exec(tail);
  // "until 2050" is a date, not an approximate quantity.
  if (num && isYear(num[0]) && !cues.percentWords.find(tail.slice(num[0].length)).some((m) => /^\s*$/u.test(tail.slice(num[0].length, num[0].length + m.start)))) return undefined;
  if (num) {
    let stop = end + lead + num[0].length;
    const pct = cues.percentWords.find(view.text.slice(stop, stop + LOOKAHEAD))[0];
    if (pct && /^\s*$/u.test(view.text.slice(stop, stop + pct.start))) stop += pct.end;
    return stop;
  }
  for (const matcher of [cues.quantityWords, cues.approximateQuantities]) {
    const m = matcher.find(tail)[0];
    if (m && m.start === 0) return end + lead + m.end;
  }
  return undefined;
}

/** Number spans of the sentence (UTF-16 in the sentence), with whether each is a percentage. */
export function numbersIn(view: SentenceView, cues: Cues): Array<PhraseMatch & { percent: boolean }> {
  const out: Array<PhraseMatch & { percent: boolean }> = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(view.text); m; m = NUMBER.exec(view.text)) {
    const start = m.index;
    let end = start + m[0].length;
    const before = view.text[start - 1];
    const after = view.text.slice(end);
    // Inside a word or an identifier (COVID-19, 3rd, F-16): no quantity.
    if (before && /\p{L}/u.test(before)) continue;
    if (before === '-' && /\p{L}/u.test(view.text[start - 2] ?? '')) continue;
    if (/^\p{L}/u.test(after)) continue;
    if (/^:\p{N}/u.test(after)) continue;
    // "Courtney Tolliver, 26, a teacher": an age in apposition.
    if (/\p{Lu}[\p{L}'’.-]*,\s*$/u.test(view.text.slice(Math.max(0, start - 40), start)) && /^\s*,/u.test(after)) continue;
    // "Aug. 1", "1 мая", "3. März": a day of a month is a date.
    const wordBefore = /([\p{L}]+)\.?\s*$/u.exec(view.text.slice(Math.max(0, start - 20), start))?.[1];
    const wordAfter = /^\.?\s*([\p{L}]+)/u.exec(after)?.[1];
    if ((wordBefore && cues.months.matchesWhole(wordBefore)) || (wordAfter && cues.months.matchesWhole(wordAfter))) continue;
    const pct = cues.percentWords.find(after.slice(0, LOOKAHEAD))[0];
    const percent = !!pct && /^\s*$/u.test(after.slice(0, pct.start));
    if (percent) end += pct!.end;
    out.push({ start, end, text: view.text.slice(start, end), percent });
  }
  return out;
}

/** A bare year (1800–2100) with nothing that makes it a quantity. */
function isYear(text: string): boolean {
  return /^\p{N}{4}$/u.test(text) && Number(text) >= 1800 && Number(text) <= 2100;
}

/**
 * Vagueness markers inside a sentence: approximate quantities ("around 20%",
 * "dozens"), vague quantifiers ("some citizens"), hedges ("reportedly"), and —
 * when the caller says the claim has no source — statistics nobody stands behind.
 */
export function findVagueness(view: SentenceView, cues: Cues, unsourced: boolean): VaguenessMarker[] {
  const approx: PhraseMatch[] = [];
  for (const m of view.find(cues.approximators)) {
    const stop = quantityAfter(view, m.end, cues);
    if (stop !== undefined) approx.push({ start: m.start, end: stop, text: view.text.slice(m.start, stop) });
  }
  for (const m of view.find(cues.approximateQuantities)) {
    // "300 millions": a number before the word makes it exact.
    if (/\p{N}\s*$/u.test(view.text.slice(0, m.start))) continue;
    if (!approx.some((a) => overlaps(a, m))) approx.push(m);
  }
  const merged = mergeSpans(approx);
  const out: VaguenessMarker[] = merged.map((m) => ({ kind: 'approximate-quantity', ...view.span(m) }));

  const exclusions = view.find(cues.quantifierExclusions);
  for (const m of view.find(cues.vagueQuantifiers)) {
    if (merged.some((a) => overlaps(a, m)) || exclusions.some((e) => overlaps(e, m))) continue;
    if (quantityAfter(view, m.end, cues) !== undefined && /^\s*\p{N}/u.test(view.text.slice(m.end))) continue;
    out.push({ kind: 'vague-quantifier', ...view.span(m) });
  }
  for (const m of view.find(cues.hedges)) out.push({ kind: 'hedge', ...view.span(m) });

  if (unsourced) {
    for (const n of numbersIn(view, cues)) {
      if (!n.percent && (isYear(n.text) || merged.some((a) => overlaps(a, n)))) continue;
      out.push({ kind: 'unsourced-statistic', ...view.span(n) });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function mergeSpans(spans: PhraseMatch[]): PhraseMatch[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: PhraseMatch[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) {
        last.end = s.end;
        last.text = '';
      }
    } else out.push({ ...s });
  }
  return out;
}
