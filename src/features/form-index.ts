import { unigramKeys } from './ngrams.js';
import type { NgramOptions } from './ngrams.js';
import type { FeatureLookup } from './feature-table.js';

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
  /** By form id: own feature indices when the form is a word / when it is punctuation. */
  private ownWord: Array<Int32Array | undefined> = [];
  private ownOther: Array<Int32Array | undefined> = [];
  /** (previous form id × 2^15 + next form id) → bigram feature index, -1 when unknown. */
  private bigrams = new Map<number, number>();
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
      this.ownWord.push(undefined);
      this.ownOther.push(undefined);
    }
    return id;
  }

  /** Indices (known to the model, in key order) of the features a form fires on its own. */
  own(id: number, isWord: boolean): Int32Array {
    const table = isWord ? this.ownWord : this.ownOther;
    let own = table[id];
    if (!own) {
      const keys = unigramKeys(this.forms[id]!, isWord, this.options);
      const found: number[] = [];
      for (const k of keys) {
        const j = this.index.get(k);
        if (j !== undefined && j >= 0) found.push(j);
      }
      table[id] = own = Int32Array.from(found);
    }
    return own;
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
    this.bigrams = new Map();
  }
}
