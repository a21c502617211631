import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from '../pipeline/analyze.js';
import type { Analyzer } from '../pipeline/analyze.js';
import { runJob } from './jobs.js';
import type { AnalysisJob, JobOutcome } from './jobs.js';

/**
 * Entry point of an analysis worker thread: loads the analyzer once, then
 * answers each message (a list of jobs) with one outcome per job, in order.
 */
interface WorkerConfig {
  modelsDir?: string;
}

const config = (workerData ?? {}) as WorkerConfig;
const ready: Promise<Analyzer> = createAnalyzer({ modelsDir: config.modelsDir });
// the load error is reported per job below; don't let it crash the thread meanwhile
ready.catch(() => undefined);

parentPort?.on('message', (jobs: AnalysisJob[]) => {
  ready.then(
    (analyzer) => jobs.map((job) => runJob((text, options) => analyzer.analyze(text, options), job)),
    (err: unknown): JobOutcome[] => {
      const e = err instanceof Error ? err : new Error(String(err));
      return jobs.map(() => ({ ok: false, error: { name: e.name, message: e.message } }));
    },
  ).then((out) => parentPort?.postMessage(out));
});
