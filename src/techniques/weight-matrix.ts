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
import { SimdKernel } from './simd-accumulate.js';

export class WeightMatrix {
  private constructor(
    /** Number of techniques. */
    readonly width: number,
    /** Number of features (rows). */
    readonly rows: number,
    private readonly floats: Float32Array | undefined,
    private readonly ints: Int16Array | undefined,
    private readonly scales: Float64Array,
    /** Values per row in `ints` (the techniques, padded for the SIMD kernel). */
    private readonly stride: number,
    private readonly kernel: SimdKernel | undefined,
  ) {}

  /** From one float32 weight array per technique (each `rows` long). */
  static fromFloats(weights: readonly Float32Array[], rows: number): WeightMatrix {
    const T = weights.length;
    const floats = new Float32Array(rows * T);
    weights.forEach((w, c) => {
      for (let j = 0; j < rows; j++) floats[j * T + c] = w[j]!;
    });
    return new WeightMatrix(T, rows, floats, undefined, new Float64Array(T), T, undefined);
  }

  /**
   * From one quantised array per technique (int16 or int8 values, each `rows`
   * long; undefined: all zero) and its scale.
   */
  static fromQuantised(
    columns: ReadonlyArray<{ values: Int16Array | Int8Array; scale: number } | undefined>,
    rows: number,
    options: { simd?: boolean } = {},
  ): WeightMatrix {
    const T = columns.length;
    const scales = new Float64Array(T);
    columns.forEach((column, c) => {
      if (column) scales[c] = column.scale;
    });
    // the weights live in the kernel's memory when WebAssembly SIMD is there
    const kernel = options.simd === false ? undefined : SimdKernel.create(rows, T, scales);
    const stride = kernel ? kernel.width : T;
    const ints = kernel ? kernel.ints : new Int16Array(rows * T);
    // row by row: the writes run along the matrix (column by column they jumped a row each, and
    // transposing the six languages' weights took a tenth of a second)
    const present = columns.flatMap((column, c) => (column ? [{ values: column.values, c }] : []));
    for (let j = 0; j < rows; j++) {
      const base = j * stride;
      for (const { values, c } of present) ints[base + c] = values[j]!;
    }
    return new WeightMatrix(T, rows, undefined, ints, scales, stride, kernel);
  }

  /** Whether the weights are kept as int16 with a scale per technique. */
  get quantised(): boolean {
    return this.ints !== undefined;
  }

  /** Weight of feature j for technique c. */
  at(j: number, c: number): number {
    return this.ints ? Math.fround(this.ints[j * this.stride + c]! * this.scales[c]!) : this.floats![j * this.width + c]!;
  }

  /**
   * z[c] += weight(features[k], c) · values[k] for every technique c and every
   * k with counts[k] > 0, in order of k (the summation order fixes the bits).
   */
  accumulate(features: ArrayLike<number>, values: Float64Array, counts: Int32Array, z: Float64Array): void {
    if (this.kernel?.accumulate(features, values, counts, z)) return;
    const T = this.width;
    const { ints, floats, scales, stride } = this;
    if (ints) {
      for (let k = 0; k < features.length; k++) {
        if (counts[k]! <= 0) continue;
        const base = features[k]! * stride;
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

  /** z[c] += weight(j, c) · value for every technique c (one feature outside the tf-idf counts). */
  addRow(j: number, value: number, z: Float64Array): void {
    for (let c = 0; c < this.width; c++) z[c]! += this.at(j, c) * value;
  }

  /** Bytes held by the weights. */
  get byteLength(): number {
    return (this.ints ?? this.floats!).byteLength;
  }

  /** Whether the multiply-add runs in WebAssembly SIMD. */
  get simd(): boolean {
    return this.kernel !== undefined;
  }
}
