/**
 * JSON Schemas of the API. The routes validate requests with exactly these
 * objects, and /openapi.json is generated from them, so the document cannot
 * drift from what the server accepts.
 */

export const MAX_BATCH_ITEMS = 100;

const lang = {
  type: 'string',
  maxLength: 16,
  description: 'Language of the text (ISO 639-1 such as "de", or a SemEval code such as "ge"); identified when absent.',
} as const;
const minScore = {
  type: 'number',
  exclusiveMinimum: 0,
  exclusiveMaximum: 1,
  description: "Report every technique whose probability reaches this, instead of the model's decision thresholds (lower finds more, higher is surer).",
} as const;
const title = { type: 'string', maxLength: 1000, description: 'Title of the article, copied into the analysis.' } as const;
const id = { type: 'string', maxLength: 500, description: 'Caller identifier, copied into the analysis.' } as const;
// \S: a blank text has nothing to analyse
const text = { type: 'string', minLength: 1, pattern: '\\S', description: 'The article, one paragraph per line.' } as const;
const url = {
  type: 'string',
  minLength: 1,
  maxLength: 2048,
  pattern: '^[hH][tT][tT][pP][sS]?://',
  description: 'An http(s) address to fetch and extract the article from (private and loopback addresses are refused).',
} as const;

export const analyzeJsonBody = {
  type: 'object',
  additionalProperties: false,
  properties: { text, url, lang, title, id, minScore },
  oneOf: [{ required: ['text'] }, { required: ['url'] }],
} as const;

export const analyzeTextBody = { type: 'string', minLength: 1, pattern: '\\S', description: 'The article as plain UTF-8 text.' } as const;

// a query string carries text: a decimal strictly between 0 and 1 ("0.2", ".25")
const minScoreQuery = { type: 'string', pattern: '^0?\\.[0-9]*[1-9][0-9]*$', maxLength: 12, description: minScore.description } as const;

export const analyzeQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { lang, title, id, minScore: minScoreQuery },
} as const;

/** One schema per media type: fastify picks by Content-Type, OpenAPI lists them as they are. */
export const analyzeBody = {
  content: {
    'application/json': { schema: analyzeJsonBody },
    'text/plain': { schema: analyzeTextBody },
  },
} as const;

export const batchBody = {
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: {
    lang: { ...lang, description: 'Default language for items without their own.' },
    minScore,
    items: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_BATCH_ITEMS,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['text'],
        properties: { text, lang, title, id },
      },
    },
  },
} as const;

export const errorResponse = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', description: 'Stable machine-readable code (invalid_json, invalid_request, unauthorized, payload_too_large, unsupported_media_type, rate_limited, overloaded, timeout, input_error, not_found, internal…).' },
        message: { type: 'string', description: 'One line for a human.' },
      },
    },
  },
} as const;

/** Documented only: the Analysis is serialised as is, so that fields added by detectors are never stripped. */
export const analysisResponse = {
  type: 'object',
  description: 'An analysis, schema "spinscope/analysis@1" (see schema/analysis.schema.json); offsets are Unicode code points.',
  required: ['schema', 'language', 'text', 'paragraphs', 'techniques', 'summary'],
  properties: {
    schema: { type: 'string', const: 'spinscope/analysis@1' },
    language: { type: 'string' },
    text: { type: 'string' },
    paragraphs: { type: 'array', items: { type: 'object' } },
    techniques: { type: 'array', items: { type: 'object' } },
    genre: { type: ['object', 'null'] },
    frames: { type: 'array', items: { type: 'object' } },
    claims: { type: 'array', items: { type: 'object' } },
    entities: { type: 'array', items: { type: 'object' } },
    summary: { type: 'object' },
  },
} as const;

export const batchResponse = {
  type: 'object',
  required: ['results'],
  properties: {
    results: {
      type: 'array',
      description: 'One entry per item, in order: an Analysis, or {id, error} for an item that failed.',
      items: { oneOf: [{ $ref: '#/components/schemas/Analysis' }, { $ref: '#/components/schemas/Error' }] },
    },
  },
} as const;
