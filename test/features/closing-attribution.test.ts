import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/doc.js';
import { documentStyle, STYLE_FEATURE_NAMES } from '../../src/features/style.js';

/** Invented sentences (no corpus text) for the closing-attribution style feature (genre-3). */
function closing(text: string, lang = 'en'): number {
  const v = documentStyle(new Doc(text, { lang }));
  return v[STYLE_FEATURE_NAMES.indexOf('closing_attribution_share')]!;
}

describe('closing_attribution_share', () => {
  it('counts a sentence that names its source in its last words', () => {
    expect(closing('The bridge will reopen to traffic in the spring, the minister said.')).toBe(1);
    expect(closing('"We are glad to be back on the water," one ferry captain told reporters.')).toBe(1);
  });

  it('does not count a source named at the start, or a sentence without one', () => {
    expect(closing('The minister said the bridge would reopen to traffic in the spring of next year.')).toBe(0);
    expect(closing('The bridge will reopen to traffic in the spring of next year.')).toBe(0);
  });

  it('leaves out short sentences, where every word is near the end', () => {
    // five words: too short to tell a closing source from an opening one
    expect(closing('The mayor said it again.')).toBe(0);
  });

  it('is a share of sentences', () => {
    const text = 'Fares will rise by ten percent in June, the operator said. Passengers were not asked. Nobody knows why the ferry stopped running last winter.';
    expect(closing(text)).toBeCloseTo(1 / 3, 6);
  });

  it('uses the reporting verbs of the document language', () => {
    expect(closing('Le pont rouvrira à la circulation au printemps prochain, a déclaré le ministre.', 'fr')).toBe(1);
    expect(closing('Мост откроют для движения весной следующего года, сообщил министр.', 'ru')).toBe(1);
    expect(closing('Die Brücke wird im nächsten Frühjahr wieder für den Verkehr geöffnet, sagte der Minister.', 'de')).toBe(1);
  });

  it('counts words, not UTF-16 units, after astral characters', () => {
    expect(closing('🚢🚢 The ferry will run again from Monday, the operator said.')).toBe(1);
    expect(closing('🚢🚢 The operator said the ferry will run again from Monday.')).toBe(0);
  });
});
