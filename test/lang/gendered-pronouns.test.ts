import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/doc.js';
import { tokenForms } from '../../src/features/ngrams.js';
import { genderNeutralForm } from '../../src/lang/gendered-pronouns.js';

function forms(text: string, lang: string, maskNames = true): string[] {
  const doc = new Doc(text, { lang });
  return tokenForms(doc.tokensIn(0, doc.offsets.length), { lang, maskNames });
}

describe('gendered pronouns', () => {
  it.each([
    ['en', 'The minister lied to his people; he is a disgrace and everyone knows him.', 'The minister lied to her people; she is a disgrace and everyone knows her.'],
    ['fr', 'Il ment encore, et personne ne croit plus ce que dit lui-même.', 'Elle ment encore, et personne ne croit plus ce que dit elle-même.'],
    ['it', 'Lui mente ancora, e tutti lo sanno.', 'Lei mente ancora, e tutti lo sanno.'],
    ['de', 'Er lügt schon wieder, und seine Partei glaubt ihm.', 'Sie lügt schon wieder, und ihre Partei glaubt ihr.'],
    ['pl', 'Nikt mu już nie wierzy, bo on kłamie, a jego obietnice są nic niewarte.', 'Nikt jej już nie wierzy, bo ona kłamie, a jej obietnice są nic niewarte.'],
    ['ru', 'Никто ему не верит: он лжёт, и его обещания ничего не стоят.', 'Никто ей не верит: она лжёт, и её обещания ничего не стоят.'],
  ])('reads a man and a woman alike (%s)', (lang, a, b) => {
    expect(forms(a, lang)).toEqual(forms(b, lang));
  });

  it('leaves other words, other languages and unmasked text alone', () => {
    expect(genderNeutralForm('sein', 'de')).toBeUndefined(); // also "to be"
    expect(genderNeutralForm('they', 'en')).toBeUndefined();
    expect(genderNeutralForm('la', 'fr')).toBeUndefined();
    expect(genderNeutralForm('she', 'es')).toBeUndefined();
    expect(genderNeutralForm('она', 'po')).toBeUndefined();
    expect(genderNeutralForm('ona', 'po')).toBe(genderNeutralForm('on', 'pl'));
    // the corpus codes are the ISO ones
    expect(genderNeutralForm('sie', 'ge')).toBe(genderNeutralForm('er', 'de'));
    // without name masking (plain n-grams) words keep their own form
    expect(forms('She said he lied.', 'en', false)).toContain('she');
  });
});
