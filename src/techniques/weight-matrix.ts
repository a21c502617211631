/**
 * The technique weights, feature-major: feature j's T weights side by side, so
 * a paragraph's few hundred features each read one short row instead of T
 * scattered values. Two storages with the same answers:
 * - float32, for a model fitted in memory;
 * - the model file's own int16 values with one scale per technique, for a
 *   loaded model: half the memory of float32 (some 13 MB less with six
 *   languages loaded), and no float copy of each technique's array on loading.
 *   A weight is `Math.fround(q · scale)`, bit for bit the float32 that decoding
 *   the file into a Float32Array gave before.
 */
export class WeightMatrix {
  private constructor(
    /** Number of techniques (row width). */
    readonly width: number,
    /** Number of features (rows). */
    readonly rows: number,
    private readonly floats: Float32Array | undefined,
    private readonly ints: Int16Array | undefined,
    private readonly scales: Float64Array,
  ) {}

  /** From one float32 weight array per technique (each `rows` long). */
  static fromFloats(weights: readonly Float32Array[], rows: number): WeightMatrix {
    const T = weights.length;
    const floats = new Float32Array(rows * T);
    weights.forEach((w, c) => {
      for (let j = 0; j < rows; j++) floats[j * T + c] = w[j]!;
    });
    return new WeightMatrix(T, rows, floats, undefined, new Float64Array(T));
  }

  /**
   * From one quantised array per technique (int16 or int8 values, each `rows`
   * long; undefined: all zero) and its scale.
   */
  static fromQuantised(columns: ReadonlyArray<{ values: Int16Array | Int8Array; scale: number } | undefined>, rows: number): WeightMatrix {
    const T = columns.length;
    const ints = new Int16Array(rows * T);
    const scales = new Float64Array(T);
    columns.forEach((column, c) => {
      if (!column) return;
      scales[c] = column.scale;
      const { values } = column;
      for (let j = 0; j < rows; j++) ints[j * T + c] = values[j]!;
    });
    return new WeightMatrix(T, rows, undefined, ints, scales);
  }

  /** Whether the weights are kept as int16 with a scale per technique. */
  get quantised(): boolean {
    return this.ints !== undefined;
  }

  /** Weight of feature j for technique c. */
  at(j: number, c: number): number {
    const i = j * this.width + c;
    return this.ints ? Math.fround(this.ints[i]! * this.scales[c]!) : this.floats![i]!;
  }

  /**
   * z[c] += weight(features[k], c) · values[k] for every technique c and every
   * k with counts[k] > 0, in order of k (the summation order fixes the bits).
   */
  accumulate(features: ArrayLike<number>, values: Float64Array, counts: Int32Array, z: Float64Array): void {
    const T = this.width;
    const { ints, floats, scales } = this;
    if (ints) {
      for (let k = 0; k < features.length; k++) {
        if (counts[k]! <= 0) continue;
        const base = features[k]! * T;
        const x = values[k]!;
        for (let c = 0; c < T; c++) z[c]! += Math.fround(ints[base + c]! * scales[c]!) * x;
      }
    } else {
      for (let k = 0; k < features.length; k++) {
        if (counts[k]! <= 0) continue;
        const base = features[k]! * T;
        const x = values[k]!;
        for (let c = 0; c < T; c++) z[c]! += floats![base + c]! * x;
      }
    }
  }

  /** Bytes held by the weights. */
  get byteLength(): number {
    return (this.ints ?? this.floats!).byteLength;
  }
}
