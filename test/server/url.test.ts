import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.js';
import { fixturePool } from './fixtures.js';

/** A loopback web server that counts the requests it receives. */
let site: Server;
let port = 0;
let hits = 0;
beforeAll(async () => {
  site = createServer((_req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<html><head><title>Harbour news</title></head><body><article><h1>Harbour news</h1>'
      + '<p>The council met on Tuesday to discuss the new sea wall and its cost for the town.</p>'
      + '<p>Residents asked whether the wall would protect the old quay from winter storms.</p></article></body></html>');
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  port = (site.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => site.close(() => resolve())));

/** Resolves every name to one fixed address: no DNS query leaves the machine. */
function stubLookup(address: string): LookupFunction {
  const family = address.includes(':') ? 6 : 4;
  return ((_host: string, options: { all?: boolean }, callback: (err: Error | null, address: unknown, family?: number) => void) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as LookupFunction;
}

describe('URL analysis refuses private targets like the CLI', () => {
  it.each(['127.0.0.1', 'localhost', '[::1]', '127.1.2.3'])('refuses loopback host %s without sending a request', async (host) => {
    const app = await buildServer({ pool: fixturePool() });
    const before = hits;
    const res = await app.inject({ method: 'POST', url: '/v1/analyze', payload: { url: `http://${host}:${port}/article` } });
    await app.close();
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('input_error');
    expect(res.json().error.message).toMatch(/private, loopback or link-local/);
    expect(hits).toBe(before);
  });

  it.each(['10.1.2.3', '172.16.0.9', '192.168.1.20', '169.254.169.254', '100.64.0.1', '0.0.0.0', 'fd12:3456::1', 'fe80::1', '::ffff:10.0.0.1'])(
    'refuses a name that resolves to %s',
    async (address) => {
      const app = await buildServer({ pool: fixturePool(), lookup: stubLookup(address) });
      const res = await app.inject({ method: 'POST', url: '/v1/analyze', payload: { url: 'http://news.example.test/story' } });
      await app.close();
      expect(res.statusCode).toBe(422);
      expect(res.json().error.message).toMatch(/private, loopback or link-local/);
    },
  );

  it('fetches and analyses a loopback page when private targets are allowed', async () => {
    const app = await buildServer({ pool: fixturePool(), allowPrivate: true });
    const url = `http://127.0.0.1:${port}/article`;
    const res = await app.inject({ method: 'POST', url: '/v1/analyze', payload: { url } });
    await app.close();
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.title).toBe('Harbour news');
    expect(body.source).toEqual({ url });
    expect(body.text).toContain('The council met on Tuesday');
  });
});
