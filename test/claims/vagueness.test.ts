import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/index.js';
import { cuesFor } from '../../src/claims/cues.js';
import { analyzeSentences } from '../../src/claims/detect.js';

function markers(text: string, lang = 'en'): Array<[string, string]> {
  const [s] = analyzeSentences(new Doc(text, { lang }), cuesFor(lang)!);
  return s!.claim.vagueness.map((v) => [v.kind, v.text]);
}

describe('vagueness markers', () => {
  it('finds approximate quantities with and without numbers', () => {
    expect(markers('Nearly 40 percent of the wells are dry.')).toContainEqual(['approximate-quantity', 'Nearly 40 percent']);
    expect(markers('Dozens of boats were stuck in the ice.')).toContainEqual(['approximate-quantity', 'Dozens']);
  });

  it('treats "300 million" as exact, "some 300" as approximate and "some people" as a vague quantifier', () => {
    expect(markers('The bridge cost 300 million euros.').map((m) => m[0])).not.toContain('approximate-quantity');
    expect(markers('Some 300 people attended the funeral.')).toContainEqual(['approximate-quantity', 'Some 300']);
    expect(markers('Some people left the village after the flood.')).toContainEqual(['vague-quantifier', 'Some']);
  });

  it('does not read a superlative as a quantifier', () => {
    expect(markers('It was the most expensive bridge in the region.').map((m) => m[0])).not.toContain('vague-quantifier');
  });

  it('finds hedges, keeping "May" the month apart from "may" the modal', () => {
    expect(markers('The mayor reportedly sold the land.')).toContainEqual(['hedge', 'reportedly']);
    expect(markers('The bridge will open in May.').map((m) => m[0])).not.toContain('hedge');
  });

  it('flags statistics nobody stands behind, and not sourced ones or years', () => {
    expect(markers('Rents rose by 22 percent in 2023.')).toEqual([['unsourced-statistic', '22 percent']]);
    expect(markers('Rents rose by 22 percent in 2023, the statistics office said.').map((m) => m[0])).not.toContain('unsourced-statistic');
  });
});
