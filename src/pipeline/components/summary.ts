import type { Component } from '../component.js';
import type { Summary } from '../analysis.js';
import { CATEGORIES } from '../../taxonomy/ids.js';
import type { CategoryId, TechniqueId } from '../../taxonomy/ids.js';
import { FRAMES, GENRE, PARAGRAPH_TECHNIQUES, SUMMARY, TECHNIQUES } from '../keys.js';

/** Combines what the analysers found into the article summary. */
export const summaryComponent: Component = {
  name: 'summary',
  requires: [],
  provides: [SUMMARY.name],
  run(doc) {
    const words = doc.tokens.filter((t) => t.isWord).length;
    const techniques = doc.get(TECHNIQUES) ?? [];
    const byTechnique = new Map<TechniqueId, number>();
    const byCategory = new Map<CategoryId, number>();
    for (const t of techniques) {
      byTechnique.set(t.technique, (byTechnique.get(t.technique) ?? 0) + 1);
      byCategory.set(t.category, (byCategory.get(t.category) ?? 0) + 1);
    }
    const per100 = words === 0 ? 0 : (100 * techniques.length) / words;
    let most: Summary['mostLoadedParagraph'] = null;
    for (const p of doc.get(PARAGRAPH_TECHNIQUES) ?? []) {
      const score = p.techniques.reduce((a, t) => a + t.score, 0);
      if (p.techniques.length > 0 && (!most || score > most.score)) most = { id: p.id, techniques: p.techniques.length, score };
    }
    const summary: Summary = {
      words,
      techniqueCount: techniques.length,
      techniquesPer100Words: Math.round(per100 * 100) / 100,
      intensity: Math.round(100 * (1 - Math.exp(-per100 / 2))),
      topTechniques: [...byTechnique].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([technique, count]) => ({ technique, count })),
      topCategories: [...byCategory]
        .sort((a, b) => b[1] - a[1] || CATEGORIES.indexOf(a[0]) - CATEGORIES.indexOf(b[0]))
        .map(([category, count]) => ({ category, count })),
      mostLoadedParagraph: most,
      genre: doc.get(GENRE)?.label ?? null,
      frames: (doc.get(FRAMES) ?? []).map((f) => f.frame),
    };
    doc.set(SUMMARY, summary);
  },
};
