import { createHash } from 'node:crypto';
import type { Analysis, TechniqueSpan } from '../pipeline/analysis.js';
import { CATEGORIES } from '../taxonomy/ids.js';
import type { TechniqueId } from '../taxonomy/ids.js';
import {
  categoryDescription, categoryName, describeSourcing, describeTone, frameName, genreName, orderedSpans, paragraphAt, percent,
  minScoreNote, supportNote, techniqueDefinition, techniqueName,
} from './describe.js';
import { REPORT_CSS, REPORT_JS } from './html-assets.js';
import { codePointSlicer, segmentRange } from './segments.js';
import { categoryChart, escapeHtml as esc, paragraphChart } from './svg.js';

/**
 * The HTML report: one self-contained file (inline CSS, script and SVG; a
 * Content-Security-Policy forbids every other request and every script but
 * ours). Every piece of article text goes through esc(); the span data the
 * script reads holds ids and numbers only.
 */
export function renderHtml(a: Analysis): string {
  const spans = orderedSpans(a);
  const slicer = codePointSlicer(a.text);
  const scriptHash = createHash('sha256').update(REPORT_JS).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const title = a.title ?? a.id ?? 'Persuasion analysis';
  const where = a.source?.url ?? a.source?.file ?? a.id;
  const data = spans.map((s) => ({ t: s.technique, c: s.category, n: s.end - s.start }));
  // JSON inside <script>: escape "<" so no text can close the element (ids only, but defence in depth)
  const dataJson = JSON.stringify(data).replace(/</g, '\\u003c');

  const threshold = minScoreNote(a);
  const warnings = [supportNote(a), ...a.warnings].filter((w): w is string => Boolean(w)).map((w) => `<p class="warning">${esc(w)}</p>`).join('') + (threshold ? `<p class="note">${esc(threshold)}</p>` : '');
  const s = a.summary;
  const cards = [
    ['Technique spans', String(s.techniqueCount)],
    ['Per 100 words', s.techniquesPer100Words.toFixed(1)],
    ['Intensity', `${Math.round(s.intensity)}/100`],
    ['Genre', a.genre ? `${genreName(a.genre.label)} ${percent(a.genre.scores[a.genre.label])}` : '—'],
    ['Most loaded', s.mostLoadedParagraph ? `¶${s.mostLoadedParagraph.id}` : '—'],
  ].map(([k, v]) => `<div class="card">${esc(k!)}<b>${esc(v!)}</b></div>`).join('');

  const article = a.paragraphs.map((p) => `<p id="p${p.id}"><span class="pid">¶${p.id}</span>${paragraphHtml(spans, slicer, p.start, p.end)}</p>`).join('\n');

  return `<!doctype html>
<html lang="${esc(a.language === 'und' ? 'en' : a.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="spinscope ${esc(a.schema)}">
<title>${esc(title)} — spinscope</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p class="meta">${[where, `language ${a.language}`, `${s.words} words`, a.source?.published].filter(Boolean).map((x) => esc(x!)).join(' · ')}</p>
${warnings}
<div class="cards">${cards}</div>
</header>
<main>
<div class="layout">
<article id="article" lang="${esc(a.language)}">
${article}
</article>
<aside>
<section id="filters"><h2>Show</h2>${filtersHtml(spans)}</section>
<section><h2>Techniques found</h2>${spanListHtml(a, spans)}</section>
</aside>
</div>
<section id="charts"><h2>Techniques per category</h2>${categoryChart(a)}<h2>Techniques per paragraph</h2>${paragraphChart(a)}</section>
<section id="frames"><h2>Genre and frames</h2>${genreFramesHtml(a)}</section>
<section id="claims"><h2>Claims and their sourcing</h2>${claimsHtml(a)}</section>
<section id="entities"><h2>Entities and how they are framed</h2>${entitiesHtml(a)}</section>
<section id="legend"><h2>Categories</h2><dl>${CATEGORIES.map((c) => `<dt><span class="sw sw-${c}"></span>${esc(categoryName(c))}</dt><dd class="def">${esc(categoryDescription(c))}</dd>`).join('')}</dl></section>
</main>
<footer>spinscope · ${esc(a.schema)} · ${esc(Object.entries(a.models).map(([k, v]) => `${k} ${v}`).join(', '))} · Scores are model probabilities, not verdicts.</footer>
<script type="application/json" id="spinscope-data">${dataJson}</script>
<script>${REPORT_JS}</script>
</body>
</html>
`;
}

function spanTitle(s: TechniqueSpan): string {
  return `${techniqueName(s.technique)} (${categoryName(s.category)}) ${percent(s.score)}: ${techniqueDefinition(s.technique)}`;
}

