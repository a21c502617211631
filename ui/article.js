// The article with its technique spans highlighted. Overlapping spans are
// drawn by cutting the text into segments at every span boundary (the same
// module the HTML report uses), so no highlight nests wrongly.
import { codePointSlicer, segmentRange } from './segments.js';
import { h, percent } from './dom.js';
import { categoryClass } from './taxonomy.js';

/** The spans that pass the filter, strongest first among equals, in text order. */
export function visibleSpans(analysis, hidden) {
  return analysis.techniques
    .filter((s) => !hidden.has(s.technique))
    .sort((a, b) => a.start - b.start || b.score - a.score);
}

/**
 * Renders `analysis` into `container`: one <p> per paragraph, one <mark> per
 * segment covered by at least one visible span, the paragraph's techniques
 * as chips below it. Returns the spans drawn (marks refer to them by index).
 */
export function renderArticle(container, analysis, hidden, taxonomy) {
  const spans = visibleSpans(analysis, hidden);
  const slicer = codePointSlicer(analysis.text);
  const fromSpans = new Map(analysis.techniques.map((s) => [s.technique, s.category]));
  const categoryOf = (technique) => fromSpans.get(technique) ?? taxonomy.techniques.get(technique)?.category;
  const paragraphs = analysis.paragraphs.map((p) => {
    const el = h('p', { class: 'paragraph', id: `paragraph-${p.id}`, dataset: { paragraph: String(p.id) } });
    el.append(h('span', { class: 'paragraph-number', 'aria-hidden': 'true' }, String(p.id)));
    for (const segment of segmentRange(spans, p.start, p.end)) {
      const text = slicer.slice(segment.start, segment.end);
      if (segment.spans.length === 0) {
        el.append(document.createTextNode(text));
        continue;
      }
      const covering = segment.spans.map((i) => spans[i]);
      const strongest = covering.reduce((a, b) => (b.score > a.score ? b : a));
      const mark = h('mark', {
        class: `${categoryClass(strongest.category)}${covering.length > 1 ? ' overlap' : ''}`,
        tabindex: '0',
        dataset: { spans: segment.spans.join(' '), techniques: covering.map((s) => s.technique).join(' ') },
      }, text);
      mark.setAttribute('aria-label', `${text} (${covering.map((s) => taxonomy.techniqueName(s.technique)).join(', ')})`);
      el.append(mark);
    }
    const chips = p.techniques.filter((t) => !hidden.has(t.technique));
    const block = [el];
    if (chips.length > 0) {
      block.push(h('div', { class: 'paragraph-techniques', 'aria-label': `Techniques in paragraph ${p.id}` },
        chips.map((t) => h('span', { class: `chip ${categoryClass(categoryOf(t.technique))}`, title: taxonomy.techniqueDefinition(t.technique) },
          `${taxonomy.techniqueName(t.technique)} ${percent(t.score)}`))));
    }
    return block;
  });
  container.replaceChildren(...paragraphs.flat());
  return spans;
}

/** Hover and keyboard focus on a highlight show its techniques, scores, cues and definitions. */
export function attachTooltip(container, tip, currentTaxonomy, currentSpans) {
  const show = (mark) => {
    const taxonomy = currentTaxonomy();
    const spans = mark.dataset.spans.split(' ').map((i) => currentSpans()[Number(i)]).filter(Boolean);
    tip.replaceChildren(...spans.map((s) => h('div', { class: 'tip-item' },
      h('strong', { class: `tip-name ${categoryClass(s.category)}` }, taxonomy.techniqueName(s.technique)),
      h('span', { class: 'tip-meta' }, ` ${taxonomy.categoryName(s.category)} · score ${percent(s.score)}`),
      s.cues.length > 0 ? h('div', { class: 'tip-cues' }, `cues: ${s.cues.join(', ')}`) : null,
      h('div', { class: 'tip-definition' }, taxonomy.techniqueDefinition(s.technique)))));
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const width = Math.min(360, window.innerWidth - 16);
    tip.style.width = `${width}px`;
    tip.style.left = `${Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + window.innerWidth - width - 8))}px`;
    tip.style.top = `${box.bottom + window.scrollY + 6}px`;
  };
  const hide = () => {
    tip.hidden = true;
  };
  const markOf = (event) => (event.target instanceof Element ? event.target.closest('mark[data-spans]') : null);
  container.addEventListener('mouseover', (e) => { const m = markOf(e); if (m) show(m); });
  container.addEventListener('mouseout', (e) => { if (markOf(e)) hide(); });
  container.addEventListener('focusin', (e) => { const m = markOf(e); if (m) show(m); });
  container.addEventListener('focusout', hide);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
}
