import type { AnalysisJob, JobOutcome } from './jobs.js';

/** One place where analyses run one at a time: a worker thread, or (tests) the calling thread. */
export interface PoolSlot {
  run(jobs: AnalysisJob[]): Promise<JobOutcome[]>;
  /** Stops the analysis in progress (it ran past its time) and leaves the slot usable. */
  abort(): void;
  close(): Promise<void>;
}

/** Every slot is busy and the queue is full: the client should come back later. */
export class OverloadedError extends Error {
  override readonly name = 'OverloadedError';
  constructor(readonly retryAfterSeconds: number) {
    super(`the server is busy (all analysis slots and the queue are full); retry in ${retryAfterSeconds} s`);
  }
}

/** The request ran past its time limit (queueing included). */
export class AnalysisTimeoutError extends Error {
  override readonly name = 'AnalysisTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`the analysis took longer than the time limit (${timeoutMs} ms)`);
  }
}

export interface PoolStats {
  slots: number;
  busy: number;
  queued: number;
  maxQueue: number;
  completed: number;
  rejected: number;
  timedOut: number;
}

interface Task {
  jobs: AnalysisJob[];
  resolve(out: JobOutcome[]): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
  settled: boolean;
  slot?: PoolSlot;
}

/**
 * A bounded pool: at most one task per slot, at most `maxQueue` tasks waiting,
 * and a time limit per task counted from submission. Beyond the queue it
 * refuses at once (the server answers 503 with Retry-After) rather than
 * letting latency grow without bound.
 */
export class AnalysisPool {
  private readonly idle: PoolSlot[];
  private readonly queue: Task[] = [];
  private readonly running = new Set<Task>();
  private completed = 0;
  private rejected = 0;
  private timedOut = 0;
  /** Moving average of task durations, for the Retry-After estimate. */
  private averageMs = 200;
  private closed = false;

  constructor(
    private readonly slots: PoolSlot[],
    readonly maxQueue: number,
  ) {
    if (slots.length === 0) throw new Error('an analysis pool needs at least one slot');
    this.idle = [...slots];
  }

  submit(jobs: AnalysisJob[], timeoutMs: number): Promise<JobOutcome[]> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    if (this.idle.length === 0 && this.queue.length >= this.maxQueue) {
      this.rejected++;
      return Promise.reject(new OverloadedError(this.retryAfterSeconds()));
    }
    return new Promise<JobOutcome[]>((resolve, reject) => {
      const task: Task = { jobs, resolve, reject, settled: false, timer: setTimeout(() => this.expire(task, timeoutMs), timeoutMs) };
      const slot = this.idle.pop();
      if (slot) this.start(task, slot);
      else this.queue.push(task);
    });
  }

  stats(): PoolStats {
    return {
      slots: this.slots.length,
      busy: this.running.size,
      queued: this.queue.length,
      maxQueue: this.maxQueue,
      completed: this.completed,
      rejected: this.rejected,
      timedOut: this.timedOut,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) this.settle(task, () => task.reject(new Error('the server is shutting down')));
    await Promise.all(this.slots.map((s) => s.close()));
  }

  /** Seconds until a slot is likely free: queue length times the mean task time, spread over the slots. */
  private retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(((this.queue.length + 1) * this.averageMs) / this.slots.length / 1000));
  }

  private start(task: Task, slot: PoolSlot): void {
    task.slot = slot;
    this.running.add(task);
    const began = performance.now();
    slot.run(task.jobs).then(
      (out) => {
        this.averageMs = 0.8 * this.averageMs + 0.2 * (performance.now() - began);
        this.completed++;
        this.settle(task, () => task.resolve(out));
        this.release(task, slot);
      },
      (err: unknown) => {
        this.settle(task, () => task.reject(err instanceof Error ? err : new Error(String(err))));
        this.release(task, slot);
      },
    );
  }

  private release(task: Task, slot: PoolSlot): void {
    // an expired task already handed its (aborted) slot back
    if (!this.running.delete(task)) return;
    this.next(slot);
  }

  private next(slot: PoolSlot): void {
    const waiting = this.queue.shift();
    if (waiting && !this.closed) this.start(waiting, slot);
    else this.idle.push(slot);
  }

  private expire(task: Task, timeoutMs: number): void {
    if (task.settled) return;
    this.timedOut++;
    this.settle(task, () => task.reject(new AnalysisTimeoutError(timeoutMs)));
    const queued = this.queue.indexOf(task);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      return;
    }
    if (task.slot && this.running.delete(task)) {
      task.slot.abort();
      this.next(task.slot);
    }
  }

  private settle(task: Task, action: () => void): void {
    if (task.settled) return;
    task.settled = true;
    clearTimeout(task.timer);
    action();
  }
}

/** Runs analyses on the calling thread: for tests and stub analyzers (it cannot stop a runaway analysis). */
export class InlineSlot implements PoolSlot {
  constructor(private readonly analyzeMany: (jobs: AnalysisJob[]) => JobOutcome[] | Promise<JobOutcome[]>) {}

  run(jobs: AnalysisJob[]): Promise<JobOutcome[]> {
    return Promise.resolve().then(() => this.analyzeMany(jobs));
  }

  abort(): void {
    // nothing to stop: the pool has already answered the request and ignores the late result
  }

  async close(): Promise<void> {}
}
