import { seededRandom } from '../eval/folds.js';
import type { BinaryLogistic } from './logistic.js';
import type { SparseVector } from './sparse.js';

/**
 * One-vs-rest L2-regularised logistic regression for many labels at once, by
 * stochastic gradient descent over shared feature vectors. Each sample's
 * features are read once per epoch for all labels (weights are stored
 * feature-major, so the labels of one feature sit side by side): about 20×
 * faster than 23 separate L-BFGS runs, which matters for 5-fold CV on a laptop.
 *
 * Objective per label c: λ/2‖w_c‖² + (1/n)·Σᵢ sᵢc·log(1 + exp(−tᵢc(w_c·xᵢ + b_c))),
 * λ = 1/(C·n) (scikit-learn's C), sᵢc = balanced class weight^classWeightPower.
 * L2 shrinkage is applied lazily through a per-label scale (Bottou's trick).
 * Deterministic for a given seed.
 */
export interface MultiLabelOptions {
  C?: number;
  epochs?: number;
  /** 0: unweighted; 1: scikit-learn's class_weight="balanced"; in between: softened. */
  classWeightPower?: number;
  /** Initial learning rate (features should be L2-normalised). */
  eta0?: number;
  /**
   * Learning rate divided by (1 + decay·epoch): later epochs take smaller
   * steps, so the last iterate settles instead of jittering around the optimum
   * (0: Bottou's schedule alone, which barely decays when λ is small).
   */
  epochDecay?: number;
  /**
   * Polyak–Ruppert tail averaging: return the mean of the iterates from this
   * epoch index on instead of the last iterate (undefined: the last iterate).
   */
  averageFrom?: number;
  /**
   * Which iterates enter the average: 'step' (every step, by the ASGD
   * bookkeeping, exact under the lazy shrink) or 'epoch' (the iterate at the
   * end of each epoch). Default 'step'.
   */
  averageEvery?: 'step' | 'epoch';
  seed?: number;
  /**
   * A group per sample (e.g. its language): class weights are then counted within each group, so a
   * label frequent in one group and rare in another is balanced in each (undefined: one group).
   */
  groups?: readonly number[];
  /** A weight per sample multiplying its loss (undefined: all 1). */
  sampleWeights?: ArrayLike<number>;
  /** The lazy shrink scale is folded into the weights when it falls below this (default 1e-6; tests raise it). */
  rescaleBelow?: number;
  /** Test hook: called after every step with the current (true) weights; slow. */
  onStep?: (models: BinaryLogistic[]) => void;
}

