import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer, createWorkerPool } from '../../src/server/app.js';

/** The default pool: real worker threads running the real analyzer. */
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const schema = JSON.parse(readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

const ARTICLE = 'The harbour council voted on Tuesday to build a new sea wall along the old quay.\nResidents said the project was long overdue after the winter storms.';

describe('worker-thread pool', () => {
  it('analyses in a worker thread and keeps /healthz answering while a worker is busy', async () => {
    app = await buildServer({ workers: 1, rateLimit: false });
    const big = `${ARTICLE}\n`.repeat(1000);
    const pending = app.inject({ method: 'POST', url: '/v1/analyze', payload: { text: big, lang: 'en' } });
    await expect.poll(async () => (await app!.inject({ method: 'GET', url: '/healthz' })).json().pool.busy).toBe(1);
    const res = await pending;
    expect(res.statusCode).toBe(200);
    expect(res.json().language).toBe('en');
    expect(res.json().paragraphs).toHaveLength(2000);
  });

  it('stops a runaway analysis at the time limit and serves the next request with a fresh thread', async () => {
    // one pool (one thread) shared by a server with a 1 ms limit and one with the default limit
    const pool = createWorkerPool({ workers: 1 });
    try {
      const strict = await buildServer({ pool, rateLimit: false, timeoutMs: 1 });
      const big = `${ARTICLE}\n`.repeat(2000);
      const slow = await strict.inject({ method: 'POST', url: '/v1/analyze', payload: { text: big } });
      await strict.close();
      expect(slow.statusCode).toBe(503);
      expect(slow.json().error.code).toBe('timeout');
      expect(pool.stats()).toMatchObject({ busy: 0, timedOut: 1 });
      app = await buildServer({ pool, rateLimit: false });
      const ok = await app.inject({ method: 'POST', url: '/v1/analyze', payload: { text: ARTICLE } });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().language).toBe('en');
    } finally {
      await pool.close();
    }
  });

  it('answers analyses that match the published JSON Schema, single and batch', async () => {
    app = await buildServer({ workers: 1, rateLimit: false });
    const example = readFileSync(new URL('../../examples/propaganda-en.txt', import.meta.url), 'utf8');
    const single = await app.inject({ method: 'POST', url: '/v1/analyze', payload: { text: example, id: 'ex', title: 'Example 🌊' } });
    expect(single.statusCode).toBe(200);
    expect(validate(single.json()), JSON.stringify(validate.errors)).toBe(true);
    const batch = await app.inject({ method: 'POST', url: '/v1/analyze/batch', payload: { items: [{ text: ARTICLE, id: 'b1' }, { text: 'Le maire a parlé hier soir devant le conseil.', id: 'b2' }] } });
    expect(batch.statusCode).toBe(200);
    for (const result of batch.json().results) expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
  });

  it('reports an unknown language code from the worker as 400', async () => {
    app = await buildServer({ workers: 1, rateLimit: false });
    const res = await app.inject({ method: 'POST', url: '/v1/analyze', payload: { text: ARTICLE, lang: 'klingon!' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/unknown language code/);
  });
});
