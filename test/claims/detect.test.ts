import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/index.js';
import { cuesFor } from '../../src/claims/cues.js';
import { analyzeSentences, detectClaims } from '../../src/claims/detect.js';

function claims(text: string, lang = 'en') {
  return detectClaims(new Doc(text, { lang }), cuesFor(lang)!);
}

describe('claim detection (English)', () => {
  it('marks "according to our sources, around 20%" as an anonymous claim with an approximate quantity', () => {
    const text = 'According to our sources, around 20% of the inhabitants have already left the city.';
    const [claim] = claims(text);
    expect(claim).toBeDefined();
    expect(claim!.sourcing.kind).toBe('anonymous');
    expect(claim!.sourcing.source?.text).toBe('our sources');
    const approx = claim!.vagueness.find((v) => v.kind === 'approximate-quantity');
    expect(approx?.text).toBe('around 20%');
  });

  it('keeps code-point offsets after emoji and astral characters', () => {
    const text = '🔥🇺🇦 Breaking news 𝐍𝐎𝐖.\nAccording to our sources, around 20% of the inhabitants have already left.';
    const doc = new Doc(text, { lang: 'en' });
    const found = detectClaims(doc, cuesFor('en')!);
    const claim = found.find((c) => c.sourcing.kind === 'anonymous')!;
    expect(doc.slice(claim.start, claim.end)).toBe(claim.text);
    for (const v of claim.vagueness) expect(doc.slice(v.start, v.end)).toBe(v.text);
    expect(doc.slice(claim.sourcing.source!.start, claim.sourcing.source!.end)).toBe('our sources');
    expect([...text].slice(claim.start, claim.end).join('')).toBe(claim.text);
  });

  it.each([
    ['The ministry of finance, led by Olga Brandt, reported that exports fell by 12 percent.', 'named'],
    ['Finance Minister Olga Brandt told reporters that exports had fallen sharply.', 'named'],
    ['A confidential audit shows that the agency lost 4 million euros.', 'document'],
    ['Insiders say the merger will be announced next week.', 'anonymous'],
    ['Researchers believe the outbreak began in the spring.', 'vague-authority'],
    ['The harbour was closed for three days after the storm.', 'unsourced'],
  ])('sources "%s" as %s', (text, kind) => {
    const [claim] = claims(text);
    expect(claim?.sourcing.kind).toBe(kind);
  });

  it('names an institution with a proper name, but not a demonym before a generic source', () => {
    const [ministry] = claims('According to a statement from the Ministry of Defence, 14 drones were shot down.');
    expect(ministry!.sourcing).toMatchObject({ kind: 'named', source: { text: 'Ministry of Defence' } });
    const [media] = claims('Vorlandian state media reported that the bridge was hit twice.');
    expect(media!.sourcing.kind).toBe('vague-authority');
  });

  it('lends the source of a closing attribution to every sentence of a quotation', () => {
    const found = claims('"The war will end. There are only two ways it can end. The first is a split of the country," the intelligence chief Oleh Marchuk said.');
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const c of found) expect(c.sourcing.kind, c.text).toBe('named');
  });

  it('reads abbreviations inside a name, possessives and ages as a reader would', () => {
    const [rev] = claims('"The roof is unsafe," said the Rev. Paul J. Harlan, the parish priest.');
    expect(rev!.sourcing.source?.text).toBe('Rev. Paul J. Harlan');
    const [parents] = claims("Lena Ortiz's parents found that the school had closed.");
    expect(parents!.sourcing.kind).not.toBe('named');
    const [age] = claims('Marta Kovac, 41, lost her job at the mill in March.');
    expect(age!.vagueness.map((v) => v.kind)).not.toContain('unsourced-statistic');
  });

  it('resolves "the ministry" to the ministry named earlier', () => {
    const found = claims('The Ministry of Transport announced new rules on Monday. The ministry said 40 bus lines would close.');
    const said = found.find((c) => c.text.startsWith('The ministry'))!;
    expect(said.sourcing).toMatchObject({ kind: 'named', source: { text: 'Ministry of Transport' } });
  });

  it('gives the named source its own span', () => {
    const [claim] = claims('Finance Minister Olga Brandt told reporters that exports had fallen sharply.');
    expect(claim!.sourcing.source?.text).toContain('Olga Brandt');
  });

  it('does not report questions, appeals, greetings or pure opinions as claims', () => {
    for (const text of [
      'Why does nobody talk about the harbour?',
      'Join the march on Sunday and bring your friends!',
      'Good evening and welcome to the show.',
      'In my opinion, this decision is a disgrace.',
    ]) {
      expect(claims(text), text).toEqual([]);
    }
  });

  it('ranks a reported event above a headline fragment and loaded wording', () => {
    const doc = new Doc('The shame of a nation\nThe council closed the harbour on Monday.\nThis cowardly, corrupt clique is a disgrace.', { lang: 'en' });
    const [headline, event, loaded] = analyzeSentences(doc, cuesFor('en')!).map((s) => s.claim.checkworthiness);
    expect(event!).toBeGreaterThan(headline!);
    expect(event!).toBeGreaterThan(loaded!);
    expect(loaded!).toBeLessThan(0.5);
  });

  it('scores every sentence in [0, 1] and ranks a statistic above a greeting', () => {
    const doc = new Doc('Hello to all of you.\nThe mill fired 300 workers in 2023, the union said.', { lang: 'en' });
    const all = analyzeSentences(doc, cuesFor('en')!);
    for (const s of all) expect(s.claim.checkworthiness).toBeGreaterThanOrEqual(0), expect(s.claim.checkworthiness).toBeLessThanOrEqual(1);
    expect(all[1]!.claim.checkworthiness).toBeGreaterThan(all[0]!.claim.checkworthiness);
  });

  it('resolves "he said" to the person named just before', () => {
    const found = claims('Harbour master Ivan Petrov inspected the pier on Monday. He said the pier had been damaged by the ice.');
    const said = found.find((c) => c.text.startsWith('He said'))!;
    expect(said.sourcing.kind).toBe('named');
    expect(said.sourcing.source?.text).toBe('Ivan Petrov');
  });

  it('resolves a pronoun to the last named source, not to a place named in between', () => {
    const found = claims('Mayor Anna Lindqvist said the Vorland government was to blame. "We will rebuild the school by June," she added.');
    const added = found.find((c) => c.text.includes('she added'))!;
    expect(added.sourcing.source?.text).toContain('Anna Lindqvist');
  });

  it('lends the source of a quotation to the sentence that continues it', () => {
    const found = claims('"The pier is unsafe," said harbour master Ivan Petrov. "Two boats sank there last winter."');
    const second = found.find((c) => c.text.includes('Two boats'))!;
    expect(second.sourcing.kind).toBe('named');
  });

  it('treats names by role, not identity: swapping the names keeps every verdict', () => {
    const a = claims('Senator Maria Gomez said the tax will rise by 5 percent. Activists claim that many shops closed.');
    const b = claims('Senator Vladimir Putin said the tax will rise by 5 percent. Activists claim that many shops closed.');
    const shape = (cs: typeof a) => cs.map((c) => [c.sourcing.kind, c.vagueness.map((v) => v.kind), c.checkworthiness]);
    expect(shape(b)).toEqual(shape(a));
  });
});
