import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/pipeline/analyze.js';
import { CATEGORIES, FRAMES, GENRES, TECHNIQUES } from '../../src/taxonomy/ids.js';
import { emptyAnalysis, hostileAnalysis, opinionAnalysis } from '../fixtures/analyses.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const errors = () => JSON.stringify(validate.errors);

describe('schema/analysis.schema.json', () => {
  it('accepts the hand-made analyses', () => {
    for (const a of [opinionAnalysis, hostileAnalysis, emptyAnalysis]) expect(validate(a), errors()).toBe(true);
  });

  it('accepts what the pipeline produces', async () => {
    const analyzer = await createAnalyzer();
    const a = analyzer.analyze('Le maire 😀 a parlé.\n\nIl a dit que tout allait bien.', { id: 'x', title: 't', source: { file: 'f.txt' } });
    expect(validate(JSON.parse(JSON.stringify(a))), errors()).toBe(true);
  });

  it('rejects wrong versions, unknown labels and unknown fields', () => {
    expect(validate({ ...opinionAnalysis, schema: 'spinscope/analysis@2' })).toBe(false);
    const badSpan = { ...opinionAnalysis.techniques[0]!, technique: 'Name_Calling' };
    expect(validate({ ...opinionAnalysis, techniques: [badSpan] })).toBe(false);
    expect(validate({ ...opinionAnalysis, extra: 1 })).toBe(false);
    expect(validate({ ...opinionAnalysis, genre: { label: 'news', scores: { opinion: 1, reporting: 0, satire: 0 }, cues: [] } })).toBe(false);
  });

  it('lists exactly the taxonomy ids', () => {
    expect(schema.definitions.technique.enum).toEqual(TECHNIQUES);
    expect(schema.definitions.category.enum).toEqual([...CATEGORIES]);
    expect(schema.definitions.frame.enum).toEqual([...FRAMES]);
    expect(schema.definitions.genre.enum).toEqual([...GENRES]);
  });
});
