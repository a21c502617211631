import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeArray, int16Values, readModelFile, readRawModelFile, writeModelFile } from '../../src/learn/modelfile.js';

const dir = mkdtempSync(join(tmpdir(), 'spinscope-modelfile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('model files read raw and decoded', () => {
  const data = Float32Array.from({ length: 101 }, (_, i) => Math.sin(i) * (i % 7));
  // header lengths that put the arrays at odd and even byte offsets in the file
  for (const label of ['x', 'xy']) {
    it(`decodes f32, q16 and q8 arrays alike both ways (header label ${label})`, () => {
      const path = join(dir, `m-${label}.bin`);
      writeModelFile(path, 'test', { label }, {
        odd: { data: data.subarray(0, 3), encoding: 'q8' },
        f: { data, encoding: 'f32' },
        q: { data, encoding: 'q16' },
        b: { data, encoding: 'q8' },
      });
      const decoded = readModelFile<{ label: string }>(path, 'test');
      const raw = readRawModelFile<{ label: string }>(path, 'test');
      expect(raw.header.label).toBe(label);
      expect([...decoded.arrays.get('f')!]).toEqual([...data]);
      for (const name of ['odd', 'f', 'q', 'b']) expect([...decodeArray(raw.arrays.get(name)!)]).toEqual([...decoded.arrays.get(name)!]);
      const q = raw.arrays.get('q')!;
      const ints = int16Values(q);
      expect(ints).toHaveLength(101);
      for (let i = 0; i < 101; i++) {
        expect(Math.abs(ints[i]! * q.scale - data[i]!)).toBeLessThanOrEqual(q.scale / 2 + 1e-9);
        expect(Math.fround(ints[i]! * q.scale)).toBe(decoded.arrays.get('q')![i]);
      }
    });
  }

  it('reports a truncated file in one line', () => {
    const path = join(dir, 'm-x.bin');
    const cut = join(dir, 'cut.bin');
    const bytes = readFileSync(path);
    writeFileSync(cut, bytes.subarray(0, bytes.length - 10));
    expect(() => readRawModelFile(cut, 'test')).toThrow(/truncated/);
    expect(() => readRawModelFile(path, 'other')).toThrow(/expected "other"/);
  });
});
