/**
 * Cue phrases compiled to one regular expression per list. Cue files are data
 * (data/cues/<lang>.json); this turns them into matchers once per language.
 * The alternation defines the matches; `find` reproduces its global scan
 * without running it (a start index picks the few alternatives possible at a
 * position, matched in code or by their own sticky regex: cue-starts.ts,
 * cue-alternative.ts), and `findByRegex` is the scan itself, for tests.
 * Conventions: matching is case-insensitive and on whole words; a trailing `*`
 * matches any word ending (inflected languages: "источник*"); a leading `=`
 * keeps the case as written ("=may" is the modal, not the month "May").
 */

import { cueWords, matchAlternative } from './cue-alternative.js';
import type { AlternativeShape } from './cue-alternative.js';
import { CueStartIndex } from './cue-starts.js';

/** A match in UTF-16 indices of the searched string. */
export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
}

export class PhraseMatcher {
  /** Matches lower-cased text: case-insensitive regexes with Unicode classes are slow to build in V8. */
  private readonly folded: CompiledList | undefined;
  private readonly exact: CompiledList | undefined;
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
      if (lower.length === text.length) collectAtStarts(this.folded, lower, text, out);
      else collect(new RegExp(this.folded.global.source, 'giu'), text, text, out);
    }
    if (this.exact) collectAtStarts(this.exact, text, text, out);
    return out.sort((a, b) => a.start - b.start);
  }

  /**
   * The same matches by a global scan of each whole alternation (how `find`
   * worked before the start index; kept as the reference it is tested against).
   */
  findByRegex(text: string): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    if (this.folded) {
      const lower = lowerCased(text);
      if (lower.length === text.length) collect(this.folded.global, lower, text, out);
      else collect(new RegExp(this.folded.global.source, 'giu'), text, text, out);
    }
    if (this.exact) collect(this.exact.global, text, text, out);
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

/** Alternatives that may match at one position (reused: the scan is synchronous). */
const candidates: number[] = [];

/**
 * The global scan of the list's alternation, reproduced: at each position the
 * alternatives the start index allows run as sticky regexes in alternation
 * order, and the first that matches is the match (see cue-starts.ts).
 */
function collectAtStarts(list: CompiledList, searched: string, original: string, out: PhraseMatch[]): void {
  // Past a match the scan resumes at its end; elsewhere at the next position.
  let resume = 0;
  for (const i of list.starts.positions(searched)) {
    if (i < resume) continue;
    const count = list.starts.alternativesAt(searched, i, candidates);
    for (let k = 0; k < count; k++) {
      const end = list.matchAt(candidates[k]!, searched, i);
      if (end === -1) continue;
      // An empty match is no match (the global scan's caller skips it too).
      if (end > i) {
        out.push({ start: i, end, text: original.slice(i, end) });
        resume = end;
      }
      break;
    }
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

/** The compiled alternative of a phrase, described (as `body` and `compile` write it). */
function phraseShape(p: string, before: boolean, after: boolean): AlternativeShape {
  const words = cueWords(p);
  return { before, after, words, simple: words.every((w) => !w.prefixStar) };
}

/**
 * A cue list's alternation: whole (for case-insensitive search), and per
 * alternative its shape (matched in code) or, for a leading `*`, a lazily
 * built sticky regex of its own.
 */
class CompiledList {
  private readonly sticky: Array<RegExp | undefined>;

  constructor(
    readonly global: RegExp,
    private readonly sources: readonly string[],
    private readonly shapes: readonly AlternativeShape[],
    readonly starts: CueStartIndex,
  ) {
    this.sticky = new Array<RegExp | undefined>(sources.length);
  }

  /** End of alternative `id` matched exactly at `at`, or -1. */
  matchAt(id: number, text: string, at: number): number {
    const shape = this.shapes[id]!;
    if (shape.simple) return matchAlternative(shape, text, at);
    const re = (this.sticky[id] ??= new RegExp(this.sources[id]!, 'uy'));
    re.lastIndex = at;
    const m = re.exec(text);
    return m ? at + m[0].length : -1;
  }
}

/**
 * One alternation per list, with the word-boundary checks written once around
 * the group (not per phrase): phrases that begin or end with a symbol ("%")
 * go in groups without the matching check.
 */
function compile(phrases: string[]): CompiledList | undefined {
  if (phrases.length === 0) return undefined;
  const groups = new Map<string, string[]>();
  const groupShapes = new Map<string, AlternativeShape[]>();
  for (const p of [...new Set(phrases)].sort((a, b) => b.length - a.length)) {
    const bare = p.replace(/^\*|\*$/g, '');
    const before = /^[\p{L}\p{N}]/u.test(bare) || p.startsWith('*') ? WORD_BEFORE : '';
    const after = /[\p{L}\p{N}]$/u.test(bare) || p.endsWith('*') ? WORD_AFTER : '';
    const key = `${before}\u0000${after}`;
    const list = groups.get(key) ?? [];
    list.push(body(p));
    groups.set(key, list);
    const shapes = groupShapes.get(key) ?? [];
    shapes.push(phraseShape(p, before !== '', after !== ''));
    groupShapes.set(key, shapes);
  }
  // The alternation's order: groups as inserted, phrases in each group as sorted.
  const sources: string[] = [];
  const shapes: AlternativeShape[] = [];
  for (const [key, list] of groups) {
    const [before, after] = key.split('\u0000');
    for (const b of list) sources.push(`${before}${b}${after}`);
    shapes.push(...groupShapes.get(key)!);
  }
  const parts = [...groups.entries()].map(([key, list]) => {
    const [before, after] = key.split('\u0000');
    return `${before}(?:${list.join('|')})${after}`;
  });
  const source = parts.join('|');
  return new CompiledList(new RegExp(source, 'gu'), sources, shapes, new CueStartIndex(shapes));
}
