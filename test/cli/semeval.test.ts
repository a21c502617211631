import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseFrameLabels, parseGenreLabels, parseParagraphLabels, parseTemplate } from '../../src/corpus/semeval2023.js';
import { writeSyntheticCorpus } from '../eval/synthetic-corpus.js';

const corpus = writeSyntheticCorpus(['en'], 6);
const out = mkdtempSync(join(tmpdir(), 'spinscope-semeval-'));
const articles = join(corpus.dir, 'en', 'train-articles-subtask-3');
const templatePath = join(corpus.dir, 'en', 'train-labels-subtask-3.template');
afterAll(() => {
  rmSync(corpus.dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const previous = process.env.SPINSCOPE_CORPUS;
  process.env.SPINSCOPE_CORPUS = corpus.dir;
  try {
    return { code: await main(['node', 'spinscope', ...args]), stderr };
  } finally {
    spy.mockRestore();
    if (previous === undefined) delete process.env.SPINSCOPE_CORPUS;
    else process.env.SPINSCOPE_CORPUS = previous;
  }
}

describe('spinscope semeval', () => {
  it('subtask 1: one genre per article, parseable by the reader of the official format', async () => {
    const file = join(out, 'st1.txt');
    const r = await run(['semeval', '--subtask', '1', '--lang', 'en', '--articles', articles, '--out', file]);
    expect(r.code).toBe(0);
    const labels = parseGenreLabels(readFileSync(file, 'utf8'));
    expect([...labels.keys()]).toEqual(['1000', '1001', '1002', '1003', '1004', '1005']);
    // without a genre model the majority genre of the (synthetic) training labels stands in: 4 opinion, 2 reporting
    if (r.stderr.includes('trivial baseline')) expect(new Set(labels.values())).toEqual(new Set(['opinion']));
  });

  it('subtask 2: frames per article (empty lists allowed)', async () => {
    const file = join(out, 'st2.txt');
    const r = await run(['semeval', '--subtask', '2', '--lang', 'en', '--articles', articles, '--out', file]);
    expect(r.code).toBe(0);
    expect(parseFrameLabels(readFileSync(file, 'utf8')).size).toBe(6);
  });

  it('subtask 3: exactly the template paragraphs, in template order', async () => {
    const file = join(out, 'st3.txt');
    const r = await run(['semeval', '--subtask', '3', '--lang', 'en', '--articles', articles, '--template', templatePath, '--out', file]);
    expect(r.code).toBe(0);
    const got = parseParagraphLabels(readFileSync(file, 'utf8')).map((p) => `${p.id}/${p.paragraph}`);
    const want = parseTemplate(readFileSync(templatePath, 'utf8')).map((t) => `${t.id}/${t.paragraph}`);
    expect(got).toEqual(want);
  });

  it('subtask 3 without a template: every non-empty line, skipping the empty line after the title', async () => {
    const file = join(out, 'st3-all.txt');
    expect((await run(['semeval', '--subtask', '3', '--lang', 'en', '--articles', articles, '--out', file])).code).toBe(0);
    const rows = parseParagraphLabels(readFileSync(file, 'utf8')).filter((p) => p.id === '1000');
    expect(rows.map((p) => p.paragraph)).toEqual([1, 3, 4, 5, 6]);
  });

  it('refuses bad requests with one line and the documented exit code', async () => {
    const bad = await run(['semeval', '--subtask', '4', '--lang', 'en', '--articles', articles]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect((await run(['semeval', '--subtask', '1', '--lang', 'english!', '--articles', articles])).code).toBe(2);
    const missing = await run(['semeval', '--subtask', '1', '--lang', 'en', '--articles', join(out, 'nowhere')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/no such folder/);
  });
});
