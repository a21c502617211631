import type { Worker } from 'node:worker_threads';
import { startSiblingWorker } from '../pipeline/worker-thread.js';
import type { AnalysisJob, JobOutcome } from './jobs.js';
import type { PoolSlot } from './pool.js';

export interface WorkerSlotOptions {
  /** Folder of trained models, passed to each worker's analyzer. */
  modelsDir?: string;
}

/**
 * A pool slot backed by one worker thread; a timed-out or crashed analysis
 * costs the thread, and the next request starts a fresh one (lazily, so a
 * thread that fails at start cannot loop).
 */
export class WorkerSlot implements PoolSlot {
  private worker: Worker | undefined;
  private pending: { resolve(out: JobOutcome[]): void; reject(err: Error): void } | undefined;
  private closing = false;

  constructor(private readonly options: WorkerSlotOptions = {}) {
    this.worker = this.startWorker();
  }

  run(jobs: AnalysisJob[]): Promise<JobOutcome[]> {
    if (this.pending) return Promise.reject(new Error('worker slot is busy'));
    return new Promise<JobOutcome[]>((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker ??= this.startWorker();
      this.worker.postMessage(jobs);
    });
  }

  abort(): void {
    const old = this.worker;
    this.worker = undefined;
    void old?.terminate();
    this.fail(new Error('analysis aborted'));
  }

  async close(): Promise<void> {
    this.closing = true;
    this.fail(new Error('the server is shutting down'));
    await this.worker?.terminate();
  }

  private startWorker(): Worker {
    const worker = startSiblingWorker(import.meta.url, 'worker', { modelsDir: this.options.modelsDir });
    // a thread that is not needed must not keep the process alive
    worker.unref();
    worker.on('message', (out: JobOutcome[]) => {
      if (worker !== this.worker) return;
      const p = this.pending;
      this.pending = undefined;
      p?.resolve(out);
    });
    worker.on('error', (err) => this.crashed(worker, err));
    worker.on('exit', (code) => this.crashed(worker, new Error(`analysis worker exited with code ${code}`)));
    return worker;
  }

  /** An uncaught error or out-of-memory in the thread: fail its request; the next one starts a fresh thread. */
  private crashed(worker: Worker, err: Error): void {
    if (worker !== this.worker || this.closing) return;
    this.worker = undefined;
    this.fail(new Error(`analysis worker crashed: ${err.message}`));
  }

  private fail(err: Error): void {
    const p = this.pending;
    this.pending = undefined;
    p?.reject(err);
  }
}
