import { describe, expect, it } from 'vitest';
import { auditNeutrality, parseNeutralityPairs, readNeutralityPairs } from '../../src/eval/neutrality.js';
import { createAnalyzer } from '../../src/pipeline/analyze.js';
import { TECHNIQUES_ONLY } from '../../src/techniques/pipeline.js';
import { InputError } from '../../src/errors.js';

describe('neutrality audit', () => {
  it('has at least 40 pairs, in English and Russian at least and only in the trained languages', () => {
    const pairs = readNeutralityPairs();
    expect(pairs.length).toBeGreaterThanOrEqual(40);
    const langs = new Set(pairs.map((p) => p.lang));
    expect(langs).toContain('en');
    expect(langs).toContain('ru');
    for (const l of langs) expect(['en', 'fr', 'ge', 'it', 'po', 'ru']).toContain(l);
    for (const p of pairs) expect(p.a).not.toBe(p.b);
  });

  it('gives both sides of a pair the same techniques on at least 95% of pairs', async () => {
    const analyzer = await createAnalyzer(TECHNIQUES_ONLY);
    const report = auditNeutrality(analyzer, readNeutralityPairs());
    for (const d of report.disagreements) console.log(`differs (line ${d.line}): ${d.techniquesA.join(',')} vs ${d.techniquesB.join(',')}`);
    // the audit is only meaningful if the detector fires on some of the pairs
    expect(report.pairs.filter((p) => p.techniquesA.length > 0).length).toBeGreaterThan(5);
    expect(report.agreement).toBeGreaterThanOrEqual(0.95);
    // and the probabilities stay close: with 1.7.1 the gender pairs' mean largest gap was 0.088 (0.525 at most)
    expect(report.meanLargestGap).toBeLessThan(0.02);
    for (const kind of ['gender', 'country', 'leader']) expect(report.pairs.some((p) => p.swapped === kind)).toBe(true);
  });

  it('reports a pair whose sides differ', async () => {
    const analyzer = await createAnalyzer(TECHNIQUES_ONLY);
    const [pair] = parseNeutralityPairs('en\tcontrol\tThe weather was mild on Tuesday.\tThese treacherous criminals are destroying our great nation!!!\n');
    const report = auditNeutrality(analyzer, [pair!]);
    expect(report.agreement).toBe(0);
    expect(report.disagreements).toHaveLength(1);
    const gap = report.pairs[0]!.largestGap!;
    expect(Math.abs(gap.scoreA - gap.scoreB)).toBeGreaterThan(0.2);
    expect(report.meanLargestGap).toBeCloseTo(Math.abs(gap.scoreA - gap.scoreB), 10);
  });

  it('rejects a malformed line with its line number', () => {
    expect(() => parseNeutralityPairs('# comment\nen\tcountry\tonly one text\n')).toThrow(InputError);
    expect(() => parseNeutralityPairs('# comment\nen\tcountry\tonly one text\n')).toThrow(/:2:/);
  });
});
