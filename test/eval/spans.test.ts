import { describe, expect, it } from 'vitest';
import type { LabeledSpan } from '../../src/corpus/semeval2023.js';
import { scoreSpans } from '../../src/eval/spans.js';

const span = (id: string, technique: string, start: number, end: number) => ({ id, technique, start, end }) as LabeledSpan;

describe('scoreSpans (partial-overlap credit, SemEval-2020 Task 11)', () => {
  const gold = [span('a', 'Loaded_Language', 0, 10), span('a', 'Doubt', 20, 30)];
  const pred = [span('a', 'Loaded_Language', 5, 15), span('a', 'Doubt', 40, 50), span('a', 'Slogans', 0, 4)];

  it('matches a hand computation overall', () => {
    const r = scoreSpans(gold, pred);
    // only the Loaded_Language pair overlaps, by 5: P credit 5/10, R credit 5/10
    expect(r.precision).toBeCloseTo(0.5 / 3, 4);
    expect(r.recall).toBeCloseTo(0.5 / 2, 4);
    expect(r.f1).toBeCloseTo(0.2, 4);
    expect(r.gold).toBe(2);
    expect(r.predicted).toBe(3);
  });

  it('reports per technique, with 0/0 ratios taking 1', () => {
    const r = scoreSpans(gold, pred);
    const by = new Map(r.perTechnique.map((t) => [t.technique, t]));
    expect(by.get('Loaded_Language')).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(by.get('Doubt')).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    // predicted but never in gold: recall 0/0 = 1, precision 0 -> F1 0
    expect(by.get('Slogans')).toMatchObject({ precision: 0, recall: 1, f1: 0 });
    // absent from both: 1
    expect(by.get('Repetition')).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(r.perTechnique).toHaveLength(23);
    expect(r.macroF1).toBeCloseTo((0.5 + 0 + 0 + 20) / 23, 4);
  });

  it('credits a nested prediction by the share of each span covered', () => {
    const r = scoreSpans([span('a', 'Loaded_Language', 0, 10)], [span('a', 'Loaded_Language', 2, 4)]);
    expect(r.precision).toBeCloseTo(1, 4);
    expect(r.recall).toBeCloseTo(0.2, 4);
    expect(r.f1).toBeCloseTo((2 * 0.2) / 1.2, 4);
  });

  it('never matches spans of different articles or labels', () => {
    const r = scoreSpans([span('a', 'Doubt', 0, 10)], [span('b', 'Doubt', 0, 10), span('a', 'Repetition', 0, 10)]);
    expect(r.precision).toBe(0);
    expect(r.recall).toBe(0);
    expect(r.f1).toBe(0);
  });

  it('scores 1 when there is nothing to find and nothing predicted, 0 when nothing is predicted', () => {
    expect(scoreSpans([], []).f1).toBe(1);
    const missed = scoreSpans(gold, []);
    expect(missed.recall).toBe(0);
    expect(missed.f1).toBe(0);
  });

  it('rejects unknown labels and malformed spans', () => {
    expect(() => scoreSpans(gold, [span('a', 'Propaganda', 0, 3)])).toThrow(/unknown label "Propaganda" in prediction/);
    expect(() => scoreSpans([span('a', 'Doubt', 5, 5)], [])).toThrow(/bad span \[5, 5\) in gold/);
    expect(() => scoreSpans(gold, pred, ['Loaded_Language'])).toThrow(/unknown label "Doubt" in gold/);
  });
});