function paragraphHtml(spans: TechniqueSpan[], slicer: ReturnType<typeof codePointSlicer>, from: number, to: number): string {
  const index = new Map(spans.map((s, i) => [s, i]));
  const inPara = spans.filter((s) => s.start < to && s.end > from);
  return segmentRange(inPara, from, to).map((seg) => {
    const text = esc(slicer.slice(seg.start, seg.end));
    const covering = seg.spans.map((i) => inPara[i]!);
    const ends = covering.filter((s) => s.end === seg.end || (s.end > to && seg.end === to))
      .map((s) => `<sup class="mark" data-span="${index.get(s)}">${index.get(s)! + 1}</sup>`).join('');
    if (covering.length === 0) return text;
    const inner = covering.reduce((b, s) => (s.end - s.start < b.end - b.start ? s : b));
    const ids = covering.map((s) => index.get(s)).join(' ');
    return `<span class="seg hl cat-${inner.category}" data-spans="${ids}" title="${esc(covering.map(spanTitle).join('\n'))}">${text}</span>${ends}`;
  }).join('');
}

function filtersHtml(spans: TechniqueSpan[]): string {
  const present = new Set(spans.map((s) => s.technique));
  const cats = CATEGORIES.map((c) => `<label><input type="checkbox" data-filter="category" value="${c}" checked><span class="sw sw-${c}"></span>${esc(categoryName(c))} (${spans.filter((s) => s.category === c).length})</label>`).join('');
  const techs = [...present].sort().map((t: TechniqueId) => `<label title="${esc(techniqueDefinition(t))}"><input type="checkbox" data-filter="technique" value="${t}" checked>${esc(techniqueName(t))} (${spans.filter((s) => s.technique === t).length})</label>`).join('');
  return `<fieldset><legend>Categories</legend>${cats}</fieldset><fieldset><legend>Techniques</legend>${techs || '<p class="def">none found</p>'}</fieldset>`;
}

function spanListHtml(a: Analysis, spans: TechniqueSpan[]): string {
  if (spans.length === 0) return '<p class="def">No technique spans.</p>';
  return `<ol class="spans">${spans.map((s, i) => `<li data-span="${i}" value="${i + 1}"><span class="sw sw-${s.category}"></span><b title="${esc(techniqueDefinition(s.technique))}">${esc(techniqueName(s.technique))}</b> ${percent(s.score)} <a href="#p${paragraphAt(a, s.start) ?? ''}">¶${paragraphAt(a, s.start) ?? '?'}</a><br>“${esc(s.text)}”${s.cues.length ? `<br><span class="def">cues: ${esc(s.cues.slice(0, 5).join(', '))}</span>` : ''}</li>`).join('')}</ol>`;
}

function genreFramesHtml(a: Analysis): string {
  const genre = a.genre
    ? `<p>Genre: <b>${esc(genreName(a.genre.label))}</b> (${Object.entries(a.genre.scores).map(([g, v]) => `${esc(g)} ${percent(v)}`).join(', ')})</p>` +
      (a.genre.cues.length > 0 ? `<p class="def">Because of: ${a.genre.cues.map(esc).join('; ')}</p>` : '')
    : '<p class="def">Genre not determined.</p>';
  const frames = a.frames.length
    ? `<table><tr><th>Frame</th><th>Score</th><th>Paragraphs</th></tr>${a.frames.map((f) => `<tr><td>${esc(frameName(f.frame))}</td><td>${percent(f.score)}</td><td>${f.paragraphs.map((p) => `<a href="#p${p}">¶${p}</a>`).join(' ')}</td></tr>`).join('')}</table>`
    : '<p class="def">No frames detected.</p>';
  return genre + frames;
}

function claimsHtml(a: Analysis): string {
  if (a.claims.length === 0) return '<p class="def">No claims detected.</p>';
  const rows = [...a.claims].sort((x, y) => y.checkworthiness - x.checkworthiness).map((c) => {
    const vague = c.vagueness.map((v) => `${esc(v.kind)}: “${esc(v.text)}”`).join('<br>');
    return `<tr><td>“${esc(c.text)}”</td><td>${percent(c.checkworthiness)}</td><td>${esc(describeSourcing(c))}</td><td>${vague}</td></tr>`;
  });
  return `<table><tr><th>Claim</th><th>Worth checking</th><th>Sourcing</th><th>Vagueness</th></tr>${rows.join('')}</table>`;
}

function entitiesHtml(a: Analysis): string {
  if (a.entities.length === 0) return '<p class="def">No entities detected.</p>';
  const rows = a.entities.map((e) => {
    const labels = e.labels.map((l) => `<span class="${l.polarity === 'negative' ? 'neg' : l.polarity === 'positive' ? 'pos' : ''}">${esc(l.text)}</span>`).join(', ');
    return `<tr><td><b>${esc(e.name)}</b></td><td>${esc(e.type)}</td><td>${e.mentions.length}</td><td>${esc(describeTone(e))}</td><td>${labels}</td></tr>`;
  });
  return `<table><tr><th>Entity</th><th>Type</th><th>Mentions</th><th>Tone</th><th>Labels</th></tr>${rows.join('')}</table>`;
}
