import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { decodeInput } from '../doc/decode.js';
import { codePointLength } from '../doc/offsets.js';
import { isFrameId, isGenreId, isTechniqueId, TECHNIQUES } from '../taxonomy/ids.js';
import { repairLabel } from '../taxonomy/suggest.js';
import type { FrameId, GenreId, TechniqueId } from '../taxonomy/ids.js';

/**
 * Readers and writers for the SemEval-2023 Task 3 files. Label files are
 * tab-separated: subtask 1 `<id>\t<genre>`, subtask 2 `<id>\t<frame>,…`,
 * subtask 3 `<id>\t<paragraph>\t<technique>,…`, template `<id>\t<paragraph>\t<text>`,
 * spans `<id>\t<technique>\t<start>\t<end>` (code points, end exclusive).
 */

export interface Article {
  id: string;
  text: string;
}

export interface ParagraphLabels {
  id: string;
  paragraph: number;
  techniques: TechniqueId[];
}

export interface TemplateLine {
  id: string;
  paragraph: number;
  text: string;
}

export interface LabeledSpan {
  id: string;
  technique: TechniqueId;
  start: number;
  end: number;
}

function readText(path: string): string {
  if (!existsSync(path)) throw new InputError(`${path}: no such file`, path);
  return decodeInput(readFileSync(path), path).text;
}

function lines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '');
}

/** Article id from a file name such as `article123.txt`. */
export function articleIdFromFile(name: string): string | undefined {
  return /^article(.+?)(?:-labels-subtask-\d)?\.txt$/.exec(name)?.[1];
}

/** All `article<ID>.txt` files of a folder, sorted by id. */
export function readArticles(dir: string): Article[] {
  if (!existsSync(dir)) throw new InputError(`${dir}: no such folder`, dir);
  return readdirSync(dir)
    .filter((f) => articleIdFromFile(f) !== undefined)
    .sort()
    .map((f) => ({ id: articleIdFromFile(f)!, text: readText(join(dir, f)) }));
}

function fail(path: string, n: number, msg: string): never {
  throw new InputError(`${path}:${n}: ${msg}`, path);
}

export function parseGenreLabels(text: string, path = 'labels'): Map<string, GenreId> {
  const out = new Map<string, GenreId>();
  lines(text).forEach((l, i) => {
    const [id, g] = l.split('\t').map((s) => s.trim());
    if (!id || !g) fail(path, i + 1, 'expected "<id>\\t<genre>"');
    if (!isGenreId(g)) fail(path, i + 1, `unknown genre "${g}"`);
    out.set(id, g);
  });
  return out;
}

export function parseFrameLabels(text: string, path = 'labels'): Map<string, FrameId[]> {
  const out = new Map<string, FrameId[]>();
  text.split(/\r?\n/).forEach((l, i) => {
    if (l.trim() === '') return;
    const [id, list = ''] = l.split('\t');
    if (!id?.trim()) fail(path, i + 1, 'expected "<id>\\t<frame>,…"');
    const frames = list.split(',').map((s) => s.trim()).filter(Boolean);
    for (const f of frames) if (!isFrameId(f)) fail(path, i + 1, `unknown frame "${f}"`);
    out.set(id.trim(), frames as FrameId[]);
  });
  return out;
}

/**
 * Receives each unknown label of a lenient read: `repairedTo` is the technique
 * it was read as (one unambiguous close spelling), or undefined when it was dropped.
 */
export type UnknownLabelHandler = (label: string, where: string, repairedTo: string | undefined) => void;

function lenientTechnique(t: string, where: string, onUnknown: UnknownLabelHandler): TechniqueId | undefined {
  const repaired = repairLabel(t, TECHNIQUES);
  onUnknown(t, where, repaired);
  return repaired as TechniqueId | undefined;
}

/**
 * Subtask-3 label lines. Unknown techniques are an error, unless `onUnknown`
 * is given (corpus reading): then a label one unambiguous close spelling away
 * from a technique is read as it, others are dropped, and each case is reported.
 */
