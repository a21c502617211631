import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { folderSink, jsonlFileSink, safeFileName } from '../../src/batch/sink.js';

const work = mkdtempSync(join(tmpdir(), 'spinscope-sink-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('jsonlFileSink', () => {
  it('on resume keeps complete lines, cuts a partial last line, and appends after it', () => {
    const path = join(work, 'partial.jsonl');
    writeFileSync(path, '{"id":"a","x":1}\n{"id":"b😀","x":2}\n{"id":"c","x":');
    const sink = jsonlFileSink(path, true);
    expect(sink.isDone('a')).toBe(true);
    expect(sink.isDone('b😀')).toBe(true);
    expect(sink.isDone('c')).toBe(false);
    expect(sink.repaired).toBe(1);
    sink.write('c', '{"id":"c","x":3}\n');
    sink.close();
    expect(readFileSync(path, 'utf8')).toBe('{"id":"a","x":1}\n{"id":"b😀","x":2}\n{"id":"c","x":3}\n');
  });

  it('refuses to append to an existing output without --resume', () => {
    const path = join(work, 'exists.jsonl');
    writeFileSync(path, '{"id":"a"}\n');
    expect(() => jsonlFileSink(path, false)).toThrow(UsageError);
  });
});

describe('folderSink', () => {
  it('writes one file per id with safe names, and resume sees them', () => {
    const dir = join(work, 'out');
    const sink = folderSink(dir, 'html', false);
    sink.write('news/article1.txt', '<p>x</p>');
    expect(readdirSync(dir)).toEqual(['news']);
    expect(readdirSync(join(dir, 'news'))).toEqual(['article1.html']);
    expect(folderSink(dir, 'html', true).isDone('news/article1.txt')).toBe(true);
    expect(folderSink(dir, 'html', false).isDone('news/article1.txt')).toBe(false);
  });

  it('never lets an id escape the folder, and never gives two ids one file', () => {
    expect(safeFileName('en/article7.txt')).toBe('en/article7');
    expect(safeFileName('../../etc/passwd')).toMatch(/^etc\/passwd-[0-9a-f]{8}$/);
    expect(safeFileName('/abs/x')).toMatch(/^abs\/x-[0-9a-f]{8}$/);
    expect(safeFileName('a b')).not.toBe(safeFileName('a_b'));
    expect(safeFileName('a_b')).toBe('a_b');
    expect(safeFileName('😀 story')).toMatch(/^story-[0-9a-f]{8}$/);
    expect(safeFileName('')).toMatch(/^item-[0-9a-f]{8}$/);
  });
});
