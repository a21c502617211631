import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/corpus/location.js';
import { createAnalyzer } from '../../src/pipeline/analyze.js';
import { GENRES } from '../../src/taxonomy/ids.js';
import { WIRE_REPORT } from './texts.js';

const shipped = existsSync(join(PROJECT_ROOT, 'models', 'genre.bin')) && existsSync(join(PROJECT_ROOT, 'models', 'frames.bin'));
if (!shipped) console.log('shipped genre/frames model tests skipped: models/genre.bin or models/frames.bin missing (run "spinscope train --only genre,frames")');

describe.skipIf(!shipped)('shipped genre and frame models', () => {
  it('reads a wire-style report as reporting and an opinion piece as opinion', async () => {
    const analyzer = await createAnalyzer();
    const report = analyzer.analyze(WIRE_REPORT, { lang: 'en' });
    expect(report.genre!.label).toBe('reporting');
    expect(report.genre!.scores.reporting).toBeGreaterThan(0.6);
    // an invented opinion piece shipped with the examples
    const opinion = analyzer.analyze(readFileSync(join(PROJECT_ROOT, 'examples', 'propaganda-en.txt'), 'utf8'), { lang: 'en' });
    expect(opinion.genre!.label).toBe('opinion');
    expect(opinion.genre!.scores.opinion).toBeGreaterThan(0.5);
    for (const a of [report, opinion]) {
      expect(GENRES.reduce((s, g) => s + a.genre!.scores[g], 0)).toBeCloseTo(1, 9);
      expect(a.models.genre).toBeDefined();
      expect(a.summary.genre).toBe(a.genre!.label);
    }
  });

  it('gives no frames for a language without training data, but still a genre', async () => {
    const analyzer = await createAnalyzer();
    const a = analyzer.analyze('El gobierno aprobó ayer el presupuesto, según dijo el ministro en una rueda de prensa.', { lang: 'es' });
    expect(a.frames).toEqual([]);
    expect(a.genre).not.toBeNull();
  });
});
