/**
 * The one place where code-point offsets (the public unit: SemEval files and our
 * JSON count Unicode code points) meet UTF-16 indices (what JavaScript strings use).
 *
 * The index stores the UTF-16 positions of astral characters (surrogate pairs);
 * for the common text with none, both conversions are the identity.
 */
export class OffsetIndex {
  /** UTF-16 index of the high surrogate of each astral character, ascending. */
  private readonly astralAt: Uint32Array;
  readonly utf16Length: number;
  readonly length: number;

  constructor(text: string) {
    const positions: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          positions.push(i);
          i++;
        }
      }
    }
    this.astralAt = Uint32Array.from(positions);
    this.utf16Length = text.length;
    this.length = text.length - positions.length;
  }

  get hasAstral(): boolean {
    return this.astralAt.length > 0;
  }

  /** Code-point offset of a UTF-16 index. An index inside a surrogate pair maps to that character. */
  toCodePoint(u16: number): number {
    if (this.astralAt.length === 0) return u16;
    // number of astral characters whose pair ends at or before u16
    let lo = 0;
    let hi = this.astralAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.astralAt[mid]! + 1 < u16) lo = mid + 1;
      else hi = mid;
    }
    return u16 - lo;
  }

  /** UTF-16 index of a code-point offset (clamped to the text). */
  toUtf16(cp: number): number {
    if (cp <= 0) return 0;
    if (cp >= this.length) return this.utf16Length;
    if (this.astralAt.length === 0) return cp;
    // astral characters that start before code point cp: astralAt[k] - k < cp
    let lo = 0;
    let hi = this.astralAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.astralAt[mid]! - mid < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }
}

/** Length of a string in code points. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
