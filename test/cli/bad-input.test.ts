import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit.js';

/**
 * Bad input through the CLI's public behaviour: a separate process (the
 * TypeScript sources through tsx, so no build is needed), its exit code and
 * its stderr, which must be one line per problem and never a stack trace.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const LAUNCH = "import('./src/cli/main.ts').then((m) => m.main(['node', 'spinscope', ...process.argv.slice(1)])).then((c) => { process.exitCode = c; })";
const dir = mkdtempSync(join(tmpdir(), 'spinscope-bad-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function spinscope(...args: string[]): { code: number | null; stderr: string; stdout: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', LAUNCH, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function expectOneLineError(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^spinscope: /);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
}

const ARTICLE = 'The council approved the new budget on Tuesday.\n\nCritics called it a disgraceful betrayal of every honest taxpayer.\n';

describe('bad input gives a one-line message and the documented exit code', () => {
  it('empty file: input error', () => {
    const r = spinscope('analyze', file('empty.txt', ''));
    expect(r.code).toBe(EXIT.input);
    expectOneLineError(r.stderr, /empty\.txt: .*empty/);
  });

  it('binary file: input error', () => {
    const r = spinscope('analyze', file('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])));
    expect(r.code).toBe(EXIT.input);
    expectOneLineError(r.stderr, /image\.png: .*binary/);
  });

  it('a 50 MB file: input error naming the limit', () => {
    const big = file('big.txt', Buffer.alloc(50 * 1024 * 1024, 'word '));
    const r = spinscope('analyze', big);
    expect(r.code).toBe(EXIT.input);
    expectOneLineError(r.stderr, /big\.txt: 50\.0 MB is larger than the \d+ MB limit/);
  });

  it('invalid UTF-8: a warning, and the text is still analysed', () => {
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(` au lait.\n${ARTICLE}`)]);
    const r = spinscope('analyze', '--lang', 'en', file('latin1.txt', bytes));
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toMatch(/^spinscope: warning: .*latin1\.txt: invalid UTF-8; 1 byte sequence\(s\) replaced by U\+FFFD$/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // whatever the output format, the analysed text carries the replacement character
    expect(r.stdout).toContain('Caf\uFFFD au lait');
  });

  it('a missing path: input error', () => {
    const r = spinscope('analyze', join(dir, 'no-such-file.txt'));
    expect(r.code).toBe(EXIT.input);
    expectOneLineError(r.stderr, /no-such-file\.txt: .*(no such file|cannot read|not found)/);
  });

  it('an unknown language code: usage error', () => {
    const article = file('article.txt', ARTICLE);
    for (const code of ['zz', 'english!']) {
      const r = spinscope('analyze', '--lang', code, article);
      expect(r.code, code).toBe(EXIT.usage);
      expectOneLineError(r.stderr, new RegExp(`unknown language code "${code}"`));
    }
  });

  it('an unknown option or subtask: usage error', () => {
    expect(spinscope('eval', '--subtask', '7').code).toBe(EXIT.usage);
    expect(spinscope('techniques', 'no_such_technique').code).toBe(EXIT.usage);
  });
});

describe('language codes (library level)', () => {
  it('accepts ISO and corpus codes, rejects codes that name no language', async () => {
    const { normalizeLanguageCode, trainedLanguage } = await import('../../src/lang/codes.js');
    expect(normalizeLanguageCode('EN')).toBe('en');
    expect(normalizeLanguageCode('ge')).toBe('de');
    expect(normalizeLanguageCode('po')).toBe('pl');
    expect(normalizeLanguageCode('gr')).toBe('el');
    expect(normalizeLanguageCode('ka')).toBe('ka');
    expect(normalizeLanguageCode('und')).toBe('und');
    expect(() => normalizeLanguageCode('zz')).toThrow(/unknown language code "zz"/);
    expect(() => trainedLanguage('es')).toThrow(/no training data/);
  });
});