export function trainMultiLabelLogistic(
  X: readonly SparseVector[],
  /** Y[i] = label indices of sample i. */
  Y: readonly (readonly number[])[],
  labels: number,
  dim: number,
  options: MultiLabelOptions = {},
): BinaryLogistic[] {
  const n = X.length;
  const C = options.C ?? 1;
  const epochs = options.epochs ?? 8;
  const power = options.classWeightPower ?? 0;
  const eta0 = options.eta0 ?? 0.5;
  const epochDecay = options.epochDecay ?? 0;
  const rescaleBelow = options.rescaleBelow ?? 1e-6;
  const averageFrom = options.averageFrom ?? epochs;
  const averageSteps = averageFrom < epochs && (options.averageEvery ?? 'step') === 'step';
  const averageEpochs = averageFrom < epochs && options.averageEvery === 'epoch';
  const lambda = 1 / (C * Math.max(1, n));
  const L = labels;
  const pos = new Float64Array(L);
  for (const ys of Y) for (const c of ys) pos[c]!++;
  const wPos = new Float64Array(L);
  const wNeg = new Float64Array(L);
  for (let c = 0; c < L; c++) {
    const p = Math.max(1, pos[c]!);
    const q = Math.max(1, n - pos[c]!);
    wPos[c] = Math.pow(n / (2 * p), power);
    wNeg[c] = Math.pow(n / (2 * q), power);
  }
  // class weights per group (row g·L + c), when groups are given
  const groups = options.groups;
  const G = groups ? groups.reduce((m, g) => Math.max(m, g + 1), 1) : 1;
  const gPos = new Float64Array(G * L);
  const gNeg = new Float64Array(G * L);
  if (groups) {
    const gn = new Float64Array(G);
    const gp = new Float64Array(G * L);
    groups.forEach((g, i) => {
      gn[g]!++;
      for (const c of Y[i]!) gp[g * L + c]!++;
    });
    for (let g = 0; g < G; g++) {
      for (let c = 0; c < L; c++) {
        const p = Math.max(1, gp[g * L + c]!);
        const q = Math.max(1, gn[g]! - gp[g * L + c]!);
        gPos[g * L + c] = Math.pow(gn[g]! / (2 * p), power);
        gNeg[g * L + c] = Math.pow(gn[g]! / (2 * q), power);
      }
    }
  }
  const sampleWeights = options.sampleWeights;
  const v = new Float64Array(dim * L);
  const scale = new Float64Array(L).fill(1);
  const bias = new Float64Array(L);
  // start the biases at the log-odds of each label, so early steps are not spent on the prior
  for (let c = 0; c < L; c++) {
    const p = (pos[c]! * wPos[c]! + 0.5) / (pos[c]! * wPos[c]! + (n - pos[c]!) * wNeg[c]! + 1);
    bias[c] = Math.log(p / (1 - p));
  }
  const z = new Float64Array(L);
  const isPos = new Uint8Array(L);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(options.seed ?? 1);
  // Averaging. 'epoch': sum[j] accumulates v[j]·scale at each epoch's end.
  // 'step': the sum over steps of the true weights v·scale is kept lazily as
  // sum[j] + v[j]·P[c], where P[c] is the running sum of label c's scale over
  // the averaged steps: a step that moves v[j] by δ subtracts δ·P[c] (the steps
  // before it saw the old value), and a rescale of v divides P by the factor.
  const sum = averageSteps || averageEpochs ? new Float64Array(dim * L) : undefined;
  const P = new Float64Array(L);
  const biasSum = new Float64Array(L);
  let averaged = 0;
  let t = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const etaEpoch = eta0 / (1 + epochDecay * epoch);
    const averaging = averageSteps && epoch >= averageFrom;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const tmp = order[i]!;
      order[i] = order[j]!;
      order[j] = tmp;
    }
    for (let r = 0; r < n; r++) {
      const i = order[r]!;
      const x = X[i]!;
      const eta = etaEpoch / (1 + etaEpoch * lambda * t);
      t++;
      z.fill(0);
      for (let k = 0; k < x.idx.length; k++) {
        const base = x.idx[k]! * L;
        const xv = x.val[k]!;
        for (let c = 0; c < L; c++) z[c]! += v[base + c]! * xv;
      }
      isPos.fill(0);
      for (const c of Y[i]!) isPos[c] = 1;
      const sw = sampleWeights ? sampleWeights[i]! : 1;
      const gRow = groups ? groups[i]! * L : -1;
      // gradient coefficient per label, then the lazy shrink and the sparse step
      for (let c = 0; c < L; c++) {
        const margin = z[c]! * scale[c]! + bias[c]!;
        const target = isPos[c] ? 1 : 0;
        const p = 1 / (1 + Math.exp(-margin));
        const cw = gRow >= 0 ? (isPos[c] ? gPos[gRow + c]! : gNeg[gRow + c]!) : isPos[c] ? wPos[c]! : wNeg[c]!;
        const g = (p - target) * cw * sw;
        scale[c]! *= 1 - eta * lambda;
        z[c] = (eta * g) / scale[c]!;
        bias[c]! -= eta * g * 0.1;
      }
      if (averaging) {
        for (let k = 0; k < x.idx.length; k++) {
          const base = x.idx[k]! * L;
          const xv = x.val[k]!;
          for (let c = 0; c < L; c++) {
            v[base + c]! -= z[c]! * xv;
            sum![base + c]! += z[c]! * xv * P[c]!;
          }
        }
        for (let c = 0; c < L; c++) {
          P[c]! += scale[c]!;
          biasSum[c]! += bias[c]!;
        }
        averaged++;
      } else {
        for (let k = 0; k < x.idx.length; k++) {
          const base = x.idx[k]! * L;
          const xv = x.val[k]!;
          for (let c = 0; c < L; c++) v[base + c]! -= z[c]! * xv;
        }
      }
      for (let c = 0; c < L; c++) {
        if (scale[c]! < rescaleBelow) {
          for (let j = c; j < v.length; j += L) v[j]! *= scale[c]!;
          P[c]! /= scale[c]!;
          scale[c] = 1;
        }
      }
      if (options.onStep) options.onStep(lastIterate(v, scale, bias, L, dim));
    }
    if (averageEpochs && epoch >= averageFrom) {
      for (let c = 0; c < L; c++) {
        const s = scale[c]!;
        for (let j = c; j < v.length; j += L) sum![j]! += v[j]! * s;
        biasSum[c]! += bias[c]!;
      }
      averaged++;
    }
  }
  if (!sum || averaged === 0) return lastIterate(v, scale, bias, L, dim);
  return Array.from({ length: L }, (_, c) => {
    const weights = new Float32Array(dim);
    if (averageSteps) for (let j = 0; j < dim; j++) weights[j] = (sum[j * L + c]! + v[j * L + c]! * P[c]!) / averaged;
    else for (let j = 0; j < dim; j++) weights[j] = sum[j * L + c]! / averaged;
    return { weights, bias: biasSum[c]! / averaged };
  });
}

function lastIterate(v: Float64Array, scale: Float64Array, bias: Float64Array, L: number, dim: number): BinaryLogistic[] {
  return Array.from({ length: L }, (_, c) => {
    const weights = new Float32Array(dim);
    for (let j = 0; j < dim; j++) weights[j] = v[j * L + c]! * scale[c]!;
    return { weights, bias: bias[c]! };
  });
}

/**
 * Several runs with different shuffling seeds (seed, then seeds derived from
 * it), their weights and biases averaged into one linear model of the same size.
 */
export function trainMultiLabelLogisticSeeds(
  X: readonly SparseVector[],
  Y: readonly (readonly number[])[],
  labels: number,
  dim: number,
  options: MultiLabelOptions = {},
  runs = 1,
): BinaryLogistic[] {
  const seed = options.seed ?? 1;
  if (runs <= 1) return trainMultiLabelLogistic(X, Y, labels, dim, options);
  const sums = Array.from({ length: labels }, () => ({ weights: new Float64Array(dim), bias: 0 }));
  for (let r = 0; r < runs; r++) {
    // xorshift seeds far apart: small consecutive seeds start with correlated draws
    const runSeed = r === 0 ? seed : (seed + Math.imul(r, 0x9e3779b9)) >>> 0;
    const models = trainMultiLabelLogistic(X, Y, labels, dim, { ...options, seed: runSeed });
    models.forEach((m, c) => {
      const s = sums[c]!;
      for (let j = 0; j < dim; j++) s.weights[j]! += m.weights[j]!;
      s.bias += m.bias;
    });
  }
  return sums.map((s) => ({ weights: Float32Array.from(s.weights, (w) => w / runs), bias: s.bias / runs }));
}
