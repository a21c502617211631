/**
 * A map from non-negative integer keys below 2^31 (a pair of form ids packed into one number) to
 * integers, as open addressing over two Int32Arrays. FormIndex asks it for the bigram of every
 * token of every paragraph; a JavaScript Map of up to 100,000 such keys cost a hash chain walk
 * per lookup (some 1.5% of the whole analysis), where this costs one or two probes of a flat
 * array. Grows by doubling at half load; never removes a key (FormIndex forgets by making a new one).
 */
const EMPTY = -1;
/** Fibonacci hashing: the key times 2^32 / φ, top bits (spreads consecutive keys over the table). */
const GOLDEN = 0x9e3779b1;

export class PairTable {
  private keys: Int32Array;
  private values: Int32Array;
  private bits: number;
  private count = 0;

  constructor(initialBits = 12) {
    this.bits = initialBits;
    this.keys = new Int32Array(1 << initialBits).fill(EMPTY);
    this.values = new Int32Array(1 << initialBits);
  }

  get size(): number {
    return this.count;
  }

  /** The value of `key`, or undefined when it was never set. */
  get(key: number): number | undefined {
    const mask = (1 << this.bits) - 1;
    for (let slot = Math.imul(key, GOLDEN) >>> (32 - this.bits); ; slot = (slot + 1) & mask) {
      const k = this.keys[slot]!;
      if (k === key) return this.values[slot]!;
      if (k === EMPTY) return undefined;
    }
  }

  set(key: number, value: number): void {
    if (key < 0 || key > 0x7fffffff || !Number.isInteger(key)) throw new RangeError(`PairTable: key ${key} is not an integer in [0, 2^31)`);
    if (2 * (this.count + 1) > this.keys.length) this.grow();
    this.place(key, value);
  }

  private place(key: number, value: number): void {
    const mask = (1 << this.bits) - 1;
    let slot = Math.imul(key, GOLDEN) >>> (32 - this.bits);
    while (this.keys[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & mask;
    if (this.keys[slot] === EMPTY) this.count++;
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.bits++;
    this.keys = new Int32Array(1 << this.bits).fill(EMPTY);
    this.values = new Int32Array(1 << this.bits);
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) this.place(keys[i]!, values[i]!);
  }
}
