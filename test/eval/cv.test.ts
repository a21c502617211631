import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readLanguageSplit } from '../../src/corpus/semeval2023.js';
import type { LabeledSpan } from '../../src/corpus/semeval2023.js';
import type { CvProvider, FoldRequest } from '../../src/eval/cv-types.js';
import { runCrossValidation } from '../../src/eval/cv.js';
import { formatCvTable } from '../../src/eval/table.js';
import type { FrameId, GenreId, TechniqueId } from '../../src/taxonomy/ids.js';
import { writeSyntheticCorpus } from './synthetic-corpus.js';

const corpus = writeSyntheticCorpus(['en', 'fr'], 10);
afterAll(() => rmSync(corpus.dir, { recursive: true, force: true }));

/** Oracle for subtask 2 that also returns wrong labels for training articles: the harness must ignore those. */
function frameOracle(requests: FoldRequest[]): CvProvider<'2'> {
  return {
    subtask: '2',
    name: 'frame oracle',
    predictFold(r) {
      requests.push(r);
      const out = new Map<string, FrameId[]>();
      for (const lang of r.langs) {
        for (const [id, frames] of readLanguageSplit(r.corpus, lang).frames) {
          const key = `${lang}/${id}`;
          out.set(key, r.folds.get(key) === r.fold ? frames : ['Morality']);
        }
      }
      return out;
    },
  };
}

const alwaysSatire: CvProvider<'1'> = {
  subtask: '1',
  name: 'always satire',
  async predictFold(r) {
    const out = new Map<string, GenreId>();
    for (const [key, f] of r.folds) if (f === r.fold) out.set(key, 'satire');
    return out;
  },
};

const spanOracle: CvProvider<'spans'> = {
  subtask: 'spans',
  name: 'span oracle',
  predictFold(r) {
    const out = new Map<string, LabeledSpan[]>();
    for (const lang of r.langs) {
      for (const s of readLanguageSplit(r.corpus, lang).spans) {
        const key = `${lang}/${s.id}`;
        if (r.folds.get(key) === r.fold) out.set(key, [...(out.get(key) ?? []), s]);
      }
    }
    return out;
  },
};

describe('cross-validation harness on a synthetic corpus', () => {
  it('calls each provider once per fold, scores out-of-fold predictions and prints baselines beside them', async () => {
    const requests: FoldRequest[] = [];
    const log: string[] = [];
    const result = await runCrossValidation({
      corpus: corpus.dir,
      langs: ['en', 'fr'],
      subtasks: ['1', '2', '3', 'spans'],
      k: 5,
      seed: 7,
      providers: [frameOracle(requests), alwaysSatire, spanOracle],
      log: (l) => log.push(l),
    });
    expect(requests.map((r) => r.fold)).toEqual([0, 1, 2, 3, 4]);
    // every article of both languages has a fold, and folds are balanced (10 articles / 5 folds)
    const folds = requests[0]!.folds;
    expect(folds.size).toBe(20);
    for (let f = 0; f < 5; f++) expect([...folds].filter(([k, v]) => k.startsWith('en/') && v === f)).toHaveLength(2);

    const row = (lang: string, subtask: string) => result.rows.find((r) => r.lang === lang && r.subtask === subtask)!;
    expect(row('en', '2').systemScores!.official).toBe(1);
    expect(row('fr', 'spans').systemScores!.official).toBe(1);
    // always satire: satire never in gold, so macro over {opinion, reporting, satire} is 0, micro 0
    expect(row('en', '1').systemScores).toEqual({ official: 0, secondary: [0, 0] });
    // majority genre baseline: opinion on 6 or 7 of 10 training articles in every fold -> accuracy 0.6 (4 of 10 are reporting)
    expect(row('en', '1').baselineScores.secondary[0]).toBeCloseTo(0.6, 4);
    // frames baseline: "Political" (every article), plus "Economic" (half) in the folds where that pays
    const frames = row('en', '2').baselineScores.official;
    expect(frames).toBeGreaterThanOrEqual(0.75);
    expect(frames).toBeLessThan(0.86);
    expect(row('en', '3').system).toBeNull();
    expect(log.filter((l) => l.includes('fold'))).toHaveLength(15);

    const table = formatCvTable(result);
    expect(table).toMatch(/\| en \| 2 frames \| micro-F1 \(macro-F1\) \| frame oracle \| 1\.000 \|/);
    expect(table).toMatch(/\| fr \| 3 techniques \| micro-F1 \(macro-F1\) \| no model \| — \| — \| most frequent techniques \|/);
    expect(table).toMatch(/\| \*\*mean \(2\)\*\* \| spans \|/);
    expect(table).toContain('5-fold cross-validation by article');
  });

  it('gives the same folds for the same seed and different folds for another seed', async () => {
    const seen: FoldRequest[] = [];
    const opts = { corpus: corpus.dir, langs: ['en'], subtasks: ['2' as const], k: 3 };
    await runCrossValidation({ ...opts, seed: 1, providers: [frameOracle(seen)] });
    await runCrossValidation({ ...opts, seed: 1, providers: [frameOracle(seen)] });
    await runCrossValidation({ ...opts, seed: 2, providers: [frameOracle(seen)] });
    const a = [...seen[0]!.folds];
    expect([...seen[3]!.folds]).toEqual(a);
    expect([...seen[6]!.folds]).not.toEqual(a);
  });

  it('reports a provider that leaves a held-out article without a genre', async () => {
    const lazy: CvProvider<'1'> = { subtask: '1', name: 'lazy', predictFold: () => new Map() };
    await expect(runCrossValidation({ corpus: corpus.dir, langs: ['en'], subtasks: ['1'], k: 2, seed: 1, providers: [lazy] })).rejects.toThrow(
      /lazy gave no subtask-1 prediction for en\/10\d\d/,
    );
  });

  it('rejects a provider label outside the taxonomy', async () => {
    const bad: CvProvider<'3'> = {
      subtask: '3',
      name: 'bad',
      predictFold: (r) => new Map([...r.folds].filter(([, f]) => f === r.fold).map(([k]) => [`${k}/3`, ['Propaganda' as TechniqueId]])),
    };
    await expect(runCrossValidation({ corpus: corpus.dir, langs: ['en'], subtasks: ['3'], k: 2, seed: 1, providers: [bad] })).rejects.toThrow(/unknown label "Propaganda"/);
  });
});
