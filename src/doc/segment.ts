import { isInitialOrAcronym, isTitleAbbreviation } from '../lang/abbreviations.js';
import { wordBeforeFinalPeriod } from './final-period.js';
import type { OffsetIndex } from './offsets.js';
import { plainWordSegments } from './plain-words.js';

/** A paragraph: one non-empty line of the text (SemEval-2023 convention). */
export interface Paragraph {
  /** 1-based line number in the text; empty lines have no paragraph, so ids can skip. */
  id: number;
  /** Code-point offsets of the line without its line break (and without a trailing \r). */
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index into doc.paragraphs. */
  paragraph: number;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lowercased text. */
  lower: string;
  /** True for words and numbers, false for punctuation and symbols. */
  isWord: boolean;
  /** Index into doc.sentences. */
  sentence: number;
}

/** Raw segment in UTF-16 indices, before conversion. */
interface Range16 {
  start: number;
  end: number;
}

/**
 * A line without a paragraph: only whitespace as Python's str.isspace() sees it
 * (the SemEval tools are Python). Unlike String.prototype.trim, U+FEFF is not
 * whitespace there, so a line holding a stray BOM is a paragraph of its own in
 * the corpus templates, and must be one here for the numbering to agree.
 */
const BLANK_LINE = /^[\t\n\v\f\r\u001c-\u001f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;

export function isBlankLine(line: string): boolean {
  return BLANK_LINE.test(line);
}

export function segmentParagraphs(text: string, offsets: OffsetIndex): Paragraph[] {
  const out: Paragraph[] = [];
  let line = 0;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    line++;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    if (!isBlankLine(text.slice(pos, end))) {
      out.push({ id: line, start: offsets.toCodePoint(pos), end: offsets.toCodePoint(end) });
    }
    if (nl === text.length) break;
    pos = nl + 1;
  }
  return out;
}

const segmenterCache = new Map<string, Intl.Segmenter>();
function segmenter(lang: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = `${lang}/${granularity}`;
  let s = segmenterCache.get(key);
  if (!s) {
    let locale = lang;
    try {
      Intl.getCanonicalLocales(lang);
    } catch {
      locale = 'und';
    }
    s = new Intl.Segmenter(locale, { granularity });
    segmenterCache.set(key, s);
  }
  return s;
}

/** Capitalised words that usually open a sentence: after "U.S." they mean a real boundary. */
const SENTENCE_OPENERS = new Set([
  'the', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'or', 'so', 'yet', 'then', 'however', 'meanwhile', 'in', 'on', 'at', 'for',
  'after', 'before', 'when', 'while', 'if', 'as', 'this', 'that', 'these', 'those', 'a', 'an', 'there', 'his', 'her', 'its', 'their', 'our',
  'my', 'your', 'what', 'why', 'how', 'who', 'some', 'many', 'most', 'all', 'no', 'one', 'since', 'still', 'now',
]);


/**
 * Abbreviations that often end a sentence too ("… in Jan. Then …", "… etc. The …"):
 * like acronyms, they join only when the next word is not a typical sentence opener.
 */
