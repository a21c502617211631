import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/doc.js';
import { detectTechniques } from '../../src/techniques/detector.js';
import { fitTechniques } from '../../src/techniques/fit.js';
import { paragraphFeatures } from '../../src/techniques/featurize.js';
import { blendScores, locateSpans, locatorFeatures, repeatedWords, tokenScores } from '../../src/techniques/locator.js';
import type { SpanLocator } from '../../src/techniques/locator.js';
import { DEFAULT_LOCATOR_CONFIG, LOCATOR_LANGS, readLocator, spanModelFileName, writeLocator } from '../../src/techniques/locator-train.js';
import { modelFromFitted } from '../../src/techniques/train.js';
import type { TechniqueId } from '../../src/taxonomy/ids.js';

const locator: SpanLocator = {
  lang: 'en',
  weights: new Map([
    ['Loaded_Language', new Map([['w:traitors', 3], ['w:spineless', 2.5], ['w:puppets', 2], ['w:the', -1]])],
    ['Doubt', new Map([['m:?', 1], ['w:really', 2]])],
  ]),
  spanWords: { Loaded_Language: 2, Doubt: 10 },
  cut: 1,
  blend: 0,
  unit: 'words',
};

const cp = (doc: Doc, start: number, end: number): string => Array.from(doc.text).slice(start, end).join('');

function spansOf(text: string, technique: string) {
  const doc = new Doc(text, { lang: 'en' });
  const tokens = doc.tokensIn(0, Array.from(text).length);
  const scores = tokenScores(locatorFeatures(tokens, 'en'), locator.weights.get(technique));
  return { doc, cuts: locateSpans(doc, tokens, scores, locator, technique) };
}

