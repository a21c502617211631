/** A labelled stretch of a Doc's text, in code points (end exclusive). */
export interface Span {
  start: number;
  end: number;
  label: string;
  score?: number;
  /** The words or features that drove the decision, most important first. */
  cues?: string[];
}

/**
 * Named groups of spans, like spaCy's `doc.spans`: `doc.spans.get("techniques")`.
 * Groups may hold overlapping spans; they are kept sorted by start, then end.
 */
export class SpanGroups {
  private readonly groups = new Map<string, Span[]>();

  constructor(private readonly length: number) {}

  get(name: string): readonly Span[] {
    return this.groups.get(name) ?? [];
  }

  has(name: string): boolean {
    return this.groups.has(name);
  }

  names(): string[] {
    return [...this.groups.keys()];
  }

  /** Replaces a group. Spans outside the text or empty are rejected. */
  set(name: string, spans: readonly Span[]): void {
    for (const s of spans) this.check(s);
    this.groups.set(name, [...spans].sort((a, b) => a.start - b.start || a.end - b.end));
  }

  add(name: string, span: Span): void {
    this.check(span);
    const list = this.groups.get(name) ?? [];
    list.push(span);
    list.sort((a, b) => a.start - b.start || a.end - b.end);
    this.groups.set(name, list);
  }

  private check(s: Span): void {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= this.length && s.start < s.end)) {
      throw new RangeError(`span [${s.start}, ${s.end}) is outside the text (length ${this.length})`);
    }
  }
}
