import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ModelStore } from '../../src/pipeline/models.js';

describe('ModelStore', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const store = (): { store: ModelStore; dir: string } => {
    const dir = mkdtempSync(join(tmpdir(), 'spinscope-store-'));
    dirs.push(dir);
    return { store: new ModelStore(dir), dir };
  };

  it('asks the file system for a model not yet loaded', () => {
    const { store: s, dir } = store();
    expect(s.exists('m.bin')).toBe(false);
    writeFileSync(join(dir, 'm.bin'), 'x');
    expect(s.exists('m.bin')).toBe(true);
  });

  it('loads once, and a loaded model exists without its file (it stays in use)', () => {
    const { store: s, dir } = store();
    writeFileSync(join(dir, 'm.bin'), 'weights');
    let reads = 0;
    const loader = (path: string): string => {
      reads++;
      return `${path}!`;
    };
    const first = s.load('m.bin', loader);
    expect(s.load('m.bin', loader)).toBe(first);
    expect(reads).toBe(1);
    rmSync(join(dir, 'm.bin'));
    expect(s.exists('m.bin')).toBe(true);
    expect(s.exists('other.bin')).toBe(false);
  });
});
