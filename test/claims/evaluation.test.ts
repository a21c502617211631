import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimsEvalDir, evaluateClaims, evaluateRows, formatClaimsEvaluation, parseGoldTsv, SOURCING_KINDS, VAGUENESS_KINDS } from '../../src/eval/claims.js';
import { InputError } from '../../src/errors.js';

const LANGS = ['en', 'fr', 'de', 'it', 'pl', 'ru'];

function rows(lang: string, file = `${lang}.tsv`) {
  return parseGoldTsv(readFileSync(join(claimsEvalDir(), file), 'utf8'), file);
}

describe('claims evaluation sets', () => {
  it('has at least 200 English and 50 sentences per other language', () => {
    expect(rows('en').length + rows('en', 'en.heldout.tsv').length).toBeGreaterThanOrEqual(200);
    for (const l of LANGS.slice(1)) expect(rows(l).length, l).toBeGreaterThanOrEqual(50);
  });

  it.each(LANGS)('%s covers every sourcing kind and every vagueness marker', (lang) => {
    const all = rows(lang);
    for (const k of SOURCING_KINDS) expect(all.some((r) => r.sourcing === k), k).toBe(true);
    for (const k of VAGUENESS_KINDS) expect(all.some((r) => r.vagueness.includes(k)), k).toBe(true);
    expect(all.some((r) => !r.isClaim)).toBe(true);
  });

  it('rejects a malformed row with a clear error', () => {
    expect(() => parseGoldTsv('sentence\tis_claim\n"Hi"\tmaybe\n', 'bad.tsv')).toThrow(InputError);
    expect(() => parseGoldTsv('h\nA claim.\t1\tgossip\t-\n', 'bad.tsv')).toThrow(/unknown sourcing kind/);
  });
});

describe('evaluateClaims', () => {
  it('meets the English targets: claim F1 >= 0.80 and sourcing accuracy >= 0.85', () => {
    const [en] = evaluateClaims({ languages: ['en'] }).languages;
    expect(en!.sentences).toBeGreaterThanOrEqual(200);
    expect(en!.detection.f1).toBeGreaterThanOrEqual(0.8);
    expect(en!.sourcingAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('counts a wrong verdict as a mistake', () => {
    const result = evaluateRows(
      [
        { sentence: 'Good morning, dear listeners.', isClaim: true, sourcing: 'document', vagueness: ['hedge'], context: '' },
        { sentence: 'Officials said 40 people were hurt.', isClaim: true, sourcing: 'anonymous', vagueness: [], context: '' },
      ],
      'en',
      'dev',
    );
    expect(result.detection).toMatchObject({ tp: 1, fn: 1, fp: 0 });
    expect(result.sourcingAccuracy).toBe(0.5);
    expect(result.vagueness.hedge.fn).toBe(1);
    expect(result.mistakes).toHaveLength(1);
  });

  it('formats a Markdown table with one row per language and per-kind scores', () => {
    const md = formatClaimsEvaluation(evaluateClaims({ languages: ['fr'], split: 'dev' }));
    expect(md).toMatch(/^\| language \| split \|/);
    expect(md).toContain('| fr | dev | 54 |');
    expect(md).toContain('sourcing: vague-authority');
    expect(md).toContain('vagueness: unsourced-statistic');
  });
});

describe('runClaimsEvaluation (spinscope eval --claims)', () => {
  it('accepts a split and corpus language codes, and refuses an unknown split', async () => {
    const { runClaimsEvaluation } = await import('../../src/eval/claims.js');
    expect(runClaimsEvaluation('heldout', 'en')).toContain('| en | heldout | 80 |');
    expect(runClaimsEvaluation(true, 'ge')).toContain('| de | all |');
    expect(() => runClaimsEvaluation('bogus', undefined)).toThrow(/dev, heldout or all/);
  });
});
