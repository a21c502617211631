import { UsageError } from '../errors.js';
import type { Format } from '../render/format.js';
import { batchItems } from './items.js';
import type { BadItem } from './items.js';
import { inlinePool, workerPool } from './pool.js';
import { createProgress, formatSeconds } from './progress.js';
import { folderSink, jsonlFileSink, stdoutSink } from './sink.js';
import type { Sink } from './sink.js';
import type { WorkConfig } from './work.js';

export interface BatchOptions {
  /** A folder of text/HTML files, or a .jsonl file. */
  input: string;
  /** A .jsonl file, a folder, or undefined for standard output. */
  out?: string;
  jobs: number;
  resume: boolean;
  config: WorkConfig;
  progress?: NodeJS.WriteStream;
}

export interface BatchSummary {
  inputs: number;
  analysed: number;
  /** Already in the output (with --resume). */
  skipped: number;
  failures: BadItem[];
  seconds: number;
  interrupted: boolean;
  output: string;
  /** Broken lines removed from a resumed output. */
  repaired: number;
}

function openSink(out: string | undefined, format: Format, resume: boolean): Sink {
  if (out === undefined) {
    if (resume) throw new UsageError('--resume needs --out: standard output cannot be read back');
    return stdoutSink();
  }
  if (/\.jsonl$/i.test(out)) {
    if (format !== 'json' && format !== 'jsonl') throw new UsageError(`--out ${out}: a .jsonl output holds JSON analyses; use --format json, or a folder for --format ${format}`);
    return jsonlFileSink(out, resume);
  }
  return folderSink(out, format, resume);
}

/**
 * Analyses every input of a folder or JSONL file, on worker threads, writing
 * each result as soon as it is ready. Interrupting (SIGINT/SIGTERM) stops at
 * once: what was written is complete, and --resume picks up the rest.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = Date.now();
  // one analysis a line in a stream: pretty JSON would span lines
  const format: Format = options.config.format === 'json' && (options.out === undefined || /\.jsonl$/i.test(options.out)) ? 'jsonl' : options.config.format;
  const { items, bad } = batchItems(options.input);
  const sink = openSink(options.out, format, options.resume);
  const todo = items.filter((item) => !sink.isDone(item.id));
  const failures: BadItem[] = [...bad];
  const config: WorkConfig = { ...options.config, format };
  const pool = options.jobs <= 1 || todo.length <= 1 ? inlinePool(config) : workerPool(options.jobs, config);
  const progress = createProgress(todo.length, options.progress ?? process.stderr);
  let analysed = 0;
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    void pool.stop();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await pool.run(todo, (r) => {
      if ('output' in r) {
        sink.write(r.id, r.output);
        analysed++;
      } else {
        failures.push({ id: r.id, error: r.error });
      }
      progress.tick(!('output' in r));
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    progress.stop();
    sink.close();
  }
  return {
    inputs: items.length + bad.length,
    analysed,
    skipped: items.length - todo.length,
    failures,
    seconds: (Date.now() - started) / 1000,
    interrupted,
    output: sink.description,
    repaired: sink.repaired,
  };
}

/** The end-of-run report for stderr. */
export function formatSummary(s: BatchSummary): string {
  const lines = [
    `spinscope: ${s.interrupted ? 'interrupted; ' : ''}${s.inputs} input${s.inputs === 1 ? '' : 's'}: ${s.analysed} analysed, ${s.skipped} already done, ${s.failures.length} failed, in ${formatSeconds(s.seconds)} -> ${s.output}`,
  ];
  if (s.repaired > 0) lines.push(`spinscope: removed ${s.repaired} incomplete line(s) left by an earlier interrupted run`);
  for (const f of s.failures.slice(0, 50)) lines.push(`  failed: ${f.error.startsWith(f.id) ? f.error : `${f.id}: ${f.error}`}`);
  if (s.failures.length > 50) lines.push(`  … and ${s.failures.length - 50} more failures`);
  if (s.interrupted) lines.push('spinscope: run again with --resume to finish');
  return `${lines.join('\n')}\n`;
}
