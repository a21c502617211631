import { parentPort, workerData } from 'node:worker_threads';
import { errorLine } from '../errors.js';
import { createAnalyzer } from '../pipeline/analyze.js';
import type { BatchItem } from './items.js';
import { processItem } from './work.js';
import type { WorkConfig } from './work.js';

/** Messages between the pool and a worker. */
export type ToWorker = { kind: 'item'; item: BatchItem } | { kind: 'stop' };
export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'done'; id: string; output: string }
  | { kind: 'failed'; id: string; error: string }
  | { kind: 'fatal'; error: string };

// Worker entry: one analyzer per thread (models load once), items one at a time.
const port = parentPort;
if (port) {
  const config = workerData as WorkConfig;
  const send = (m: FromWorker) => port.postMessage(m);
  createAnalyzer().then(
    (analyzer) => {
      port.on('message', (m: ToWorker) => {
        if (m.kind === 'stop') return void port.close();
        processItem(analyzer, m.item, config).then(
          (output) => send({ kind: 'done', id: m.item.id, output }),
          (err: unknown) => send({ kind: 'failed', id: m.item.id, error: errorLine(err) }),
        );
      });
      send({ kind: 'ready' });
    },
    (err: unknown) => send({ kind: 'fatal', error: errorLine(err) }),
  );
}
