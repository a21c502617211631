import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/index.js';
import { cuesFor } from '../../src/claims/cues.js';
import { entityFraming, toneOf } from '../../src/entities/index.js';

function entities(text: string, lang = 'en') {
  const doc = new Doc(text, { lang });
  return { doc, found: entityFraming(doc, cuesFor(lang)!) };
}

describe('entity framing', () => {
  it('merges a surname with the full name and keeps the longest form', () => {
    const { found } = entities('Mayor Anna Lindqvist opened the bridge on Monday. Lindqvist said the works were finished early.');
    const anna = found.find((e) => e.name === 'Anna Lindqvist');
    expect(anna?.mentions).toHaveLength(2);
    expect(anna?.type).toBe('person');
  });

  it('types a multi-word name after a definite article as a body, not a person', () => {
    const { found } = entities('The Northern Bloc rejected the plan. Karin Wolde, who leads the Silver Meadow, called it theft. Northern Bloc members left.');
    const type = (name: string) => found.find((e) => e.name === name)?.type;
    expect(type('Northern Bloc')).toBe('organization');
    expect(type('Silver Meadow')).toBe('organization');
    expect(type('Karin Wolde')).toBe('person');
    const it = entities('Il ministro Paolo Ferri ha criticato la Nuova Rotta. Lucia Berti ha risposto in serata.', 'it').found;
    expect(it.find((e) => e.name === 'Nuova Rotta')?.type).toBe('organization');
    expect(it.find((e) => e.name === 'Lucia Berti')?.type).toBe('person');
  });

  it('knows blocs, coalitions and leagues by their head word in every language', () => {
    expect(entities('Der Sprecher des Grünen Bündnis widersprach.', 'de').found.find((e) => /Bündnis/.test(e.name))?.type).toBe('organization');
    expect(entities('Вчера Лига Северных Рек провела съезд в Омске.', 'ru').found.find((e) => /Лига/.test(e.name))?.type).toBe('organization');
    expect(entities('Posłowie z Koalicji Obywatelskiej Rzeki głosowali przeciw.', 'pl').found.find((e) => /Koalicji/.test(e.name))?.type).toBe('organization');
  });

  it('merges inflected Russian forms of one name', () => {
    const { found } = entities('Министр Игорь Сидоренко посетил завод. Сидоренко заявил, что завод откроется. Сидоренко поблагодарили рабочие.', 'ru');
    const igor = found.find((e) => e.name === 'Игорь Сидоренко');
    expect(igor?.mentions.length).toBe(3);
  });

  it('attaches evaluative labels with their polarity and derives the tone', () => {
    const { found } = entities('The Vorland regime jailed the journalists. Meanwhile, the brave defenders of Kestrel held the bridge.');
    const vorland = found.find((e) => e.name === 'Vorland');
    expect(vorland?.labels.map((l) => [l.text, l.polarity])).toEqual([['regime', 'negative']]);
    expect(vorland?.tone).toBe('negative');
    const kestrel = found.find((e) => e.name === 'Kestrel');
    expect(kestrel?.tone).toBe('positive');
  });

  it('attaches a label across a linking verb and past a parenthetical source', () => {
    const { found } = entities('The Vorland regime, according to the Ostmark government, is a brutal dictatorship.');
    const vorland = found.find((e) => e.name === 'Vorland');
    expect(vorland?.labels.map((l) => l.text)).toEqual(['regime', 'brutal dictatorship']);
    expect(found.find((e) => e.name.includes('Ostmark'))?.labels ?? []).toEqual([]);
  });

  it('does not pin a speaker with the words it says about someone else', () => {
    const { found } = entities('The Dalmark government called the Ostrava authorities a corrupt junta.');
    const dalmark = found.find((e) => e.name.includes('Dalmark'));
    expect(dalmark?.labels ?? []).toEqual([]);
  });

  it('takes a capitalised word opening a sentence before "said" or "is" for a name, but not a plural or a source noun', () => {
    const { found } = entities('Harlan is a corrupt puppet. Farmers say the harvest failed. Scientists say the ice melts.');
    expect(found.map((e) => e.name)).toEqual(['Harlan']);
  });

  it('reports mention offsets in code points after emoji', () => {
    const { doc, found } = entities('🚀🇫🇷 Mayor Anna Lindqvist opened the bridge.');
    const anna = found.find((e) => e.name === 'Anna Lindqvist')!;
    expect(doc.slice(anna.mentions[0]!.start, anna.mentions[0]!.end)).toBe('Anna Lindqvist');
  });

  it('is neutral: the same wording gives the same framing whoever is named', () => {
    const template = (a: string, b: string) => `The ${a} regime attacked the city. The heroic defenders of ${b} resisted.`;
    const shape = (text: string) => entities(text).found.map((e) => [e.type, e.tone, e.labels.map((l) => l.text)]);
    expect(shape(template('Kiev', 'Moscow'))).toEqual(shape(template('Moscow', 'Kiev')));
  });

  it('computes tone from label polarities', () => {
    expect(toneOf([]).tone).toBe('neutral');
    const neg = { start: 0, end: 1, text: 'x', polarity: 'negative' as const };
    const pos = { start: 2, end: 3, text: 'y', polarity: 'positive' as const };
    expect(toneOf([neg, neg])).toEqual({ tone: 'negative', toneScore: -1 });
    expect(toneOf([neg, pos]).tone).toBe('mixed');
  });
});
