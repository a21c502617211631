import type { Analysis } from '../pipeline/analysis.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import type { FetchOptions } from '../input/url.js';
import { errorBody, fromJobFailure, toApiError } from './http-errors.js';
import type { ErrorBody } from './http-errors.js';
import type { AnalysisJob } from './jobs.js';
import type { FetchArticle } from './options.js';
import type { AnalysisPool } from './pool.js';

export interface AnalyzeInput {
  text?: string;
  url?: string;
  lang?: string;
  title?: string;
  id?: string;
  minScore?: number;
}

export interface BatchItem {
  text: string;
  lang?: string;
  title?: string;
  id?: string;
}

export type BatchResult = Analysis | ({ id?: string } & ErrorBody);

export interface AnalysisServiceOptions {
  pool: AnalysisPool;
  timeoutMs: number;
  batchTimeoutMs: number;
  fetchArticle: FetchArticle;
  fetchOptions: FetchOptions;
}

function jobOptions(input: { lang?: string; title?: string; id?: string; minScore?: number }): AnalyzeOptions {
  const options: AnalyzeOptions = {};
  if (input.lang !== undefined) options.lang = input.lang;
  if (input.minScore !== undefined) options.minScore = input.minScore;
  if (input.title !== undefined) options.title = input.title;
  if (input.id !== undefined) options.id = input.id;
  return options;
}

/** What the routes call: URL fetching on the HTTP thread (I/O), analysis in the pool (CPU). */
export class AnalysisService {
  constructor(private readonly options: AnalysisServiceOptions) {}

  async analyze(input: AnalyzeInput): Promise<Analysis> {
    const job: AnalysisJob = { text: input.text ?? '', options: jobOptions(input) };
    if (input.url !== undefined) {
      const article = await this.options.fetchArticle(input.url, this.options.fetchOptions);
      job.text = article.text;
      job.options.source = { url: article.url };
      job.options.id ??= input.url;
      if (job.options.title === undefined && article.title !== undefined) job.options.title = article.title;
      if (article.warnings.length > 0) job.options.warnings = article.warnings;
    }
    const [outcome] = await this.options.pool.submit([job], this.options.timeoutMs);
    if (!outcome) throw new Error('the analysis pool returned no result');
    if (!outcome.ok) throw fromJobFailure(outcome.error);
    return outcome.analysis;
  }

  /** One pool task for the whole batch: a batch takes one slot, so it cannot crowd out single requests' queue places. */
  async analyzeBatch(items: BatchItem[], defaultLang?: string, minScore?: number): Promise<BatchResult[]> {
    const jobs = items.map((item) => ({ text: item.text, options: jobOptions({ ...item, lang: item.lang ?? defaultLang, ...(minScore !== undefined ? { minScore } : {}) }) }));
    const outcomes = await this.options.pool.submit(jobs, this.options.batchTimeoutMs);
    return outcomes.map((outcome, i) => {
      if (outcome.ok) return outcome.analysis;
      const failed: BatchResult = errorBody(toApiError(fromJobFailure(outcome.error)));
      const id = items[i]?.id;
      return id === undefined ? failed : { id, ...failed };
    });
  }
}
