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
  /** Matches lower-cased text: case-insensitive regexes with Unicode classes are slow to build in V8. */
  private readonly folded: RegExp | undefined;
  private readonly exact: RegExp | undefined;
  /** Plain phrases (no `*`, no `=`), lower-cased: whole-string checks need no regex for them. */
  private readonly plain = new Set<string>();
  private readonly onlyPlain: boolean;
  private readonly wholeCache = new Map<string, boolean>();

  constructor(phrases: readonly string[]) {
    const folded: string[] = [];
    const exact: string[] = [];
    for (const raw of phrases) {
      const p = raw.trim();
      if (!p) continue;
      if (p.startsWith('=')) exact.push(p.slice(1));
      else folded.push(p.toLowerCase());
    }
    this.folded = compile(folded);
    this.exact = compile(exact);
    for (const p of folded) if (!p.includes('*')) this.plain.add(p);
    this.onlyPlain = exact.length === 0 && this.plain.size === folded.length;
  }

  get empty(): boolean {
    return !this.folded && !this.exact;
  }

  /** All matches, in order; the longest phrase wins at a position. */
  find(text: string): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    if (this.folded) {
      const lower = lowerCased(text);
      // Lower-casing keeps UTF-16 positions except for a few letters (Turkish İ); search those case-insensitively.
      const re = lower.length === text.length ? this.folded : new RegExp(this.folded.source, 'giu');
      collect(re, lower.length === text.length ? lower : text, text, out);
    }
    if (this.exact) collect(this.exact, text, text, out);
    return out.sort((a, b) => a.start - b.start);
  }

  test(text: string): boolean {
    return this.find(text).length > 0;
  }

  /** True when the whole string (trimmed) is one of the phrases. */
  matchesWhole(text: string): boolean {
    const t = text.trim();
    const lower = t.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
    if (this.plain.has(lower)) return true;
    if (this.onlyPlain) return false;
    let hit = this.wholeCache.get(t);
    if (hit === undefined) {
      hit = this.find(t).some((m) => m.start === 0 && m.end === t.length);
      // Names repeat across a document and across documents; the cache is bounded.
      if (this.wholeCache.size > 5000) this.wholeCache.clear();
      this.wholeCache.set(t, hit);
    }
    return hit;
  }
}

/**
 * The last string lower-cased: a sentence is searched by some twenty cue lists
 * in a row, and lower-casing it for each was a measurable share of the claims step.
 */
let lastText: string | undefined;
let lastLower = '';
function lowerCased(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

function collect(re: RegExp, searched: string, original: string, out: PhraseMatch[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(searched); m; m = re.exec(searched)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: original.slice(m.index, m.index + m[0].length) });
  }
}

const WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const WORD_AFTER = '(?![\\p{L}\\p{N}_])';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A `*` at the end of a word matches any ending, at its start any beginning (German compounds: "*behörden"). */
function body(p: string): string {
  // Any run of spaces in a cue matches any whitespace; apostrophes match both forms.
  return p
    .split(/\s+/)
    .map((word) => {
      const suffix = word.length > 1 && word.endsWith('*');
      const prefix = word.length > 1 && word.startsWith('*');
      const core = word.slice(prefix ? 1 : 0, suffix ? -1 : undefined);
      return (prefix ? WORD_CHARS : '') + escape(core).replace(/['’]/g, "['’]") + (suffix ? WORD_CHARS : '');
    })
    .join('\\s+');
}

const WORD_CHARS = '[\\p{L}\\p{M}-]*';

/**
 * One alternation per list, with the word-boundary checks written once around
 * the group (not per phrase): phrases that begin or end with a symbol ("%")
 * go in groups without the matching check.
 */
function compile(phrases: string[]): RegExp | undefined {
  if (phrases.length === 0) return undefined;
  const groups = new Map<string, string[]>();
  for (const p of [...new Set(phrases)].sort((a, b) => b.length - a.length)) {
    const bare = p.replace(/^\*|\*$/g, '');
    const before = /^[\p{L}\p{N}]/u.test(bare) || p.startsWith('*') ? WORD_BEFORE : '';
    const after = /[\p{L}\p{N}]$/u.test(bare) || p.endsWith('*') ? WORD_AFTER : '';
    const key = `${before}\u0000${after}`;
    const list = groups.get(key) ?? [];
    list.push(body(p));
    groups.set(key, list);
  }
  const parts = [...groups.entries()].map(([key, list]) => {
    const [before, after] = key.split('\u0000');
    return `${before}(?:${list.join('|')})${after}`;
  });
  return new RegExp(parts.join('|'), 'gu');
}
