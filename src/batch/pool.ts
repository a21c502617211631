import type { Worker } from 'node:worker_threads';
import { errorLine } from '../errors.js';
import { createAnalyzer } from '../pipeline/analyze.js';
import { startSiblingWorker } from '../pipeline/worker-thread.js';
import type { BatchItem } from './items.js';
import { processItem } from './work.js';
import type { WorkConfig } from './work.js';
import type { FromWorker, ToWorker } from './worker.js';

export type ItemResult = { id: string; output: string } | { id: string; error: string };

export interface Pool {
  /** Runs every item, calling onResult as each finishes (in completion order). */
  run(items: readonly BatchItem[], onResult: (r: ItemResult) => void): Promise<void>;
  /** Stops at once: in-flight items are dropped (they were not written, so a resume redoes them). */
  stop(): Promise<void>;
}

/** Worker threads, one analyzer each, one item in flight per worker. */
export function workerPool(jobs: number, config: WorkConfig): Pool {
  const workers = new Set<Worker>();
  let stopped = false;
  let finish: (() => void) | undefined;
  return {
    run(items, onResult) {
      const queue = [...items];
      let pending = items.length;
      return new Promise<void>((resolve, reject) => {
        finish = resolve;
        if (pending === 0) return resolve();
        const settle = (r: ItemResult) => {
          onResult(r);
          if (--pending === 0) resolve();
        };
        const spawn = () => {
          const worker = startSiblingWorker(import.meta.url, 'worker', config);
          workers.add(worker);
          let current: BatchItem | undefined;
          let ready = false;
          const next = () => {
            current = stopped ? undefined : queue.shift();
            if (current) worker.postMessage({ kind: 'item', item: current } satisfies ToWorker);
            else void worker.terminate();
          };
          worker.on('message', (m: FromWorker) => {
            if (m.kind === 'ready') {
              ready = true;
              return next();
            }
            if (m.kind === 'fatal') {
              stopped = true;
              return reject(new Error(m.error));
            }
            settle(m.kind === 'done' ? { id: m.id, output: m.output } : { id: m.id, error: m.error });
            next();
          });
          worker.on('error', (err) => {
            if (!ready) {
              // cannot even start (missing build, broken install): retrying would loop forever
              stopped = true;
              void Promise.all([...workers].map((w) => w.terminate()));
              return reject(new Error(`batch worker failed to start: ${errorLine(err)}`));
            }
            // a crash fails the item it held; a fresh worker takes over the rest
            if (current) settle({ id: current.id, error: `worker crashed: ${errorLine(err)}` });
            current = undefined;
          });
          worker.on('exit', () => {
            workers.delete(worker);
            if (!stopped && queue.length > 0 && workers.size < jobs) spawn();
          });
        };
        for (let i = 0; i < Math.min(jobs, items.length); i++) spawn();
      });
    },
    async stop() {
      stopped = true;
      await Promise.all([...workers].map((w) => w.terminate()));
      finish?.();
    },
  };
}

/** The same contract in this thread: for --jobs 1 and for environments without workers. */
export function inlinePool(config: WorkConfig): Pool {
  let stopped = false;
  return {
    async run(items, onResult) {
      const analyzer = await createAnalyzer();
      for (const item of items) {
        if (stopped) return;
        try {
          onResult({ id: item.id, output: await processItem(analyzer, item, config) });
        } catch (err) {
          onResult({ id: item.id, error: errorLine(err) });
        }
      }
    },
    async stop() {
      stopped = true;
    },
  };
}
