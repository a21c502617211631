/**
 * Word segmentation of "plain" text without Intl.Segmenter: the same segments
 * ICU's word break rules (Unicode UAX #29) give, for text made only of
 * characters whose rules are simple.
 *
 * Why: Intl.Segmenter was the largest single cost of building a Doc (about
 * half of it) and about a quarter of all the memory the whole analysis
 * allocated (a string and two objects per segment, whitespace included). Most
 * sentences of news text in the six languages use only the characters below.
 *
 * Plain characters and their UAX #29 word break classes:
 *   letters   A–Z a–z, Latin-1 and Latin Extended-A letters, basic Cyrillic  (ALetter)
 *   digits    0–9                                                            (Numeric)
 *   . ’ ‘ '   join letter to letter and digit to digit ("U.S", "can't", "3.5")  (MidNumLet, Single_Quote)
 *   :         joins letter to letter ("a:b")                                  (MidLetter)
 *   , ;       join digit to digit ("1,000")                                   (MidNum)
 *   space     separates, dropped with the other whitespace segments           (WSegSpace)
 *   other punctuation listed in OTHER: a segment of one character each      (Other)
 * Letters and digits next to each other join (WB5, WB8–WB10); a middle
 * character joins only between two letters or two digits as above (WB6, WB7,
 * WB11, WB12); everything else breaks (WB999). Text with any other character
 * (underscore, tabs, no-break spaces, combining marks, emoji, other scripts…)
 * goes to Intl.Segmenter, as does every language whose ICU rules were not
 * checked against these (test/doc/plain-words.test.ts compares the two on every
 * string of up to five characters over a representative of each class, and
 * on random longer ones).
 *
 * The rules are ICU's: should a different ICU disagree on the probe text at
 * load (see PROBE), the fast path turns itself off.
 */

/** Languages whose ICU word rules these were checked against (Doc language codes; 'und' segments as English). */
const CHECKED_LANGUAGES = new Set(['en', 'fr', 'de', 'it', 'pl', 'ru']);

// character classes, by UTF-16 code unit
const OTHER_CHAR = 0;
const LETTER = 1;
const DIGIT = 2;
const SPACE = 3;
/** Joins letters and digits: . ’ ‘ ' */
const MID_BOTH = 4;
/** Joins letters: : */
const MID_LETTER = 5;
/** Joins digits: , ; */
const MID_DIGIT = 6;
/** Not plain: the whole range goes to Intl.Segmenter. */
const UNKNOWN = 7;

/** ASCII and common typographic punctuation whose word break class is Other. */
const OTHER = '!"#$%&()*+-/<=>?@[\\]^`{|}~«»“”„–—…';

const CLASS = new Uint8Array(0x460).fill(UNKNOWN);
for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = LETTER;
for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = LETTER;
for (let c = 0xc0; c <= 0xff; c++) if (c !== 0xd7 && c !== 0xf7) CLASS[c] = LETTER;
for (let c = 0x100; c <= 0x17f; c++) CLASS[c] = LETTER;
for (let c = 0x400; c <= 0x45f; c++) CLASS[c] = LETTER;
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = DIGIT;
CLASS[0x20] = SPACE;
CLASS[0x2e] = MID_BOTH;
CLASS[0x27] = MID_BOTH;
CLASS[0x3a] = MID_LETTER;
CLASS[0x2c] = MID_DIGIT;
CLASS[0x3b] = MID_DIGIT;
for (const ch of OTHER) if (ch.charCodeAt(0) < CLASS.length) CLASS[ch.charCodeAt(0)] = OTHER_CHAR;

function classOf(c: number): number {
  if (c < 0x460) return CLASS[c]!;
  switch (c) {
    case 0x2018:
    case 0x2019:
      return MID_BOTH;
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x2013:
    case 0x2014:
    case 0x2026:
      return OTHER_CHAR;
    default:
      return UNKNOWN;
  }
}

/** A word (letters and digits joined by the middle characters) or one punctuation character, UTF-16 range. */
export interface PlainSegment {
  start: number;
  end: number;
  isWord: boolean;
}

/**
 * The non-space segments of text[start, end) as ICU's word rules cut them, or
 * undefined when the range holds a character that is not plain (or the
 * language was not checked): the caller then asks Intl.Segmenter.
 */
export function plainWordSegments(text: string, start: number, end: number, lang: string): PlainSegment[] | undefined {
  if (!enabled || !CHECKED_LANGUAGES.has(lang)) return undefined;
  for (let i = start; i < end; i++) if (classOf(text.charCodeAt(i)) === UNKNOWN) return undefined;
  return segmentPlain(text, start, end);
}

function segmentPlain(text: string, start: number, end: number): PlainSegment[] {
  const out: PlainSegment[] = [];
  let i = start;
  while (i < end) {
    const k = classOf(text.charCodeAt(i));
    if (k === SPACE) {
      i++;
      continue;
    }
    if (k !== LETTER && k !== DIGIT) {
      out.push({ start: i, end: i + 1, isWord: false });
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < end) {
        const c = classOf(text.charCodeAt(j));
        if (c !== LETTER && c !== DIGIT) break;
        j++;
      }
      // a middle character joins when the characters on both sides are of a kind it joins
      if (j + 1 >= end) break;
      const mid = classOf(text.charCodeAt(j));
      if (mid !== MID_BOTH && mid !== MID_LETTER && mid !== MID_DIGIT) break;
      const before = classOf(text.charCodeAt(j - 1));
      const after = classOf(text.charCodeAt(j + 1));
      const letters = before === LETTER && after === LETTER && mid !== MID_DIGIT;
      const digits = before === DIGIT && after === DIGIT && mid !== MID_LETTER;
      if (!letters && !digits) break;
      j += 2;
    }
    out.push({ start: i, end: j, isWord: true });
    i = j;
  }
  return out;
}

/**
 * One string with an instance of every joining and breaking case above; at
 * load the fast path must cut it as this process's Intl.Segmenter does, or it
 * stays off.
 */
export const PROBE =
  "U.S. can't l’amico x‘y a:b 1:2 1,000.50 3;4 3’5 a.1 1.a a,b a;b 1a2 e.g. «Non!» “q” „w“ a—b a–b a…b (x) [y] {z} #h @m 50% $5 " +
  'a-b a/b a..b 1..2 .5 5. Ärger Łódź москва ЁЖ ÿ ß Œuvre ŉ x+y=z a|b ~a ^b `c` \\d <e> *f* &g ?! "h"';

function agreesWithIntl(): boolean {
  const by = new Intl.Segmenter('en', { granularity: 'word' });
  const expected: PlainSegment[] = [];
  for (const s of by.segment(PROBE)) {
    if (s.segment.trim() === '') continue;
    expected.push({ start: s.index, end: s.index + s.segment.length, isWord: s.isWordLike === true });
  }
  const got = segmentPlain(PROBE, 0, PROBE.length);
  return got.length === expected.length && got.every((g, i) => g.start === expected[i]!.start && g.end === expected[i]!.end && g.isWord === expected[i]!.isWord);
}

const enabled = agreesWithIntl();

/** Every character the fast path accepts (for the tests, which hold each of them to ICU). */
export function plainCharacters(): string[] {
  const out: string[] = [];
  for (let c = 0; c < 0x10000; c++) if (classOf(c) !== UNKNOWN) out.push(String.fromCharCode(c));
  return out;
}

/** Whether the fast path is on (false when this ICU cuts the probe differently). */
export function plainWordsEnabled(): boolean {
  return enabled;
}
