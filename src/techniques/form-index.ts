import { unigramKeys } from '../features/ngrams.js';
import type { NgramOptions } from '../features/ngrams.js';

/**
 * The technique model's feature indices of token forms, computed once per
 * process instead of once per token: a form's own features (word, stem, char
 * n-grams, or its punctuation key) depend only on the form, and a bigram's
 * index only on the two forms. Forms get small integer ids, so the bigram of
 * two forms is found by number (no key string built per token). Bounded: past
 * the limits everything is forgotten and rebuilt on demand.
 */
const FORM_LIMIT = 100_000;
const BIGRAM_LIMIT = 300_000;

export class FormIndex {
  private ids = new Map<string, number>();
  private forms: string[] = [];
  /** By form id: own feature indices when the form is a word / when it is punctuation. */
  private ownWord: Array<Int32Array | undefined> = [];
  private ownOther: Array<Int32Array | undefined> = [];
  /** By id of the previous form: id of the next form → bigram feature index, -1 when unknown. */
  private bigrams: Array<Map<number, number> | undefined> = [];
  private bigramCount = 0;
  private readonly pre: string;

  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly options: NgramOptions,
    private readonly limits: { forms: number; bigrams: number } = { forms: FORM_LIMIT, bigrams: BIGRAM_LIMIT },
  ) {
    this.pre = options.prefix ? `${options.prefix}|` : '';
  }

  /** Call before each paragraph's ids: past the limits, forgets everything (ids handed out before are void). */
  startParagraph(): void {
    if (this.forms.length >= this.limits.forms || this.bigramCount >= this.limits.bigrams) this.forget();
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
      this.bigrams.push(undefined);
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
    let row = this.bigrams[previous];
    if (!row) this.bigrams[previous] = row = new Map();
    let j = row.get(next);
    if (j === undefined) {
      j = this.index.get(`${this.pre}b:${this.forms[previous]!} ${this.forms[next]!}`) ?? -1;
      row.set(next, j);
      this.bigramCount++;
    }
    return j;
  }

  private forget(): void {
    this.ids = new Map();
    this.forms = [];
    this.ownWord = [];
    this.ownOther = [];
    this.bigrams = [];
    this.bigramCount = 0;
  }
}
