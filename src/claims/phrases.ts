/**
 * Cue phrases compiled to one regular expression per list. Cue files are data
 * (data/cues/<lang>.json); this turns them into matchers once per language.
 * Conventions: matching is case-insensitive and on whole words; a trailing `*`
 * matches any word ending (inflected languages: "источник*"); a leading `=`
 * keeps the case as written ("=may" is the modal, not the month "May").
 */

/** A match in UTF-16 indices of the searched string. */
export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
}

export class PhraseMatcher {
  private readonly insensitive: RegExp | undefined;
  private readonly sensitive: RegExp | undefined;

  constructor(phrases: readonly string[]) {
    const folded: string[] = [];
    const exact: string[] = [];
    for (const raw of phrases) {
      const p = raw.trim();
      if (!p) continue;
      if (p.startsWith('=')) exact.push(p.slice(1));
      else folded.push(p);
    }
    this.insensitive = compile(folded, 'giu');
    this.sensitive = compile(exact, 'gu');
  }

  get empty(): boolean {
    return !this.insensitive && !this.sensitive;
  }

  /** All non-overlapping matches, in order; longest phrase wins at a position. */
  find(text: string): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    for (const re of [this.insensitive, this.sensitive]) {
      if (!re) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }

  test(text: string): boolean {
    return this.find(text).length > 0;
  }

  /** True when the whole string (trimmed) is one of the phrases. */
  matchesWhole(text: string): boolean {
    const t = text.trim();
    return this.find(t).some((m) => m.start === 0 && m.end === t.length);
  }
}

const WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const WORD_AFTER = '(?![\\p{L}\\p{N}_])';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function phrasePattern(p: string): string {
  const prefix = p.endsWith('*');
  const body = prefix ? p.slice(0, -1) : p;
  // Any run of spaces in a cue matches any whitespace; apostrophes match both forms.
  const pattern = escape(body)
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]");
  const startsWithWord = /^[\p{L}\p{N}]/u.test(body);
  const endsWithWord = /[\p{L}\p{N}]$/u.test(body);
  return (startsWithWord ? WORD_BEFORE : '') + pattern + (prefix ? '[\\p{L}\\p{M}-]*' : '') + (endsWithWord || prefix ? WORD_AFTER : '');
}

function compile(phrases: string[], flags: string): RegExp | undefined {
  if (phrases.length === 0) return undefined;
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(phrasePattern).join('|'), flags);
}
