import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LookupFunction } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { fetchArticle, isForbiddenAddress } from '../../src/input/url.js';

// Every request in this file goes to a server on 127.0.0.1; names resolve through stubs that
// only ever answer loopback or addresses that are refused before any connection is made.
const PARAGRAPH = 'The harbour authority said on Monday that the new ferry timetable would start in spring, after months of delays and complaints from commuters. ';
const ARTICLE = `<!doctype html><html><head><title>Ferry timetable</title><script>window.evil = 1</script></head>
<body><nav>Home | Sport | Weather</nav><article><h1>Ferry timetable changes</h1>
<p>${PARAGRAPH.repeat(3)}</p><p>Commuters 🚢 welcomed the news. ${PARAGRAPH.repeat(2)}</p></article>
<footer>All rights reserved</footer></body></html>`;

let base = '';
let hits = 0;
const server = createServer((req, res) => {
  hits++;
  const path = req.url ?? '/';
  if (path === '/article') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
  } else if (path === '/plain') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('First line.\r\nSecond line.');
  } else if (path.startsWith('/hop/')) {
    const n = Number(path.slice(5));
    res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/article' }).end();
  } else if (path === '/to-metadata') {
    res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
  } else if (path === '/to-name') {
    res.writeHead(301, { location: `http://internal.test:${(server.address() as AddressInfo).port}/article` }).end();
  } else if (path === '/big') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<html><body><p>${'x'.repeat(300_000)}</p></body></html>`);
  } else if (path === '/big-chunked') {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = `<p>${'y'.repeat(10_000)}</p>`;
    for (let i = 0; i < 40; i++) res.write(chunk);
    res.end();
  } else if (path === '/slow') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body><p>start');
    setTimeout(() => res.end('</p></body></html>'), 3000).unref();
  } else if (path === '/pdf') {
    res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
  } else if (path === '/missing') {
    res.writeHead(404, { 'content-type': 'text/html' }).end('<p>nope</p>');
  } else {
    res.writeHead(500).end();
  }
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A resolver stub: every name resolves to the given addresses; records the names asked. */
function stubLookup(addresses: string[], asked: string[] = []): LookupFunction {
  return ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    asked.push(hostname);
    const list = addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    if (options.all) callback(null, list);
    else callback(null, list[0]!.address, list[0]!.family);
  }) as unknown as LookupFunction;
}

async function failure(promise: Promise<unknown>): Promise<InputError> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  const message = (err as InputError).message;
  expect(message).not.toContain('\n');
  return err as InputError;
}

describe('fetchArticle against a loopback server', () => {
  it('extracts the title and the main text, one paragraph a line, without the page chrome', async () => {
    const article = await fetchArticle(`${base}/article`, { allowPrivate: true });
    expect(article.title).toBe('Ferry timetable');
    const lines = article.text.split('\n');
    expect(lines[0]).toBe('Ferry timetable changes');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^Commuters 🚢 welcomed/);
    expect(article.text).not.toContain('Weather');
    expect(article.text).not.toContain('evil');
    expect(article.url).toBe(`${base}/article`);
  });

  it('takes plain text as it is', async () => {
    const article = await fetchArticle(`${base}/plain`, { allowPrivate: true });
    expect(article.text).toBe('First line.\nSecond line.');
  });

  it('follows redirects up to the limit and reports the final URL', async () => {
    const article = await fetchArticle(`${base}/hop/2`, { allowPrivate: true, maxRedirects: 3 });
    expect(article.url).toBe(`${base}/article`);
    const err = await failure(fetchArticle(`${base}/hop/5`, { allowPrivate: true, maxRedirects: 3 }));
    expect(err.message).toContain('more than 3 redirects');
    expect(err.message).toContain(`${base}/hop/5`);
  });

  it('refuses bodies over the size cap, announced or streamed', async () => {
    expect((await failure(fetchArticle(`${base}/big`, { allowPrivate: true, maxBytes: 100_000 }))).message).toMatch(/larger than the 97\.7 KB limit/);
    expect((await failure(fetchArticle(`${base}/big-chunked`, { allowPrivate: true, maxBytes: 100_000 }))).message).toMatch(/larger than/);
  });

  it('gives up after the timeout', async () => {
    const err = await failure(fetchArticle(`${base}/slow`, { allowPrivate: true, timeoutMs: 300 }));
    expect(err.message).toContain('within 0.3 s');
  });

  it('refuses content that is neither HTML nor text, and HTTP errors', async () => {
    expect((await failure(fetchArticle(`${base}/pdf`, { allowPrivate: true }))).message).toContain('unsupported content type application/pdf');
    expect((await failure(fetchArticle(`${base}/missing`, { allowPrivate: true }))).message).toContain('HTTP 404');
  });

  it('refuses non-http schemes and malformed URLs', async () => {
    expect((await failure(fetchArticle('file:///etc/passwd'))).message).toContain('only http and https');
    expect((await failure(fetchArticle('http://'))).message).toContain('not a valid URL');
  });

  it('connects to the address the stubbed resolver returned (the check and the connection agree)', async () => {
    const asked: string[] = [];
    const port = (server.address() as AddressInfo).port;
    const article = await fetchArticle(`http://news.test:${port}/article`, { allowPrivate: true, lookup: stubLookup(['127.0.0.1'], asked) });
    expect(article.title).toBe('Ferry timetable');
    expect(asked).toContain('news.test');
  });
});

