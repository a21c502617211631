import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { batchItems, isBatchInput } from '../../src/batch/items.js';
import { InputError } from '../../src/errors.js';

const work = mkdtempSync(join(tmpdir(), 'spinscope-items-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('batchItems', () => {
  it('reads JSONL with text or url and metadata; bad lines become failures naming the line', () => {
    const path = join(work, 'in.jsonl');
    writeFileSync(path, [
      '{"id":"1","text":"Hello 😀 world.","source":"Daily Example","published":"2026-01-02","lang":"en"}',
      '{"id":2,"url":"https://news.example/a"}',
      '',
      'not json',
      '{"id":"3"}',
      '{"id":"1","text":"again"}',
      '{"text":"no id"}',
    ].join('\n'));
    const { items, bad } = batchItems(path);
    expect(items).toEqual([
      { id: '1', text: 'Hello 😀 world.', source: 'Daily Example', published: '2026-01-02', lang: 'en' },
      { id: '2', url: 'https://news.example/a' },
    ]);
    expect(bad.map((b) => b.error)).toEqual([
      `${path}:4: not valid JSON`,
      `${path}:5: needs exactly one of "text" or "url"`,
      `${path}:6: id "1" repeats an earlier line`,
      `${path}:7: missing "id"`,
    ]);
  });

  it('lists text and HTML files of a folder recursively, skipping hidden and other files', () => {
    const dir = join(work, 'folder');
    mkdirSync(join(dir, 'b'), { recursive: true });
    mkdirSync(join(dir, '.git'));
    for (const f of ['a.txt', 'b/c.html', 'd.pdf', '.hidden.txt', '.git/x.txt']) writeFileSync(join(dir, f), 'x');
    expect(batchItems(dir).items.map((i) => i.id)).toEqual(['a.txt', 'b/c.html']);
    expect(isBatchInput(dir)).toBe(true);
    expect(isBatchInput(join(dir, 'a.txt'))).toBe(false);
    expect(() => batchItems(join(work, 'missing'))).toThrow(InputError);
  });
});
