import { InputError } from '../errors.js';
import { isTechniqueId } from '../taxonomy/ids.js';
import type { TechniqueId } from '../taxonomy/ids.js';
import { isSemeval2020Technique, SEMEVAL2020_TO_2023, SEMEVAL2023_TO_2020 } from '../taxonomy/semeval2020.js';
import type { Semeval2020Technique } from '../taxonomy/semeval2020.js';
import type { LabeledSpan } from './semeval2023.js';

/**
 * The SemEval-2020 Task 11 span format (PTC corpus): one span a line,
 * `<article id>\t<technique>\t<start>\t<end>`, with the 14 labels of 2020
 * (some of which contain commas). Offsets are characters, end exclusive.
 * Reading maps labels onto the 23 techniques of 2023; writing maps back, and
 * drops the techniques that 2020 did not have.
 */

export interface Semeval2020Span {
  id: string;
  technique: Semeval2020Technique;
  start: number;
  end: number;
}

export function parseSemeval2020Spans(text: string, path = 'spans'): Semeval2020Span[] {
  const out: Semeval2020Span[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const [id, technique, s, e] = line.split('\t').map((x) => x.trim());
    const start = Number(s);
    const end = Number(e);
    if (!id || !technique || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
      throw new InputError(`${path}:${i + 1}: expected "<id>\\t<technique>\\t<start>\\t<end>" with 0 <= start < end`, path);
    }
    if (!isSemeval2020Technique(technique)) throw new InputError(`${path}:${i + 1}: unknown SemEval-2020 technique "${technique}"`, path);
    out.push({ id, technique, start, end });
  });
  return out;
}

/** 2020 spans as 2023 spans (each merged 2020 label becomes its first 2023 technique). */
export function semeval2020To2023(spans: readonly Semeval2020Span[]): LabeledSpan[] {
  return spans.map((s) => ({ id: s.id, technique: SEMEVAL2020_TO_2023[s.technique][0]!, start: s.start, end: s.end }));
}

export interface Conversion2020 {
  spans: Semeval2020Span[];
  /** 2023 spans whose technique has no 2020 label (e.g. Appeal_to_Time), left out. */
  dropped: LabeledSpan[];
}

export function semeval2023To2020(spans: readonly LabeledSpan[]): Conversion2020 {
  const out: Semeval2020Span[] = [];
  const dropped: LabeledSpan[] = [];
  for (const s of spans) {
    const label = isTechniqueId(s.technique) ? SEMEVAL2023_TO_2020[s.technique as TechniqueId] : undefined;
    if (label) out.push({ id: s.id, technique: label, start: s.start, end: s.end });
    else dropped.push(s);
  }
  return { spans: out, dropped };
}

export function formatSemeval2020Spans(spans: Iterable<Semeval2020Span>): string {
  return [...spans].map((s) => `${s.id}\t${s.technique}\t${s.start}\t${s.end}\n`).join('');
}
