import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/doc.js';
import { frequentWords, germanNames } from '../../src/features/german-names.js';
import { NAME_ROLE, tokenForms } from '../../src/features/ngrams.js';

/** Invented paragraphs, one run each (no corpus text). */
const runs = (lang: string, ...paragraphs: string[]) => paragraphs.map((p) => new Doc(p, { lang }).tokens);

const english = {
  runs: runs(
    'en',
    'Yesterday the president of Ruritania, Boris Vandalov, met the press. Critics of Vandalov were not invited.',
    'Observers say that Vandalov will stay in power. The newspaper Morgenpost wrote about it.',
    'Nobody expects Vandalov to resign, wrote the Morgenpost on Monday.',
  ),
  known: new Set(['yesterday', 'the', 'president', 'of', 'met', 'press', 'critics', 'were', 'not', 'invited']),
};
const french = {
  runs: runs(
    'fr',
    'Hier, le président Vandalov a parlé. Selon la Morgenpost, il restera.',
    'Les partisans de Vandalov applaudissent, écrit la Morgenpost.',
    'Personne ne croit que Vandalov partira, selon la Morgenpost.',
  ),
  known: new Set(['hier', 'le', 'président', 'a', 'parlé', 'selon', 'la']),
};
const german = {
  runs: runs(
    'de',
    'Gestern sprach Vandalov vor der Presse. Die Morgenpost berichtete darüber.',
    'Außenministerin Kowalczyk reiste nach Berlin. Auch Kanzler Brandauer war dabei.',
    'Die Morgenpost schrieb, Ministerin Kowalczyk habe gelogen. Die Regierung schwieg.',
    'Die Regierung und die Morgenpost stritten. Vandalov lachte nur.',
  ),
  known: new Set(['gestern', 'sprach', 'vor', 'der', 'die', 'berichtete', 'darüber', 'reiste', 'nach', 'auch', 'war', 'dabei', 'schrieb', 'habe', 'gelogen', 'schwieg', 'und', 'stritten', 'lachte', 'nur']),
};

describe('germanNames', () => {
  const names = germanNames(german, [english, french], 3);

  it('takes a word two other languages capitalise inside sentences for a name in German too', () => {
    expect(names.has('vandalov')).toBe(true);
  });

  it('leaves out a word German mostly puts after an article, though other languages capitalise it', () => {
    // "die Morgenpost": a noun in German, a newspaper name elsewhere
    expect(names.has('morgenpost')).toBe(false);
  });

  it('takes a capitalised word after a title in two paragraphs for a name, and not the title itself', () => {
    expect(names.has('kowalczyk')).toBe(true);
    // after "Kanzler" once only: not enough evidence
    expect(names.has('brandauer')).toBe(false);
    expect(names.has('außenministerin')).toBe(false);
    expect(names.has('regierung')).toBe(false);
  });
});

describe('frequentWords', () => {
  it('keeps words in at least minRuns runs, in any case, less the names', () => {
    const words = frequentWords(german.runs, 2, new Set(['vandalov']));
    expect(words.has('regierung')).toBe(true);
    expect(words.has('morgenpost')).toBe(true);
    expect(words.has('vandalov')).toBe(false);
    expect(words.has('kowalczyk')).toBe(true);
    expect(words.has('brandauer')).toBe(false);
  });
});

describe('tokenForms for German names', () => {
  const forms = (text: string) => {
    const tokens = new Doc(text, { lang: 'de' }).tokens;
    const out = tokenForms(tokens, { lang: 'de', knownWords: new Set(['die', 'lügt', 'und', 'schweigt']), nameForms: new Set(['vandalov']), nounVocabulary: new Set(['regierung']) });
    return Object.fromEntries(tokens.filter((t) => t.isWord).map((t) => [t.text, out[tokens.indexOf(t)]]));
  };

  it('reads a known name and an unknown capitalised word alike, and keeps known nouns and ordinary words', () => {
    const f = forms('Die Regierung lügt und Vandalov schweigt. Wolkenstein lügt.');
    expect(f.Vandalov).toBe(NAME_ROLE);
    expect(f.Wolkenstein).toBe(NAME_ROLE);
    expect(f.Regierung).toBe('regierung');
    expect(f.Die).toBe('der/die'); // an article of either gender (lang/gender-neutral.ts)
    expect(f['lügt']).toBe('lügt');
  });

  it('changes nothing without the German lists (models before them) or in other languages', () => {
    const tokens = new Doc('Die Regierung lügt und Vandalov schweigt.', { lang: 'de' }).tokens;
    expect(tokenForms(tokens, { lang: 'de' })).not.toContain(NAME_ROLE);
    // English: a known sentence opener stays a word whatever the German lists say
    const en = new Doc('Government lies again.', { lang: 'en' }).tokens;
    const a = tokenForms(en, { lang: 'en', knownWords: new Set(['government', 'lies', 'again']), nameForms: new Set(['government']), nounVocabulary: new Set() });
    expect(a[0]).toBe('government');
  });
});
