/**
 * Splitting text into segments at span boundaries, so that overlapping spans
 * can be drawn without nesting errors: each segment is a run of text covered
 * by one fixed set of spans. Browser-safe (no Node imports): the web UI serves
 * the compiled dist/render/segments.js as it is.
 * All offsets are Unicode code points, end exclusive, as in the Analysis.
 */

export interface SpanRange {
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Indices (into the spans given) of the spans covering this segment, ascending. */
  spans: number[];
}

/**
 * Segments covering [from, to) exactly, cut wherever a span starts or ends.
 * Spans outside the range are ignored; empty or inverted spans are ignored.
 */
export function segmentRange(spans: readonly SpanRange[], from: number, to: number): Segment[] {
  if (to <= from) return [];
  const cuts = new Set<number>([from, to]);
  const inside: number[] = [];
  spans.forEach((s, i) => {
    if (!(s.end > s.start) || s.end <= from || s.start >= to) return;
    inside.push(i);
    cuts.add(Math.max(from, s.start));
    cuts.add(Math.min(to, s.end));
  });
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]!;
    const end = points[k + 1]!;
    const covering = inside.filter((i) => spans[i]!.start <= start && spans[i]!.end >= end);
    const last = segments[segments.length - 1];
    // merge neighbours with the same cover (a cut from a span that lies elsewhere)
    if (last && last.end === start && sameList(last.spans, covering)) last.end = end;
    else segments.push({ start, end, spans: covering });
  }
  return segments;
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * A code-point view of a string: `slice(start, end)` in code points, built
 * once so that slicing many segments stays linear.
 */
export function codePointSlicer(text: string): { length: number; slice(start: number, end: number): string } {
  const points = Array.from(text);
  return { length: points.length, slice: (start, end) => points.slice(start, end).join('') };
}
