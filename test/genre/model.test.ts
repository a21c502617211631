import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/doc.js';
import { fitTemperature, genreProbabilities, predictGenre, trainGenreModel } from '../../src/genre/model.js';
import { saveExpertModels } from '../../src/genre/persist.js';
import { GENRE_MODEL_KIND, readGenreModel } from '../../src/genre/train.js';
import { GENRES } from '../../src/taxonomy/ids.js';
import { syntheticGenreExamples } from './synthetic.js';
import { OPINION_RANT, WIRE_REPORT } from './texts.js';

const examples = syntheticGenreExamples(8);
const model = trainGenreModel(examples);
const dir = mkdtempSync(join(tmpdir(), 'spinscope-genre-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('genre model', () => {
  it('labels unseen texts by their style: a wire report as reporting, a rant as opinion', () => {
    expect(predictGenre(model, new Doc(WIRE_REPORT, { lang: 'en' }))).toBe('reporting');
    expect(predictGenre(model, new Doc(OPINION_RANT, { lang: 'en' }))).toBe('opinion');
  });

  it('gives probabilities for every genre that sum to 1', () => {
    const p = genreProbabilities(model, new Doc(WIRE_REPORT, { lang: 'en' }));
    expect(Object.keys(p).sort()).toEqual([...GENRES].sort());
    expect(GENRES.reduce((a, g) => a + p[g], 0)).toBeCloseTo(1, 9);
    for (const g of GENRES) expect(p[g]).toBeGreaterThanOrEqual(0);
    expect(p.reporting).toBeGreaterThan(0.5);
  });

  it('is reproducible: the same data gives the same weights', () => {
    const again = trainGenreModel(examples);
    expect(again.experts).toHaveLength(model.experts.length);
    again.experts.forEach((e, i) => {
      expect(e.featurizer.state.vocab).toEqual(model.experts[i]!.featurizer.state.vocab);
      e.rows.forEach((r, c) => expect(Array.from(r.weights)).toEqual(Array.from(model.experts[i]!.rows[c]!.weights)));
    });
  });

  it('survives a save and load with the same predictions', () => {
    const path = join(dir, 'genre.bin');
    saveExpertModels(path, GENRE_MODEL_KIND, { temperature: 1.7, cv: {}, labels: [...GENRES], version: 't', trainedOn: { en: 24 }, seed: 1 }, model.experts);
    const loaded = readGenreModel(path);
    expect(loaded.temperature).toBeCloseTo(1.7, 9);
    for (const text of [WIRE_REPORT, OPINION_RANT]) {
      const doc = new Doc(text, { lang: 'en' });
      const a = genreProbabilities({ ...model, temperature: 1.7 }, doc);
      const b = genreProbabilities(loaded, doc);
      for (const g of GENRES) expect(b[g]).toBeCloseTo(a[g], 3);
    }
  });
});

describe('temperature fitting', () => {
  it('cools overconfident scores (T > 1) and sharpens timid ones (T < 1)', () => {
    // right 70% of the time, with huge margins: overconfident
    const gold = Array.from({ length: 100 }, (_, i) => i % 3);
    const over = gold.map((g, i) => GENRES.map((_, c) => ((i % 10 < 7 ? c === g : c === (g + 1) % 3) ? 20 : 0)));
    expect(fitTemperature(over, gold)).toBeGreaterThan(2);
    const timid = gold.map((g) => GENRES.map((_, c) => (c === g ? 0.2 : 0)));
    expect(fitTemperature(timid, gold)).toBeLessThan(0.5);
  });
});

describe('neutrality', () => {
  it('gives the same genre scores whoever the text is about', () => {
    // one-word names, never sentence-initial: the model sees them as names, whatever their length
    // (a name of more words changes the word count, hence the rates, slightly)
    const about = (who: string, party: string) =>
      `On Monday, ${who} said that the plan would fail. "It is a disaster," ${who} told reporters.\nCritics of ${party} called the remarks reckless, and ${who} refused to apologise.`;
    const a = genreProbabilities(model, new Doc(about('Miller', 'Greens'), { lang: 'en' }));
    const b = genreProbabilities(model, new Doc(about('Oyelaranbaba', 'Conservatives'), { lang: 'en' }));
    for (const g of GENRES) expect(b[g]).toBeCloseTo(a[g], 12);
  });
});
