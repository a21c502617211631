import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { PROJECT_ROOT } from '../corpus/location.js';
import { fetchArticle } from '../input/url.js';
import { AnalysisService } from './analysis-service.js';
import { ApiError, handleError } from './http-errors.js';
import { buildOpenApi } from './openapi.js';
import type { DocumentedRoute } from './openapi.js';
import { defaultWorkers, DEFAULTS } from './options.js';
import type { ServerOptions } from './options.js';
import { AnalysisPool, InlineSlot } from './pool.js';
import { runJob } from './jobs.js';
import type { AnalysisJob } from './jobs.js';
import { registerAnalyzeRoutes } from './routes/analyze.js';
import { registerMetaRoutes } from './routes/meta.js';
import { registerReportRoute } from './routes/report.js';
import { registerUiRoutes } from './routes/ui.js';
import { apiKeyChecker, securityHeaders } from './security.js';
import { WorkerSlot } from './worker-slot.js';

// the public surface of `spinscope/server`
export type { ServerOptions } from './options.js';
export { AnalysisPool, AnalysisTimeoutError, InlineSlot, OverloadedError } from './pool.js';
export type { PoolSlot, PoolStats } from './pool.js';

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The default pool: worker threads, so that CPU-bound analyses never stall the HTTP thread. */
export function createWorkerPool(options: { workers?: number; maxQueue?: number; modelsDir?: string } = {}): AnalysisPool {
  const count = Math.max(1, options.workers ?? defaultWorkers());
  const slots = Array.from({ length: count }, () => new WorkerSlot({ modelsDir: options.modelsDir }));
  return new AnalysisPool(slots, options.maxQueue ?? DEFAULTS.maxQueue);
}

/** A pool that analyses on the calling thread with the given analyzer. */
export function createInlinePool(
  analyzer: NonNullable<ServerOptions['analyzer']>,
  options: { workers?: number; maxQueue?: number } = {},
): AnalysisPool {
  const analyzeMany = (jobs: AnalysisJob[]) => jobs.map((job) => runJob((text, o) => analyzer.analyze(text, o), job));
  const slots = Array.from({ length: Math.max(1, options.workers ?? 1) }, () => new InlineSlot(analyzeMany));
  return new AnalysisPool(slots, options.maxQueue ?? DEFAULTS.maxQueue);
}

/**
 * The spinscope web service: JSON API under /v1, health, OpenAPI and the
 * browser UI. Everything is injectable (pool, limits, keys, resolver) so that
 * tests run it in-process with `app.inject`.
 */
export async function buildServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const ownsPool = options.pool === undefined;
  const pool = options.pool ?? (options.analyzer ? createInlinePool(options.analyzer, options) : createWorkerPool(options));
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULTS.bodyLimit,
    // reject unknown fields instead of silently dropping them; never coerce types
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
    return503OnClosing: true,
    requestTimeout: options.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs,
    trustProxy: options.trustProxy ?? false,
  });

  const routes: DocumentedRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const openapi = route.config?.openapi;
    for (const method of methods) routes.push({ method, url: route.url, schema: route.schema, responses: openapi?.responses });
  });

  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => handleError(new ApiError(404, 'not_found', `no route ${request.method} ${request.url.split('?')[0]}`), request, reply));
  app.addHook('onSend', async (_request, reply, payload) => {
    securityHeaders(reply);
    return payload;
  });
  if (ownsPool) app.addHook('onClose', async () => pool.close());

  const limit = options.rateLimit ?? DEFAULTS.rateLimit;
  if (limit !== false) {
    await app.register(rateLimit, {
      max: limit.max,
      timeWindow: limit.windowMs,
      allowList: (request) => !request.url.startsWith('/v1/'),
      errorResponseBuilder: (_request, context) =>
        new ApiError(429, 'rate_limited', `too many requests (at most ${context.max} per ${context.after}); retry in ${Math.ceil(context.ttl / 1000)} s`),
    });
  }

  const keys = options.apiKeys ?? [];
  if (keys.length > 0) {
    const check = apiKeyChecker(keys);
    // preParsing: after the rate limit (onRequest), before reading a body an anonymous client sent
    app.addHook('preParsing', async (request) => {
      if (request.url.startsWith('/v1/')) check(request);
    });
  }

  const service = new AnalysisService({
    pool,
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    batchTimeoutMs: options.batchTimeoutMs ?? DEFAULTS.batchTimeoutMs,
    fetchArticle: options.fetchArticle ?? fetchArticle,
    fetchOptions: {
      allowPrivate: options.allowPrivate ?? false,
      timeoutMs: options.fetchTimeoutMs ?? DEFAULTS.fetchTimeoutMs,
      ...(options.lookup ? { lookup: options.lookup } : {}),
    },
  });
  registerMetaRoutes(app, pool);
  registerAnalyzeRoutes(app, service);
  registerReportRoute(app, service);
  await registerUiRoutes(app, options.uiDir ?? join(PROJECT_ROOT, 'ui'));

  const version = packageVersion();
  let openapi: Record<string, unknown> | undefined;
  app.get('/openapi.json', async () => (openapi ??= buildOpenApi(routes, { keysRequired: keys.length > 0, version })));
  return app;
}
