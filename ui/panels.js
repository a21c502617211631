// The side panels and the claims list. Every string from the analysis goes
// in through h() as a text node.
import { bar, h, percent, svg } from './dom.js';
import { CATEGORIES, categoryClass } from './taxonomy.js';

export function renderLegend(container, taxonomy) {
  container.replaceChildren(...CATEGORIES.map((c) => h('span', { class: `legend-item ${categoryClass(c)}` }, taxonomy.categoryName(c))));
}

export function renderSummary(figures, chart, analysis, taxonomy) {
  const s = analysis.summary;
  const rows = [
    ['Words', String(s.words)],
    ['Technique spans', String(s.techniqueCount)],
    ['Per 100 words', s.techniquesPer100Words.toFixed(1)],
    ['Intensity', `${Math.round(s.intensity)} / 100`],
  ];
  if (s.mostLoadedParagraph) rows.push(['Most loaded paragraph', `¶ ${s.mostLoadedParagraph.id} (${s.mostLoadedParagraph.techniques})`]);
  figures.replaceChildren(...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));

  // spans per category, as an SVG bar chart
  const counts = CATEGORIES.map((c) => [c, analysis.techniques.filter((t) => t.category === c).length]);
  const max = Math.max(1, ...counts.map(([, n]) => n));
  const rowHeight = 22;
  const labelWidth = 150;
  const width = 300;
  const chartSvg = svg('svg', { viewBox: `0 0 ${width} ${counts.length * rowHeight}`, role: 'img', 'aria-label': 'Technique spans per category', class: 'category-chart' },
    counts.map(([c, n], i) => svg('g', { transform: `translate(0 ${i * rowHeight})` },
      svg('text', { x: 0, y: 15, class: 'chart-label' }, taxonomy.categoryName(c)),
      svg('rect', { x: labelWidth, y: 4, height: 14, width: Math.max(n > 0 ? 2 : 0, ((width - labelWidth - 30) * n) / max), class: `chart-bar ${categoryClass(c)}` }),
      svg('text', { x: labelWidth + ((width - labelWidth - 30) * n) / max + 4, y: 15, class: 'chart-value' }, String(n)))));
  chart.replaceChildren(chartSvg);
}

/**
 * Checkboxes per category and per technique found; `onChange(hidden)` gets
 * the set of hidden technique ids.
 */
export function renderFilters(container, analysis, taxonomy, hidden, onChange) {
  const found = new Map();
  for (const s of analysis.techniques) found.set(s.technique, (found.get(s.technique) ?? 0) + 1);
  for (const p of analysis.paragraphs) for (const t of p.techniques) if (!found.has(t.technique)) found.set(t.technique, 0);
  const categoryOf = (t) => analysis.techniques.find((s) => s.technique === t)?.category ?? taxonomy.techniques.get(t)?.category;
  if (found.size === 0) {
    container.replaceChildren(h('p', { class: 'empty' }, 'No technique found.'));
    return;
  }
  const groups = CATEGORIES.map((c) => [c, [...found.keys()].filter((t) => categoryOf(t) === c)]).filter(([, ts]) => ts.length > 0);
  container.replaceChildren(...groups.map(([c, techniques]) => {
    const all = h('input', { type: 'checkbox', dataset: { category: c } });
    all.checked = techniques.some((t) => !hidden.has(t));
    const boxes = [];
    const items = techniques.map((t) => {
      const box = h('input', { type: 'checkbox', dataset: { technique: t } });
      boxes.push(box);
      box.checked = !hidden.has(t);
      box.addEventListener('change', () => {
        if (box.checked) hidden.delete(t);
        else hidden.add(t);
        all.checked = techniques.some((x) => !hidden.has(x));
        onChange(hidden);
      });
      const count = found.get(t);
      return h('li', {}, h('label', {}, box, ` ${taxonomy.techniqueName(t)}`, count > 0 ? h('span', { class: 'count' }, ` ${count}`) : null));
    });
    all.addEventListener('change', () => {
      for (const t of techniques) {
        if (all.checked) hidden.delete(t);
        else hidden.add(t);
      }
      for (const box of boxes) box.checked = all.checked;
      onChange(hidden);
    });
    return h('fieldset', { class: `filter-group ${categoryClass(c)}` },
      h('legend', {}, h('label', {}, all, ` ${taxonomy.categoryName(c)}`)),
      h('ul', {}, items));
  }));
}