describe('span locator', () => {
  it('represents names by role, never by identity', () => {
    const doc = new Doc('Yesterday the minister Kowalski met Smith again.', { lang: 'en' });
    const keys = locatorFeatures(doc.tokensIn(0, 49), 'en').flat();
    expect(keys).toContain('w:<NAME>');
    expect(keys.some((k) => /kowalski|smith/i.test(k))).toBe(false);
  });

  it('cuts the runs of strong words, with code-point offsets past astral characters', () => {
    const { doc, cuts } = spansOf('🙂🙂 They are spineless puppets, as always, and traitors.', 'Loaded_Language');
    expect(cuts.map((c) => cp(doc, c.start, c.end))).toEqual(['spineless puppets', 'traitors']);
  });

  it('bridges one weak word inside a run but not a sentence end', () => {
    const { doc, cuts } = spansOf('Spineless and traitors. Puppets everywhere.', 'Loaded_Language');
    expect(cuts.map((c) => cp(doc, c.start, c.end))).toEqual(['Spineless and traitors', 'Puppets']);
  });

  it('never cuts inside a hyphenated word nor across a quotation mark', () => {
    const hyphenated = spansOf('These puppets-in-chief are here.', 'Loaded_Language');
    expect(hyphenated.cuts.map((c) => cp(hyphenated.doc, c.start, c.end))).toEqual(['puppets-in-chief']);
    const quoted = spansOf('They call it "puppets" now.', 'Loaded_Language');
    expect(quoted.cuts.map((c) => cp(quoted.doc, c.start, c.end))).toEqual(['puppets']);
  });

  it('still gives one span when no word passes the cut', () => {
    const { doc, cuts } = spansOf('The meeting is on Monday at noon.', 'Loaded_Language');
    expect(cuts).toHaveLength(1);
    expect(cp(doc, cuts[0]!.start, cuts[0]!.end).split(' ').length).toBeLessThanOrEqual(2);
  });

  it('picks the sentence with the highest mean score for sentence-level techniques', () => {
    const { doc, cuts } = spansOf('The vote took place on Monday. Was it really counted? Officials said yes.', 'Doubt');
    expect(cuts.map((c) => cp(doc, c.start, c.end))).toEqual(['Was it really counted?']);
  });

  it('gives the best sentence for every technique where the language\'s unit is the sentence', () => {
    const text = 'The vote took place on Monday. Those spineless puppets and traitors lost. Officials said yes.';
    const doc = new Doc(text, { lang: 'en' });
    const tokens = doc.tokensIn(0, Array.from(text).length);
    const scores = tokenScores(locatorFeatures(tokens, 'en'), locator.weights.get('Loaded_Language'));
    const words = locateSpans(doc, tokens, scores, locator, 'Loaded_Language');
    expect(words.map((c) => cp(doc, c.start, c.end))).toEqual(['spineless puppets and traitors']);
    const sentence = locateSpans(doc, tokens, scores, { ...locator, unit: 'sentence' }, 'Loaded_Language');
    expect(sentence.map((c) => cp(doc, c.start, c.end))).toEqual(['Those spineless puppets and traitors lost.']);
  });

  it('marks words repeated in the document, whatever the word', () => {
    const doc = new Doc('Never again. Never surrender, never retreat.', { lang: 'en' });
    const keys = locatorFeatures(doc.tokensIn(0, 45), 'en', repeatedWords(doc));
    expect(keys.map((k) => k.includes('rep'))).toEqual(doc.tokensIn(0, 45).map((t) => t.lower === 'never'));
  });

  it('blends in the paragraph model contributions scaled to the strongest token', () => {
    expect(blendScores([1, 0, -1], [0.5, 0.25, -0.5], 2)).toEqual([3, 1, -3]);
    expect(blendScores([1, 0], [0.5, 0.25], 0)).toEqual([1, 0]);
    expect(blendScores([1, 0], [-0.5, -0.25], 2)).toEqual([1, 0]);
  });

  it('round-trips through its model file (weights quantised to 8 bits) and writes the same bytes twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spinscope-spans-'));
    try {
      writeLocator(join(dir, 'a.bin'), locator, {});
      writeLocator(join(dir, 'b.bin'), locator, {});
      expect(readFileSync(join(dir, 'a.bin')).equals(readFileSync(join(dir, 'b.bin')))).toBe(true);
      const back = readLocator(join(dir, 'a.bin'));
      expect(back.cut).toBe(1);
      expect(back.unit).toBe('words');
      writeLocator(join(dir, 'c.bin'), { ...locator, unit: 'sentence' }, {});
      expect(readLocator(join(dir, 'c.bin')).unit).toBe('sentence');
      expect(back.spanWords).toEqual(locator.spanWords);
      expect(back.weights.get('Loaded_Language')!.get('w:traitors')).toBeCloseTo(3, 1);
      expect(back.weights.get('Loaded_Language')!.get('w:the')).toBeLessThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('shipped span models', () => {
  it('carry the span unit of their language', () => {
    for (const lang of LOCATOR_LANGS) {
      const shipped = readLocator(join(import.meta.dirname, '..', '..', 'models', spanModelFileName(lang)));
      expect([lang, shipped.unit]).toEqual([lang, DEFAULT_LOCATOR_CONFIG.sentenceLanguages.includes(lang) ? 'sentence' : 'words']);
    }
  });
});

describe('detector with a locator', () => {
  const texts = [
    ['Those traitors are destroying everything!', ['Loaded_Language']],
    ['The meeting is on Monday.', []],
    ['Spineless puppets and traitors, all of them!', ['Loaded_Language']],
    ['The report was published yesterday.', []],
  ] as const;
  const docs = texts.map(([t]) => new Doc(t, { lang: 'en' }));
  const fitted = fitTechniques(
    docs.map((d) => paragraphFeatures(d, 0, 'en')),
    texts.map(([, l]) => l as readonly TechniqueId[]),
    { minDf: 1, C: 50, epochs: 100, classWeightPower: 1, seed: 1 },
  );
  const model = modelFromFitted(fitted, { version: 'test', threshold: 0.5, spanMode: {}, spanWords: {}, training: {} });

  it('gives spans only for accepted techniques, at least one each, with the locator words as cues', () => {
    const doc = new Doc('On Monday 🙂 those spineless puppets met again.\n\nThe report was published yesterday.', { lang: 'en' });
    const found = detectTechniques(doc, model, 'en', { locator });
    const accepted = found.paragraphs.flatMap((p) => p.techniques.map((t) => `${p.id}:${t.technique}`));
    expect(accepted).toContain(`${found.paragraphs[0]!.id}:Loaded_Language`);
    for (const s of found.spans) {
      const p = found.paragraphs.find((q) => s.start >= q.start && s.end <= q.end)!;
      expect(p.techniques.map((t) => t.technique)).toContain(s.technique);
      expect(s.text).toBe(cp(doc, s.start, s.end));
    }
    for (const a of accepted) expect(found.spans.some((s) => a.endsWith(`:${s.technique}`))).toBe(true);
    const loaded = found.spans.find((s) => s.technique === 'Loaded_Language')!;
    expect(loaded.text).toBe('spineless puppets');
    expect(loaded.cues.slice(0, 2)).toEqual(['spineless', 'puppets']);
  });
});
