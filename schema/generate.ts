// Regenerates analysis.schema.json from the taxonomy ids: npx tsx schema/generate.ts
// (edit the shapes here when src/pipeline/analysis.ts changes; test/render/schema.test.ts checks both agree).
import { writeFileSync } from 'node:fs';
import { TECHNIQUES, CATEGORIES, FRAMES, GENRES } from '../src/taxonomy/ids.js';
const nonNeg = { type: 'integer', minimum: 0 };
const prob = { type: 'number', minimum: 0, maximum: 1 };
const obj = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({ type: 'object', additionalProperties: false, required, properties });
const textSpan = obj({ start: nonNeg, end: nonNeg, text: { type: 'string' } });
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://spinscope.dev/schema/analysis@1.json',
  title: 'spinscope analysis',
  description: 'One analysed text (schema "spinscope/analysis@1"). Offsets are Unicode code points into `text`, end exclusive.',
  definitions: {
    technique: { enum: TECHNIQUES }, category: { enum: CATEGORIES }, frame: { enum: FRAMES }, genre: { enum: GENRES },
    textSpan,
  },
  ...obj({
    schema: { const: 'spinscope/analysis@1' },
    id: { type: 'string' },
    title: { type: 'string' },
    source: obj({ url: { type: 'string' }, file: { type: 'string' }, published: { type: 'string' }, name: { type: 'string' } }, []),
    language: { type: 'string', description: 'ISO 639-1 code, "und" when unknown' },
    languageConfidence: prob,
    supported: { type: 'boolean' },
    warnings: { type: 'array', items: { type: 'string' } },
    text: { type: 'string' },
    length: nonNeg,
    paragraphs: { type: 'array', items: obj({ id: { type: 'integer', minimum: 1 }, start: nonNeg, end: nonNeg,
      techniques: { type: 'array', items: obj({ technique: { $ref: '#/definitions/technique' }, score: prob }) } }) },
    techniques: { type: 'array', items: obj({ technique: { $ref: '#/definitions/technique' }, category: { $ref: '#/definitions/category' },
      start: nonNeg, end: nonNeg, text: { type: 'string' }, score: prob, cues: { type: 'array', items: { type: 'string' } } }) },
    genre: { oneOf: [{ type: 'null' }, obj({ label: { $ref: '#/definitions/genre' },
      scores: { type: 'object', additionalProperties: false, required: [...GENRES], properties: Object.fromEntries(GENRES.map((g) => [g, prob])) },
      cues: { type: 'array', items: { type: 'string' } } })] },
    frames: { type: 'array', items: obj({ frame: { $ref: '#/definitions/frame' }, score: prob, paragraphs: { type: 'array', items: { type: 'integer', minimum: 1 } } }) },
    claims: { type: 'array', items: obj({ start: nonNeg, end: nonNeg, text: { type: 'string' }, checkworthiness: prob,
      sourcing: obj({ kind: { enum: ['named', 'document', 'anonymous', 'vague-authority', 'unsourced'] }, source: { $ref: '#/definitions/textSpan' },
        cues: { type: 'array', items: { type: 'string' } } }, ['kind']),
      vagueness: { type: 'array', items: obj({ kind: { enum: ['approximate-quantity', 'vague-quantifier', 'hedge', 'unsourced-statistic'] }, start: nonNeg, end: nonNeg, text: { type: 'string' } }) } }) },
    entities: { type: 'array', items: obj({ name: { type: 'string' }, type: { enum: ['person', 'organization', 'place', 'group', 'other'] },
      mentions: { type: 'array', items: obj({ start: nonNeg, end: nonNeg }) },
      labels: { type: 'array', items: obj({ start: nonNeg, end: nonNeg, text: { type: 'string' }, polarity: { enum: ['negative', 'positive'] } }, ['start', 'end', 'text']) },
      tone: { enum: ['negative', 'neutral', 'positive', 'mixed'] }, toneScore: { type: 'number', minimum: -1, maximum: 1 } }) },
    summary: obj({ words: nonNeg, techniqueCount: nonNeg, techniquesPer100Words: { type: 'number', minimum: 0 }, intensity: { type: 'number', minimum: 0, maximum: 100 },
      topTechniques: { type: 'array', items: obj({ technique: { $ref: '#/definitions/technique' }, count: nonNeg }) },
      topCategories: { type: 'array', items: obj({ category: { $ref: '#/definitions/category' }, count: nonNeg }) },
      mostLoadedParagraph: { oneOf: [{ type: 'null' }, obj({ id: { type: 'integer', minimum: 1 }, techniques: nonNeg, score: { type: 'number' } })] },
      genre: { oneOf: [{ type: 'null' }, { $ref: '#/definitions/genre' }] },
      frames: { type: 'array', items: { $ref: '#/definitions/frame' } } }),
    models: { type: 'object', additionalProperties: { type: 'string' } },
  }, ['schema', 'language', 'languageConfidence', 'supported', 'warnings', 'text', 'length', 'paragraphs', 'techniques', 'genre', 'frames', 'claims', 'entities', 'summary', 'models']),
};
writeFileSync(new URL('./analysis.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
