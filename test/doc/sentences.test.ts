import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/doc.js';

function sentences(text: string, lang: string): string[] {
  const doc = new Doc(text, { lang });
  return doc.sentences.map((s) => doc.slice(s.start, s.end));
}

describe('sentences with abbreviation fix-ups', () => {
  it('English titles, initials and acronyms', () => {
    expect(sentences('The U.S. Senate voted on Monday. Mr. Smith disagreed. He said Dr. Jones was wrong.', 'en')).toEqual([
      'The U.S. Senate voted on Monday.',
      'Mr. Smith disagreed.',
      'He said Dr. Jones was wrong.',
    ]);
    expect(sentences('J. R. Smith arrived at 5 p.m. on Friday. She left.', 'en')).toEqual(['J. R. Smith arrived at 5 p.m. on Friday.', 'She left.']);
  });

  it('an acronym or a month may still end a sentence', () => {
    expect(sentences('He moved to the U.S. The weather was better there.', 'en')).toEqual(['He moved to the U.S.', 'The weather was better there.']);
    expect(sentences('Prices rose in Jan. Then they fell.', 'en')).toEqual(['Prices rose in Jan.', 'Then they fell.']);
  });

  it('quotations followed by a lowercase word go on', () => {
    expect(sentences('“Stop!” she said. “Now.” He did.', 'en')).toEqual(['“Stop!” she said.', '“Now.”', 'He did.']);
  });

  it('Russian "г." before a name, but not after a year', () => {
    expect(sentences('Он приехал в г. Москва вчера. Затем он уехал.', 'ru')).toEqual(['Он приехал в г. Москва вчера.', 'Затем он уехал.']);
    expect(sentences('Это было в 1990 г. Потом всё изменилось.', 'ru')).toEqual(['Это было в 1990 г.', 'Потом всё изменилось.']);
  });

  it('German "z.B.", "z. B." and ordinal dates', () => {
    expect(sentences('Es gibt Gründe, z.B. die Kosten. Das ist klar.', 'de')).toEqual(['Es gibt Gründe, z.B. die Kosten.', 'Das ist klar.']);
    expect(sentences('Es gibt Gründe, z. B. die Kosten. Das ist klar.', 'de')).toEqual(['Es gibt Gründe, z. B. die Kosten.', 'Das ist klar.']);
    expect(sentences('Dr. Müller kommt am 3. Oktober. Er bleibt.', 'de')).toEqual(['Dr. Müller kommt am 3. Oktober.', 'Er bleibt.']);
  });

  it('French, Italian and Polish titles', () => {
    expect(sentences('M. Dupont est arrivé. Il a parlé.', 'fr')).toEqual(['M. Dupont est arrivé.', 'Il a parlé.']);
    expect(sentences('Il sig. Rossi è arrivato. Poi è partito.', 'it')).toEqual(['Il sig. Rossi è arrivato.', 'Poi è partito.']);
    expect(sentences('Prof. Kowalski m.in. powiedział to. Potem wyszedł.', 'pl')).toEqual(['Prof. Kowalski m.in. powiedział to.', 'Potem wyszedł.']);
  });

  it('never crosses a paragraph and reports code-point offsets after emoji', () => {
    const doc = new Doc('😀 First one. Second one.\nThird 🇺🇦 one.', { lang: 'en' });
    expect(doc.sentences.map((s) => [s.start, s.end, s.paragraph])).toEqual([
      [0, 12, 0],
      [13, 24, 0],
      [25, 38, 1],
    ]);
    expect(doc.slice(25, 38)).toBe('Third 🇺🇦 one.');
  });
});

describe('tokens', () => {
  it('are words and punctuation with code-point offsets; combining marks stay inside words', () => {
    const doc = new Doc('Cafe\u0301 😀 x!', { lang: 'fr' });
    expect(doc.tokens.map((t) => [t.text, t.start, t.end, t.isWord])).toEqual([
      ['Cafe\u0301', 0, 5, true],
      ['😀', 6, 7, false],
      ['x', 8, 9, true],
      ['!', 9, 10, false],
    ]);
  });

  it('keep dotted acronyms whole and contractions, numbers and amounts together', () => {
    const doc = new Doc("Don't re-elect the U.S. president: 3.5% of $1,000.", { lang: 'en' });
    expect(doc.tokens.map((t) => t.text)).toEqual(["Don't", 're', '-', 'elect', 'the', 'U.S.', 'president', ':', '3.5', '%', 'of', '$', '1,000', '.']);
    expect(doc.tokens.find((t) => t.text === 'U.S.')!.lower).toBe('u.s.');
  });

  it('tokensIn finds the tokens starting inside a range', () => {
    const doc = new Doc('one 😀 two three', { lang: 'en' });
    expect(doc.tokensIn(4, 9).map((t) => t.text)).toEqual(['😀', 'two']);
    expect(doc.tokens[2]!.sentence).toBe(0);
  });
});
