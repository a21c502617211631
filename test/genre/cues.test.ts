import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/doc.js';
import { describeGenreCue, genreCueList, genreCues } from '../../src/genre/cues.js';
import { expertScores, genreScores, predictGenre, trainGenreModel } from '../../src/genre/model.js';
import type { GenreModel } from '../../src/genre/model.js';
import { GENRES } from '../../src/taxonomy/ids.js';
import { syntheticGenreExamples } from './synthetic.js';
import { OPINION_RANT, WIRE_REPORT } from './texts.js';

const model = trainGenreModel(syntheticGenreExamples(8));
const report = new Doc(WIRE_REPORT, { lang: 'en' });
const rant = new Doc(OPINION_RANT, { lang: 'en' });

describe('genre experts', () => {
  it('mixes the experts as a weighted sum of their log-probabilities', () => {
    expect(model.experts.length).toBeGreaterThan(1);
    const mixed = genreScores(model, report);
    // differences between genres: the normalisers cancel, leaving the weighted score differences
    const diff = (s: number[]) => s[1]! - s[0]!;
    const expected = model.experts.reduce((a, e) => a + e.weight * diff(expertScores(e, report)), 0);
    expect(diff(mixed)).toBeCloseTo(expected, 9);
    // and each expert contributes log-probabilities, so the mixed scores are ≤ 0
    for (const s of mixed) expect(s).toBeLessThanOrEqual(0);
  });

  it('with one expert at weight 1 decides as that expert alone', () => {
    for (const expert of model.experts) {
      const single: GenreModel = { experts: [{ ...expert, weight: 1 }], temperature: 1 };
      const s = expertScores(expert, rant);
      expect(predictGenre(single, rant)).toBe(GENRES[s.indexOf(Math.max(...s))]);
    }
  });
});

describe('genre cues', () => {
  it('explain a wire report by the style of a report', () => {
    expect(predictGenre(model, report)).toBe('reporting');
    const cues = genreCueList(model, report, 'reporting');
    expect(cues.length).toBeGreaterThan(0);
    expect(cues.length).toBeLessThanOrEqual(3);
    for (const c of cues) expect(c.push).toBeGreaterThan(0);
    // strongest first
    for (let i = 1; i < cues.length; i++) expect(cues[i]!.push).toBeLessThanOrEqual(cues[i - 1]!.push);
    const text = genreCues(model, report, 'reporting').join(' | ');
    expect(text).toMatch(/quot|reporting verbs|source|dateline|numbers|first person|questions|exclamations/);
  });

  it('explain an opinion piece differently from a report', () => {
    const forRant = genreCues(model, rant, 'opinion');
    expect(forRant.length).toBeGreaterThan(0);
    expect(forRant).not.toEqual(genreCues(model, report, 'reporting'));
  });

  it('read as a sentence with the signed distance from the training average', () => {
    expect(describeGenreCue({ feature: 'quoted_word_share', z: 2.06, push: 1 })).toBe('more quoted words than usual (+2.1 sd)');
    expect(describeGenreCue({ feature: 'question_share', z: -0.84, push: 1 })).toBe('fewer questions than usual (−0.8 sd)');
    expect(describeGenreCue({ feature: 'dateline', z: 3.9, push: 1 })).toBe('opens with a wire dateline ("PARIS (AFP) –")');
    expect(describeGenreCue({ feature: 'dateline', z: -0.3, push: 1 })).toBe('no wire dateline');
    for (const c of genreCues(model, rant, 'opinion')) expect(c).toMatch(/^(more|fewer) .+ than usual \([+−]\d+\.\d sd\)$|wire dateline/);
  });
});
