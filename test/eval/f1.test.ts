import { describe, expect, it } from 'vitest';
import { balancedMacroF1, multiLabelF1, singleLabelF1 } from '../../src/eval/f1.js';

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

describe('balancedMacroF1 (genre under an even class mix)', () => {
  it('weighs every gold class the same: three opinion pieces count as much as one report', () => {
    const gold = ['opinion', 'opinion', 'opinion', 'reporting'];
    const pred = ['opinion', 'opinion', 'reporting', 'reporting'];
    // weights: opinion 4/(2·3) = 2/3, reporting 4/(2·1) = 2
    // opinion: tp 4/3, fn 2/3 -> 0.8; reporting: tp 2, fp 2/3 -> 6/7
    expect(balancedMacroF1(gold, pred)).toBeCloseTo((0.8 + 6 / 7) / 2, 6);
    // the plain macro-F1 of the same predictions is lower: the lone report's false alarm weighs less there
    expect(singleLabelF1(gold, pred).macro).toBeCloseTo((0.8 + 2 / 3) / 2, 6);
  });

  it('equals the plain macro-F1 when the classes are equally frequent', () => {
    const gold = ['opinion', 'reporting', 'satire', 'opinion', 'reporting', 'satire'];
    const pred = ['opinion', 'opinion', 'satire', 'reporting', 'reporting', 'opinion'];
    expect(balancedMacroF1(gold, pred)).toBeCloseTo(singleLabelF1(gold, pred).macro, 10);
  });

  it('gives 0 when every prediction is wrong and rejects misaligned lists', () => {
    expect(balancedMacroF1(['opinion', 'reporting'], ['satire', 'satire'])).toBe(0);
    expect(() => balancedMacroF1(['opinion'], [])).toThrow(/gold has 1 items/);
  });
});
