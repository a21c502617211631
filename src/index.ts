/** spinscope: shows how a news text tries to persuade. Library entry point. */
export { analyze, createAnalyzer, Analyzer, toAnalysis } from './pipeline/analyze.js';
export type { AnalyzeOptions, AnalyzerOptions } from './pipeline/analyze.js';
export * from './pipeline/analysis.js';
export type { Component, ComponentContext } from './pipeline/component.js';
export { Pipeline } from './pipeline/pipeline.js';
export * from './doc/index.js';
export * from './taxonomy/ids.js';
export * from './taxonomy/index.js';
export { InputError, UsageError, ModelError } from './errors.js';
export { TRAINED_LANGUAGES, normalizeLanguageCode } from './lang/codes.js';
export { fetchArticle, extractArticle, isForbiddenAddress } from './input/url.js';
export type { FetchOptions, FetchedArticle } from './input/url.js';
export { loadInput } from './input/read.js';
export { renderAnalysis, FORMATS, isFormat } from './render/format.js';
export type { Format, RenderOptions } from './render/format.js';
export { runBatch } from './batch/run.js';
export type { BatchOptions, BatchSummary } from './batch/run.js';
