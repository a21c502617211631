import { OffsetIndex } from './offsets.js';
import { segmentParagraphs, segmentSentences16, segmentTokenTexts16 } from './segment.js';
import type { Paragraph, Sentence, Token } from './segment.js';
import { SpanGroups } from './spans.js';

/**
 * A typed key for a component's annotation on a Doc (spaCy's extension
 * attributes, but checked by the compiler): `doc.set(GENRE, result)`.
 */
export interface AnnotationKey<T> {
  readonly name: string;
  /** Phantom field carrying the value type; never set. */
  readonly __type?: T;
}

export function annotationKey<T>(name: string): AnnotationKey<T> {
  return { name };
}

export interface DocOptions {
  /** ISO 639-1 language code; "und" when unknown. */
  lang?: string;
}

/**
 * The document: owns the exact text and offset-exact views of it. Every public
 * offset is in Unicode code points; `toUtf16`/`toCodePoint` convert for code
 * that has to index the JavaScript string. The text never changes.
 */
export class Doc {
  readonly text: string;
  readonly offsets: OffsetIndex;
  readonly paragraphs: readonly Paragraph[];
  readonly spans: SpanGroups;
  lang: string;
  private sentencesCache?: Sentence[];
  private tokensCache?: Token[];
  private readonly annotations = new Map<string, unknown>();

  constructor(text: string, options: DocOptions = {}) {
    this.text = text;
    this.offsets = new OffsetIndex(text);
    this.lang = options.lang ?? 'und';
    this.paragraphs = segmentParagraphs(text, this.offsets);
    this.spans = new SpanGroups(this.offsets.length);
  }

  /** Length in code points. */
  get length(): number {
    return this.offsets.length;
  }

  toUtf16(cp: number): number {
    return this.offsets.toUtf16(cp);
  }

  toCodePoint(u16: number): number {
    return this.offsets.toCodePoint(u16);
  }

  /** Text between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }

  get sentences(): readonly Sentence[] {
    if (!this.sentencesCache) this.segment();
    return this.sentencesCache!;
  }

  get tokens(): readonly Token[] {
    if (!this.tokensCache) this.segment();
    return this.tokensCache!;
  }

  /** Paragraph (index into `paragraphs`) containing a code-point offset, or -1. */
  paragraphAt(cp: number): number {
    let lo = 0;
    let hi = this.paragraphs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const p = this.paragraphs[mid]!;
      if (cp < p.start) hi = mid - 1;
      else if (cp >= p.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** Tokens whose start lies in [start, end) (code points). */
  tokensIn(start: number, end: number): Token[] {
    const toks = this.tokens;
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (toks[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: Token[] = [];
    for (let i = lo; i < toks.length && toks[i]!.start < end; i++) out.push(toks[i]!);
    return out;
  }

  set<T>(key: AnnotationKey<T>, value: T): void {
    this.annotations.set(key.name, value);
  }

  get<T>(key: AnnotationKey<T>): T | undefined {
    return this.annotations.get(key.name) as T | undefined;
  }

  has(key: AnnotationKey<unknown>): boolean {
    return this.annotations.has(key.name);
  }

  private segment(): void {
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    const lang = this.lang === 'und' ? 'en' : this.lang;
    const text = this.text;
    const offsets = this.offsets;
    for (let pi = 0; pi < this.paragraphs.length; pi++) {
      const p = this.paragraphs[pi]!;
      for (const s of segmentSentences16(text, offsets.toUtf16(p.start), offsets.toUtf16(p.end), lang)) {
        const si = sentences.length;
        sentences.push({ start: offsets.toCodePoint(s.start), end: offsets.toCodePoint(s.end), paragraph: pi });
        // the segmenter's own token strings (equal to slicing the text at the token's range)
        for (const t of segmentTokenTexts16(text, s.start, s.end, lang)) {
          tokens.push({
            start: offsets.toCodePoint(t.start),
            end: offsets.toCodePoint(t.end),
            text: t.text,
            lower: t.text.toLowerCase(),
            isWord: t.isWord,
            sentence: si,
          });
        }
      }
    }
    this.sentencesCache = sentences;
    this.tokensCache = tokens;
  }
}
