/**
 * Limited-memory BFGS minimiser with a backtracking (Armijo) line search.
 * Deterministic, which keeps `spinscope train` reproducible.
 */
export interface LbfgsOptions {
  maxIterations?: number;
  /** Memory: number of correction pairs kept. */
  memory?: number;
  /** Stop when the gradient norm falls below tolerance × max(1, ‖w‖). */
  tolerance?: number;
}

/** `evaluate(w, grad)` returns f(w) and writes ∇f(w) into grad. */
export type Objective = (w: Float64Array, grad: Float64Array) => number;

export function minimizeLbfgs(f: Objective, w0: Float64Array, options: LbfgsOptions = {}): Float64Array {
  const maxIt = options.maxIterations ?? 200;
  const m = options.memory ?? 7;
  const tol = options.tolerance ?? 1e-5;
  const n = w0.length;
  const w = Float64Array.from(w0);
  const g = new Float64Array(n);
  let fx = f(w, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const d = new Float64Array(n);
  const wNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  const alpha = new Float64Array(m);
  const dotp = (a: Float64Array, b: Float64Array) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += a[i]! * b[i]!;
    return s;
  };
  for (let it = 0; it < maxIt; it++) {
    const gnorm = Math.sqrt(dotp(g, g));
    if (gnorm <= tol * Math.max(1, Math.sqrt(dotp(w, w)))) break;
    // two-loop recursion: d = -H g
    for (let i = 0; i < n; i++) d[i] = -g[i]!;
    for (let k = S.length - 1; k >= 0; k--) {
      alpha[k] = rho[k]! * dotp(S[k]!, d);
      const y = Y[k]!;
      for (let i = 0; i < n; i++) d[i]! -= alpha[k]! * y[i]!;
    }
    if (S.length > 0) {
      const last = S.length - 1;
      const gamma = dotp(S[last]!, Y[last]!) / dotp(Y[last]!, Y[last]!);
      for (let i = 0; i < n; i++) d[i]! *= gamma;
    } else {
      const scale = 1 / Math.max(gnorm, 1e-12);
      for (let i = 0; i < n; i++) d[i]! *= scale;
    }
    for (let k = 0; k < S.length; k++) {
      const beta = rho[k]! * dotp(Y[k]!, d);
      const s = S[k]!;
      for (let i = 0; i < n; i++) d[i]! += s[i]! * (alpha[k]! - beta);
    }
    let slope = dotp(g, d);
    if (slope >= 0) {
      // not a descent direction: restart from steepest descent
      for (let i = 0; i < n; i++) d[i] = -g[i]!;
      slope = -gnorm * gnorm;
      S.length = 0;
      Y.length = 0;
      rho.length = 0;
    }
    let step = 1;
    let fNew = Infinity;
    for (let ls = 0; ls < 30; ls++) {
      for (let i = 0; i < n; i++) wNew[i] = w[i]! + step * d[i]!;
      fNew = f(wNew, gNew);
      if (fNew <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew < fx)) break;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = wNew[i]! - w[i]!;
      y[i] = gNew[i]! - g[i]!;
    }
    const sy = dotp(s, y);
    if (sy > 1e-10) {
      if (S.length === m) {
        S.shift();
        Y.shift();
        rho.shift();
      }
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
    }
    const rel = (fx - fNew) / Math.max(Math.abs(fx), Math.abs(fNew), 1);
    w.set(wNew);
    g.set(gNew);
    fx = fNew;
    if (rel < 1e-9) break;
  }
  return w;
}
