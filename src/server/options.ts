import { availableParallelism } from 'node:os';
import type { LookupFunction } from 'node:net';
import type { FetchedArticle, FetchOptions } from '../input/url.js';
import type { Analysis } from '../pipeline/analysis.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import type { AnalysisPool } from './pool.js';

export type FetchArticle = (url: string, options?: FetchOptions) => Promise<FetchedArticle>;

/** Everything `buildServer` can be given; every field has a default suited to a laptop. */
export interface ServerOptions {
  /** Where analyses run. Default: a pool of `workers` worker threads running the default analyzer. */
  pool?: AnalysisPool;
  /**
   * Analyse on the HTTP thread with this analyzer instead (tests, embedding in
   * another service); it cannot be stopped at the time limit. Ignored when `pool` is given.
   */
  analyzer?: { analyze(text: string, options: AnalyzeOptions): Analysis };
  /** Worker threads for the default pool (default: cores − 1, at least 1, at most 4). */
  workers?: number;
  /** Analyses waiting for a worker before the server answers 503 (default 64). */
  maxQueue?: number;
  /** Time limit of one analysis request, queueing included, in ms (default 30 000). */
  timeoutMs?: number;
  /** Time limit of a batch request in ms (default 120 000). */
  batchTimeoutMs?: number;
  /** Largest request body in bytes (default 2 MiB); larger bodies get 413. */
  bodyLimit?: number;
  /** Requests per client (API key, else IP) per window on /v1/*; false turns the limit off. */
  rateLimit?: { max: number; windowMs: number } | false;
  /** When non-empty, /v1/* requires one of these keys (`Authorization: Bearer <key>` or `X-API-Key`). */
  apiKeys?: readonly string[];
  /** Let URL analysis fetch loopback/private addresses (local testing only). */
  allowPrivate?: boolean;
  /** DNS resolver for URL analysis (tests stub it). */
  lookup?: LookupFunction;
  /** Replaces the URL fetcher (tests). */
  fetchArticle?: FetchArticle;
  /** Time limit of a URL fetch in ms (default 10 000). */
  fetchTimeoutMs?: number;
  /** Folder of trained models for the default pool. */
  modelsDir?: string;
  /** Folder of the browser UI's static files (default: the package's ui/). */
  uiDir?: string;
  /** Trust X-Forwarded-For (behind a reverse proxy), so that the rate limit sees real clients (default false). */
  trustProxy?: boolean;
  /** Time allowed to receive a whole request from a client, in ms (default 30 000): slow uploads cannot hold sockets. */
  requestTimeoutMs?: number;
  /** Log requests as JSON lines to stdout (default false). */
  logger?: boolean;
}

export const DEFAULTS = {
  maxQueue: 64,
  timeoutMs: 30_000,
  batchTimeoutMs: 120_000,
  bodyLimit: 2 * 1024 * 1024,
  rateLimit: { max: 300, windowMs: 60_000 },
  fetchTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
} as const;

/** Default worker count: leave one core to the HTTP thread. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** Parses SPINSCOPE_API_KEYS (comma-separated; blanks ignored). */
export function parseApiKeys(value: string | undefined): string[] {
  return (value ?? '').split(',').map((k) => k.trim()).filter((k) => k !== '');
}