const MAY_END_SENTENCE = new Set(['etc', 'usw', 'ecc', 'itd', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Year abbreviations after a number ("в 1990 г.", "w 1990 r.") end a sentence unless lowercase follows. */
const YEAR_ABBREVIATIONS = new Set(['г', 'гг', 'r']);
/** German single-letter parts of spaced abbreviations: "z. B.", "d. h.", "u. a.", "v. a." */
const GERMAN_LETTER_ABBREVIATIONS = new Set(['z', 'd', 'u', 'v', 's', 'o']);
const GERMAN_MONTHS = new Set(['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember']);

function shouldJoin(prev: string, next: string, lang: string): boolean {
  const nextWord = /^\s*["«„“(]?([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? '';
  const startsLower = /^\s*\p{Ll}/u.test(next);
  // a quotation or exclamation followed by a lowercase word goes on: "“Stop!” she said."
  if (startsLower && /(?:[!?…]["”»’']?|\.\.\.)\s*$/u.test(prev)) return true;
  // German ordinal dates: "am 3. Oktober", "der 2. Weltkrieg"
  if (lang === 'de' && /\d\.\s*$/.test(prev) && (startsLower || GERMAN_MONTHS.has(nextWord.toLowerCase()) || /^\p{Lu}/u.test(nextWord) && /\b(?:am|vom|zum|bis|der|den|dem|des|die|im)\s+\d+\.\s*$/iu.test(prev))) return true;
  const word = wordBeforeFinalPeriod(prev);
  if (!word) return false;
  const lower = word.toLowerCase();
  if (lang === 'de' && GERMAN_LETTER_ABBREVIATIONS.has(word)) return true;
  if (YEAR_ABBREVIATIONS.has(lower) && isTitleAbbreviation(word, lang) && /\d\s+\S+\.\s*$/u.test(prev)) return startsLower;
  if (isTitleAbbreviation(word, lang)) {
    if (MAY_END_SENTENCE.has(lower)) return startsLower || !SENTENCE_OPENERS.has(nextWord.toLowerCase());
    return true;
  }
  if (isInitialOrAcronym(word)) {
    if (word.length === 1) return true; // an initial: "J. Smith"
    return !SENTENCE_OPENERS.has(nextWord.toLowerCase());
  }
  return false;
}

/**
 * V8's Intl.Segmenter spends time proportional to the length of the segmented
 * string on every step, so one long paragraph or sentence (a megabyte on one
 * line) costs quadratic time. Longer ranges are segmented in windows: the
 * boundaries of a window are kept up to the last one at least SEGMENT_MARGIN
 * characters before its end (the break rules look ahead only a few
 * characters), and the next window starts there. A range that fits one window
 * is segmented exactly as before.
 */
const SEGMENT_WINDOW = 4096;
const SEGMENT_MARGIN = 256;

interface SegmentAt {
  /** UTF-16 index in the whole text. */
  start: number;
  segment: string;
  isWordLike: boolean;
}

function* segmentsIn(text: string, start: number, end: number, by: Intl.Segmenter): Generator<SegmentAt> {
  let pos = start;
  let window = SEGMENT_WINDOW;
  while (pos < end) {
    const stop = Math.min(end, pos + window);
    const segments = Array.from(by.segment(text.slice(pos, stop)), (seg) => ({ start: pos + seg.index, segment: seg.segment, isWordLike: seg.isWordLike === true }));
    if (stop === end) {
      yield* segments;
      return;
    }
    let cut = -1;
    for (let i = segments.length - 1; i > 0; i--) {
      if (segments[i]!.start <= stop - SEGMENT_MARGIN) {
        cut = i;
        break;
      }
    }
    if (cut === -1) {
      // one segment fills the window (a 100k-letter word): widen it
      window *= 2;
      continue;
    }
    for (let i = 0; i < cut; i++) yield segments[i]!;
    pos = segments[cut]!.start;
    window = SEGMENT_WINDOW;
  }
}

/** Sentence ranges (UTF-16) within [start, end) of text, with abbreviation fix-ups. */
export function segmentSentences16(text: string, start: number, end: number, lang: string): Range16[] {
  const raw: Range16[] = [];
  const by = segmenter(lang, 'sentence');
  if (end - start <= SEGMENT_WINDOW) {
    // one window (nearly every sentence range): the segments directly, as segmentsIn would yield them
    for (const seg of by.segment(text.slice(start, end))) raw.push({ start: start + seg.index, end: start + seg.index + seg.segment.length });
  } else {
    for (const seg of segmentsIn(text, start, end, by)) raw.push({ start: seg.start, end: seg.start + seg.segment.length });
  }
  const merged: Range16[] = [];
  for (const r of raw) {
    const prev = merged[merged.length - 1];
    if (prev && shouldJoin(text.slice(prev.start, prev.end), text.slice(r.start, r.end), lang)) {
      prev.end = r.end;
    } else {
      merged.push({ ...r });
    }
  }
  // trim trailing whitespace so sentence ends sit on the last character
  for (const r of merged) {
    while (r.end > r.start && /\s/.test(text[r.end - 1]!)) r.end--;
  }
  return merged.filter((r) => r.end > r.start);
}

/** A token's UTF-16 range with its text: the segmenter's own string, so the Doc need not slice the text again. */
export interface TokenText16 extends Range16 {
  isWord: boolean;
  text: string;
}

/**
 * Word and punctuation tokens (UTF-16 ranges and their text) within [start, end). Whitespace is dropped.
 * A plain loop without a closure per segment: this runs for every token of every document.
 */
export function segmentTokenTexts16(text: string, start: number, end: number, lang: string): TokenText16[] {
  const out: TokenText16[] = [];
  const plain = plainWordSegments(text, start, end, lang);
  if (plain) {
    // the segments Intl.Segmenter would give, without it (see plain-words.ts)
    for (const seg of plain) {
      const prev = out.length > 0 ? out[out.length - 1]! : undefined;
      if (text.charCodeAt(seg.start) === 46 && !seg.isWord && prev !== undefined && prev.isWord && prev.end === seg.start && DOTTED_ACRONYM_START.test(prev.text)) {
        prev.end = seg.end;
        prev.text = text.slice(prev.start, seg.end);
      } else out.push({ start: seg.start, end: seg.end, isWord: seg.isWord, text: text.slice(seg.start, seg.end) });
    }
    return out;
  }
  const by = segmenter(lang, 'word');
  // one window (nearly every sentence): the segments directly, as segmentsIn would yield them
  const oneWindow = end - start <= SEGMENT_WINDOW;
  const segments: Iterable<{ segment: string; isWordLike?: boolean | undefined }> = oneWindow
    ? by.segment(text.slice(start, end))
    : segmentsIn(text, start, end, by);
  let s = start;
  for (const seg of segments) {
    // the windowed segments carry their own start; one window's are contiguous from `start`
    if (!oneWindow) s = (seg as SegmentAt).start;
    const segment = seg.segment;
    const e = s + segment.length;
    const prev = out.length > 0 ? out[out.length - 1]! : undefined;
    // keep the final period of a dotted acronym with it ("U.S.", "m.in."): the segmenter splits it off
    if (segment === '.' && prev !== undefined && prev.isWord && prev.end === s && DOTTED_ACRONYM_START.test(prev.text)) {
      prev.end = e;
      prev.text = text.slice(prev.start, e);
    } else if (seg.isWordLike === true) {
      out.push({ start: s, end: e, isWord: true, text: segment });
    } else if (segment.trim() !== '') {
      out.push({ start: s, end: e, isWord: false, text: segment });
    }
    s = e;
  }
  return out;
}

/** A word that a following period makes a dotted acronym ("U.S", "m.in"). */
const DOTTED_ACRONYM_START = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u;

/** Word and punctuation tokens (UTF-16 ranges) within [start, end). Whitespace is dropped. */
export function segmentTokens16(
  text: string,
  start: number,
  end: number,
  lang: string,
): Array<Range16 & { isWord: boolean }> {
  return segmentTokenTexts16(text, start, end, lang).map((t) => ({ start: t.start, end: t.end, isWord: t.isWord }));
}
