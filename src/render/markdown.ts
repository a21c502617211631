import type { Analysis, TechniqueSpan } from '../pipeline/analysis.js';
import {
  categoryName, describeSourcing, describeTone, frameName, genreName, minScoreNote, orderedSpans, paragraphAt, percent, supportNote, techniqueName,
} from './describe.js';
import { codePointSlicer, segmentRange } from './segments.js';

/** Escapes Markdown (and inline HTML) so that article text never becomes markup. */
export function mdEscape(s: string): string {
  // only what can start markup mid-line; lines here always start with our own text ("> ¶3", "| ")
  return s.replace(/[\\`*_[\]<>#|~&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

function cell(s: string): string {
  return mdEscape(s.replace(/\s+/g, ' ').trim());
}

/**
 * A Markdown report for a fact-check: the verdict-free facts (what was found,
 * where, how sure), the quoted article with numbered spans, claims to check
 * and how they are sourced. Article text is always escaped.
 */
export function renderMarkdown(a: Analysis): string {
  const out: string[] = [];
  out.push(`# ${a.title ? mdEscape(a.title) : 'Persuasion analysis'}`, '');
  const where = a.source?.url ?? a.source?.file ?? a.id;
  const meta = [where ? `Source: ${mdEscape(where)}` : undefined, `language: ${a.language}`, `${a.summary.words} words`, a.source?.published ? `published ${mdEscape(a.source.published)}` : undefined];
  out.push(meta.filter(Boolean).join(' · '), '');
  for (const w of [supportNote(a), ...a.warnings].filter((x): x is string => Boolean(x))) out.push(`> **Warning:** ${mdEscape(w)}`, '');
  const threshold = minScoreNote(a);
  if (threshold) out.push(`> **Note:** ${mdEscape(threshold)}`, '');

  const s = a.summary;
  out.push('## Summary', '');
  out.push(`- **${s.techniqueCount}** technique span${s.techniqueCount === 1 ? '' : 's'} (${s.techniquesPer100Words.toFixed(1)} per 100 words), persuasion intensity **${Math.round(s.intensity)}/100**`);
  if (a.genre) out.push(`- Genre: **${genreName(a.genre.label)}** (${percent(a.genre.scores[a.genre.label])})${a.genre.cues.length > 0 ? `, because of ${a.genre.cues.join('; ')}` : ''}`);
  if (a.frames.length > 0) out.push(`- Frames: ${a.frames.map((f) => `${frameName(f.frame)} (${percent(f.score)})`).join(', ')}`);
  if (s.topCategories.length > 0) out.push(`- Categories: ${s.topCategories.map((c) => `${categoryName(c.category)} ×${c.count}`).join(', ')}`);
  if (s.mostLoadedParagraph) out.push(`- Most loaded paragraph: ¶${s.mostLoadedParagraph.id} (${s.mostLoadedParagraph.techniques} technique${s.mostLoadedParagraph.techniques === 1 ? '' : 's'})`);
  out.push('');

  const spans = orderedSpans(a);
  if (spans.length > 0) {
    out.push('## Techniques', '', '| # | Technique | Category | Score | ¶ | Text | Cues |', '|---|---|---|---|---|---|---|');
    spans.forEach((t, i) => {
      out.push(`| ${i + 1} | ${cell(techniqueName(t.technique))} | ${cell(categoryName(t.category))} | ${percent(t.score)} | ${paragraphAt(a, t.start) ?? ''} | “${cell(t.text)}” | ${cell(t.cues.slice(0, 5).join(', '))} |`);
    });
    out.push('');
  }

  out.push('## Article', '');
  const slicer = codePointSlicer(a.text);
  for (const p of a.paragraphs) out.push(`> ¶${p.id} ${quotedParagraph(spans, slicer, p.start, p.end)}`, '>');
  if (a.paragraphs.length > 0) out.pop();
  out.push('');

  if (a.claims.length > 0) {
    out.push('## Claims to check', '');
    for (const c of [...a.claims].sort((x, y) => y.checkworthiness - x.checkworthiness)) {
      const vague = c.vagueness.length ? `; vague: ${c.vagueness.map((v) => `${v.kind} “${cell(v.text)}”`).join(', ')}` : '';
      out.push(`- “${cell(c.text)}” (¶${paragraphAt(a, c.start) ?? '?'}; worth checking ${percent(c.checkworthiness)}; ${cell(describeSourcing(c))}${vague})`);
    }
    out.push('');
  }
  if (a.entities.length > 0) {
    out.push('## Who is framed how', '', '| Entity | Type | Mentions | Tone | Labels |', '|---|---|---|---|---|');
    for (const e of a.entities) out.push(`| ${cell(e.name)} | ${e.type} | ${e.mentions.length} | ${describeTone(e)} | ${cell(e.labels.map((l) => l.text).join(', '))} |`);
    out.push('');
  }
  const models = Object.entries(a.models).map(([k, v]) => `${k} ${v}`).join(', ');
  out.push(`<sub>spinscope ${a.schema}${models ? `; models: ${mdEscape(models)}` : ''}. Scores are model probabilities, not verdicts.</sub>`, '');
  return out.join('\n');
}

function quotedParagraph(spans: TechniqueSpan[], slicer: ReturnType<typeof codePointSlicer>, from: number, to: number): string {
  const inPara = spans.filter((s) => s.start < to && s.end > from);
  let out = '';
  let bold = false;
  // one bold run per stretch of covered text: adjacent `**a****b**` would not parse as bold
  for (const seg of segmentRange(inPara, from, to)) {
    const covered = seg.spans.length > 0;
    if (covered !== bold) {
      out += '**';
      bold = covered;
    }
    out += mdEscape(slicer.slice(seg.start, seg.end));
    const ends = seg.spans.map((i) => inPara[i]!).filter((s) => s.end === seg.end || (s.end > to && seg.end === to));
    out += ends.map((s) => `<sup>${spans.indexOf(s) + 1}</sup>`).join('');
  }
  return bold ? `${out}**` : out;
}
