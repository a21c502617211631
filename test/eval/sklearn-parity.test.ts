import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { multiLabelF1, singleLabelF1 } from '../../src/eval/f1.js';
import { shuffled, seededRandom } from '../../src/eval/folds.js';
import { FRAMES, GENRES, TECHNIQUES } from '../../src/taxonomy/ids.js';

/**
 * Parity with the official scorers, which call scikit-learn: the same random
 * gold and predictions are scored by f1.ts and by sklearn's f1_score (through
 * MultiLabelBinarizer fitted on the class list for subtasks 2 and 3, as the
 * task scorers do). Runs where python3 has scikit-learn; skips elsewhere.
 */
// the first python with scikit-learn (a pyenv shim may shadow the system python that has it)
const PYTHON_BIN = ['python3', '/usr/bin/python3'].find((bin) => spawnSync(bin, ['-c', 'import sklearn'], { encoding: 'utf8' }).status === 0);
const hasSklearn = PYTHON_BIN !== undefined;
if (!hasSklearn) console.log('test/eval/sklearn-parity.test.ts: python3 with scikit-learn not found; skipping the parity check');

const PYTHON = `
import json, sys
from sklearn.metrics import f1_score
from sklearn.preprocessing import MultiLabelBinarizer
cases = json.load(sys.stdin)
out = []
for c in cases:
    if c["kind"] == "single":
        g, p = c["gold"], c["pred"]
        out.append([f1_score(g, p, average="macro", zero_division=1), f1_score(g, p, average="micro", zero_division=1)])
    else:
        mlb = MultiLabelBinarizer()
        mlb.fit([c["classes"]])
        g, p = mlb.transform(c["gold"]), mlb.transform(c["pred"])
        out.append([f1_score(g, p, average="macro", zero_division=1), f1_score(g, p, average="micro", zero_division=1)])
print(json.dumps(out))
`;

type Case = { kind: 'single' | 'multi'; classes: readonly string[]; gold: unknown[]; pred: unknown[] };

function randomCases(seed: number): Case[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const subset = (xs: readonly string[], max: number) => shuffled(xs, Math.floor(rnd() * 1e9)).slice(0, Math.floor(rnd() * (max + 1)));
  const cases: Case[] = [];
  for (let i = 0; i < 20; i++) {
    const n = 1 + Math.floor(rnd() * 60);
    // some cases use only part of the genres so that a class is absent from both sides
    const genres = i % 3 === 0 ? GENRES.slice(0, 2) : GENRES;
    cases.push({ kind: 'single', classes: GENRES, gold: Array.from({ length: n }, () => pick(genres)), pred: Array.from({ length: n }, () => pick(genres)) });
    const classes = i % 2 === 0 ? FRAMES : TECHNIQUES;
    // sparse label sets: empty lists, labels never predicted, classes absent from both
    const pool = classes.slice(0, 3 + Math.floor(rnd() * classes.length));
    cases.push({
      kind: 'multi',
      classes,
      gold: Array.from({ length: n }, () => subset(pool, 3)),
      pred: Array.from({ length: n }, () => subset(pool.slice(0, Math.max(1, pool.length - 2)), 3)),
    });
  }
  return cases;
}

describe.skipIf(!hasSklearn)('scorer parity with scikit-learn (official scorers)', () => {
  it('agrees to 4 decimal places on random cases', () => {
    const cases = randomCases(12345);
    const r = spawnSync(PYTHON_BIN!, ['-c', PYTHON], { input: JSON.stringify(cases), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const expected = JSON.parse(r.stdout) as Array<[number, number]>;
    cases.forEach((c, i) => {
      const ours =
        c.kind === 'single'
          ? singleLabelF1(c.gold as string[], c.pred as string[], c.classes)
          : multiLabelF1(c.gold as string[][], c.pred as string[][], c.classes);
      expect(ours.macro, `case ${i} macro`).toBeCloseTo(expected[i]![0], 4);
      expect(ours.micro, `case ${i} micro`).toBeCloseTo(expected[i]![1], 4);
    });
  });
});
