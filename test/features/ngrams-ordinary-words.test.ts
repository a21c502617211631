import { describe, expect, it } from 'vitest';
import { NAME_ROLE, tokenForms, tokenize } from '../../src/features/ngrams.js';

describe('ordinary words in title case', () => {
  const headline = tokenize('Outrageous Lies From Ministry Spokesman 😀 Shock Voters', 'en');

  it('masks every capitalised word inside a title-case line by default', () => {
    const forms = tokenForms(headline, { lang: 'en' });
    expect(forms.filter((f) => f === NAME_ROLE).length).toBe(6);
  });

  it('keeps the capitalised words the text also writes in lower case, and masks the rest', () => {
    const forms = tokenForms(headline, { lang: 'en', ordinaryWords: new Set(['lies', 'shock', 'from']) });
    expect(forms).toContain('lies');
    expect(forms).toContain('shock');
    expect(forms).toContain('from');
    // never seen in lower case: still a role, whichever name it is
    expect(forms.filter((f) => f === NAME_ROLE).length).toBe(3);
    expect(forms[0]).toBe('outrageous');
  });
});
