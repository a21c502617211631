import { InputError } from '../errors.js';
import { OffsetIndex } from '../doc/offsets.js';
import { isTechniqueId } from '../taxonomy/ids.js';
import type { TechniqueId } from '../taxonomy/ids.js';
import type { LabeledSpan } from './semeval2023.js';

/**
 * Label Studio tasks. Export: spans as pre-annotations (`predictions`) for a
 * labelling config with `<Labels name="label" toName="text">` over
 * `<Text name="text" value="$text">`. Import: the `annotations` (and, on
 * request, `predictions`) of a Label Studio JSON export, back as spans.
 *
 * Label Studio's front end counts `value.start`/`value.end` in JavaScript
 * string indices (UTF-16 code units); emoji shift offsets against code points
 * (see heartexlabs/label-studio issue 539). spinscope offsets are code points,
 * so both directions convert here, at the boundary, and nowhere else.
 */

export interface LabelStudioRegion {
  id: string;
  from_name: string;
  to_name: string;
  type: 'labels';
  value: { start: number; end: number; text: string; labels: string[] };
  score?: number;
}

export interface LabelStudioTask {
  id?: number;
  data: { text: string; id: string; [field: string]: unknown };
  predictions?: Array<{ model_version?: string; score?: number; result: LabelStudioRegion[] }>;
  annotations?: Array<{ result: LabelStudioRegion[]; was_cancelled?: boolean }>;
}

export interface ArticleSpans {
  id: string;
  text: string;
  /** Code-point offsets into text. */
  spans: ReadonlyArray<Pick<LabeledSpan, 'technique' | 'start' | 'end'> & { score?: number }>;
}

/** One task per article, its spans as one prediction. */
export function toLabelStudioTasks(articles: Iterable<ArticleSpans>, modelVersion = 'spinscope'): LabelStudioTask[] {
  return [...articles].map((a) => {
    const ix = new OffsetIndex(a.text);
    const result = a.spans.map((s, i): LabelStudioRegion => {
      const start = ix.toUtf16(s.start);
      const end = ix.toUtf16(s.end);
      return {
        id: `${a.id}-${i}`,
        from_name: 'label',
        to_name: 'text',
        type: 'labels',
        value: { start, end, text: a.text.slice(start, end), labels: [s.technique] },
        ...(s.score !== undefined ? { score: s.score } : {}),
      };
    });
    const scores = a.spans.map((s) => s.score).filter((x): x is number => x !== undefined);
    const score = scores.length ? scores.reduce((x, y) => x + y, 0) / scores.length : undefined;
    return { data: { text: a.text, id: a.id }, predictions: [{ model_version: modelVersion, ...(score !== undefined ? { score } : {}), result }] };
  });
}

export interface LabelStudioImport {
  spans: LabeledSpan[];
  /** Regions left out (unknown label, bad offsets), one line each. */
  skipped: string[];
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Spans from a Label Studio JSON export (an array of tasks). Reads
 * `annotations[].result[]` (cancelled annotations excluded) and, with
 * `includePredictions`, `predictions[].result[]`. Article ids come from
 * `data.id`, else the task id. Regions whose label is not a technique are skipped and listed.
 */
export function fromLabelStudioExport(json: unknown, options: { includePredictions?: boolean; source?: string } = {}): LabelStudioImport {
  const source = options.source ?? 'Label Studio export';
  if (!Array.isArray(json)) throw new InputError(`${source}: expected a JSON array of tasks`, source);
  const spans: LabeledSpan[] = [];
  const skipped: string[] = [];
  json.forEach((task: unknown, ti) => {
    if (!isRecord(task) || !isRecord(task.data) || typeof task.data.text !== 'string') {
      throw new InputError(`${source}: task ${ti} has no data.text`, source);
    }
    const text = task.data.text;
    const id = String(task.data.id ?? task.id ?? ti);
    const ix = new OffsetIndex(text);
    const groups: unknown[] = [];
    if (Array.isArray(task.annotations)) groups.push(...task.annotations.filter((a) => !(isRecord(a) && a.was_cancelled === true)));
    if (options.includePredictions && Array.isArray(task.predictions)) groups.push(...task.predictions);
    for (const g of groups) {
      if (!isRecord(g) || !Array.isArray(g.result)) continue;
      for (const region of g.result) {
        if (!isRecord(region) || region.type !== 'labels' || !isRecord(region.value)) continue;
        const { start, end, labels } = region.value;
        if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
          skipped.push(`${id}: region [${String(start)}, ${String(end)}) is outside the text`);
          continue;
        }
        for (const label of Array.isArray(labels) ? labels : []) {
          if (typeof label !== 'string' || !isTechniqueId(label)) {
            skipped.push(`${id}: unknown label "${String(label)}"`);
            continue;
          }
          spans.push({ id, technique: label as TechniqueId, start: ix.toCodePoint(start), end: ix.toCodePoint(end) });
        }
      }
    }
  });
  return { spans, skipped };
}
