import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, formatSeconds } from '../../src/batch/progress.js';

describe('progress without a terminal', () => {
  it('writes plain lines (no bar, no escape codes), always one at the end', () => {
    const sink = new PassThrough();
    let written = '';
    sink.on('data', (d: Buffer) => { written += d.toString(); });
    const progress = createProgress(3, sink as unknown as NodeJS.WriteStream, 60_000);
    progress.tick(false);
    progress.tick(true);
    progress.tick(false);
    progress.stop();
    const lines = written.trim().split('\n');
    // the first tick prints (nothing printed yet), the middle one is within the interval, the last always prints
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^spinscope: 3\/3 done, 1 failed, [\d.]+\/s, ETA 0 s$/);
    expect(written).not.toContain('\x1b');
  });

  it('formats durations for people', () => {
    expect(formatSeconds(42.4)).toBe('42 s');
    expect(formatSeconds(600)).toBe('10 min');
    expect(formatSeconds(7200)).toBe('2.0 h');
    expect(formatSeconds(Infinity)).toBe('?');
  });
});
