import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/doc.js';
import { locatorFeatures, repeatedWords, tokenScores } from '../../src/techniques/locator.js';
import type { SpanLocator } from '../../src/techniques/locator.js';
import { locatorFeatureIds, tokenScoresById } from '../../src/techniques/locator-ids.js';
import { readLocator, writeLocator } from '../../src/techniques/locator-train.js';

const dir = mkdtempSync(join(tmpdir(), 'spinscope-locator-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'Shameful lies, again! These so-called experts lie and lie.\nWho still believes them? Nobody, said the crowd 😤.';

describe('a span locator read from its file', () => {
  const doc = new Doc(TEXT, { lang: 'en' });
  const keys = new Set<string>();
  for (const p of doc.paragraphs) for (const ks of locatorFeatures(doc.tokensIn(p.start, p.end), 'en', repeatedWords(doc))) for (const k of ks) keys.add(k);
  const sorted = [...keys].sort();
  // two techniques sharing most keys (the file then repeats them), weights not round
  const original: SpanLocator = {
    lang: 'en',
    weights: new Map([
      ['Loaded_Language', new Map(sorted.map((k, i) => [k, Math.sin(i + 2)]))],
      ['Doubt', new Map(sorted.filter((_, i) => i % 3 !== 0).map((k, i) => [k, Math.cos(i) / 2]))],
    ]),
    spanWords: { Loaded_Language: 2, Doubt: 9 },
    cut: 0.5,
    blend: 1,
    unit: 'words',
  };
  const path = join(dir, 'spans-en.bin');
  writeLocator(path, original, {});

  it('scores tokens by id as its weights do by string, without building the weight maps first', () => {
    const loaded = readLocator(path);
    expect(loaded.stored?.size).toBe(2);
    const byId = doc.paragraphs.map((p) => locatorFeatureIds(doc.tokensIn(p.start, p.end), loaded, repeatedWords(doc)));
    for (const technique of ['Loaded_Language', 'Doubt', 'Repetition']) {
      doc.paragraphs.forEach((p, pi) => {
        const strings = locatorFeatures(doc.tokensIn(p.start, p.end), 'en', repeatedWords(doc));
        expect(tokenScoresById(byId[pi]!, loaded, technique)).toEqual(tokenScores(strings, loaded.weights.get(technique)));
      });
    }
  });

  it('gives back the written keys and (quantised) weights', () => {
    const loaded = readLocator(path);
    for (const [t, row] of original.weights) {
      const back = loaded.weights.get(t)!;
      expect([...back.keys()].sort()).toEqual([...row.keys()].sort());
      for (const [k, v] of row) expect(Math.abs(back.get(k)! - v)).toBeLessThan(0.01);
    }
    expect(loaded.spanWords).toEqual(original.spanWords);
  });
});
