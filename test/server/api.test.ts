import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app.js';
import type { ServerOptions } from '../../src/server/options.js';
import { AnalysisPool, InlineSlot } from '../../src/server/pool.js';
import { analyzeJsonBody, analyzeTextBody, batchBody } from '../../src/server/schemas.js';
import { EXAMPLE_ARTICLE, fixtureAnalysis, fixturePool, GatedSlot } from './fixtures.js';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function server(options: ServerOptions = {}): Promise<FastifyInstance> {
  app = await buildServer({ pool: fixturePool(), ...options });
  return app;
}

describe('POST /v1/analyze', () => {
  it('analyses JSON {text} and keeps code-point offsets (astral characters included)', async () => {
    const res = await (await server()).inject({ method: 'POST', url: '/v1/analyze', payload: { text: EXAMPLE_ARTICLE, title: 'Sea wall', id: 'a1' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.json();
    expect(body.schema).toBe('spinscope/analysis@1');
    expect(body.text).toBe(EXAMPLE_ARTICLE);
    expect(body.title).toBe('Sea wall');
    expect(body.id).toBe('a1');
    const points = Array.from(EXAMPLE_ARTICLE);
    const span = body.techniques.find((t: { technique: string }) => t.technique === 'Name_Calling-Labeling');
    // the 🌊 in the first line would shift a UTF-16 offset by one
    expect(points.slice(span.start, span.end).join('')).toBe('traitors');
  });

  it('accepts text/plain with options in the query string', async () => {
    const res = await (await server()).inject({
      method: 'POST', url: '/v1/analyze?lang=en&title=Plain', headers: { 'content-type': 'text/plain; charset=utf-8' }, payload: 'A plain text about the harbour.',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().title).toBe('Plain');
  });

  it.each([
    ['bad JSON', { 'content-type': 'application/json' }, '{"text": "unterminated', 'invalid_json'],
    ['an empty JSON body', { 'content-type': 'application/json' }, '', 'invalid_json'],
    ['a body without text', { 'content-type': 'application/json' }, '{"title":"no text"}', 'invalid_request'],
    ['a blank text', { 'content-type': 'application/json' }, '{"text":"  \\n "}', 'invalid_request'],
    ['an unknown field', { 'content-type': 'application/json' }, '{"text":"x y","colour":"red"}', 'invalid_request'],
    ['text and url together', { 'content-type': 'application/json' }, '{"text":"x y","url":"https://example.org/"}', 'invalid_request'],
    ['a non-http url', { 'content-type': 'application/json' }, '{"url":"file:///etc/passwd"}', 'invalid_request'],
    ['a blank text/plain body', { 'content-type': 'text/plain' }, '   ', 'invalid_request'],
    ['an unknown language code', { 'content-type': 'application/json' }, '{"text":"x y","lang":"english!"}', 'invalid_request'],
    ['a minScore of 1', { 'content-type': 'application/json' }, '{"text":"x y","minScore":1}', 'invalid_request'],
    ['a minScore that is not a number', { 'content-type': 'application/json' }, '{"text":"x y","minScore":"low"}', 'invalid_request'],
  ])('answers 400 for %s', async (_name, headers, payload, code) => {
    const res = await (await server()).inject({ method: 'POST', url: '/v1/analyze', headers, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code, message: expect.any(String) } });
  });

  it('says what is missing when there is no text', async () => {
    const res = await (await server()).inject({ method: 'POST', url: '/v1/analyze', payload: { title: 'x' } });
    expect(res.json().error.message).toMatch(/"text"/);
  });

  it('answers 415 for other media types', async () => {
    const res = await (await server()).inject({ method: 'POST', url: '/v1/analyze', headers: { 'content-type': 'application/xml' }, payload: '<text>hi</text>' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
  });

  it('answers 413 beyond the body limit', async () => {
    const res = await (await server({ bodyLimit: 1000 })).inject({ method: 'POST', url: '/v1/analyze', payload: { text: 'word '.repeat(400) } });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('answers 422 for an input the analyzer refuses', async () => {
    const res = await (await server()).inject({ method: 'POST', url: '/v1/analyze', payload: { text: 'UNREADABLE text' } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toEqual({ code: 'input_error', message: 'the text cannot be analysed (fixture refusal)' });
  });

  it('never shows a stack trace or internal detail on a crash', async () => {
    const crashing = new AnalysisPool([new InlineSlot(() => { throw new Error('secret detail at /srv/internal/path.ts:42'); })], 1);
    const res = await (await server({ pool: crashing })).inject({ method: 'POST', url: '/v1/analyze', payload: { text: 'anything at all' } });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('internal');
    expect(res.body).not.toMatch(/secret|\/srv|\.ts:|at /);
  });
});

describe('an injected analyzer', () => {
  it('runs on the HTTP thread when given instead of a pool', async () => {
    const calls: string[] = [];
    const analyzer = { analyze: (text: string) => { calls.push(text); return fixtureAnalysis(text); } };
    const s = await buildServer({ analyzer });
    app = s;
    const res = await s.inject({ method: 'POST', url: '/v1/analyze', payload: { text: 'injected analyzer text' } });
    expect(res.statusCode).toBe(200);
    expect(calls).toEqual(['injected analyzer text']);
  });

  it('passes minScore on, from JSON, the query string of text/plain, and a batch', async () => {
    const seen: (number | undefined)[] = [];
    const analyzer = { analyze: (text: string, options?: { minScore?: number }) => { seen.push(options?.minScore); return fixtureAnalysis(text); } };
    const s = await buildServer({ analyzer });
    app = s;
    expect((await s.inject({ method: 'POST', url: '/v1/analyze', payload: { text: 'some text', minScore: 0.2 } })).statusCode).toBe(200);
    const plain = await s.inject({ method: 'POST', url: '/v1/analyze?minScore=0.25', headers: { 'content-type': 'text/plain' }, payload: 'some text' });
    expect(plain.statusCode, plain.body).toBe(200);
    expect((await s.inject({ method: 'POST', url: '/v1/analyze/batch', payload: { minScore: 0.3, items: [{ text: 'a text' }] } })).statusCode).toBe(200);
    expect((await s.inject({ method: 'POST', url: '/v1/analyze', payload: { text: 'some text' } })).statusCode).toBe(200);
    expect(seen).toEqual([0.2, 0.25, 0.3, undefined]);
    for (const bad of ['1.5', '0', 'low', '-0.1']) {
      const res = await s.inject({ method: 'POST', url: `/v1/analyze?minScore=${bad}`, headers: { 'content-type': 'text/plain' }, payload: 'some text' });
      expect(res.statusCode).toBe(400);
    }
    expect(seen).toHaveLength(4);
  });
});

describe('POST /v1/analyze/batch', () => {
  it('analyses each item and reports failed items in place', async () => {
    const res = await (await server()).inject({
      method: 'POST', url: '/v1/analyze/batch',
      payload: { lang: 'en', items: [{ id: 'one', text: EXAMPLE_ARTICLE }, { id: 'two', text: 'UNREADABLE' }, { id: 'three', text: 'short text', lang: 'xx?' }] },
    });
    expect(res.statusCode).toBe(200);
    const { results } = res.json();
    expect(results).toHaveLength(3);
    expect(results[0].id).toBe('one');
    expect(results[0].techniques.length).toBeGreaterThan(0);
    expect(results[1]).toEqual({ id: 'two', error: { code: 'input_error', message: expect.any(String) } });
    expect(results[2].error.code).toBe('invalid_request');
  });

  it('refuses more than 100 items and an empty list', async () => {
    const s = await server();
    const many = Array.from({ length: 101 }, (_, i) => ({ text: `text ${i}` }));
    expect((await s.inject({ method: 'POST', url: '/v1/analyze/batch', payload: { items: many } })).statusCode).toBe(400);
    expect((await s.inject({ method: 'POST', url: '/v1/analyze/batch', payload: { items: [] } })).statusCode).toBe(400);
    const hundred = many.slice(0, 100);
    expect((await s.inject({ method: 'POST', url: '/v1/analyze/batch', payload: { items: hundred } })).statusCode).toBe(200);
  });
});

describe('API keys', () => {
  it('requires a valid key on /v1/* when keys are set, and only there', async () => {
    const s = await server({ apiKeys: ['k-alpha', 'k-beta'] });
    const post = (headers: Record<string, string>) => s.inject({ method: 'POST', url: '/v1/analyze', headers, payload: { text: 'some text' } });
    const missing = await post({});
    expect(missing.statusCode).toBe(401);
    expect(missing.json().error.code).toBe('unauthorized');
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    expect((await post({ authorization: 'Bearer k-gamma' })).statusCode).toBe(401);
    expect((await post({ 'x-api-key': 'k-alph' })).statusCode).toBe(401);
    expect((await post({ authorization: 'Bearer k-beta' })).statusCode).toBe(200);
    expect((await post({ 'x-api-key': 'k-alpha' })).statusCode).toBe(200);
    expect((await s.inject({ method: 'GET', url: '/v1/taxonomy' })).statusCode).toBe(401);
    expect((await s.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await s.inject({ method: 'GET', url: '/openapi.json' })).statusCode).toBe(200);
  });

  it('checks the key before reading the body', async () => {
    const s = await server({ apiKeys: ['k'], bodyLimit: 100 });
    const res = await s.inject({ method: 'POST', url: '/v1/analyze', payload: { text: 'x'.repeat(500) } });
    expect(res.statusCode).toBe(401);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After past the per-client limit, on /v1/* only', async () => {
    const s = await server({ rateLimit: { max: 2, windowMs: 60_000 } });
    const get = () => s.inject({ method: 'GET', url: '/v1/taxonomy' });
    expect((await get()).statusCode).toBe(200);
    expect((await get()).statusCode).toBe(200);
    const limited = await get();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toEqual({ code: 'rate_limited', message: expect.stringMatching(/^too many requests \(at most 2 per 1 minute\); retry in \d+ s$/) });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await s.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});

describe('bounded concurrency', () => {
  it('queues, then answers 503 with Retry-After when the queue is full; health still answers', async () => {
    const slot = new GatedSlot();
    const s = await server({ pool: new AnalysisPool([slot], 1) });
    const post = () => s.inject({ method: 'POST', url: '/v1/analyze', payload: { text: 'a text to analyse' } });
    const running = post();
    const queued = post();
    await expect.poll(() => slot.pending).toBe(1);
    const health = await s.inject({ method: 'GET', url: '/healthz' });
    expect(health.json().pool).toMatchObject({ busy: 1, queued: 1 });
    const refused = await post();
    expect(refused.statusCode).toBe(503);
    expect(refused.json().error.code).toBe('overloaded');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    slot.releaseAll();
    expect((await running).statusCode).toBe(200);
    await expect.poll(() => slot.pending).toBe(1);
    slot.releaseAll();
    expect((await queued).statusCode).toBe(200);
  });

  it('answers 503 "timeout" when an analysis runs past the time limit, and frees the slot', async () => {
    const slot = new GatedSlot();
    const s = await server({ pool: new AnalysisPool([slot], 4), timeoutMs: 30 });
    const res = await s.inject({ method: 'POST', url: '/v1/analyze', payload: { text: 'a text that never finishes' } });
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('timeout');
    expect((await s.inject({ method: 'GET', url: '/healthz' })).json().pool).toMatchObject({ busy: 0, timedOut: 1 });
    slot.releaseAll();
  });
});

describe('headers, errors and documents', () => {
  it('sends a strict Content-Security-Policy and nosniff on every response', async () => {
    const s = await server();
    for (const url of ['/', '/healthz', '/v1/taxonomy', '/nowhere']) {
      const res = await s.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('answers unknown routes with the uniform error body', async () => {
    const res = await (await server()).inject({ method: 'GET', url: '/v2/nothing?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'no route GET /v2/nothing' } });
  });

  it('publishes the taxonomy texts', async () => {
    const body = (await (await server()).inject({ method: 'GET', url: '/v1/taxonomy' })).json();
    expect(body.techniques).toHaveLength(23);
    expect(body.categories).toHaveLength(6);
    expect(body.frames).toHaveLength(14);
    expect(body.genres).toHaveLength(3);
    expect(body.techniques[0]).toMatchObject({ id: expect.any(String), name: expect.any(String), category: expect.any(String), definition: expect.any(String) });
  });

  it('generates OpenAPI from the schemas the routes validate with', async () => {
    const doc = (await (await server({ apiKeys: ['k'] })).inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    const analyze = doc.paths['/v1/analyze'].post;
    expect(analyze.requestBody.content['application/json'].schema).toEqual(JSON.parse(JSON.stringify(analyzeJsonBody)));
    expect(analyze.requestBody.content['text/plain'].schema).toEqual(JSON.parse(JSON.stringify(analyzeTextBody)));
    expect(analyze.parameters.map((p: { name: string }) => p.name)).toEqual(['lang', 'title', 'id', 'minScore']);
    expect(analyze.security).toBeDefined();
    expect(doc.paths['/v1/analyze/batch'].post.requestBody.content['application/json'].schema).toEqual(JSON.parse(JSON.stringify(batchBody)));
    expect(doc.paths['/healthz'].get.security).toBeUndefined();
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Analysis', 'Error', 'BatchResponse']));
  });
});
