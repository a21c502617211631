import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Ajv } from 'ajv';
import { main } from '../../src/cli/main.js';

// The analyze command in this process (stdout/stderr captured), plus one child process for stdin.
const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'spinscope-cli-'));
const schema = JSON.parse(readFileSync(join(ROOT, 'schema/analysis.schema.json'), 'utf8'));
const validate = new Ajv({ strict: true }).compile(schema);

const TEXT = 'The minister 🏛️ promised a bold plan.\n\nCritics called it a shameful betrayal of every family.\n';
const HTML = `<!doctype html><html><head><title>Minister's plan</title></head><body><nav>Menu</nav><article><h1>The plan</h1>
<p>${'The minister promised a bold plan for the railways, with new trains and lower fares for commuters. '.repeat(3)}</p>
<p>${'Critics called it a shameful betrayal and said the money would never arrive in the regions. '.repeat(3)}</p></article></body></html>`;
writeFileSync(join(work, 'story.txt'), TEXT);
writeFileSync(join(work, 'page.html'), HTML);
writeFileSync(join(work, 'page.data'), HTML);
writeFileSync(join(work, 'empty.txt'), '  \n');
writeFileSync(join(work, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));

const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(HTML));
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { out += String(chunk); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { err += String(chunk); return true; });
  const code = await main(['node', 'spinscope', 'analyze', ...args]);
  vi.restoreAllMocks();
  return { code, out, err };
}

describe('spinscope analyze: inputs', () => {
  it('a text file, as JSON valid against the shipped schema', async () => {
    const { code, out } = await run(join(work, 'story.txt'), '--format', 'json', '--title', 'Plan');
    expect(code).toBe(0);
    const a = JSON.parse(out);
    expect(validate(a), JSON.stringify(validate.errors)).toBe(true);
    expect(a.title).toBe('Plan');
    expect(a.source).toEqual({ file: join(work, 'story.txt') });
    expect(a.paragraphs.map((p: { id: number }) => p.id)).toEqual([1, 3]);
  });

  it('an HTML file, by extension and by sniffing: article text and title', async () => {
    for (const name of ['page.html', 'page.data']) {
      const a = JSON.parse((await run(join(work, name), '--format', 'json')).out);
      expect(a.title).toBe("Minister's plan");
      expect(a.text.split('\n')[0]).toBe('The plan');
      expect(a.text).not.toContain('Menu');
    }
  });

  it('a URL on loopback only with --allow-private', async () => {
    const refused = await run(`${base}/story`, '--format', 'json');
    expect(refused.code).toBe(3);
    expect(refused.err).toMatch(/^spinscope: http:\/\/127\.0\.0\.1:\d+\/story: refused: .*--allow-private/);
    const { code, out } = await run(`${base}/story`, '--format', 'json', '--allow-private');
    expect(code).toBe(0);
    expect(JSON.parse(out).source.url).toBe(`${base}/story`);
  });

  it('--min-score replaces the decision thresholds: everything at 0.01, nothing at 0.99', async () => {
    const low = JSON.parse((await run(join(work, 'story.txt'), '--format', 'json', '--min-score', '0.01')).out);
    const high = JSON.parse((await run(join(work, 'story.txt'), '--format', 'json', '--min-score', '0.99')).out);
    const usual = JSON.parse((await run(join(work, 'story.txt'), '--format', 'json')).out);
    const count = (a: { paragraphs: { techniques: unknown[] }[] }) => a.paragraphs.reduce((n, p) => n + p.techniques.length, 0);
    expect(count(low)).toBeGreaterThan(count(usual));
    expect(count(high)).toBe(0);
    for (const p of low.paragraphs) for (const t of p.techniques) expect(t.score).toBeGreaterThanOrEqual(0.01);
    expect(validate(low), JSON.stringify(validate.errors)).toBe(true);
  });

  it('--lang overrides identification', async () => {
    const a = JSON.parse((await run(join(work, 'story.txt'), '--format', 'json', '--lang', 'fr')).out);
    expect(a.language).toBe('fr');
  });

  it('standard input, piped or as -', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test/cli/analyze-entry.ts'), 'analyze', '--format', 'md'], {
      cwd: ROOT, input: TEXT, encoding: 'utf8', timeout: 120_000,
    });
    expect(child.status, child.stderr).toBe(0);
    expect(child.stdout).toContain('> ¶1 The minister 🏛️ promised a bold plan.');
    expect(child.stdout).toContain('> ¶3 Critics called it');
  });
});

