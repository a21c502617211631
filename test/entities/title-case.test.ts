import { describe, expect, it } from 'vitest';
import { cuesFor } from '../../src/claims/cues.js';
import { sentenceViews } from '../../src/claims/detect.js';
import { Doc } from '../../src/doc/index.js';
import { entityFraming } from '../../src/entities/index.js';
import { isTitleCaseLine } from '../../src/entities/title-case.js';

function names(text: string, lang = 'en'): string[] {
  return entityFraming(new Doc(text, { lang }), cuesFor(lang)!).map((e) => e.name).sort();
}

describe('title-case headlines', () => {
  const body =
    'The council of Marrowby voted on Tuesday. Critics say the harbour plan must be stopped before it is too late, ' +
    'and the mayor will not kneel to pressure. Mayor Edith Varga called the vote a disgrace.';

  it('does not read capitalised ordinary words of a headline as names', () => {
    const found = names(`Marrowby Will Not Kneel: The Harbour Plan Must Be Stopped\n\n${body}`);
    expect(found).toContain('Marrowby');
    expect(found).toContain('Edith Varga');
    for (const wrong of ['Marrowby Will', 'Kneel', 'Must Be Stopped', 'Harbour Plan Must Be Stopped']) expect(found).not.toContain(wrong);
  });

  it('keeps a name in the headline that the body also capitalises mid-sentence', () => {
    expect(names(`Why Edith Varga Is Right About The Harbour\n\n${body}`)).toContain('Edith Varga');
  });

  it('decides by how the text writes a word, whoever the name is', () => {
    // the same headline with another town: the same shape of result
    const a = names(`Marrowby Will Not Kneel\n\n${body}`);
    const b = names(`Quillhaven Will Not Kneel\n\n${body.replaceAll('Marrowby', 'Quillhaven')}`);
    expect(b).toEqual(a.map((n) => n.replaceAll('Marrowby', 'Quillhaven')).sort());
  });

  it('knows a headline by its capitalised function words when the body is too short to show them in lower case', () => {
    const found = names('Marrowby Will Not Kneel: The Traitors In Our Midst Must Be Stopped\n\nCritics of the harbour plan spoke again, said Edith Varga.');
    expect(found).toContain('Edith Varga');
    for (const wrong of ['Marrowby Will', 'Kneel', 'Traitors', 'Midst Must Be Stopped']) expect(found).not.toContain(wrong);
    // day and month names are capitalised in ordinary English sentences: no evidence of title case
    const titleCase = (line: string) => isTitleCaseLine(sentenceViews(new Doc(line, { lang: 'en' }), cuesFor('en')!).views[0]!, cuesFor('en')!);
    expect(titleCase('Anna Berg And Tom Lind, Monday March')).toBe(false);
    expect(titleCase('Anna Berg And Tom Lind Are In Town')).toBe(true);
  });

  it('keeps the names of a list of signatories, which is capital-heavy but no headline', () => {
    const found = names(`Signed: Edith Varga, Tomas Lind, Maria Holm, Jonas Berg.\n\n${body}`);
    for (const name of ['Edith Varga', 'Tomas Lind', 'Maria Holm', 'Jonas Berg']) expect(found).toContain(name);
  });

  it('spots title case but not ordinary sentences, nor German nouns', () => {
    const en = new Doc('Marrowby Will Not Kneel To Anyone\n\nThe council of Marrowby voted on Tuesday: it will not kneel.', { lang: 'en' });
    const { views } = sentenceViews(en, cuesFor('en')!);
    expect(views.map((v) => isTitleCaseLine(v, cuesFor('en')!))).toEqual([true, false]);
    const de = new Doc('Die Stadt Baut Eine Neue Brücke Am Hafen', { lang: 'de' });
    expect(sentenceViews(de, cuesFor('de')!).views.every((v) => !isTitleCaseLine(v, cuesFor('de')!))).toBe(true);
  });
});
