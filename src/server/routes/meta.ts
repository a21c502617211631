import type { FastifyInstance } from 'fastify';
import { CATEGORY_INFO, TECHNIQUE_INFO } from '../../taxonomy/techniques.js';
import { FRAME_INFO } from '../../taxonomy/frames.js';
import { GENRE_INFO } from '../../taxonomy/genres.js';
import type { AnalysisPool } from '../pool.js';

/** GET /healthz and GET /v1/taxonomy. The OpenAPI route is added by the app once all routes exist. */
export function registerMetaRoutes(app: FastifyInstance, pool: AnalysisPool): void {
  const started = Date.now();
  // served from the HTTP thread, which never analyses: it answers while every worker is busy
  app.get('/healthz', { schema: { summary: 'Liveness and load of the analysis pool' } }, async () => ({
    status: 'ok',
    uptimeSeconds: Math.round((Date.now() - started) / 1000),
    pool: pool.stats(),
  }));

  const taxonomy = { categories: CATEGORY_INFO, techniques: TECHNIQUE_INFO, frames: FRAME_INFO, genres: GENRE_INFO };
  app.get('/v1/taxonomy', { schema: { summary: 'Names, definitions and examples of the techniques, categories, frames and genres' } }, async (_request, reply) => {
    reply.header('cache-control', 'max-age=3600');
    return taxonomy;
  });
}
