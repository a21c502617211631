import { Doc } from '../doc/doc.js';
import { normalizeText } from '../doc/decode.js';
import { codePointLength } from '../doc/offsets.js';
import { UsageError } from '../errors.js';
import { loadLanguageIdentifier } from '../lang/identify.js';
import { normalizeLanguageCode } from '../lang/codes.js';
import { ANALYSIS_SCHEMA } from './analysis.js';
import type { Analysis } from './analysis.js';
import type { Component } from './component.js';
import { defaultComponents } from './components/index.js';
import { CLAIMS, ENTITIES, FRAMES, GENRE, LANGUAGE, MODEL_VERSIONS, PARAGRAPH_TECHNIQUES, SUMMARY, TECHNIQUES, WARNINGS } from './keys.js';
import { ModelStore } from './models.js';
import { Pipeline } from './pipeline.js';

export interface AnalyzeOptions {
  /** Force the language (ISO or SemEval code); otherwise it is identified. */
  lang?: string;
  id?: string;
  title?: string;
  source?: Analysis['source'];
  /** Warnings from earlier stages (decoding, extraction) to carry into the analysis. */
  warnings?: string[];
  /**
   * Report every technique whose probability reaches this (0 < minScore < 1) instead of the
   * model's decision thresholds: lower for more recall (screening), higher for more precision.
   */
  minScore?: number;
}

export interface AnalyzerOptions {
  /** Folder of trained models (default: the package's models/). */
  modelsDir?: string;
  /** Replace the default components (tests, custom pipelines). */
  components?: (defaults: Component[]) => Component[];
}

/** A loaded pipeline: create once (async: loads language id), then analyse synchronously. */
export class Analyzer {
  constructor(
    readonly pipeline: Pipeline,
    readonly models: ModelStore,
  ) {}

  /** Runs the pipeline and returns the Doc, for callers that want the views. */
  process(text: string, options: AnalyzeOptions = {}): Doc {
    const doc = new Doc(normalizeText(text), { lang: options.lang ? normalizeLanguageCode(options.lang) : undefined });
    const warnings = [...(options.warnings ?? [])];
    doc.set(WARNINGS, warnings);
    doc.set(MODEL_VERSIONS, {});
    if (options.minScore !== undefined && !(options.minScore > 0 && options.minScore < 1)) throw new UsageError(`minScore must lie between 0 and 1 (got ${options.minScore})`);
    this.pipeline.run(doc, { models: this.models, warn: (m) => warnings.push(m), ...(options.minScore !== undefined ? { minScore: options.minScore } : {}) });
    return doc;
  }

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    return toAnalysis(this.process(text, options), options);
  }
}

export async function createAnalyzer(options: AnalyzerOptions = {}): Promise<Analyzer> {
  const identifier = await loadLanguageIdentifier();
  const defaults = defaultComponents(identifier);
  const components = options.components ? options.components(defaults) : defaults;
  return new Analyzer(new Pipeline(components), new ModelStore(options.modelsDir));
}

let shared: Promise<Analyzer> | undefined;

/** One-call analysis with a shared default analyzer. */
export async function analyze(text: string, options: AnalyzeOptions = {}): Promise<Analysis> {
  shared ??= createAnalyzer();
  return (await shared).analyze(text, options);
}

/** Plain data from an annotated Doc; renderers never see the Doc. */
export function toAnalysis(doc: Doc, options: AnalyzeOptions = {}): Analysis {
  const lang = doc.get(LANGUAGE);
  const out: Analysis = {
    schema: ANALYSIS_SCHEMA,
    language: doc.lang,
    languageConfidence: lang?.probability ?? 0,
    supported: lang?.supported ?? false,
    warnings: doc.get(WARNINGS) ?? [],
    text: doc.text,
    length: codePointLength(doc.text),
    paragraphs:
      doc.get(PARAGRAPH_TECHNIQUES) ?? doc.paragraphs.map((p) => ({ id: p.id, start: p.start, end: p.end, techniques: [] })),
    techniques: doc.get(TECHNIQUES) ?? [],
    genre: doc.get(GENRE) ?? null,
    frames: doc.get(FRAMES) ?? [],
    claims: doc.get(CLAIMS) ?? [],
    entities: doc.get(ENTITIES) ?? [],
    summary: doc.get(SUMMARY) ?? {
      words: 0, techniqueCount: 0, techniquesPer100Words: 0, intensity: 0, topTechniques: [], topCategories: [],
      mostLoadedParagraph: null, genre: null, frames: [],
    },
    models: doc.get(MODEL_VERSIONS) ?? {},
  };
  if (options.id !== undefined) out.id = options.id;
  if (options.title !== undefined) out.title = options.title;
  if (options.source !== undefined) out.source = options.source;
  if (options.minScore !== undefined) out.minScore = options.minScore;
  return out;
}
