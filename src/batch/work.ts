import { InputError } from '../errors.js';
import type { Analyzer } from '../pipeline/analyze.js';
import type { Analysis } from '../pipeline/analysis.js';
import { loadInput } from '../input/read.js';
import type { FetchOptions } from '../input/url.js';
import { renderAnalysis } from '../render/format.js';
import type { Format } from '../render/format.js';
import type { BatchItem } from './items.js';

/** What every worker needs to turn an item into output (plain data: it crosses thread boundaries). */
export interface WorkConfig {
  format: Format;
  width: number;
  lang?: string;
  /** AnalyzeOptions.minScore for every item. */
  minScore?: number;
  fetch: Omit<FetchOptions, 'lookup'>;
}

/** Loads, analyses and renders one item. Throws InputError for bad inputs. */
export async function processItem(analyzer: Analyzer, item: BatchItem, config: WorkConfig): Promise<string> {
  const loaded = item.text !== undefined
    ? { id: item.id, text: item.text, source: {} as NonNullable<Analysis['source']>, warnings: [] as string[], title: undefined as string | undefined }
    : await loadInput(item.url ?? item.file!, config.fetch);
  if (loaded.text.trim() === '') throw new InputError(`${item.id}: no text to analyse (empty input)`, item.id);
  const source: NonNullable<Analysis['source']> = { ...loaded.source };
  if (item.source !== undefined) source.name = item.source;
  if (item.published !== undefined) source.published = item.published;
  const title = item.title ?? loaded.title;
  const analysis = analyzer.analyze(loaded.text, {
    id: item.id,
    lang: item.lang ?? config.lang,
    warnings: loaded.warnings,
    ...(config.minScore !== undefined ? { minScore: config.minScore } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(Object.keys(source).length > 0 ? { source } : {}),
  });
  return renderAnalysis(analysis, config.format, { color: false, width: config.width });
}
