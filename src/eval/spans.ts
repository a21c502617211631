import type { LabeledSpan } from '../corpus/semeval2023.js';
import { isTechniqueId, TECHNIQUES } from '../taxonomy/ids.js';

/**
 * Span-level scores with partial-overlap credit, as defined for the
 * fragment-level task of Da San Martino et al. (2019) and SemEval-2020 Task 11:
 *
 *   C(s, t, h) = |s ∩ t| / h · [label(s) = label(t)]
 *   P(S, T) = 1/|S| · Σ_{s∈S} Σ_{t∈T} C(s, t, |s|)
 *   R(S, T) = 1/|T| · Σ_{s∈S} Σ_{t∈T} C(s, t, |t|)
 *   F1 = 2PR / (P + R)
 *
 * S are the predicted spans, T the gold spans; spans only meet within the same
 * article. Per technique the sums run over that technique's spans only. A
 * 0/0 ratio (no predicted spans for P, no gold spans for R) takes the value 1,
 * as zero_division=1 does in f1.ts, so a technique absent from both scores 1
 * and a technique never predicted scores P=1, R=0, F1=0.
 */

export interface SpanScore {
  precision: number;
  recall: number;
  f1: number;
  /** Number of gold and predicted spans. */
  gold: number;
  predicted: number;
}

export interface SpanReport extends SpanScore {
  /** Mean F1 over the techniques of the label list. */
  macroF1: number;
  perTechnique: Array<{ technique: string } & SpanScore>;
}

interface Sums {
  /** Σ |s∩t| / |s| over predicted s. */
  precisionCredit: number;
  /** Σ |s∩t| / |t| over gold t. */
  recallCredit: number;
  gold: number;
  predicted: number;
}

function validate(spans: readonly LabeledSpan[], what: string, known: ReadonlySet<string>): void {
  for (const s of spans) {
    if (!known.has(s.technique)) throw new RangeError(`unknown label "${s.technique}" in ${what} (article ${s.id})`);
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end)) {
      throw new RangeError(`bad span [${s.start}, ${s.end}) in ${what} (article ${s.id})`);
    }
  }
}

function groupKey(s: LabeledSpan): string {
  return `${s.id}\u0000${s.technique}`;
}

function group(spans: readonly LabeledSpan[]): Map<string, LabeledSpan[]> {
  const out = new Map<string, LabeledSpan[]>();
  for (const s of spans) {
    const k = groupKey(s);
    const list = out.get(k);
    if (list) list.push(s);
    else out.set(k, [s]);
  }
  return out;
}

function ratio(num: number, denom: number): number {
  return denom === 0 ? 1 : num / denom;
}

function toScore(s: Sums): SpanScore {
  const precision = ratio(s.precisionCredit, s.predicted);
  const recall = ratio(s.recallCredit, s.gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold: s.gold, predicted: s.predicted };
}

/**
 * Scores predicted spans against gold spans. `labels` is the technique list
 * (default: the 23 SemEval-2023 techniques); spans with other labels are rejected.
 */
export function scoreSpans(
  gold: readonly LabeledSpan[],
  pred: readonly LabeledSpan[],
  labels: readonly string[] = TECHNIQUES,
): SpanReport {
  const known = new Set(labels);
  validate(gold, 'gold', known);
  validate(pred, 'prediction', known);
  const sums = new Map<string, Sums>(labels.map((l) => [l, { precisionCredit: 0, recallCredit: 0, gold: 0, predicted: 0 }]));
  for (const s of gold) sums.get(s.technique)!.gold++;
  for (const s of pred) sums.get(s.technique)!.predicted++;
  const goldGroups = group(gold);
  for (const [key, preds] of group(pred)) {
    const golds = goldGroups.get(key);
    if (!golds) continue;
    const sum = sums.get(preds[0]!.technique)!;
    for (const s of preds) {
      for (const t of golds) {
        const overlap = Math.min(s.end, t.end) - Math.max(s.start, t.start);
        if (overlap <= 0) continue;
        sum.precisionCredit += overlap / (s.end - s.start);
        sum.recallCredit += overlap / (t.end - t.start);
      }
    }
  }
  const total: Sums = { precisionCredit: 0, recallCredit: 0, gold: 0, predicted: 0 };
  for (const s of sums.values()) {
    total.precisionCredit += s.precisionCredit;
    total.recallCredit += s.recallCredit;
    total.gold += s.gold;
    total.predicted += s.predicted;
  }
  const perTechnique = labels.map((technique) => ({ technique, ...toScore(sums.get(technique)!) }));
  const macroF1 = perTechnique.length === 0 ? 0 : perTechnique.reduce((a, t) => a + t.f1, 0) / perTechnique.length;
  return { ...toScore(total), macroF1, perTechnique };
}
