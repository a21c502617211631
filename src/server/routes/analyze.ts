import type { FastifyInstance } from 'fastify';
import type { AnalysisService, AnalyzeInput, BatchItem } from '../analysis-service.js';
import { analysisResponse, analyzeBody, analyzeQuery, batchBody, batchResponse } from '../schemas.js';

interface AnalyzeQuery {
  lang?: string;
  title?: string;
  id?: string;
  /** Text in the query string (the schema admits decimals between 0 and 1 only). */
  minScore?: string;
}

/** The one input of /v1/analyze and /v1/report: a JSON object, or plain text with options in the query string. */
export function analyzeInput(body: unknown, query: AnalyzeQuery): AnalyzeInput {
  if (typeof body === 'string') {
    const { minScore, ...rest } = query;
    return { ...rest, text: body, ...(minScore !== undefined ? { minScore: Number(minScore) } : {}) };
  }
  return body as AnalyzeInput;
}

export const analyzeRouteSchema = {
  summary: 'Analyse one article',
  description: 'Send JSON {text} or {url} (optional lang, title, id, minScore), or the text itself as text/plain with lang, title, id, minScore in the query string.',
  body: analyzeBody,
  querystring: analyzeQuery,
} as const;

/** POST /v1/analyze and POST /v1/analyze/batch. */
export function registerAnalyzeRoutes(app: FastifyInstance, service: AnalysisService): void {
  app.post<{ Querystring: AnalyzeQuery }>(
    '/v1/analyze',
    { schema: analyzeRouteSchema, config: { openapi: { responses: { 200: analysisResponse } } } },
    async (request) => service.analyze(analyzeInput(request.body, request.query)),
  );

  app.post<{ Body: { items: BatchItem[]; lang?: string; minScore?: number } }>(
    '/v1/analyze/batch',
    {
      schema: { summary: 'Analyse up to 100 texts', body: batchBody },
      config: { openapi: { responses: { 200: batchResponse } } },
    },
    async (request) => ({ results: await service.analyzeBatch(request.body.items, request.body.lang, request.body.minScore) }),
  );
}

