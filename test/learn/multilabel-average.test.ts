import { describe, expect, it } from 'vitest';
import type { BinaryLogistic } from '../../src/learn/logistic.js';
import { trainMultiLabelLogistic, trainMultiLabelLogisticSeeds } from '../../src/learn/multilabel.js';
import type { MultiLabelOptions } from '../../src/learn/multilabel.js';
import type { SparseVector } from '../../src/learn/sparse.js';

// a tiny problem: 40 samples, 12 features, 3 labels that depend on the features
const DIM = 12;
const LABELS = 3;
const X: SparseVector[] = [];
const Y: number[][] = [];
for (let i = 0; i < 40; i++) {
  const idx = [i % DIM, (i * 5 + 3) % DIM, (i * 7 + 1) % DIM].filter((j, k, a) => a.indexOf(j) === k).sort((a, b) => a - b);
  const raw = idx.map((j) => 1 + ((i + j) % 3));
  const norm = Math.hypot(...raw);
  X.push({ idx: Int32Array.from(idx), val: Float32Array.from(raw, (r) => r / norm) });
  Y.push([0, 1, 2].filter((c) => idx.some((j) => j % LABELS === c && j > 4)));
}

function flat(models: BinaryLogistic[]): number[] {
  return models.flatMap((m) => [...m.weights, m.bias]);
}

function mean(runs: number[][]): number[] {
  return runs[0]!.map((_, j) => runs.reduce((s, r) => s + r[j]!, 0) / runs.length);
}

// rescaleBelow near 1: the lazy scale is folded into the weights every few steps, inside the averaged epochs too
const base: MultiLabelOptions = { C: 0.1, epochs: 5, classWeightPower: 0.5, epochDecay: 1, eta0: 1, seed: 7, rescaleBelow: 0.97 };

describe('tail averaging of SGD iterates', () => {
  it('per-step averaging returns the mean of the iterates of the averaged epochs (across lazy rescales)', () => {
    const iterates: number[][] = [];
    const last = trainMultiLabelLogistic(X, Y, LABELS, DIM, { ...base, onStep: (m) => iterates.push(flat(m)) });
    expect(iterates).toHaveLength(5 * 40);
    expect(flat(last)).toEqual(iterates.at(-1));
    for (const from of [2, 3, 4]) {
      const averaged = flat(trainMultiLabelLogistic(X, Y, LABELS, DIM, { ...base, averageFrom: from, averageEvery: 'step' }));
      const expected = mean(iterates.slice(from * 40));
      expected.forEach((e, j) => expect(averaged[j]).toBeCloseTo(e, 5));
      // and it is not the last iterate
      expect(averaged.some((a, j) => Math.abs(a - iterates.at(-1)![j]!) > 1e-3)).toBe(true);
    }
  });

  it('end-of-epoch averaging returns the mean of the models trained for each of the averaged epoch counts', () => {
    // training for e epochs is the prefix of training for 5 (same seed, same shuffles, same schedule)
    const ends = [3, 4, 5].map((e) => flat(trainMultiLabelLogistic(X, Y, LABELS, DIM, { ...base, epochs: e })));
    const averaged = flat(trainMultiLabelLogistic(X, Y, LABELS, DIM, { ...base, averageFrom: 2, averageEvery: 'epoch' }));
    mean(ends).forEach((e, j) => expect(averaged[j]).toBeCloseTo(e, 5));
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const opts: MultiLabelOptions = { ...base, averageFrom: 3 };
    const a = flat(trainMultiLabelLogistic(X, Y, LABELS, DIM, opts));
    expect(flat(trainMultiLabelLogistic(X, Y, LABELS, DIM, opts))).toEqual(a);
    expect(flat(trainMultiLabelLogistic(X, Y, LABELS, DIM, { ...opts, seed: 8 }))).not.toEqual(a);
  });

  it('without averageFrom (or with it at the epoch count) returns the last iterate', () => {
    const a = flat(trainMultiLabelLogistic(X, Y, LABELS, DIM, base));
    expect(flat(trainMultiLabelLogistic(X, Y, LABELS, DIM, { ...base, averageFrom: 5 }))).toEqual(a);
  });
});

describe('seed averaging', () => {
  it('one run is the plain model; three runs average three differently shuffled models', () => {
    expect(flat(trainMultiLabelLogisticSeeds(X, Y, LABELS, DIM, base, 1))).toEqual(flat(trainMultiLabelLogistic(X, Y, LABELS, DIM, base)));
    const runs = [7, (7 + Math.imul(1, 0x9e3779b9)) >>> 0, (7 + Math.imul(2, 0x9e3779b9)) >>> 0].map((seed) => flat(trainMultiLabelLogistic(X, Y, LABELS, DIM, { ...base, seed })));
    expect(runs[1]).not.toEqual(runs[0]);
    const averaged = flat(trainMultiLabelLogisticSeeds(X, Y, LABELS, DIM, base, 3));
    mean(runs).forEach((e, j) => expect(averaged[j]).toBeCloseTo(e, 5));
    expect(flat(trainMultiLabelLogisticSeeds(X, Y, LABELS, DIM, base, 3))).toEqual(averaged);
  });
});

describe('class weights per group and sample weights (probes of techniques 1.8.1)', () => {
  it('one group for every sample and unit sample weights give the plain model', () => {
    const plain = flat(trainMultiLabelLogistic(X, Y, LABELS, DIM, base));
    const grouped = flat(trainMultiLabelLogistic(X, Y, LABELS, DIM, { ...base, groups: X.map(() => 0), sampleWeights: X.map(() => 1) }));
    expect(grouped).toEqual(plain);
  });

  it('weighting some samples changes the fitted model', () => {
    const half = X.map((_, i) => (i < 20 ? 3 : 1));
    const plain = flat(trainMultiLabelLogistic(X, Y, LABELS, DIM, base));
    const weighted = flat(trainMultiLabelLogistic(X, Y, LABELS, DIM, { ...base, sampleWeights: half }));
    expect(weighted).not.toEqual(plain);
  });

  it('class weights counted per group differ from pooled ones when the groups differ in label rates', () => {
    const groups = X.map((_, i) => (i % 2));
    const plain = flat(trainMultiLabelLogistic(X, Y, LABELS, DIM, base));
    const grouped = flat(trainMultiLabelLogistic(X, Y, LABELS, DIM, { ...base, groups }));
    expect(grouped).not.toEqual(plain);
    expect(grouped.every(Number.isFinite)).toBe(true);
  });
});
