import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../../src/corpus/location.js';
import { createAnalyzer } from '../../src/pipeline/analyze.js';
import { genreExamples } from '../../src/genre/dataset.js';
import { predictGenre, trainGenreModel } from '../../src/genre/model.js';
import { FRAMES, GENRES } from '../../src/taxonomy/ids.js';
import { singleLabelF1 } from '../../src/eval/f1.js';

const corpus = corpusDir();
if (!corpus) console.log('genre/frames corpus tests skipped: no corpus (set SPINSCOPE_CORPUS)');

describe.skipIf(!corpus)('genre and frames on the corpus', () => {
  it('the shipped models predict a genre and valid frames for articles of every language', async () => {
    const analyzer = await createAnalyzer();
    for (const code of ['en', 'fr', 'ge', 'it', 'po', 'ru']) {
      const dir = join(corpus!, code, 'train-articles-subtask-2');
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().slice(0, 3)) {
        const a = analyzer.analyze(readFileSync(join(dir, f), 'utf8'), { lang: code });
        expect(GENRES).toContain(a.genre!.label);
        const ids = new Set(a.paragraphs.map((p) => p.id));
        for (const fr of a.frames) {
          expect(FRAMES).toContain(fr.frame);
          for (const id of fr.paragraphs) expect(ids.has(id)).toBe(true);
        }
        expect(a.models.frames).toBeDefined();
      }
    }
  });

  it('a model trained on two languages beats the majority rule on held-out Polish and German articles (macro-F1)', () => {
    const examples = genreExamples(corpus!, ['ge', 'po']);
    const test = examples.filter((_, i) => i % 4 === 0);
    const model = trainGenreModel(examples.filter((_, i) => i % 4 !== 0));
    const gold = test.map((e) => e.genre);
    const macro = singleLabelF1(gold, test.map((e) => predictGenre(model, e.doc))).macro;
    const majority = singleLabelF1(gold, test.map(() => 'opinion')).macro;
    expect(macro).toBeGreaterThan(majority + 0.1);
  }, 120_000);
});
