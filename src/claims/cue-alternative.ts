/**
 * One alternative of a cue list's regex, matched without the regex engine.
 * phrases.ts writes each phrase as
 *   [(?<![\p{L}\p{N}_])] word (\s+ word)* [(?![\p{L}\p{N}_])]
 * where a word is its literal text (both apostrophes match either form), with
 * `[\p{L}\p{M}-]*` after it for a trailing `*` and before it for a leading one.
 * Without a leading `*` the regex has only one way to match (a quantifier
 * followed by whitespace or a literal cannot give anything back usefully),
 * except the trailing `*` of the last word before the lookahead, which gives
 * back characters until the lookahead holds; `matchAlternative` follows that
 * same order, so it returns the regex's match. Phrases with a leading `*` stay
 * with their regex (`simple` is false).
 */

export interface CueWord {
  literal: string;
  prefixStar: boolean;
  suffixStar: boolean;
}

/** How phrases.ts compiles one phrase. */
export interface AlternativeShape {
  /** Preceded by `(?<![\p{L}\p{N}_])`. */
  before: boolean;
  /** Followed by `(?![\p{L}\p{N}_])`. */
  after: boolean;
  words: CueWord[];
  /** No word has a leading `*`: `matchAlternative` applies. */
  simple: boolean;
}

/** The shape `body()` in phrases.ts gives a lower-cased (or `=` exact) phrase. */
export function cueWords(phrase: string): CueWord[] {
  return phrase.split(/\s+/).map((word) => {
    const suffixStar = word.length > 1 && word.endsWith('*');
    const prefixStar = word.length > 1 && word.startsWith('*');
    return { literal: word.slice(prefixStar ? 1 : 0, suffixStar ? -1 : undefined), prefixStar, suffixStar };
  });
}

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** JavaScript's `\s` (all in the BMP). */
export function isRegexSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const WORD = /^[\p{L}\p{N}_]$/u;
const RUN = /^[\p{L}\p{M}-]$/u;
/** Per BMP code unit: bit 1 known, bit 2 word character ([\p{L}\p{N}_]), bit 4 run character ([\p{L}\p{M}-]). */
const classes = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(cp: number): number {
  if (cp < 0x10000) {
    let c = classes[cp]!;
    if (c === 0) {
      const s = String.fromCharCode(cp);
      c = 1 | (WORD.test(s) ? 2 : 0) | (RUN.test(s) ? 4 : 0);
      classes[cp] = c;
    }
    return c;
  }
  let c = astral.get(cp);
  if (c === undefined) {
    const s = String.fromCodePoint(cp);
    c = 1 | (WORD.test(s) ? 2 : 0) | (RUN.test(s) ? 4 : 0);
    astral.set(cp, c);
  }
  return c;
}

/** A letter, digit or `_` (the regex's word test), for a code point. */
export function isWordCodePoint(cp: number): boolean {
  return (classify(cp) & 2) !== 0;
}

function isRunCodePoint(cp: number): boolean {
  return (classify(cp) & 4) !== 0;
}

/** The code point before `at` as unicode-mode lookbehind reads it (a pair counts as one). */
function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** Code-unit width of the code point at `at`. */
function widthAt(text: string, at: number, cp: number): number {
  return cp > 0xffff && at + 1 < text.length ? 2 : 1;
}

/** End of the literal matched at `at`, or -1. */
function matchLiteral(literal: string, text: string, at: number): number {
  if (at + literal.length > text.length) return -1;
  for (let k = 0; k < literal.length; k++) {
    const want = literal.charCodeAt(k);
    const got = text.charCodeAt(at + k);
    if (want === got) continue;
    const wantApostrophe = want === APOSTROPHE || want === RIGHT_SINGLE_QUOTE;
    if (!wantApostrophe || (got !== APOSTROPHE && got !== RIGHT_SINGLE_QUOTE)) return -1;
  }
  return at + literal.length;
}

/** End of the longest run of [\p{L}\p{M}-] from `at`, with the code-point starts inside it (for giving back). */
function runEnd(text: string, at: number, starts: number[] | undefined): number {
  let i = at;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!isRunCodePoint(cp)) break;
    starts?.push(i);
    i += widthAt(text, i, cp);
  }
  return i;
}

const NOT_AT_WORD = (text: string, at: number): boolean => at >= text.length || !isWordCodePoint(text.codePointAt(at)!);
const giveBack: number[] = [];

/** End (UTF-16) of the alternative's match starting exactly at `at`, or -1; only for `simple` shapes. */
export function matchAlternative(shape: AlternativeShape, text: string, at: number): number {
  if (shape.before && at > 0 && isWordCodePoint(codePointBefore(text, at))) return -1;
  let pos = at;
  const words = shape.words;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (w > 0) {
      const from = pos;
      while (pos < text.length && isRegexSpace(text.charCodeAt(pos))) pos++;
      if (pos === from) return -1;
    }
    pos = matchLiteral(word.literal, text, pos);
    if (pos === -1) return -1;
    if (!word.suffixStar) continue;
    if (w < words.length - 1 || !shape.after) {
      pos = runEnd(text, pos, undefined);
      continue;
    }
    // The last word's ending gives characters back until the lookahead holds.
    giveBack.length = 0;
    const end = runEnd(text, pos, giveBack);
    if (NOT_AT_WORD(text, end)) return end;
    for (let k = giveBack.length - 1; k >= 0; k--) if (NOT_AT_WORD(text, giveBack[k]!)) return giveBack[k]!;
    return -1;
  }
  if (shape.after && !NOT_AT_WORD(text, pos)) return -1;
  return pos;
}
