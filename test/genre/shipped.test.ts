import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/corpus/location.js';
import { genreComponentWith } from '../../src/pipeline/components/genre.js';
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
    const text = [
      'El gobierno regional aprobó ayer el presupuesto para el próximo año, según dijo el consejero de Hacienda en una rueda de prensa celebrada en la capital.',
      'Las cuentas prevén un gasto de 4.200 millones de euros, un 3 por ciento más que el año pasado, y destinan la mayor parte del aumento a la sanidad y a la educación.',
      'La oposición anunció que presentará enmiendas en el parlamento durante las próximas semanas. "Son unas cuentas que no resuelven los problemas de las familias", declaró su portavoz a los periodistas.',
      'El debate comenzará el 14 de noviembre y la votación final está prevista para mediados de diciembre, informó la cámara en un comunicado.',
    ].join('\n');
    const a = analyzer.analyze(text, { lang: 'es' });
    expect(a.frames).toEqual([]);
    expect(a.genre).not.toBeNull();
  });

  it('gives no genre for a text much shorter than any training article, and says why', async () => {
    const analyzer = await createAnalyzer();
    const a = analyzer.analyze('We are sick of this! The mayor has lied to us again and again. Enough is enough: we demand an audit now!', { lang: 'en' });
    expect(a.genre).toBeNull();
    expect(a.warnings.join(' ')).toMatch(/no genre: .*at least 80 words, and this text has 2\d\b/);
    // the other analysers still run
    expect(a.paragraphs.length).toBe(1);
  });

  it('gives a short text a genre flagged as a guess where every text needs one (the SemEval files)', async () => {
    const analyzer = await createAnalyzer({ components: (defaults) => defaults.map((c) => (c.name === 'genre' ? genreComponentWith({ minWords: 1 }) : c)) });
    const a = analyzer.analyze('We are sick of this! The mayor has lied to us again and again. Enough is enough: we demand an audit now!', { lang: 'en' });
    expect(a.genre).not.toBeNull();
    expect(a.warnings.join(' ')).toMatch(/the genre is a guess: this text has 2\d words/);
  });
});
