import { describe, expect, it } from 'vitest';
import { AnalysisPool, AnalysisTimeoutError, InlineSlot, OverloadedError } from '../../src/server/pool.js';
import type { AnalysisJob, JobOutcome } from '../../src/server/jobs.js';
import { fixtureAnalysis } from './fixtures.js';

/** A slot that records which texts it ran and holds each until released. */
class RecordingSlot extends InlineSlot {
  readonly ran: string[] = [];
  private readonly gates: Array<() => void> = [];
  constructor() {
    super(async (jobs: AnalysisJob[]): Promise<JobOutcome[]> => {
      this.ran.push(...jobs.map((j) => j.text));
      await new Promise<void>((resolve) => this.gates.push(resolve));
      return jobs.map((j) => ({ ok: true, analysis: fixtureAnalysis(j.text) }));
    });
  }
  get waiting(): number {
    return this.gates.length;
  }
  releaseOne(): void {
    this.gates.shift()?.();
  }
}

const job = (text: string): AnalysisJob[] => [{ text, options: {} }];

describe('AnalysisPool', () => {
  it('runs queued tasks in arrival order and refuses beyond the queue', async () => {
    const slot = new RecordingSlot();
    const pool = new AnalysisPool([slot], 2);
    const a = pool.submit(job('a'), 60_000);
    const b = pool.submit(job('b'), 60_000);
    const c = pool.submit(job('c'), 60_000);
    const refused = pool.submit(job('d'), 60_000);
    await expect(refused).rejects.toBeInstanceOf(OverloadedError);
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: expect.any(Number) });
    for (const p of [a, b, c]) {
      await expect.poll(() => slot.waiting).toBe(1);
      slot.releaseOne();
      expect((await p)[0]!.ok).toBe(true);
    }
    expect(slot.ran).toEqual(['a', 'b', 'c']);
    expect(pool.stats()).toMatchObject({ completed: 3, rejected: 1, busy: 0, queued: 0 });
  });

  it('drops a task that times out while queued, without running it', async () => {
    const slot = new RecordingSlot();
    const pool = new AnalysisPool([slot], 4);
    const first = pool.submit(job('first'), 60_000);
    const late = pool.submit(job('late'), 20);
    await expect(late).rejects.toBeInstanceOf(AnalysisTimeoutError);
    expect(pool.stats()).toMatchObject({ queued: 0, timedOut: 1 });
    slot.releaseOne();
    await first;
    expect(slot.ran).toEqual(['first']);
  });

  it('rejects waiting tasks on close', async () => {
    const slot = new RecordingSlot();
    const pool = new AnalysisPool([slot], 4);
    void pool.submit(job('running'), 60_000).catch(() => undefined);
    const waiting = pool.submit(job('waiting'), 60_000);
    await pool.close();
    await expect(waiting).rejects.toThrow(/shutting down/);
    await expect(pool.submit(job('after'), 1000)).rejects.toThrow(/closed/);
    slot.releaseOne();
  });
});
