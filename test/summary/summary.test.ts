import { describe, expect, it } from 'vitest';
import type { Component } from '../../src/pipeline/component.js';
import { createAnalyzer } from '../../src/pipeline/analyze.js';
import { mostLoadedParagraph, persuasionIntensity } from '../../src/pipeline/components/summary.js';
import { FRAMES, GENRE, PARAGRAPH_TECHNIQUES, TECHNIQUES } from '../../src/pipeline/keys.js';
import type { TechniqueSpan } from '../../src/pipeline/analysis.js';
import { TECHNIQUE_CATEGORY } from '../../src/taxonomy/ids.js';
import type { TechniqueId } from '../../src/taxonomy/ids.js';

describe('persuasion intensity', () => {
  it('follows the written definition 100 × (1 − e^(−d/2)), d = score-weighted techniques per 100 words', () => {
    expect(persuasionIntensity([], 100)).toBe(0);
    expect(persuasionIntensity([{ score: 1 }], 0)).toBe(0);
    // d = 2 → 63
    expect(persuasionIntensity([{ score: 1 }, { score: 1 }], 100)).toBe(63);
    // d = 1 (two half-sure detections) → 39
    expect(persuasionIntensity([{ score: 0.5 }, { score: 0.5 }], 100)).toBe(39);
    // more detections never lower it, and it stays within 0–100
    const many = Array.from({ length: 500 }, () => ({ score: 1 }));
    expect(persuasionIntensity(many, 100)).toBe(100);
    expect(persuasionIntensity([{ score: 0.9 }], 50)).toBeGreaterThan(persuasionIntensity([{ score: 0.9 }], 100));
  });
});

describe('most loaded paragraph', () => {
  it('picks the largest score sum, the earlier one on ties, null when nothing was found', () => {
    const p = (id: number, scores: number[]) => ({ id, start: 0, end: 1, techniques: scores.map((score) => ({ technique: 'Doubt' as TechniqueId, score })) });
    expect(mostLoadedParagraph([p(1, []), p(3, [])])).toBeNull();
    expect(mostLoadedParagraph([p(1, [0.5]), p(3, [0.4, 0.3]), p(5, [0.6])])).toEqual({ id: 3, techniques: 2, score: 0.7 });
    expect(mostLoadedParagraph([p(2, [0.5]), p(4, [0.5])])!.id).toBe(2);
  });
});

/** Stands in for the detectors: fixed techniques, genre and frames on whatever text comes in. */
const fakeDetectors: Component = {
  name: 'fake-detectors',
  requires: [],
  provides: [TECHNIQUES.name, PARAGRAPH_TECHNIQUES.name, GENRE.name, FRAMES.name],
  run(doc) {
    const span = (technique: TechniqueId, score: number): TechniqueSpan => ({ technique, category: TECHNIQUE_CATEGORY[technique], start: 0, end: 2, text: doc.slice(0, 2), score, cues: [] });
    doc.set(TECHNIQUES, [span('Loaded_Language', 0.9), span('Doubt', 0.8), span('Loaded_Language', 0.7), span('Name_Calling-Labeling', 0.6)]);
    doc.set(
      PARAGRAPH_TECHNIQUES,
      doc.paragraphs.map((p, i) => ({ id: p.id, start: p.start, end: p.end, techniques: i === 1 ? [{ technique: 'Doubt', score: 0.8 }] : [] })),
    );
    doc.set(GENRE, { label: 'opinion', scores: { opinion: 0.7, reporting: 0.2, satire: 0.1 } });
    doc.set(FRAMES, [{ frame: 'Political', score: 0.8, paragraphs: [3] }, { frame: 'Economic', score: 0.6, paragraphs: [1] }]);
  },
};

describe('summary component', () => {
  it('combines techniques, genre and frames into the summary', async () => {
    const analyzer = await createAnalyzer({
      components: (d) => [d.find((c) => c.name === 'language')!, fakeDetectors, d.find((c) => c.name === 'summary')!],
    });
    // 20 words over three paragraphs (ids 1, 3, 4), with an emoji
    const text = 'One two three four five six seven.\n\nEight nine ten eleven 😀 twelve thirteen.\nFourteen fifteen sixteen seventeen eighteen nineteen twenty.';
    const a = analyzer.analyze(text, { lang: 'en' });
    const s = a.summary;
    expect(s.words).toBe(20);
    expect(s.techniqueCount).toBe(4);
    expect(s.techniquesPer100Words).toBe(20);
    expect(s.intensity).toBe(persuasionIntensity(a.techniques, 20));
    expect(s.topTechniques[0]).toEqual({ technique: 'Loaded_Language', count: 2 });
    expect(s.topTechniques.map((t) => t.count)).toEqual([2, 1, 1]);
    expect(s.topCategories.reduce((n, c) => n + c.count, 0)).toBe(4);
    expect(s.mostLoadedParagraph).toEqual({ id: 3, techniques: 1, score: 0.8 });
    expect(s.genre).toBe('opinion');
    expect(s.frames).toEqual(['Political', 'Economic']);
  });
});
