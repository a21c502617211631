import type { Analysis } from '../pipeline/analysis.js';
import { CATEGORIES } from '../taxonomy/ids.js';
import type { CategoryId } from '../taxonomy/ids.js';
import { categoryName } from './describe.js';

/** Inline SVG charts for the HTML report: no library, no external request, every label escaped. */

export const CATEGORY_COLOR: Record<CategoryId, string> = {
  attack_on_reputation: '#d64545',
  justification: '#3b6fd4',
  simplification: '#c99a06',
  distraction: '#8a4fd1',
  call: '#2f9e44',
  manipulative_wording: '#0f9a9a',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Horizontal bars: technique spans per category. */
export function categoryChart(a: Analysis): string {
  const counts = CATEGORIES.map((c) => ({ c, n: a.techniques.filter((t) => t.category === c).length }));
  const max = Math.max(1, ...counts.map((x) => x.n));
  const rowH = 22;
  const labelW = 170;
  const barW = 220;
  const h = counts.length * rowH + 8;
  const rows = counts.map(({ c, n }, i) => {
    const y = 4 + i * rowH;
    const w = Math.round((n / max) * barW);
    return `<g class="chart-row" data-category="${c}"><text x="${labelW - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(categoryName(c))}</text>`
      + `<rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 8}" fill="${CATEGORY_COLOR[c]}"><title>${escapeHtml(categoryName(c))}: ${n}</title></rect>`
      + `<text x="${labelW + w + 5}" y="${y + 14}">${n}</text></g>`;
  });
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Technique spans per category" viewBox="0 0 ${labelW + barW + 40} ${h}" width="${labelW + barW + 40}" height="${h}">${rows.join('')}</svg>`;
}

/** Stacked columns: technique spans per paragraph, coloured by category. */
export function paragraphChart(a: Analysis): string {
  const paras = a.paragraphs;
  if (paras.length === 0) return '';
  const per = paras.map((p) => ({
    id: p.id,
    byCat: CATEGORIES.map((c) => ({ c, n: a.techniques.filter((t) => t.category === c && t.start < p.end && t.end > p.start).length })),
  }));
  const max = Math.max(1, ...per.map((p) => p.byCat.reduce((s, x) => s + x.n, 0)));
  const colW = Math.max(8, Math.min(28, Math.floor(480 / paras.length)));
  const plotH = 120;
  const unit = plotH / max;
  const cols = per.map((p, i) => {
    const x = 30 + i * colW;
    let y = plotH + 10;
    const rects = p.byCat.filter((b) => b.n > 0).map((b) => {
      const h = b.n * unit;
      y -= h;
      return `<rect x="${x + 1}" y="${y.toFixed(1)}" width="${colW - 2}" height="${h.toFixed(1)}" fill="${CATEGORY_COLOR[b.c]}" data-category="${b.c}"><title>¶${p.id} ${escapeHtml(categoryName(b.c))}: ${b.n}</title></rect>`;
    });
    const label = paras.length <= 30 || i % 5 === 0 ? `<text x="${x + colW / 2}" y="${plotH + 24}" text-anchor="middle">${p.id}</text>` : '';
    return `<g class="chart-col" data-paragraph="${p.id}">${rects.join('')}${label}</g>`;
  });
  const w = 40 + paras.length * colW;
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Technique spans per paragraph" viewBox="0 0 ${w} ${plotH + 30}" width="${w}" height="${plotH + 30}">`
    + `<line x1="28" y1="${plotH + 10}" x2="${w}" y2="${plotH + 10}" stroke="#999"/><text x="2" y="18">${max}</text><text x="2" y="${plotH + 10}">0</text>${cols.join('')}</svg>`;
}
