import type { Analysis, TechniqueSpan } from '../pipeline/analysis.js';
import { CATEGORIES } from '../taxonomy/ids.js';
import type { CategoryId } from '../taxonomy/ids.js';
import { paint, wrapPieces } from './ansi.js';
import type { Piece, Style } from './ansi.js';
import {
  categoryName, describeSourcing, describeTone, frameName, genreName, minScoreNote, orderedSpans, percent, supportNote, techniqueName,
} from './describe.js';
import { codePointSlicer, segmentRange } from './segments.js';

export interface TextOptions {
  /** ANSI colours (off for NO_COLOR, pipes and files). */
  color: boolean;
  /** Line width in columns. */
  width: number;
}

/** One terminal colour per category; the legend repeats it so colour is never the only cue. */
export const CATEGORY_ANSI: Record<CategoryId, number> = {
  attack_on_reputation: 31,
  justification: 34,
  simplification: 33,
  distraction: 35,
  call: 32,
  manipulative_wording: 36,
};

/**
 * The terminal view: the article with every technique span coloured by
 * category and numbered, each paragraph followed by its numbered spans, then
 * a legend, genre, frames, claims, entities and the summary.
 */
export function renderText(a: Analysis, options: TextOptions): string {
  const { color } = options;
  const width = Math.max(30, options.width);
  const out: string[] = [];
  const h = (s: string) => paint(s, { bold: true }, color);
  const dim = (s: string) => paint(s, { dim: true }, color);

  if (a.title) out.push(h(a.title));
  const where = a.source?.url ?? a.source?.file ?? a.id;
  out.push(dim([where, `language ${a.language}`, `${a.summary.words} words`].filter(Boolean).join(' · ')));
  const note = supportNote(a);
  for (const w of [...(note ? [note] : []), ...a.warnings]) out.push(paint(`warning: ${w}`, { fg: 33 }, color));
  const threshold = minScoreNote(a);
  if (threshold) out.push(dim(`note: ${threshold}`));
  out.push('');

  const spans = orderedSpans(a);
  const number = new Map<TechniqueSpan, number>(spans.map((s, i) => [s, i + 1]));
  const text = codePointSlicer(a.text);
  for (const p of a.paragraphs) {
    const inPara = spans.filter((s) => s.start < p.end && s.end > p.start);
    out.push(wrapPieces([{ text: `¶${p.id} `, style: { dim: true } }, ...paragraphPieces(inPara, number, text, p.start, p.end, color)], width, color, '    '));
    for (const s of inPara) {
      const tag = paint(`(${number.get(s)})`, { fg: CATEGORY_ANSI[s.category], bold: true }, color);
      const head: Piece[] = [
        { text: `    ${tag} ` },
        { text: techniqueName(s.technique), style: { fg: CATEGORY_ANSI[s.category] } },
        { text: ` ${percent(s.score)}`, style: { dim: true } },
        { text: ` “${excerpt(s.text, 80)}”` },
      ];
      if (s.cues.length > 0) head.push({ text: ` cues: ${s.cues.slice(0, 5).join(', ')}`, style: { dim: true } });
      out.push(wrapPieces(head, width, color, '        '));
    }
    out.push('');
  }

  out.push(h('Legend'));
  out.push(wrapPieces(CATEGORIES.flatMap((c) => [
    { text: '■', style: { fg: CATEGORY_ANSI[c] } }, { text: ` ${categoryName(c)}${color ? '' : ` (${c})`}   ` },
  ]), width, color));
  if (!color) out.push('[marked text](n): span number n, listed under its paragraph');
  out.push('');

  out.push(`${h('Genre')}  ${a.genre ? `${genreName(a.genre.label)} ${percent(a.genre.scores[a.genre.label])}` : dim('not determined')}`);
  if (a.genre && a.genre.cues.length > 0) out.push(wrapPieces([{ text: `  because: ${a.genre.cues.join('; ')}`, style: { dim: true } }], width, color, '    '));
  out.push(h('Frames'));
  if (a.frames.length === 0) out.push(dim('  none detected'));
  for (const f of a.frames) out.push(`  ${frameName(f.frame)} ${percent(f.score)}${f.paragraphs.length ? dim(`  ¶${f.paragraphs.join(', ¶')}`) : ''}`);
  out.push(h('Claims'));
  if (a.claims.length === 0) out.push(dim('  none detected'));
  for (const c of a.claims) {
    const pieces: Piece[] = [
      { text: `  • “${excerpt(c.text, 160)}”` },
      { text: ` worth checking ${percent(c.checkworthiness)} · ${describeSourcing(c)}`, style: { dim: true } },
    ];
    if (c.vagueness.length > 0) pieces.push({ text: ` · vague: ${c.vagueness.map((v) => `${v.kind} “${v.text}”`).join(', ')}`, style: { fg: 33 } });
    out.push(wrapPieces(pieces, width, color, '    '));
  }
  out.push(h('Entities'));
  if (a.entities.length === 0) out.push(dim('  none detected'));
  for (const e of a.entities) {
    const labels = e.labels.map((l) => `“${l.text}”`).join(', ');
    out.push(wrapPieces([
      { text: `  • ${e.name}`, style: { bold: true } },
      { text: ` ${e.type}, ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}, tone ${describeTone(e)}` },
      ...(labels ? [{ text: ` · ${labels}`, style: { dim: true } as Style }] : []),
    ], width, color, '    '));
  }
  out.push('');
  out.push(wrapPieces(summaryPieces(a), width, color));
  return `${out.join('\n')}\n`;
}

function paragraphPieces(
  spans: TechniqueSpan[], number: Map<TechniqueSpan, number>, text: ReturnType<typeof codePointSlicer>, from: number, to: number, color: boolean,
): Piece[] {
  const pieces: Piece[] = [];
  for (const seg of segmentRange(spans, from, to)) {
    const covering = seg.spans.map((i) => spans[i]!);
    if (!color) for (const s of covering) if (s.start === seg.start || (s.start < from && seg.start === from)) pieces.push({ text: '[' });
    // the innermost (shortest) span decides the colour: it is the most specific claim about these words
    const inner = covering.reduce<TechniqueSpan | undefined>((best, s) => (!best || s.end - s.start < best.end - best.start ? s : best), undefined);
    pieces.push({ text: text.slice(seg.start, seg.end), style: inner ? { fg: CATEGORY_ANSI[inner.category], underline: true } : undefined });
    for (const s of covering) {
      if (s.end === seg.end || (s.end > to && seg.end === to)) {
        pieces.push({ text: color ? `(${number.get(s)})` : `](${number.get(s)})`, style: { fg: CATEGORY_ANSI[s.category], bold: true } });
      }
    }
  }
  return pieces;
}

function summaryPieces(a: Analysis): Piece[] {
  const s = a.summary;
  const top = s.topTechniques.slice(0, 3).map((t) => `${techniqueName(t.technique)} ×${t.count}`).join(', ');
  const loaded = s.mostLoadedParagraph ? `; most loaded: ¶${s.mostLoadedParagraph.id} (${s.mostLoadedParagraph.techniques})` : '';
  return [
    { text: 'Summary', style: { bold: true } },
    { text: `  ${s.techniqueCount} technique span${s.techniqueCount === 1 ? '' : 's'} in ${s.words} words (${s.techniquesPer100Words.toFixed(1)} per 100 words), intensity ${Math.round(s.intensity)}/100${top ? `; top: ${top}` : ''}${loaded}` },
  ];
}

export function excerpt(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  const points = Array.from(flat);
  return points.length <= max ? flat : `${points.slice(0, max - 1).join('')}…`;
}
