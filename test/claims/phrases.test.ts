import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../src/claims/phrases.js';

describe('PhraseMatcher', () => {
  it('matches whole words only, case-insensitively, longest phrase first', () => {
    const m = new PhraseMatcher(['some', 'some of the']);
    expect(m.find('Some of the boats; handsome men').map((x) => x.text)).toEqual(['Some of the']);
  });

  it('lets a trailing * cover inflected endings', () => {
    const m = new PhraseMatcher(['источник*']);
    expect(m.find('По словам источников и источника').map((x) => x.text)).toEqual(['источников', 'источника']);
  });

  it('keeps the case of phrases written with a leading =', () => {
    const m = new PhraseMatcher(['=may']);
    expect(m.find('It may rain in May.').map((x) => x.text)).toEqual(['may']);
  });

  it('matches symbols without word boundaries and both apostrophes', () => {
    expect(new PhraseMatcher(['%']).find('20%').length).toBe(1);
    expect(new PhraseMatcher(["d'après"]).find('D’après lui').length).toBe(1);
  });

  it('reports UTF-16 positions of the original text', () => {
    const m = new PhraseMatcher(['sources']);
    const text = '🙂 Our SOURCES';
    const [hit] = m.find(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('SOURCES');
  });
});
