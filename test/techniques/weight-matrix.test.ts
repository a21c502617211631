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
    expect(m.byteLength).toBe(rows * T * 2);
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
});
