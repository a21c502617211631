import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { Agent, request } from 'undici';
import { InputError } from '../errors.js';
import { isForbiddenAddress } from './address.js';
import { extractArticle, looksLikeHtml } from './html.js';

export { isForbiddenAddress } from './address.js';
export { extractArticle } from './html.js';
export type { LookupFunction } from 'node:net';

export interface FetchOptions {
  /** Allow loopback, private and link-local targets (off by default: the fetch is a server-side request). */
  allowPrivate?: boolean;
  /** Whole fetch, all redirects and the body included (default 10 000 ms). */
  timeoutMs?: number;
  /** Largest body accepted (default 5 MB). */
  maxBytes?: number;
  /** Most redirects followed (default 5). */
  maxRedirects?: number;
  /** dns.lookup-compatible resolver, injectable for tests. */
  lookup?: LookupFunction;
}

export interface FetchedArticle {
  /** Final URL, after redirects. */
  url: string;
  title?: string;
  /** Main text, one paragraph per line. */
  text: string;
  warnings: string[];
}

export const DEFAULT_FETCH = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'spinscope/0.1 (news persuasion analysis; +https://github.com/spinscope)';

/** Raised inside the resolver; turned into an InputError naming the URL. */
class ForbiddenTargetError extends Error {
  constructor(readonly host: string, readonly address: string) {
    super(`${host} resolves to ${address}, a private, loopback or link-local address`);
  }
}

/**
 * A resolver that checks every address a name resolves to and hands exactly
 * those checked addresses to the socket: the connection is pinned to what was
 * checked, so DNS rebinding between check and connect is impossible.
 */
function guardedLookup(base: LookupFunction, allowPrivate: boolean): LookupFunction {
  return ((hostname: string, options: { all?: boolean }, callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    base(hostname, { ...options, all: true }, (err, result, family) => {
      if (err) return callback(err, '', 0);
      const list: LookupAddress[] = Array.isArray(result) ? result : [{ address: result, family: family ?? (isIP(result) || 4) }];
      if (list.length === 0) return callback(Object.assign(new Error(`${hostname}: no address`), { code: 'ENOTFOUND' }), '', 0);
      if (!allowPrivate) {
        const bad = list.find((a) => isForbiddenAddress(a.address));
        if (bad) return callback(new ForbiddenTargetError(hostname, bad.address), '', 0);
      }
      if (options.all) callback(null, list);
      else callback(null, list[0]!.address, list[0]!.family);
    });
  }) as LookupFunction;
}

function parseHttpUrl(raw: string, label: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError(`${label}: not a valid URL`, label);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(`${label}: only http and https URLs can be fetched (got ${url.protocol.replace(':', '')})`, label);
  }
  return url;
}

/** The charset named by a Content-Type header or, failing that, a <meta> in the first bytes. */
function charsetOf(contentType: string, head: Uint8Array): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (fromHeader) return fromHeader;
  const ascii = new TextDecoder('latin1').decode(head.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(ascii)?.[1] ?? 'utf-8';
}

function decodeBody(bytes: Uint8Array, contentType: string, warnings: string[], label: string): string {
  const charset = charsetOf(contentType, bytes);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    warnings.push(`${label}: unknown charset "${charset}", decoded as UTF-8`);
    return new TextDecoder('utf-8').decode(bytes);
  }
}

