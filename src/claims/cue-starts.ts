/**
 * Which cue phrases can begin at a position. A cue list's regular expression is
 * one long alternation, and V8 tries its alternatives one by one at every
 * position. This index walks a character trie of each phrase's literal first
 * word and answers the few alternatives (by their order in the alternation)
 * that can match at a position: a superset, since the trie ignores what
 * follows the first word. The caller runs those alternatives' own sticky
 * regexes in alternation order and takes the first that matches: every other
 * alternative fails there, so the result is the global scan's, with its
 * word-boundary rules applied by the same regex source.
 */

import { isWordCodePoint } from './cue-alternative.js';
import type { AlternativeShape } from './cue-alternative.js';

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

interface TrieNode {
  /** Alternatives whose literal prefix ends here. */
  ids: number[] | undefined;
  /** A node with one child (most, past the first letters) keeps it here, without a Map. */
  onlyKey: number;
  only: TrieNode | undefined;
  next: Map<number, TrieNode> | undefined;
}

function newNode(): TrieNode {
  return { ids: undefined, onlyKey: -1, only: undefined, next: undefined };
}

function child(node: TrieNode, c: number): TrieNode | undefined {
  return node.onlyKey === c ? node.only : node.next?.get(c);
}

/** Both apostrophes match either form in a cue, so the trie keys them as one. */
function unit(code: number): number {
  return code === RIGHT_SINGLE_QUOTE ? APOSTROPHE : code;
}

function insert(root: TrieNode, literal: string, id: number): void {
  let node = root;
  for (let i = 0; i < literal.length; i++) {
    const c = unit(literal.charCodeAt(i));
    let found = child(node, c);
    if (!found) {
      found = newNode();
      if (!node.only && !node.next) {
        node.onlyKey = c;
        node.only = found;
      } else {
        // A second child: all children move to the Map.
        node.next ??= new Map([[node.onlyKey, node.only!]]);
        node.onlyKey = -1;
        node.only = undefined;
        node.next.set(c, found);
      }
    }
    node = found;
  }
  (node.ids ??= []).push(id);
}

/** Appends to `out` (from `count`) the alternatives whose literal prefix starts at `at`; returns the new count. */
function collectIds(root: TrieNode, text: string, at: number, out: number[], count: number): number {
  let node = root;
  for (let i = at; i < text.length; i++) {
    const found = child(node, unit(text.charCodeAt(i)));
    if (!found) break;
    if (found.ids) for (const id of found.ids) out[count++] = id;
    node = found;
  }
  return count;
}

/** Where matches may begin in one text, shared by all cue lists that scan it. */
interface TextStarts {
  /** Code-point starts of a word character not preceded by one (where a word-initial phrase can begin). */
  wordStarts: number[];
  /** Code-point starts not preceded by a word character (where the lookbehind `(?<![\p{L}\p{N}_])` holds). */
  boundaries: number[];
}

/**
 * The last two texts' starts: a sentence is scanned by some twenty cue lists
 * in a row, lower-cased (most lists) and as written (`=` phrases).
 */
const recent: Array<{ text: string; starts: TextStarts }> = [];

function textStarts(text: string): TextStarts {
  for (const r of recent) if (r.text === text) return r.starts;
  const wordStarts: number[] = [];
  const boundaries: number[] = [];
  let previousIsWord = false;
  // Code point by code point, as the unicode-mode scan steps (never inside a surrogate pair).
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const word = isWordCodePoint(cp);
    if (!previousIsWord) {
      boundaries.push(i);
      if (word) wordStarts.push(i);
    }
    previousIsWord = word;
    i += cp > 0xffff ? 2 : 1;
  }
  const starts = { wordStarts, boundaries };
  if (recent.length >= 2) recent.shift();
  recent.push({ text, starts });
  return starts;
}

/** Whether the lookbehind `(?<![\p{L}\p{N}_])` holds at `at` (a code-point start). */
function afterBoundary(text: string, at: number): boolean {
  if (at === 0) return true;
  let cp = text.charCodeAt(at - 1);
  if (cp >= 0xdc00 && cp <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) cp = (high - 0xd800) * 0x400 + (cp - 0xdc00) + 0x10000;
  }
  return !isWordCodePoint(cp);
}

/** Where each phrase literal's first unit is found by `indexOf` rather than among word starts. */
function firstUnits(literal: string, out: Set<number>): void {
  const c = unit(literal.charCodeAt(0));
  out.add(c);
  if (c === APOSTROPHE) out.add(RIGHT_SINGLE_QUOTE);
}

const NONE: number[] = [];

/** Size of the first-units filters: small enough to stay in cache for some thirty lists per language. */
const FILTER_BITS = 12;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

function pairKey(first: number, second: number): number {
  return (Math.imul(first, 0x9e37) + second) & FILTER_MASK;
}

