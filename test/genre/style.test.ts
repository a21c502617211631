import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/doc.js';
import { documentStyle, STYLE_FEATURE_NAMES } from '../../src/features/style.js';
import type { StyleFeatureName } from '../../src/features/style.js';
import { OPINION_RANT, WIRE_REPORT } from './texts.js';

function style(text: string, lang = 'en'): Record<StyleFeatureName, number> {
  const v = documentStyle(new Doc(text, { lang }));
  return Object.fromEntries(STYLE_FEATURE_NAMES.map((n, i) => [n, v[i]!])) as Record<StyleFeatureName, number>;
}

describe('document style features', () => {
  it('gives one finite value per feature name', () => {
    const v = documentStyle(new Doc(WIRE_REPORT, { lang: 'en' }));
    expect(v.length).toBe(STYLE_FEATURE_NAMES.length);
    for (const x of v) expect(Number.isFinite(x)).toBe(true);
  });

  it('separates a wire report from a rant on voice, sourcing and punctuation', () => {
    const report = style(WIRE_REPORT);
    const rant = style(OPINION_RANT);
    expect(report.reporting_per_sentence).toBeGreaterThan(rant.reporting_per_sentence);
    expect(report.numbers_per_100w).toBeGreaterThan(rant.numbers_per_100w);
    expect(report.dateline).toBe(1);
    expect(rant.dateline).toBe(0);
    expect(rant.first_singular_per_100w).toBeGreaterThan(report.first_singular_per_100w);
    expect(rant.first_plural_per_100w).toBeGreaterThan(0);
    expect(rant.second_person_per_100w).toBeGreaterThan(0);
    expect(rant.question_share).toBeGreaterThan(0);
    expect(rant.evaluative_per_100w).toBeGreaterThan(report.evaluative_per_100w);
    expect(rant.hedges_per_100w).toBeGreaterThan(0);
    expect(style('Enough! Stop this now! Why?').exclamation_share).toBeCloseTo(2 / 3, 6);
    expect(report.quoted_word_share).toBeGreaterThan(0);
    expect(rant.quoted_word_share).toBe(0);
  });

  it('counts quoted words by code point, also after astral characters', () => {
    const plain = style('He spoke. «Nous ne céderons pas» dit-il.', 'fr');
    const astral = style('He spoke 😀😀. «Nous ne céderons pas» dit-il.', 'fr');
    expect(plain.quoted_word_share).toBeGreaterThan(0.3);
    expect(astral.quoted_word_share).toBeCloseTo(plain.quoted_word_share, 6);
  });

  it('uses the lists of the document language (Russian reporting verbs and first person)', () => {
    const ru = style('Министр заявил журналистам, что решение принято. Мы не согласны, говорю я.', 'ru');
    expect(ru.reporting_per_sentence).toBeGreaterThan(0);
    expect(ru.first_plural_per_100w).toBeGreaterThan(0);
    expect(ru.first_singular_per_100w).toBeGreaterThan(0);
  });

  it('returns zeros rather than NaN for a text without words', () => {
    for (const x of documentStyle(new Doc('!!! ???', { lang: 'en' }))) expect(Number.isNaN(x)).toBe(false);
  });
});
