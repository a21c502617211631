import { unigramKeys } from './ngrams.js';
import type { NgramOptions } from './ngrams.js';
import type { FeatureLookup } from './feature-table.js';
import { PairTable } from './pair-table.js';

/**
 * A linear model's feature indices of token forms (for one vocabulary and one
 * set of n-gram options), computed once per process instead of once per
 * token; used by the technique detector and the genre/frame featurizer.
 * A form's own features (word, stem, char n-grams, or its punctuation key)
 * depend only on the form, and a bigram's index only on the two forms. Forms get small integer ids, so the bigram of
 * two forms is found by number (no key string built per token). Bounded: past
 * the limits everything is forgotten and rebuilt on demand.
 */
/** Below 2^15, so that a pair of form ids packs into one small integer (a Map key V8 stores unboxed). */
const FORM_LIMIT = 32_000;
const BIGRAM_LIMIT = 100_000;
const PAIR = 1 << 15;

export class FormIndex {
  private ids = new Map<string, number>();
  private forms: string[] = [];
  /**
   * By form id: where its own feature indices lie in `store` when the form is
   * a word / when it is punctuation (-1: not yet computed). One flat store
   * instead of a typed array per form: some 30,000 forms per index times three
   * indices (techniques, genre, frames) were 100,000 small heap objects.
   */
  private ownWord: number[] = [];
  private ownOther: number[] = [];
  /** At a form's offset: the number of its own features, then their indices. */
  private store = new Int32Array(4096);
  private used = 0;
  /** (previous form id × 2^15 + next form id) → bigram feature index, -1 when unknown. */
  private bigrams = new PairTable();
  private readonly pre: string;

  constructor(
    private readonly index: FeatureLookup,
    private readonly options: NgramOptions,
    private readonly limits: { forms: number; bigrams: number } = { forms: FORM_LIMIT, bigrams: BIGRAM_LIMIT },
  ) {
    this.pre = options.prefix ? `${options.prefix}|` : '';
  }

  /** Call before each paragraph's ids: past the limits, forgets everything (ids handed out before are void). */
  startParagraph(): void {
    if (this.forms.length >= this.limits.forms || this.bigrams.size >= this.limits.bigrams) this.forget();
  }

  /** Id of a form (assigned on first sight). */
  id(form: string): number {
    let id = this.ids.get(form);
    if (id === undefined) {
      id = this.forms.length;
      this.ids.set(form, id);
      this.forms.push(form);
      // grown together, so the tables stay dense arrays (a hole far past the end makes V8 store one as a dictionary)
      this.ownWord.push(-1);
      this.ownOther.push(-1);
    }
    return id;
  }

  /**
   * Where the indices (known to the model, in key order) of the features a
   * form fires on its own lie in `pool`: pool[at] is their number, pool[at + 1 …]
   * the indices. Read `pool` after this call (it may grow into a new array).
   */
  ownAt(id: number, isWord: boolean): number {
    const table = isWord ? this.ownWord : this.ownOther;
    let at = table[id]!;
    if (at < 0) {
      const keys = unigramKeys(this.forms[id]!, isWord, this.options);
      if (this.used + keys.length + 1 > this.store.length) {
        const bigger = new Int32Array(Math.max(this.store.length * 2, this.used + keys.length + 1));
        bigger.set(this.store.subarray(0, this.used));
        this.store = bigger;
      }
      at = this.used;
      let n = 0;
      for (const k of keys) {
        const j = this.index.get(k);
        if (j !== undefined && j >= 0) this.store[at + 1 + n++] = j;
      }
      this.store[at] = n;
      this.used = at + 1 + n;
      table[id] = at;
    }
    return at;
  }

  /** See ownAt. */
  get pool(): Int32Array {
    return this.store;
  }

  /** A form's own feature indices as an array (a copy; the hot loops read `pool` at `ownAt`). */
  own(id: number, isWord: boolean): Int32Array {
    const at = this.ownAt(id, isWord);
    return this.store.slice(at + 1, at + 1 + this.store[at]!);
  }

  /** Index of the bigram feature of two forms, -1 when the model does not know it. */
  bigram(previous: number, next: number): number {
    const lookup = (): number => this.index.get(`${this.pre}b:${this.forms[previous]!} ${this.forms[next]!}`) ?? -1;
    // one paragraph with more forms than a pair key holds: looked up, not cached
    if (previous >= PAIR || next >= PAIR) return lookup();
    const key = previous * PAIR + next;
    let j = this.bigrams.get(key);
    if (j === undefined) {
      j = lookup();
      this.bigrams.set(key, j);
    }
    return j;
  }

  private forget(): void {
    this.ids = new Map();
    this.forms = [];
    this.ownWord = [];
    this.ownOther = [];
    this.store = new Int32Array(4096);
    this.used = 0;
    this.bigrams = new PairTable();
  }
}