describe('the private-address guard', () => {
  it('classifies addresses by their parsed value', () => {
    for (const ip of ['127.0.0.1', '10.0.0.8', '172.20.1.1', '192.168.0.10', '169.254.169.254', '0.0.0.0', '100.64.1.1', '224.0.0.251',
      '255.255.255.255', '::1', '::', 'fe80::1', 'fd00::5', 'ff02::1', '::ffff:127.0.0.1', '::ffff:a9fe:a9fe', '0x7f.1', '2130706433', 'nonsense']) {
      expect(isForbiddenAddress(ip), ip).toBe(true);
    }
    for (const ip of ['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111']) expect(isForbiddenAddress(ip), ip).toBe(false);
  });

  it('refuses a name that resolves to loopback, private or link-local addresses, before connecting', async () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '169.254.169.254', 'fe80::1', '::ffff:192.168.1.1']) {
      const before = hits;
      const err = await failure(fetchArticle(`http://intranet.test:${(server.address() as AddressInfo).port}/article`, { lookup: stubLookup([address]) }));
      expect(err.message).toContain('refused');
      expect(err.message).toContain('http://intranet.test');
      expect(hits).toBe(before);
    }
  });

  it('refuses when any one of the resolved addresses is private', async () => {
    const err = await failure(fetchArticle('http://mixed.test/article', { lookup: stubLookup(['93.184.216.34', '127.0.0.1']) }));
    expect(err.message).toContain('127.0.0.1');
  });

  it('refuses literal private addresses without resolving anything', async () => {
    const asked: string[] = [];
    for (const url of [`${base}/article`, 'http://[::1]/', 'http://0x7f.1/', 'http://169.254.169.254/latest/']) {
      const err = await failure(fetchArticle(url, { lookup: stubLookup(['127.0.0.1'], asked) }));
      expect(err.message).toContain('refused');
    }
    expect(asked).toEqual([]);
  });

  it('resolves and checks again after each redirect', async () => {
    // A first hop cannot be both allowed and on loopback without allowPrivate, so this shows the
    // mechanism: every connection, redirects included, goes through the guarded resolver, which
    // is the one that refuses private answers in the tests above.
    const port = (server.address() as AddressInfo).port;
    const asked: string[] = [];
    const article = await fetchArticle(`http://127.0.0.1:${port}/to-name`, { allowPrivate: true, lookup: stubLookup(['127.0.0.1'], asked) });
    expect(article.url).toBe(`http://internal.test:${port}/article`);
    expect(asked).toEqual(['internal.test']);
  });
});
