import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { renderHtml } from '../../render/html.js';
import { REPORT_JS } from '../../render/html-assets.js';
import type { AnalysisService } from '../analysis-service.js';
import { analyzeInput, analyzeRouteSchema } from './analyze.js';

/**
 * The report's own policy, sent as a header too: its one inline script is
 * allowed by hash, nothing else runs and nothing is fetched. (The page-wide
 * policy of the UI would block that inline script.)
 */
const REPORT_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src 'sha256-${createHash('sha256').update(REPORT_JS).digest('base64')}'`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** POST /v1/report: the self-contained HTML report of an article (`?download=1` for an attachment). */
export function registerReportRoute(app: FastifyInstance, service: AnalysisService): void {
  app.post<{ Querystring: { lang?: string; title?: string; id?: string; minScore?: string; download?: string } }>(
    '/v1/report',
    {
      schema: {
        ...analyzeRouteSchema,
        summary: 'Analyse one article and return the self-contained HTML report',
        querystring: {
          ...analyzeRouteSchema.querystring,
          properties: { ...analyzeRouteSchema.querystring.properties, download: { type: 'string', enum: ['0', '1'], description: '1: send as an attachment' } },
        },
      },
      config: { openapi: { responses: { 200: { type: 'string', description: 'text/html report' } } } },
    },
    async (request, reply) => {
      const { download, ...query } = request.query;
      const analysis = await service.analyze(analyzeInput(request.body, query));
      reply.header('content-security-policy', REPORT_POLICY);
      if (download === '1') reply.header('content-disposition', 'attachment; filename="spinscope-report.html"');
      return reply.type('text/html; charset=utf-8').send(renderHtml(analysis));
    },
  );
}