export function parseParagraphLabels(text: string, path = 'labels', onUnknown?: UnknownLabelHandler): ParagraphLabels[] {
  const out: ParagraphLabels[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    if (l.trim() === '') return;
    const [id, p, list = ''] = l.split('\t');
    const paragraph = Number(p);
    if (!id?.trim() || !Number.isInteger(paragraph) || paragraph < 1) fail(path, i + 1, 'expected "<id>\\t<paragraph>\\t<technique>,…"');
    const techniques: TechniqueId[] = [];
    for (const t of list.split(',').map((s) => s.trim()).filter(Boolean)) {
      if (isTechniqueId(t)) techniques.push(t);
      else if (!onUnknown) fail(path, i + 1, `unknown technique "${t}"`);
      else {
        const repaired = lenientTechnique(t, `${path}:${i + 1}`, onUnknown);
        if (repaired && !techniques.includes(repaired)) techniques.push(repaired);
      }
    }
    out.push({ id: id.trim(), paragraph, techniques });
  });
  return out;
}

/**
 * Template lines. Known noise: outside English, the last line of some articles
 * lacks its newline, so the next article's first line is glued to it
 * ("…last words.23100\t1\tTitle…"). Such lines are split again: the glued id is
 * the longest digit suffix of the text that is an article id seen elsewhere in
 * the file (else the longest digit suffix), and `onRepair` hears of each case.
 */
export function parseTemplate(text: string, path = 'template', onRepair?: (where: string) => void): TemplateLine[] {
  const raw: Array<{ id: string; paragraph: number; rest: string[]; line: number }> = [];
  text.split(/\r?\n/).forEach((l, i) => {
    if (l.trim() === '') return;
    const [id, p, ...rest] = l.split('\t');
    const paragraph = Number(p);
    if (!id?.trim() || !Number.isInteger(paragraph) || paragraph < 1) fail(path, i + 1, 'expected "<id>\\t<paragraph>\\t<text>"');
    raw.push({ id: id.trim(), paragraph, rest, line: i + 1 });
  });
  const ids = new Set(raw.map((r) => r.id));
  const out: TemplateLine[] = [];
  for (const r of raw) {
    let { id, paragraph, rest } = r;
    // a glued line has at least "<text><id>", "<paragraph>", "<text>" after the paragraph field
    while (rest.length >= 3 && /^\d+$/.test(rest[1]!) && /\d$/.test(rest[0]!)) {
      const head = rest[0]!;
      const digits = /\d+$/.exec(head)![0];
      let cut = -1;
      for (let k = digits.length; k >= 1 && cut < 0; k--) if (ids.has(digits.slice(digits.length - k))) cut = k;
      if (cut < 0) cut = digits.length;
      out.push({ id, paragraph, text: head.slice(0, head.length - cut) });
      onRepair?.(`${path}:${r.line}`);
      id = digits.slice(digits.length - cut);
      paragraph = Number(rest[1]);
      rest = rest.slice(2);
    }
    out.push({ id, paragraph, text: rest.join('\t') });
  }
  return out;
}

export interface SpanReadResult {
  spans: LabeledSpan[];
  /** Spans that ended past the article and were clipped (known corpus noise). */
  clipped: number;
  /** Spans dropped entirely (start past the end, or empty after clipping). */
  skipped: number;
}

/**
 * Span file lines; when `articleLength` (code points) is given, spans ending
 * past it are clipped and spans starting past it skipped, and both are counted.
 */
export function parseSpans(text: string, path = 'spans', articleLength?: number): SpanReadResult {
  const spans: LabeledSpan[] = [];
  let clipped = 0;
  let skipped = 0;
  text.split(/\r?\n/).forEach((l, i) => {
    if (l.trim() === '') return;
    const [id, t, s, e] = l.split('\t').map((x) => x.trim());
    let start = Number(s);
    let end = Number(e);
    if (!id || !t || !Number.isInteger(start) || !Number.isInteger(end)) fail(path, i + 1, 'expected "<id>\\t<technique>\\t<start>\\t<end>"');
    if (!isTechniqueId(t)) fail(path, i + 1, `unknown technique "${t}"`);
    if (articleLength !== undefined) {
      if (end > articleLength) {
        end = articleLength;
        clipped++;
      }
      if (start < 0) start = 0;
    }
    if (start >= end) {
      skipped++;
      return;
    }
    spans.push({ id, technique: t, start, end });
  });
  return { spans, clipped, skipped };
}