export class CueStartIndex {
  private readonly bounded = newNode();
  private readonly free = newNode();
  /**
   * Filters in front of the bounded trie: hashed first two units of its
   * literals, and first units of its one-unit literals. A position whose
   * units miss both starts no bounded literal (most word starts of a sentence).
   */
  private readonly pairs = new Uint8Array(FILTER_MASK + 1);
  private readonly singles = new Uint8Array(FILTER_MASK + 1);
  /** First units (hashed) of the free trie's literals. */
  private readonly freeFirst = new Uint8Array(FILTER_MASK + 1);
  /** Some bounded literal begins with a word character: word starts are candidates. */
  private readonly wordInitial: boolean;
  /** First code units of the other literals, searched for with `indexOf`. */
  private readonly otherUnits: string[];
  /** Alternatives that begin with a wildcard ("*behörden"), with the first word's literal core. */
  private readonly wild: Array<{ id: number; core: string }> = [];
  /** The wildcard alternatives whose core occurs in the text being scanned (see `positions`). */
  private active: number[] = NONE;

  /** `shapes[i]` is alternative i of the alternation, in its order. */
  constructor(shapes: readonly AlternativeShape[]) {
    let wordInitial = false;
    const other = new Set<number>();
    shapes.forEach((shape, id) => {
      const first = shape.words[0]!;
      if (first.prefixStar) {
        // A leading `*` always comes with the word-boundary check (see phrases.ts).
        if (!shape.before) throw new Error('cue-starts: a phrase with a leading * must be bounded');
        this.wild.push({ id, core: first.literal });
        return;
      }
      if (first.literal.length === 0) throw new Error('cue-starts: empty literal start');
      insert(shape.before ? this.bounded : this.free, first.literal, id);
      const c0 = unit(first.literal.charCodeAt(0));
      if (!shape.before) this.freeFirst[c0 & FILTER_MASK] = 1;
      else {
        if (first.literal.length === 1) this.singles[c0 & FILTER_MASK] = 1;
        else this.pairs[pairKey(c0, unit(first.literal.charCodeAt(1)))] = 1;
      }
      const firstCodePoint = first.literal.codePointAt(0)!;
      if (shape.before && isWordCodePoint(firstCodePoint)) wordInitial = true;
      else firstUnits(first.literal, other);
    });
    this.wordInitial = wordInitial;
    this.otherUnits = [...other].map((c) => String.fromCharCode(c));
  }

  /**
   * Ascending positions of `text` where some alternative may match: word
   * starts, occurrences of the other literals' first units, and, when a
   * wildcard alternative's core occurs in the text (an apostrophe in the core
   * matches both forms, so such a core is always kept), every boundary.
   * Must be called before `alternativesAt` on the same text.
   */
  positions(text: string): readonly number[] {
    this.active = this.wild.length === 0 ? NONE : this.wild.filter((w) => /['’]/.test(w.core) || text.includes(w.core)).map((w) => w.id);
    const starts = textStarts(text);
    if (this.active.length > 0) return starts.boundaries.concat(this.occurrences(text)).sort((a, b) => a - b);
    const base = this.wordInitial ? starts.wordStarts : NONE;
    if (this.otherUnits.length === 0) return base;
    const found = this.occurrences(text);
    if (found.length === 0) return base;
    // ascending and without repeats, as [...new Set(base.concat(found))].sort() gave, without the Set and the
    // concatenations: this runs for some twenty cue lists per sentence, and was a tenth of the claims step's garbage
    return mergeAscending(base, found.sort((a, b) => a - b));
  }

  private occurrences(text: string): number[] {
    const out: number[] = [];
    for (const u of this.otherUnits) for (let j = text.indexOf(u); j !== -1; j = text.indexOf(u, j + 1)) out.push(j);
    return out;
  }

  /**
   * Writes to `out` the alternatives that may match at `at` (a position from
   * `positions`), in alternation order, and returns how many.
   */
  alternativesAt(text: string, at: number, out: number[]): number {
    const c0 = unit(text.charCodeAt(at));
    let count = this.freeFirst[c0 & FILTER_MASK] === 1 ? collectIds(this.free, text, at, out, 0) : 0;
    const mayStartBounded = this.singles[c0 & FILTER_MASK] === 1 || (at + 1 < text.length && this.pairs[pairKey(c0, unit(text.charCodeAt(at + 1)))] === 1);
    if (mayStartBounded) count = collectIds(this.bounded, text, at, out, count);
    if (this.active.length > 0 && afterBoundary(text, at)) for (const id of this.active) out[count++] = id;
    if (count > 1) sortPrefix(out, count);
    return count;
  }
}

/**
 * The union of two ascending arrays, ascending and without repeats (`base` has none; `more`
 * may repeat its own values and base's).
 */
export function mergeAscending(base: readonly number[], more: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < base.length || j < more.length) {
    const next = j >= more.length || (i < base.length && base[i]! <= more[j]!) ? base[i++]! : more[j++]!;
    if (out.length === 0 || out[out.length - 1]! !== next) out.push(next);
  }
  return out;
}

/** Insertion sort of out[0..count): a handful of ids at most. */
function sortPrefix(out: number[], count: number): void {
  for (let i = 1; i < count; i++) {
    const v = out[i]!;
    let j = i - 1;
    while (j >= 0 && out[j]! > v) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = v;
  }
}
