import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './http-errors.js';

/**
 * Content-Security-Policy of every response: only this origin's files run, no
 * inline script or style, no plugins, no framing. Article text reaches the
 * page as data only, so even an escaping bug could not run injected script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(reply: FastifyReply): void {
  if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('x-frame-options', 'DENY');
  reply.header('cross-origin-opener-policy', 'same-origin');
  reply.header('cross-origin-resource-policy', 'same-origin');
}

/** The key a request presents: `Authorization: Bearer <key>`, else `X-API-Key`. */
export function presentedKey(request: FastifyRequest): string | undefined {
  const auth = request.headers.authorization;
  if (typeof auth === 'string') {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (m) return m[1];
  }
  const header = request.headers['x-api-key'];
  return typeof header === 'string' && header !== '' ? header : undefined;
}

/**
 * Checks keys in constant time per key: both sides are hashed first, so
 * neither the comparison time nor a length mismatch reveals a key's prefix.
 */
export function apiKeyChecker(keys: readonly string[]): (request: FastifyRequest) => void {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  const known = keys.map(digest);
  return (request) => {
    const key = presentedKey(request);
    if (key === undefined) throw new ApiError(401, 'unauthorized', 'an API key is required (Authorization: Bearer <key> or X-API-Key)', { 'www-authenticate': 'Bearer' });
    const presented = digest(key);
    let ok = false;
    for (const k of known) ok = timingSafeEqual(k, presented) || ok;
    if (!ok) throw new ApiError(401, 'unauthorized', 'the API key is not valid', { 'www-authenticate': 'Bearer' });
  };
}
