/**
 * The last word before the final period of a sentence candidate ("Mr" in "… Mr. "), which
 * decides whether the segmenter's sentence break follows an abbreviation.
 *
 * `wordBeforeFinalPeriodByRegex` is the definition. V8 runs that regex from every start position
 * of the candidate (its `$` anchors the end, not the start), so it cost about a tenth of all
 * sentence and token segmentation; `wordBeforeFinalPeriod` finds the same match scanning back
 * from the end: the match can only end at the text's trailing whitespace, its period is the
 * character just before that, and the leftmost start is the beginning of the run of word
 * characters (letters, '.', '-', '°') that ends just before the period.
 */
const BY_REGEX = /([\p{L}.\-°]+)\.\s*$/u;

export function wordBeforeFinalPeriodByRegex(s: string): string | undefined {
  const m = BY_REGEX.exec(s);
  return m ? m[1] : undefined;
}

const WHITESPACE = /\s/;
const WORD_CHAR = /^[\p{L}.\-°]$/u;

/** Whether the code point is in the regex's class [\p{L}.\-°] (ASCII answered without the regex). */
function isWordChar(cp: number, char: () => string): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || cp === 46 || cp === 45;
  return WORD_CHAR.test(char());
}

export function wordBeforeFinalPeriod(s: string): string | undefined {
  let p = s.length - 1;
  // the trailing whitespace (\s* before $); \s holds no surrogates, so code units will do
  while (p >= 0 && WHITESPACE.test(s[p]!)) p--;
  if (p < 1 || s.charCodeAt(p) !== 46) return undefined;
  // the run of word characters before the period, by code point (an astral letter is a pair)
  let i = p;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
      const h = s.charCodeAt(i - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        if (!isWordChar(0x10000 + ((h - 0xd800) << 10) + (c - 0xdc00), () => s.slice(i - 2, i))) break;
        i -= 2;
        continue;
      }
    }
    if (!isWordChar(c, () => s[i - 1]!)) break;
    i--;
  }
  return i < p ? s.slice(i, p) : undefined;
}