export function renderGenre(container, analysis, taxonomy) {
  if (!analysis.genre) {
    container.replaceChildren(h('p', { class: 'empty' }, 'Not determined.'));
    return;
  }
  const scores = Object.entries(analysis.genre.scores).sort((a, b) => b[1] - a[1]);
  container.replaceChildren(
    h('p', { class: 'genre-label' }, taxonomy.genreName(analysis.genre.label)),
    h('ol', { class: 'bars' }, scores.map(([g, score]) => h('li', {}, h('span', { class: 'bar-label' }, taxonomy.genreName(g)), bar(score), h('span', { class: 'bar-value' }, percent(score))))),
  );
}

export function renderFrames(container, analysis, taxonomy) {
  if (analysis.frames.length === 0) {
    container.replaceChildren(h('li', { class: 'empty' }, 'No frame found.'));
    return;
  }
  container.replaceChildren(...analysis.frames.map((f) => h('li', {},
    h('span', { class: 'bar-label' }, taxonomy.frameName(f.frame)), bar(f.score), h('span', { class: 'bar-value' }, percent(f.score)),
    f.paragraphs.length > 0 ? h('span', { class: 'frame-paragraphs' }, ...f.paragraphs.map((id) => h('a', { href: `#paragraph-${id}` }, `¶${id}`))) : null)));
}

/** Paragraph id holding a code-point offset (for links from claims and entities into the article). */
function paragraphAt(analysis, offset) {
  return analysis.paragraphs.find((p) => p.start <= offset && offset < p.end)?.id;
}

function paragraphLink(id) {
  return h('a', { href: `#paragraph-${id}`, class: 'locate', title: `paragraph ${id}` }, `¶${id}`);
}

const SOURCING = {
  named: 'named source',
  document: 'document',
  anonymous: 'anonymous source',
  'vague-authority': 'vague authority',
  unsourced: 'no source given',
};

export function renderClaims(container, analysis) {
  if (analysis.claims.length === 0) {
    container.replaceChildren(h('li', { class: 'empty' }, 'No claim found.'));
    return;
  }
  const claims = [...analysis.claims].sort((a, b) => b.checkworthiness - a.checkworthiness);
  const items = claims.map((c) => h('li', { class: `claim sourcing-${String(c.sourcing.kind).replace(/[^a-z-]/g, '')}` },
    h('q', {}, c.text),
    h('div', { class: 'claim-meta' },
      paragraphAt(analysis, c.start) !== undefined ? [paragraphLink(paragraphAt(analysis, c.start)), ' '] : null,
      h('span', { class: 'badge' }, SOURCING[c.sourcing.kind] ?? String(c.sourcing.kind)),
      c.sourcing.source ? h('span', { class: 'claim-source' }, ` — ${c.sourcing.source.text}`) : null,
      h('span', { class: 'claim-worth' }, ` · check-worthiness ${percent(c.checkworthiness)}`)),
    c.vagueness.length > 0 ? h('div', { class: 'claim-vague' }, 'vague: ', c.vagueness.map((v) => h('span', { class: 'chip' }, `${v.text} (${v.kind})`))) : null));
  // the most check-worthy first; the rest behind a button, so long articles stay readable
  const shown = 8;
  if (items.length <= shown + 2) {
    container.replaceChildren(...items);
    return;
  }
  for (const item of items.slice(shown)) item.hidden = true;
  const more = h('button', { type: 'button', class: 'secondary more' }, `Show all ${items.length} claims`);
  more.addEventListener('click', () => {
    for (const item of items) item.hidden = false;
    more.remove();
  });
  container.replaceChildren(...items, h('li', { class: 'more-row' }, more));
}

export function renderEntities(container, analysis) {
  if (analysis.entities.length === 0) {
    container.replaceChildren(h('li', { class: 'empty' }, 'No entity found.'));
    return;
  }
  container.replaceChildren(...analysis.entities.map((e) => h('li', { class: `entity tone-${String(e.tone).replace(/[^a-z]/g, '')}` },
    h('strong', {}, e.name), h('span', { class: 'entity-meta' }, ` ${e.type} · ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'} · ${e.tone} `),
    [...new Set(e.mentions.map((m) => paragraphAt(analysis, m.start)).filter((id) => id !== undefined))].slice(0, 6).map((id) => [paragraphLink(id), ' ']),
    e.labels.length > 0 ? h('div', { class: 'entity-labels' }, e.labels.map((l) => h('span', { class: `chip ${l.polarity ? `polarity-${l.polarity === 'negative' ? 'negative' : 'positive'}` : ''}` }, l.text))) : null)));
}

export function renderWarnings(container, analysis) {
  const notes = [...analysis.warnings];
  if (!analysis.supported) notes.unshift(`No trained model for language "${analysis.language}": only language-independent parts ran.`);
  if (analysis.minScore !== undefined) notes.push(`Techniques are shown from score ${analysis.minScore} on, instead of at the model's own thresholds.`);
  container.replaceChildren(...notes.map((w) => h('p', { class: 'warning' }, w)));
}
