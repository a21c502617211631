import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../../src/corpus/location.js';
import { createAnalyzer } from '../../src/pipeline/analyze.js';
import { TECHNIQUES_ONLY } from '../../src/techniques/pipeline.js';
import { loadTechniqueCorpus } from '../../src/techniques/corpus.js';

const corpus = corpusDir();
if (!corpus) console.log('technique corpus tests skipped: no corpus (set SPINSCOPE_CORPUS)');

describe.skipIf(!corpus)('technique detector on the corpus', () => {
  it('reads the English training labels, reading the corrupted technique name as a close one (or dropping it)', () => {
    const data = loadTechniqueCorpus(corpus!, 'en');
    expect(data.droppedLabels + data.repairedLabels).toBeGreaterThanOrEqual(1);
    expect(data.paragraphs.length).toBeGreaterThan(1000);
    expect(data.paragraphs.some((p) => p.labels.includes('Loaded_Language'))).toBe(true);
    expect(data.spans.size).toBeGreaterThan(100);
  });

  it('never crashes on unlabeled articles of languages without training data (es, gr, ka)', async () => {
    const analyzer = await createAnalyzer(TECHNIQUES_ONLY);
    for (const lang of ['es', 'gr', 'ka']) {
      const dir = join(corpus!, 'unlabeled', lang);
      const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 5);
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        const text = readFileSync(join(dir, f), 'utf8');
        const a = analyzer.analyze(text);
        expect(a.supported).toBe(false);
        const cps = Array.from(a.text);
        for (const s of a.techniques) expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
      }
    }
  });
});
