import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/pipeline/analyze.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** Own text with every sourcing kind, vagueness markers, labels and emoji. */
const ARTICLE = [
  '🔥 According to our sources, around 20% of the residents of Norvik have left.',
  'Mayor Anna Lindqvist said the corrupt Vorland regime was to blame. "We will rebuild," she added.',
  'A report by the Harbour Institute found that dozens of boats sank. Scientists say the ice may return.',
  'Why is nobody talking about this?',
].join('\n');

describe('claims and entities in the analysis', () => {
  it('validate against schema/analysis.schema.json and carry the expected findings', async () => {
    const analyzer = await createAnalyzer();
    const a = JSON.parse(JSON.stringify(analyzer.analyze(ARTICLE, { lang: 'en' })));
    expect(validate(a), JSON.stringify(validate.errors)).toBe(true);
    const kinds = new Set(a.claims.map((c: { sourcing: { kind: string } }) => c.sourcing.kind));
    for (const k of ['anonymous', 'named', 'document', 'vague-authority']) expect(kinds.has(k), k).toBe(true);
    expect(a.claims.some((c: { text: string }) => c.text.startsWith('Why'))).toBe(false);
    const vorland = a.entities.find((e: { name: string }) => e.name === 'Vorland');
    expect(vorland?.tone).toBe('negative');
    for (const c of a.claims) expect([...a.text].slice(c.start, c.end).join('')).toBe(c.text);
  });
});
