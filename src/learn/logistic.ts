import { minimizeLbfgs } from './lbfgs.js';
import type { SparseVector } from './sparse.js';

/**
 * L2-regularised logistic regression on sparse vectors, in scikit-learn's
 * parametrisation: minimise ½‖w‖² + C·Σ sᵢ·loss(xᵢ, yᵢ), with per-sample
 * weights sᵢ (class balancing) and an unregularised bias.
 */
export interface LogisticOptions {
  /** Inverse regularisation strength. */
  C?: number;
  /** Weight each class inversely to its frequency (sklearn's class_weight="balanced"). */
  balanced?: boolean;
  /** Optional per-sample weights, multiplied with the class weights. */
  sampleWeights?: ArrayLike<number>;
  maxIterations?: number;
}

/** One binary model: weights over `dim` features plus a bias. */
export interface BinaryLogistic {
  weights: Float32Array;
  bias: number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function trainBinaryLogistic(
  X: readonly SparseVector[],
  y: ArrayLike<boolean | number>,
  dim: number,
  options: LogisticOptions = {},
): BinaryLogistic {
  const C = options.C ?? 1;
  const n = X.length;
  const sw = new Float64Array(n);
  let pos = 0;
  for (let i = 0; i < n; i++) if (y[i]) pos++;
  const wPos = options.balanced && pos > 0 ? n / (2 * pos) : 1;
  const wNeg = options.balanced && n - pos > 0 ? n / (2 * (n - pos)) : 1;
  for (let i = 0; i < n; i++) sw[i] = (y[i] ? wPos : wNeg) * (options.sampleWeights ? options.sampleWeights[i]! : 1);
  const objective = (w: Float64Array, grad: Float64Array): number => {
    // w[0..dim) weights, w[dim] bias
    let loss = 0;
    grad.fill(0);
    for (let j = 0; j < dim; j++) {
      loss += 0.5 * w[j]! * w[j]!;
      grad[j] = w[j]!;
    }
    for (let i = 0; i < n; i++) {
      const x = X[i]!;
      let z = w[dim]!;
      for (let k = 0; k < x.idx.length; k++) z += w[x.idx[k]!]! * x.val[k]!;
      const t = y[i] ? 1 : -1;
      const m = t * z;
      // log(1 + e^{-m}) computed stably
      loss += C * sw[i]! * (m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m)));
      const coef = -C * sw[i]! * t * sigmoid(-m);
      for (let k = 0; k < x.idx.length; k++) grad[x.idx[k]!]! += coef * x.val[k]!;
      grad[dim]! += coef;
    }
    return loss;
  };
  const w = minimizeLbfgs(objective, new Float64Array(dim + 1), { maxIterations: options.maxIterations ?? 300 });
  return { weights: Float32Array.from(w.subarray(0, dim)), bias: w[dim]! };
}

/** Multinomial (softmax) logistic regression; returns one weight row per class. */
export function trainSoftmax(
  X: readonly SparseVector[],
  y: ArrayLike<number>,
  classes: number,
  dim: number,
  options: LogisticOptions = {},
): BinaryLogistic[] {
  const C = options.C ?? 1;
  const n = X.length;
  const freq = new Float64Array(classes);
  for (let i = 0; i < n; i++) freq[y[i]!]!++;
  const present = [...freq].filter((f) => f > 0).length;
  const sw = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const cw = options.balanced ? n / (present * freq[y[i]!]!) : 1;
    sw[i] = cw * (options.sampleWeights ? options.sampleWeights[i]! : 1);
  }
  const stride = dim + 1;
  const z = new Float64Array(classes);
  const objective = (w: Float64Array, grad: Float64Array): number => {
    let loss = 0;
    grad.fill(0);
    for (let c = 0; c < classes; c++) {
      for (let j = 0; j < dim; j++) {
        const v = w[c * stride + j]!;
        loss += 0.5 * v * v;
        grad[c * stride + j] = v;
      }
    }
    for (let i = 0; i < n; i++) {
      const x = X[i]!;
      let max = -Infinity;
      for (let c = 0; c < classes; c++) {
        let s = w[c * stride + dim]!;
        for (let k = 0; k < x.idx.length; k++) s += w[c * stride + x.idx[k]!]! * x.val[k]!;
        z[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += Math.exp(z[c]! - max);
      const logZ = max + Math.log(sum);
      loss += C * sw[i]! * (logZ - z[y[i]!]!);
      for (let c = 0; c < classes; c++) {
        const p = Math.exp(z[c]! - logZ);
        const coef = C * sw[i]! * (p - (c === y[i] ? 1 : 0));
        for (let k = 0; k < x.idx.length; k++) grad[c * stride + x.idx[k]!]! += coef * x.val[k]!;
        grad[c * stride + dim]! += coef;
      }
    }
    return loss;
  };
  const w = minimizeLbfgs(objective, new Float64Array(classes * stride), { maxIterations: options.maxIterations ?? 300 });
  return Array.from({ length: classes }, (_, c) => ({
    weights: Float32Array.from(w.subarray(c * stride, c * stride + dim)),
    bias: w[c * stride + dim]!,
  }));
}

/** Raw score w·x + b. */
export function decision(model: BinaryLogistic, x: SparseVector): number {
  let s = model.bias;
  for (let k = 0; k < x.idx.length; k++) {
    const j = x.idx[k]!;
    if (j >= 0 && j < model.weights.length) s += model.weights[j]! * x.val[k]!;
  }
  return s;
}

export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
