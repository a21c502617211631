import type { Doc, Token } from '../doc/index.js';
import type { TextSpan } from '../pipeline/analysis.js';
import type { PhraseMatch, PhraseMatcher } from './phrases.js';

/**
 * One sentence prepared for cue matching: its UTF-16 text (regexes run on
 * JavaScript strings) and its tokens (code points), with conversions between
 * the two so every span leaves this module in code points.
 */
export class SentenceView {
  readonly text: string;
  readonly tokens: Token[];
  private readonly base16: number;

  constructor(
    readonly doc: Doc,
    readonly index: number,
  ) {
    const s = doc.sentences[index]!;
    this.base16 = doc.toUtf16(s.start);
    this.text = doc.text.slice(this.base16, doc.toUtf16(s.end));
    this.tokens = doc.tokensIn(s.start, s.end);
  }

  get start(): number {
    return this.doc.sentences[this.index]!.start;
  }

  get end(): number {
    return this.doc.sentences[this.index]!.end;
  }

  get paragraph(): number {
    return this.doc.sentences[this.index]!.paragraph;
  }

  /** Code-point span of a match found in `text`. */
  span(m: { start: number; end: number }): TextSpan {
    const start = this.doc.toCodePoint(this.base16 + m.start);
    const end = this.doc.toCodePoint(this.base16 + m.end);
    return { start, end, text: this.doc.slice(start, end) };
  }

  private readonly found = new Map<PhraseMatcher, PhraseMatch[]>();
  private readonly memos = new Map<string, unknown>();

  /** A value derived from this sentence, computed once (name runs are asked for by several steps). */
  memo<T>(key: string, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }

  /** Matches of a cue list in this sentence; memoised, since several steps ask for the same list. */
  find(matcher: PhraseMatcher): PhraseMatch[] {
    let hits = this.found.get(matcher);
    if (!hits) {
      hits = matcher.find(this.text);
      this.found.set(matcher, hits);
    }
    return hits;
  }

  /** Span covering tokens [from, to] inclusive. */
  tokenSpan(from: number, to: number): TextSpan {
    const start = this.tokens[from]!.start;
    const end = this.tokens[to]!.end;
    return { start, end, text: this.doc.slice(start, end) };
  }

  /** Index of the first token starting at or after a code-point offset. */
  tokenAt(cp: number): number {
    const i = this.tokens.findIndex((t) => t.end > cp);
    return i === -1 ? this.tokens.length : i;
  }

  /** Index of the token containing the end of a code-point span (exclusive end). */
  tokenEndingAt(cpEnd: number): number {
    for (let i = this.tokens.length - 1; i >= 0; i--) if (this.tokens[i]!.start < cpEnd) return i;
    return -1;
  }

  get words(): Token[] {
    return this.tokens.filter((t) => t.isWord);
  }
}

/** Capitalised: first letter upper case (works for Latin, Cyrillic, Greek). */
export function isCapitalized(word: string): boolean {
  const first = word.codePointAt(0);
  if (first === undefined) return false;
  const ch = String.fromCodePoint(first);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

const QUOTES = new Set(['"', '“', '”', '«', '»', '„', '‟', '‘', '’', "'", '‚', '‹', '›']);
export function isQuote(text: string): boolean {
  return QUOTES.has(text);
}

/** Punctuation that closes a noun phrase when looking for a source. */
export function isPhraseBoundary(text: string): boolean {
  return /^[,;:()\[\]!?.…—–]$/u.test(text) || text === '-' || isQuote(text);
}

/** A word without an elided article or conjunction glued to it (French/Italian "l'", "qu'", "dell'"). */
export function bareWord(text: string): string {
  if (text.indexOf("'") === -1 && text.indexOf('’') === -1) return text;
  return text.replace(/^(?:l|d|qu|j|s|n|c|m|t|all|dell|nell|sull|dall|un|quest|lorsqu|puisqu|jusqu)['’](?=\p{L})/iu, '');
}

/** The elided prefix itself, lower-cased with a straight apostrophe ("qu'"), or ''. */
export function elidedPrefix(text: string): string {
  const bare = bareWord(text);
  return bare === text ? '' : text.slice(0, text.length - bare.length).toLowerCase().replace('’', "'");
}
