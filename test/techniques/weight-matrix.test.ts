import { describe, expect, it } from 'vitest';
import { WeightMatrix } from '../../src/techniques/weight-matrix.js';

describe('WeightMatrix', () => {
  const rows = 50;
  const T = 3;
  const q = Array.from({ length: T }, (_, c) => Int16Array.from({ length: rows }, (_, j) => ((j * 7919 + c * 104729) % 65535) - 32767));
  const scales = [0.000123456789, 3.3e-5, 1 / 3];

  it('gives each quantised weight as the float32 that decoding the file gave', () => {
    const m = WeightMatrix.fromQuantised(q.map((values, c) => ({ values, scale: scales[c]! })), rows);
    expect(m.quantised).toBe(true);
    for (let c = 0; c < T; c++) {
      // the old path: decode into a Float32Array, then read it back
      const decoded = new Float32Array(rows);
      for (let j = 0; j < rows; j++) decoded[j] = q[c]![j]! * scales[c]!;
      for (let j = 0; j < rows; j++) expect(Object.is(m.at(j, c), decoded[j]!)).toBe(true);
    }
    // int16 each, rows padded to an even number of techniques for the SIMD kernel
    expect(m.byteLength).toBe(rows * (m.simd ? T + 1 : T) * 2);
  });

  it('accumulates the same bits as the float32 matrix, skipping counts of zero, in feature order', () => {
    const decoded = q.map((values, c) => Float32Array.from(values, (v) => v * scales[c]!));
    const ints = WeightMatrix.fromQuantised(q.map((values, c) => ({ values, scale: scales[c]! })), rows);
    const floats = WeightMatrix.fromFloats(decoded, rows);
    expect(floats.quantised).toBe(false);
    const features = [17, 3, 49, 0, 22];
    const values = Float64Array.from([0.31, 0.7, -0.02, 0.5, 0.9]);
    const counts = Int32Array.from([1, 2, 0, 1, 3]);
    const a = Float64Array.from([0.1, -0.2, 0.3]);
    const b = Float64Array.from(a);
    ints.accumulate(features, values, counts, a);
    floats.accumulate(features, values, counts, b);
    const expected = Float64Array.from([0.1, -0.2, 0.3]);
    features.forEach((j, k) => {
      if (counts[k]! > 0) for (let c = 0; c < T; c++) expected[c]! += decoded[c]![j]! * values[k]!;
    });
    expect([...a]).toEqual([...expected]);
    expect([...b]).toEqual([...expected]);
    // the zero-count feature really was left out
    expect(a[0]).not.toBe(expected[0]! + decoded[0]![49]! * -0.02);
  });

  it('reads a missing technique as all zero and keeps int8 values', () => {
    const m = WeightMatrix.fromQuantised([undefined, { values: Int8Array.from([-127, 5]), scale: 0.5 }], 2);
    expect(m.at(0, 0)).toBe(0);
    expect(m.at(0, 1)).toBe(-63.5);
    expect(m.at(1, 1)).toBe(2.5);
  });

  it('runs the SIMD kernel to the same bits as the JavaScript loop (23 techniques, work area grown, odd counts)', () => {
    const T23 = 23;
    const n = 5000;
    let seed = 17;
    const rand = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const cols = Array.from({ length: T23 }, (_, c) =>
      c === 5 ? undefined : { values: Int16Array.from({ length: n }, () => Math.round((rand() * 2 - 1) * 32767)), scale: rand() * 1e-3 },
    );
    const simd = WeightMatrix.fromQuantised(cols, n);
    const plain = WeightMatrix.fromQuantised(cols, n, { simd: false });
    expect(plain.simd).toBe(false);
    // where WebAssembly SIMD exists (Node 20 has it) the kernel must be in use, or this test proves nothing
    expect(simd.simd).toBe(true);
    for (let j = 0; j < n; j += 97) for (let c = 0; c < T23; c++) expect(Object.is(simd.at(j, c), plain.at(j, c))).toBe(true);
    // 40,000 distinct features: more than the kernel's work area holds, so the JavaScript loop runs
    for (const nd of [0, 1, 7, 300, 4000, 20_000, 40_000]) {
      const features = Int32Array.from({ length: nd }, () => Math.floor(rand() * n));
      const values = Float64Array.from({ length: nd }, () => (rand() - 0.3) * 0.5);
      const counts = Int32Array.from({ length: nd }, () => Math.floor(rand() * 4) - 1);
      const a = Float64Array.from({ length: T23 }, () => rand() - 0.5);
      const b = Float64Array.from(a);
      simd.accumulate(features, values, counts, a);
      plain.accumulate(features, values, counts, b);
      for (let c = 0; c < T23; c++) expect(Object.is(a[c], b[c])).toBe(true);
    }
    // reading weights still works after every path ran
    expect(Object.is(simd.at(n - 1, 22), plain.at(n - 1, 22))).toBe(true);
  });
});
