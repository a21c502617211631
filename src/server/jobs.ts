import type { Analysis } from '../pipeline/analysis.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';

/**
 * What crosses the thread boundary between the HTTP side and the analysis
 * side: plain, structured-clonable data only (no Error objects, no classes).
 */
export interface AnalysisJob {
  text: string;
  options: AnalyzeOptions;
}

/** A failed item keeps the error's class name so the server can map it to a status. */
export interface JobFailure {
  name: string;
  message: string;
}

export type JobOutcome = { ok: true; analysis: Analysis } | { ok: false; error: JobFailure };

/** Analyses each job on its own: one bad item of a batch does not sink the others. */
export type AnalyzeMany = (jobs: AnalysisJob[]) => JobOutcome[] | Promise<JobOutcome[]>;

/** Runs one job with a synchronous analyze function, catching its error as data. */
export function runJob(analyze: (text: string, options: AnalyzeOptions) => Analysis, job: AnalysisJob): JobOutcome {
  try {
    return { ok: true, analysis: analyze(job.text, job.options) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    return { ok: false, error: { name: e.name, message: e.message } };
  }
}
