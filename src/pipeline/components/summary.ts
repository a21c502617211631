import type { Component } from '../component.js';
import type { ParagraphTechniques, Summary, TechniqueSpan } from '../analysis.js';
import { CATEGORIES, TECHNIQUES as TECHNIQUE_IDS } from '../../taxonomy/ids.js';
import type { CategoryId, TechniqueId } from '../../taxonomy/ids.js';
import { FRAMES, GENRE, PARAGRAPH_TECHNIQUES, SUMMARY, TECHNIQUES } from '../keys.js';

/**
 * Scale of the persuasion-intensity curve: a score-weighted density of
 * INTENSITY_SCALE techniques per 100 words gives 63 (1 − 1/e), twice that 86.
 * Chosen so that a plain wire report (well under one detection per 100 words)
 * stays low and a text with a technique in nearly every sentence nears 100.
 */
export const INTENSITY_SCALE = 2;

/**
 * Persuasion intensity, 0–100, as written in the README: d = the sum of the
 * scores (probabilities) of all detected technique spans per 100 words, and
 * intensity = round(100 × (1 − e^(−d / 2))). No techniques or no words: 0.
 */
export function persuasionIntensity(spans: readonly Pick<TechniqueSpan, 'score'>[], words: number): number {
  if (words === 0) return 0;
  const weighted = (100 * spans.reduce((a, s) => a + s.score, 0)) / words;
  return Math.round(100 * (1 - Math.exp(-weighted / INTENSITY_SCALE)));
}

/**
 * The paragraph with the largest sum of technique scores (paragraph-level
 * detections); ties go to the earlier paragraph. Null when none has any.
 */
export function mostLoadedParagraph(paragraphs: readonly ParagraphTechniques[]): Summary['mostLoadedParagraph'] {
  let most: Summary['mostLoadedParagraph'] = null;
  for (const p of paragraphs) {
    if (p.techniques.length === 0) continue;
    const score = p.techniques.reduce((a, t) => a + t.score, 0);
    if (!most || score > most.score) most = { id: p.id, techniques: p.techniques.length, score: Math.round(score * 1000) / 1000 };
  }
  return most;
}

function counted<K extends string>(keys: readonly K[], order: readonly K[]): Array<[K, number]> {
  const m = new Map<K, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]));
}

/** Combines what the analysers found into the article summary. */
export const summaryComponent: Component = {
  name: 'summary',
  requires: [],
  provides: [SUMMARY.name],
  run(doc) {
    const words = doc.tokens.filter((t) => t.isWord).length;
    const techniques = doc.get(TECHNIQUES) ?? [];
    const per100 = words === 0 ? 0 : (100 * techniques.length) / words;
    const summary: Summary = {
      words,
      techniqueCount: techniques.length,
      techniquesPer100Words: Math.round(per100 * 100) / 100,
      intensity: persuasionIntensity(techniques, words),
      topTechniques: counted<TechniqueId>(techniques.map((t) => t.technique), TECHNIQUE_IDS)
        .slice(0, 5)
        .map(([technique, count]) => ({ technique, count })),
      topCategories: counted<CategoryId>(techniques.map((t) => t.category), CATEGORIES).map(([category, count]) => ({ category, count })),
      mostLoadedParagraph: mostLoadedParagraph(doc.get(PARAGRAPH_TECHNIQUES) ?? []),
      genre: doc.get(GENRE)?.label ?? null,
      frames: (doc.get(FRAMES) ?? []).map((f) => f.frame),
    };
    doc.set(SUMMARY, summary);
  },
};
