import { describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.js';
import { EXAMPLE_ARTICLE, fixturePool } from './fixtures.js';

describe('POST /v1/report', () => {
  it('returns the self-contained HTML report under a policy that allows only its own script', async () => {
    const app = await buildServer({ pool: fixturePool() });
    const res = await app.inject({ method: 'POST', url: '/v1/report?download=1', payload: { text: `${EXAMPLE_ARTICLE}\n<script>alert(1)</script>`, title: 'Sea wall' } });
    await app.close();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="spinscope-report.html"');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(res.body).toContain('traitors');
    expect(res.body).not.toContain('<script>alert(1)</script>');
  });

  it('validates its input like /v1/analyze', async () => {
    const app = await buildServer({ pool: fixturePool() });
    const res = await app.inject({ method: 'POST', url: '/v1/report', payload: { title: 'no text' } });
    await app.close();
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_request');
  });
});