async function readCapped(body: AsyncIterable<Uint8Array> & { destroy(): unknown }, maxBytes: number, label: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > maxBytes) {
      body.destroy();
      throw new InputError(`${label}: page is larger than the ${formatBytes(maxBytes)} limit`, label);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function formatBytes(n: number): string {
  return n >= 1048576 ? `${+(n / 1048576).toFixed(1)} MB` : `${+(n / 1024).toFixed(1)} KB`;
}

/** One line for a network failure, naming the URL and never leaking a stack. */
function describeFetchFailure(err: unknown, label: string, timeoutMs: number): InputError {
  if (err instanceof InputError) return err;
  const seen = new Set<unknown>();
  for (let e: unknown = err; e && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    if (e instanceof ForbiddenTargetError) {
      return new InputError(`${label}: refused: ${e.message} (use --allow-private to fetch it anyway)`, label);
    }
    const { name, code } = e as { name?: string; code?: string };
    if (name === 'TimeoutError' || name === 'AbortError' || code === 'UND_ERR_ABORTED') {
      return new InputError(`${label}: no complete answer within ${timeoutMs / 1000} s`, label);
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new InputError(`${label}: host not found`, label);
    if (code === 'ECONNREFUSED') return new InputError(`${label}: connection refused`, label);
  }
  const message = err instanceof Error ? err.message : String(err);
  return new InputError(`${label}: fetch failed: ${message.replace(/\s+/g, ' ')}`, label);
}

/**
 * Fetches a web page and extracts its article. Refuses non-public targets
 * (checked for the first URL and after every redirect, on the resolved
 * addresses the socket then uses), caps time, size and redirects, and accepts
 * HTML or plain text only. Throws InputError with one line naming the URL.
 */
export async function fetchArticle(rawUrl: string, options: FetchOptions = {}): Promise<FetchedArticle> {
  const allowPrivate = options.allowPrivate ?? false;
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH.timeoutMs;
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH.maxBytes;
  const maxRedirects = options.maxRedirects ?? DEFAULT_FETCH.maxRedirects;
  const label = rawUrl;
  let url = parseHttpUrl(rawUrl, label);
  const signal = AbortSignal.timeout(timeoutMs);
  const agent = new Agent({
    connect: { lookup: guardedLookup(options.lookup ?? (dnsLookup as LookupFunction), allowPrivate) },
    pipelining: 0,
  });
  const warnings: string[] = [];
  try {
    for (let redirects = 0; ; redirects++) {
      // Literal IP hosts never reach the resolver: check them here.
      const host = url.hostname.replace(/^\[|\]$/g, '');
      if (!allowPrivate && isIP(host) && isForbiddenAddress(host)) {
        throw new InputError(`${label}: refused: ${host} is a private, loopback or link-local address (use --allow-private to fetch it anyway)`, label);
      }
      const res = await request(url, {
        dispatcher: agent,
        method: 'GET',
        signal,
        headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1' },
      });
      if (REDIRECTS.has(res.statusCode)) {
        await res.body.dump();
        const location = res.headers.location;
        const target = Array.isArray(location) ? location[0] : location;
        if (!target) throw new InputError(`${label}: redirect (HTTP ${res.statusCode}) without a Location`, label);
        if (redirects >= maxRedirects) throw new InputError(`${label}: more than ${maxRedirects} redirects`, label);
        url = parseHttpUrl(new URL(target, url).href, label);
        continue;
      }
      if (res.statusCode >= 400) {
        await res.body.dump();
        throw new InputError(`${label}: the server answered HTTP ${res.statusCode}`, label);
      }
      const typeHeader = res.headers['content-type'];
      const contentType = (Array.isArray(typeHeader) ? typeHeader[0] : typeHeader) ?? '';
      const mime = contentType.split(';')[0]!.trim().toLowerCase();
      if (mime !== '' && mime !== 'text/html' && mime !== 'application/xhtml+xml' && mime !== 'text/plain') {
        await res.body.dump();
        throw new InputError(`${label}: unsupported content type ${mime} (expected an HTML page or plain text)`, label);
      }
      const lengthHeader = Number(res.headers['content-length']);
      if (Number.isFinite(lengthHeader) && lengthHeader > maxBytes) {
        res.body.destroy();
        throw new InputError(`${label}: page is larger than the ${formatBytes(maxBytes)} limit`, label);
      }
      const bytes = await readCapped(res.body, maxBytes, label);
      if (bytes.indexOf(0) !== -1) throw new InputError(`${label}: the page is binary, not text`, label);
      const body = decodeBody(bytes, contentType, warnings, label);
      const isHtml = mime === 'text/html' || mime === 'application/xhtml+xml' || (mime === '' && looksLikeHtml(body));
      const article = isHtml ? extractArticle(body, url.href) : { text: body.replace(/\r\n?/g, '\n') };
      if (article.text.trim() === '') throw new InputError(`${label}: no text found on the page`, label);
      const out: FetchedArticle = { url: url.href, text: article.text, warnings };
      if (article.title !== undefined) out.title = article.title;
      return out;
    }
  } catch (err) {
    throw describeFetchFailure(err, label, timeoutMs);
  } finally {
    agent.close().catch(() => undefined);
  }
}