export function formatGenreLabels(rows: Iterable<[string, GenreId]>): string {
  return [...rows].map(([id, g]) => `${id}\t${g}\n`).join('');
}

export function formatFrameLabels(rows: Iterable<[string, readonly FrameId[]]>): string {
  return [...rows].map(([id, fs]) => `${id}\t${fs.join(',')}\n`).join('');
}

export function formatParagraphLabels(rows: Iterable<ParagraphLabels>): string {
  return [...rows].map((r) => `${r.id}\t${r.paragraph}\t${r.techniques.join(',')}\n`).join('');
}

export function formatSpans(rows: Iterable<LabeledSpan>): string {
  return [...rows].map((r) => `${r.id}\t${r.technique}\t${r.start}\t${r.end}\n`).join('');
}

/** Everything the training split holds for one language. */
export interface LanguageSplit {
  /** Task folder code: en fr ge it po ru. */
  code: string;
  /** Articles of the subtask-3 folder (the one whose paragraphs and spans are labelled). */
  articles: Map<string, string>;
  /** Articles of the subtask-1/2 folders (mostly the same ids). */
  genreArticles: Map<string, string>;
  frameArticles: Map<string, string>;
  genres: Map<string, GenreId>;
  frames: Map<string, FrameId[]>;
  paragraphs: ParagraphLabels[];
  template: TemplateLine[];
  spans: LabeledSpan[];
  spanNoise: { clipped: number; skipped: number };
  /** Unknown technique labels met in the label files: read as a close technique, or dropped. */
  labelNoise: Array<{ label: string; where: string; repairedTo?: string }>;
  /** Template lines that held two paragraphs glued together and were split (see parseTemplate). */
  templateRepairs: number;
}

const cache = new Map<string, LanguageSplit>();

/** Reads one language of the training split (cached per process). */
export function readLanguageSplit(corpus: string, code: string): LanguageSplit {
  const key = `${corpus}|${code}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const dir = join(corpus, code);
  if (!existsSync(dir)) throw new InputError(`${dir}: no such language folder in the corpus`, dir);
  const toMap = (sub: string) => new Map(readArticles(join(dir, sub)).map((a) => [a.id, a.text]));
  const articles = toMap('train-articles-subtask-3');
  const spans: LabeledSpan[] = [];
  const spanNoise = { clipped: 0, skipped: 0 };
  const spanDir = join(dir, 'train-labels-subtask-3-spans');
  if (existsSync(spanDir)) {
    for (const f of readdirSync(spanDir).sort()) {
      const id = articleIdFromFile(f);
      if (!id) continue;
      const text = articles.get(id);
      const r = parseSpans(readText(join(spanDir, f)), f, text === undefined ? undefined : codePointLength(text));
      spans.push(...r.spans);
      spanNoise.clipped += r.clipped;
      spanNoise.skipped += r.skipped;
    }
  }
  const labelNoise: LanguageSplit['labelNoise'] = [];
  let templateRepairs = 0;
  const split: LanguageSplit = {
    code,
    articles,
    genreArticles: toMap('train-articles-subtask-1'),
    frameArticles: toMap('train-articles-subtask-2'),
    genres: parseGenreLabels(readText(join(dir, 'train-labels-subtask-1.txt')), 'train-labels-subtask-1.txt'),
    frames: parseFrameLabels(readText(join(dir, 'train-labels-subtask-2.txt')), 'train-labels-subtask-2.txt'),
    paragraphs: parseParagraphLabels(readText(join(dir, 'train-labels-subtask-3.txt')), `${code}/train-labels-subtask-3.txt`, (label, where, repairedTo) =>
      labelNoise.push({ label, where, ...(repairedTo ? { repairedTo } : {}) }),
    ),
    template: parseTemplate(readText(join(dir, 'train-labels-subtask-3.template')), 'train-labels-subtask-3.template', () => templateRepairs++),
    spans,
    spanNoise,
    labelNoise,
    templateRepairs,
  };
  cache.set(key, split);
  return split;
}
