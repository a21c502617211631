import { describe, expect, it } from 'vitest';
import { multiLabelF1, singleLabelF1 } from '../../src/eval/f1.js';

describe('multiLabelF1 (subtasks 2 and 3)', () => {
  it('matches a hand computation, with classes absent from gold and prediction scoring 1', () => {
    // A: tp 1, fn 1 -> 2/3; B: fp 1, fn 1 -> 0; C, D absent from both -> 1 (zero_division=1)
    const r = multiLabelF1([['A', 'B'], ['A'], []], [['A'], ['B'], []], ['A', 'B', 'C', 'D']);
    expect(r.micro).toBeCloseTo(0.4, 4); // tp 1, fp 1, fn 2: 2/(2+1+2)
    expect(r.macro).toBeCloseTo((2 / 3 + 0 + 1 + 1) / 4, 4);
    expect(r.perLabel.map((l) => [l.label, l.tp, l.fp, l.fn])).toEqual([
      ['A', 1, 0, 1],
      ['B', 0, 1, 1],
      ['C', 0, 0, 0],
      ['D', 0, 0, 0],
    ]);
  });

  it('scores 1 when every label list is empty on both sides', () => {
    const r = multiLabelF1([[], []], [[], []], ['A', 'B']);
    expect(r.micro).toBe(1);
    expect(r.macro).toBe(1);
  });

  it('gives 0 to a label that occurs in gold but is never predicted', () => {
    const r = multiLabelF1([['A'], ['B']], [['A'], []], ['A', 'B']);
    expect(r.perLabel[1]).toMatchObject({ label: 'B', f1: 0, recall: 0, precision: 1 });
    expect(r.micro).toBeCloseTo(2 / 3, 4);
    expect(r.macro).toBeCloseTo(0.5, 4);
  });

  it('ignores duplicate labels within one item', () => {
    const r = multiLabelF1([['A', 'A']], [['A', 'A']], ['A']);
    expect(r.perLabel[0]).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('rejects unknown labels and misaligned lists with a clear error', () => {
    expect(() => multiLabelF1([['A']], [['Z']], ['A'])).toThrow(/unknown label "Z" in prediction/);
    expect(() => multiLabelF1([['Q']], [['A']], ['A'])).toThrow(/unknown label "Q" in gold/);
    expect(() => multiLabelF1([['A']], [], ['A'])).toThrow(/gold has 1 items but prediction has 0/);
  });
});

describe('singleLabelF1 (subtask 1)', () => {
  it('averages over the labels present in gold or prediction, micro = accuracy', () => {
    // opinion: tp 1, fp 1, fn 1 -> 0.5; reporting: tp 1, fp 1 -> 2/3; satire: fn 1 -> 0
    const r = singleLabelF1(['opinion', 'opinion', 'reporting', 'satire'], ['opinion', 'reporting', 'reporting', 'opinion']);
    expect(r.macro).toBeCloseTo((0.5 + 2 / 3 + 0) / 3, 4);
    expect(r.micro).toBeCloseTo(0.5, 4);
    expect(r.perLabel.map((l) => l.label)).toEqual(['opinion', 'reporting', 'satire']);
  });

  it('leaves a class absent from gold and prediction out of the macro average', () => {
    const r = singleLabelF1(['opinion', 'reporting'], ['opinion', 'opinion'], ['opinion', 'reporting', 'satire']);
    // opinion: tp 1, fp 1 -> 2/3; reporting: fn 1 -> 0; satire not counted
    expect(r.macro).toBeCloseTo(1 / 3, 4);
  });

  it('rejects labels outside the class list', () => {
    expect(() => singleLabelF1(['opinion'], ['news'], ['opinion', 'reporting', 'satire'])).toThrow(/unknown label "news"/);
  });
});