describe('spinscope analyze: errors are one line, naming the input, with the documented code', () => {
  it.each([
    [['missing.txt'], 3, /^spinscope: missing\.txt: no such file\n$/],
    [['EMPTY'], 3, /empty\.txt: no text to analyse/],
    [['BINARY'], 3, /binary\.txt: looks like a binary file/],
    [['STORY', '--format', 'pdf'], 2, /--format must be one of text, json, jsonl, html, md, semeval, labelstudio \(got "pdf"\)/],
    [['STORY', '--width', '0'], 2, /--width must be a positive whole number/],
    [['STORY', '--resume'], 2, /--resume applies to a batch/],
    [['STORY', '--min-score', '1.5'], 2, /--min-score must be a number between 0 and 1 \(got "1\.5"\)/],
    [['STORY', '--min-score', 'low'], 2, /--min-score must be a number between 0 and 1/],
    [['ftp://example.org/x'], 3, /^spinscope: ftp:\/\/example\.org\/x: only http and https URLs can be fetched \(got ftp\)\n$/],
    [['http://[::1]:9/x'], 3, /refused/],
  ])('%j -> exit %i', async (args, code, message) => {
    const resolved = (args as string[]).map((a) => (a === 'EMPTY' ? join(work, 'empty.txt') : a === 'BINARY' ? join(work, 'binary.txt') : a === 'STORY' ? join(work, 'story.txt') : a));
    const r = await run(...resolved);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message as RegExp);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
  });
});

describe('spinscope analyze: formats and --out', () => {
  it('text without a terminal has no colour codes and honours --width', async () => {
    const { out } = await run(join(work, 'story.txt'), '--format', 'text', '--width', '40');
    expect(out).not.toContain('\x1b[');
    expect(out).toContain('¶1 The minister 🏛️ promised a bold plan.');
  });

  it('writes html to --out and prints nothing', async () => {
    const target = join(work, 'report.html');
    const r = await run(join(work, 'story.txt'), '--format', 'html', '--out', target);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(readFileSync(target, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('a JSONL batch to standard output: one analysis a line with the same ids; failures give exit 1', async () => {
    const input = join(work, 'batch.jsonl');
    writeFileSync(input, '{"id":"one","text":"A calm report about rain."}\n{"id":"two","text":"   "}\n{"id":"three","text":"Another calm report.","source":"Gazette"}\n');
    const r = await run(input, '--jobs', '1');
    expect(r.code).toBe(1);
    const rows = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((a: { id: string }) => a.id)).toEqual(['one', 'three']);
    expect(rows[1].source).toEqual({ name: 'Gazette' });
    expect(r.err).toContain('3 inputs: 2 analysed, 0 already done, 1 failed');
    expect(r.err).toContain('failed: two: no text to analyse');
  });

  it('JSONL lines with a url are fetched (here from loopback, allowed explicitly) into a folder of reports', async () => {
    const input = join(work, 'urls.jsonl');
    writeFileSync(input, `{"id":"page/1","url":"${base}/a","published":"2026-11-01"}\n{"id":"page/2","url":"${base}/b","title":"Own title"}\n`);
    const outDir = join(work, 'reports');
    const refused = await run(input, '--jobs', '1', '--format', 'md', '--out', outDir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('2 failed');
    expect(refused.err).toMatch(/failed: page\/1: .*refused/);
    const r = await run(input, '--jobs', '1', '--format', 'md', '--out', outDir, '--allow-private');
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(join(outDir, 'page', '1.md'), 'utf8')).toMatch(/^# Minister's plan\n\nSource: http:\/\/127\.0\.0\.1:\d+\/a · language: en · \d+ words · published 2026-11-01/);
    expect(readFileSync(join(outDir, 'page', '2.md'), 'utf8')).toMatch(/^# Own title\n/);
  });
});
