/**
 * F1 exactly as the SemEval-2023 Task 3 scorers compute it: scikit-learn's
 * `f1_score(..., zero_division=1)`. Per class F1 = 2·tp / (2·tp + fp + fn), and
 * a class with no gold and no predicted instance scores 1 (the 0/0 case takes
 * the zero_division value). Micro-F1 pools tp, fp and fn over classes.
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface F1Report {
  micro: number;
  macro: number;
  /** Per-class F1 and counts, in the order of the label list. */
  perLabel: Array<{ label: string; f1: number; precision: number; recall: number } & Counts>;
}

const ZERO_DIVISION = 1;

export function f1FromCounts(c: Counts): number {
  const denom = 2 * c.tp + c.fp + c.fn;
  return denom === 0 ? ZERO_DIVISION : (2 * c.tp) / denom;
}

function ratio(num: number, denom: number): number {
  return denom === 0 ? ZERO_DIVISION : num / denom;
}

function report(labels: readonly string[], counts: Map<string, Counts>): F1Report {
  const perLabel = labels.map((label) => {
    const c = counts.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    return { label, ...c, f1: f1FromCounts(c), precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) };
  });
  const pooled = perLabel.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const macro = perLabel.length === 0 ? 0 : perLabel.reduce((a, c) => a + c.f1, 0) / perLabel.length;
  return { micro: f1FromCounts(pooled), macro, perLabel };
}

function checkKnown(label: string, known: ReadonlySet<string>, what: string): void {
  if (!known.has(label)) throw new RangeError(`unknown label "${label}" in ${what}`);
}

/**
 * Multi-label scores (subtasks 2 and 3): one set of labels per item, over a
 * fixed class list (all classes count in the macro average, as with
 * MultiLabelBinarizer fitted on the class list). Labels outside the class list
 * are rejected. `gold` and `pred` are aligned by index.
 */
export function multiLabelF1(
  gold: ReadonlyArray<readonly string[]>,
  pred: ReadonlyArray<readonly string[]>,
  classes: readonly string[],
): F1Report {
  if (gold.length !== pred.length) throw new RangeError(`gold has ${gold.length} items but prediction has ${pred.length}`);
  const known = new Set(classes);
  const counts = new Map<string, Counts>(classes.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  gold.forEach((g, i) => {
    const gs = new Set(g);
    const ps = new Set(pred[i]);
    for (const l of gs) checkKnown(l, known, 'gold');
    for (const l of ps) checkKnown(l, known, 'prediction');
    for (const l of ps) {
      const c = counts.get(l)!;
      if (gs.has(l)) c.tp++;
      else c.fp++;
    }
    for (const l of gs) if (!ps.has(l)) counts.get(l)!.fn++;
  });
  return report(classes, counts);
}

/**
 * Single-label scores (subtask 1). As scikit-learn with `labels=None`, the
 * macro average runs over the labels that occur in gold or prediction; micro-F1
 * equals accuracy. `classes`, when given, is used to reject unknown labels.
 */
export function singleLabelF1(gold: readonly string[], pred: readonly string[], classes?: readonly string[]): F1Report {
  if (gold.length !== pred.length) throw new RangeError(`gold has ${gold.length} items but prediction has ${pred.length}`);
  if (classes) {
    const known = new Set(classes);
    gold.forEach((l) => checkKnown(l, known, 'gold'));
    pred.forEach((l) => checkKnown(l, known, 'prediction'));
  }
  const present = [...new Set([...gold, ...pred])].sort();
  const counts = new Map<string, Counts>(present.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  gold.forEach((g, i) => {
    const p = pred[i]!;
    if (g === p) counts.get(g)!.tp++;
    else {
      counts.get(p)!.fp++;
      counts.get(g)!.fn++;
    }
  });
  return report(present, counts);
}

/**
 * Single-label macro-F1 with every gold class of the set given the same total
 * weight (each item weighs n / (classes present · items of its class)): the
 * macro-F1 the same predictions would give on inputs with an even class mix.
 * Not an official metric. For genre it is the better guess of a new set's
 * score when the training mix is lopsided (English: nine opinion pieces in
 * ten): the plain model scores, in our cross-validation, en 0.377
 * official but 0.241 balanced, and 0.20 on the hidden set (MODEL_CARD).
 */
export function balancedMacroF1(gold: readonly string[], pred: readonly string[]): number {
  if (gold.length !== pred.length) throw new RangeError(`gold has ${gold.length} items but prediction has ${pred.length}`);
  const count = new Map<string, number>();
  for (const g of gold) count.set(g, (count.get(g) ?? 0) + 1);
  const weight = (g: string): number => gold.length / (count.size * count.get(g)!);
  const classes = [...new Set([...gold, ...pred])];
  if (classes.length === 0) return 0;
  const f1s = classes.map((c) => {
    const w = { tp: 0, fp: 0, fn: 0 };
    gold.forEach((g, i) => {
      if (pred[i] === c && g === c) w.tp += weight(g);
      else if (pred[i] === c) w.fp += weight(g);
      else if (g === c) w.fn += weight(g);
    });
    return f1FromCounts(w);
  });
  return f1s.reduce((a, b) => a + b, 0) / f1s.length;
}
