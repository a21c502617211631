import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { createAnalyzer } from '../../src/pipeline/analyze.js';
import { renderAnalysis } from '../../src/render/format.js';

// The caller's own decision threshold (AnalyzeOptions.minScore), in place of the model's.
const TEXT = 'These spineless traitors have sold our country to foreign bankers!\n\nThe council meets on Tuesday to discuss the budget.\n';

describe('minScore', () => {
  it('reports every technique whose probability reaches it, and keeps the default otherwise', async () => {
    const analyzer = await createAnalyzer();
    const found = (minScore?: number) => analyzer.analyze(TEXT, { lang: 'en', ...(minScore !== undefined ? { minScore } : {}) }).paragraphs.flatMap((p) => p.techniques.map((t) => `${p.id}:${t.technique}:${t.score}`));
    const usual = found();
    const low = found(0.05);
    expect(low.length).toBeGreaterThan(usual.length);
    expect(low).toEqual(expect.arrayContaining(usual));
    expect(found(0.999)).toEqual([]);
    for (const f of low) expect(Number(f.split(':').at(-1))).toBeGreaterThanOrEqual(0.05);
    // spans follow the paragraph decisions
    const a = analyzer.analyze(TEXT, { lang: 'en', minScore: 0.05 });
    const decided = new Set(a.paragraphs.flatMap((p) => p.techniques.map((t) => t.technique)));
    for (const s of a.techniques) expect(decided.has(s.technique)).toBe(true);
  });

  it('is recorded in the analysis and said in the readable formats', async () => {
    const analyzer = await createAnalyzer();
    const a = analyzer.analyze(TEXT, { lang: 'en', minScore: 0.05 });
    expect(a.minScore).toBe(0.05);
    expect(analyzer.analyze(TEXT, { lang: 'en' })).not.toHaveProperty('minScore');
    expect(await renderAnalysis(a, 'md')).toContain('> **Note:** techniques shown from score 0.05 on');
    expect(await renderAnalysis(a, 'text', { color: false, width: 80 })).toContain('note: techniques shown from score 0.05 on');
    expect(await renderAnalysis(a, 'html')).toContain('<p class="note">techniques shown from score 0.05 on');
  });

  it('applies to languages without training data too', async () => {
    const analyzer = await createAnalyzer();
    const es = 'Estos traidores cobardes han vendido nuestro país a los banqueros extranjeros.\n';
    const low = analyzer.analyze(es, { lang: 'es', minScore: 0.01 });
    expect(low.supported).toBe(false);
    expect(low.paragraphs[0]!.techniques.length).toBeGreaterThan(analyzer.analyze(es, { lang: 'es' }).paragraphs[0]!.techniques.length);
  });

  it.each([0, 1, -0.2, 1.5, Number.NaN])('refuses %s with a usage error', async (bad) => {
    const analyzer = await createAnalyzer();
    expect(() => analyzer.analyze(TEXT, { minScore: bad })).toThrow(UsageError);
  });
});
