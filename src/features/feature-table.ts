/**
 * A frozen vocabulary: feature key → index, as `new Map(keys.map((k, i) => [k, i]))`
 * answers it, in flat typed arrays instead of a Map of strings. The technique
 * models of six languages hold some 300,000 keys; as a Map plus the header's
 * string array they were ~25 MB of live V8 heap, which every major GC walks and
 * which V8's heap-growth rule multiplies into the peak RSS. Here they are the
 * keys' UTF-16 code units end to end, their start offsets and an open-addressing
 * hash table (FNV-1a over code units, linear probing, load ≤ 1/2): a few
 * ArrayBuffers that the GC never traces.
 */
export interface FeatureLookup {
  /** Index of a key; undefined when the vocabulary does not hold it. */
  get(key: string): number | undefined;
}

const EMPTY = -1;

function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class FeatureTable implements FeatureLookup {
  /** Every key's code units, key i at units[starts[i] .. starts[i + 1]). */
  private readonly units: Uint16Array;
  private readonly starts: Uint32Array;
  /** Hash slots: a key's index, or EMPTY. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Number of distinct keys (a repeated key keeps its last index, as a Map built from the list would). */
  readonly size: number;

  constructor(keys: readonly string[]) {
    let total = 0;
    for (const k of keys) total += k.length;
    this.units = new Uint16Array(total);
    this.starts = new Uint32Array(keys.length + 1);
    let at = 0;
    keys.forEach((k, i) => {
      for (let u = 0; u < k.length; u++) this.units[at + u] = k.charCodeAt(u);
      at += k.length;
      this.starts[i + 1] = at;
    });
    let capacity = 8;
    while (capacity < keys.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
    let size = 0;
    keys.forEach((k, i) => {
      const slot = this.find(k);
      if (this.slots[slot] === EMPTY) size++;
      this.slots[slot] = i;
    });
    this.size = size;
  }

  /** Number of keys given (indices run 0 .. length − 1). */
  get length(): number {
    return this.starts.length - 1;
  }

  get(key: string): number | undefined {
    const j = this.slots[this.find(key)]!;
    return j === EMPTY ? undefined : j;
  }

  has(key: string): boolean {
    return this.slots[this.find(key)] !== EMPTY;
  }

  /** The key at an index. */
  key(index: number): string {
    const from = this.starts[index]!;
    const to = this.starts[index + 1]!;
    // in chunks: String.fromCharCode's argument count is bounded
    let out = '';
    for (let at = from; at < to; at += 8192) out += String.fromCharCode(...this.units.subarray(at, Math.min(to, at + 8192)));
    return out;
  }

  /** Every key in index order. */
  keys(): string[] {
    return Array.from({ length: this.length }, (_, i) => this.key(i));
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private find(key: string): number {
    const n = key.length;
    const { units, starts, slots, mask } = this;
    let slot = hashOf(key) & mask;
    for (;;) {
      const j = slots[slot]!;
      if (j === EMPTY) return slot;
      const from = starts[j]!;
      if (starts[j + 1]! - from === n) {
        let u = 0;
        while (u < n && units[from + u] === key.charCodeAt(u)) u++;
        if (u === n) return slot;
      }
      slot = (slot + 1) & mask;
    }
  }
}
