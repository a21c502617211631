import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/doc.js';
import { chooseLanguageThresholds, chooseThresholds, DEFAULT_FRAME_SETTINGS, frameParagraphs, frameProbabilities, frameThresholds, predictFrames, trainFrameModel } from '../../src/frames/model.js';
import type { FrameTrainingExample } from '../../src/frames/model.js';
import { saveLinearDocumentModel } from '../../src/genre/persist.js';
import { FRAMES_MODEL_FILE, FRAMES_MODEL_KIND, readFrameModel } from '../../src/frames/train.js';
import { createAnalyzer } from '../../src/pipeline/analyze.js';
import { FRAMES } from '../../src/taxonomy/ids.js';
import type { FrameId } from '../../src/taxonomy/ids.js';

/** Invented paragraphs: money talk carries Economic, soldiers and borders Security_and_defense. */
const ECONOMY = [
  'The budget deficit widened as tax revenue fell and the cost of borrowing rose.',
  'Inflation pushed prices up, and wages lagged behind the cost of living.',
  'Investors sold bonds after the central bank raised interest rates again.',
];
const SECURITY = [
  'Troops were sent to the border after soldiers reported drones over the military base.',
  'The army increased patrols, and the defence ministry ordered new missiles.',
  'Generals warned that the armed forces lacked ammunition for a long war.',
];
const FILLER = ['The meeting took place on a rainy afternoon in the old town hall.', 'Several people attended and the session lasted two hours.'];

function example(i: number): FrameTrainingExample {
  const econ = i % 3 !== 1;
  const sec = i % 3 !== 0;
  const lines = [FILLER[i % 2]!];
  if (econ) lines.push(ECONOMY[i % 3]!, ECONOMY[(i + 1) % 3]!);
  if (sec) lines.push(SECURITY[i % 3]!, SECURITY[(i + 2) % 3]!);
  const frames: FrameId[] = [];
  if (econ) frames.push('Economic');
  if (sec) frames.push('Security_and_defense');
  return { key: `en/${i}`, doc: new Doc(lines.join('\n'), { lang: 'en' }), frames };
}

const examples = Array.from({ length: 30 }, (_, i) => example(i));
const settings = { ...DEFAULT_FRAME_SETTINGS, featurizer: { ...DEFAULT_FRAME_SETTINGS.featurizer, minDf: 1 } };
const model = trainFrameModel(examples, settings, 7);
const dir = mkdtempSync(join(tmpdir(), 'spinscope-frames-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEST_TEXT = [
  'A quiet week in the capital.',
  'Soldiers and troops gathered at the border, and the army asked for more missiles.',
  'Nothing else happened on the rainy afternoon.',
].join('\n');

describe('frame model', () => {
  it('predicts the frames whose words the text uses', () => {
    const doc = new Doc(TEST_TEXT, { lang: 'en' });
    const frames = predictFrames(model, doc);
    expect(frames).toContain('Security_and_defense');
    const p = frameProbabilities(model, doc);
    expect(p[FRAMES.indexOf('Security_and_defense')]!).toBeGreaterThan(p[FRAMES.indexOf('Economic')]! + 0.2);
    expect(p.length).toBe(FRAMES.length);
    for (const x of p) expect(x >= 0 && x <= 1).toBe(true);
  });

  it('keeps a threshold per frame inside the searched range', () => {
    expect(model.thresholds.length).toBe(FRAMES.length);
    for (const t of model.thresholds) expect(t >= 0.1 && t <= 0.9).toBe(true);
  });

  it('finds the paragraph that carries a frame (valid 1-based line ids)', () => {
    const doc = new Doc(TEST_TEXT, { lang: 'en' });
    const ids = frameParagraphs(model, doc, 'Security_and_defense');
    expect(ids[0]).toBe(2);
    for (const id of ids) expect(doc.paragraphs.some((p) => p.id === id)).toBe(true);
  });

  it('uses one threshold for all frames when asked to', () => {
    const oof = examples.map((e) => FRAMES.map((f) => (e.frames.includes(f) ? 0.8 : 0.2)));
    const t = chooseThresholds(oof, examples, { ...settings, globalThreshold: true });
    expect(new Set(t).size).toBe(1);
    expect(t[0]!).toBeGreaterThan(0.2);
    expect(t[0]!).toBeLessThanOrEqual(0.8);
  });
});

describe('per-language thresholds', () => {
  // two languages whose out-of-fold probabilities sit at different heights: the same gold
  // labels, but English scores its negatives at 0.5 and Russian its positives at 0.35
  const en = examples.slice(0, 10);
  const ru = examples.slice(10, 20).map((e) => ({ ...e, key: `ru/${e.key}`, doc: new Doc(e.doc.text, { lang: 'ru' }) }));
  const both = [...en, ...ru];
  const oof = both.map((e) => FRAMES.map((f) => (e.doc.lang === 'ru' ? (e.frames.includes(f) ? 0.35 : 0.1) : e.frames.includes(f) ? 0.8 : 0.5)));
  const global = { ...settings, globalThreshold: true };

  it('gives each training language its own threshold, shrunk toward the pooled one', () => {
    const pooled = chooseThresholds(oof, both, global);
    const own = chooseLanguageThresholds(oof, both, { ...global, languageShrink: 0 }, pooled)!;
    expect(Object.keys(own)).toEqual(['en', 'ru']);
    expect(own.ru![0]!).toBeLessThanOrEqual(0.35);
    expect(own.en![0]!).toBeGreaterThan(0.5);
    const half = chooseLanguageThresholds(oof, both, { ...global, languageShrink: 0.5 }, pooled)!;
    expect(half.ru![0]!).toBeCloseTo((own.ru![0]! + pooled[0]!) / 2, 10);
    const none = chooseLanguageThresholds(oof, both, { ...global, languageShrink: 1 }, pooled)!;
    expect(none.en).toEqual(pooled);
    expect(chooseLanguageThresholds(oof, both, { ...global, languageShrink: undefined }, pooled)).toBeUndefined();
  });

  it('decides a document with its language thresholds, and other languages with the pooled ones', () => {
    const custom = { ...model, languageThresholds: { ru: FRAMES.map(() => 0) } };
    expect(frameThresholds(custom, 'ru')[0]).toBe(0);
    expect(frameThresholds(custom, 'de')).toBe(model.thresholds);
    // at a threshold of 0 every frame of a Russian document passes
    expect(predictFrames(custom, new Doc(TEST_TEXT, { lang: 'ru' })).length).toBe(FRAMES.length);
    expect(predictFrames(custom, new Doc(TEST_TEXT, { lang: 'en' }))).toEqual(predictFrames(model, new Doc(TEST_TEXT, { lang: 'en' })));
  });

  it('round-trips them through the model file (and reads files without them)', () => {
    const path = join(dir, 'lang-frames.bin');
    const languageThresholds = { en: FRAMES.map(() => 0.4), ru: FRAMES.map(() => 0.2) };
    saveLinearDocumentModel(path, FRAMES_MODEL_KIND, { thresholds: model.thresholds, languageThresholds, labels: [...FRAMES], version: 't', trainedOn: {}, seed: 7 }, model.featurizer, model.rows);
    expect(readFrameModel(path).languageThresholds).toEqual(languageThresholds);
    const old = join(dir, 'old-frames.bin');
    saveLinearDocumentModel(old, FRAMES_MODEL_KIND, { thresholds: model.thresholds, labels: [...FRAMES], version: 't', trainedOn: {}, seed: 7 }, model.featurizer, model.rows);
    expect(readFrameModel(old).languageThresholds).toBeUndefined();
  });
});

describe('frames component', () => {
  it('lists frames sorted by score, each with valid paragraph ids', async () => {
    saveLinearDocumentModel(
      join(dir, FRAMES_MODEL_FILE),
      FRAMES_MODEL_KIND,
      { thresholds: model.thresholds, labels: [...FRAMES], version: 't', trainedOn: { en: 30 }, seed: 7 },
      model.featurizer,
      model.rows,
    );
    const analyzer = await createAnalyzer({ modelsDir: dir, components: (d) => d.filter((c) => ['language', 'frames', 'summary'].includes(c.name)) });
    const text = `😀 Budget and tax revenue fell.\n\n${TEST_TEXT}`;
    const a = analyzer.analyze(text, { lang: 'en' });
    expect(a.frames.length).toBeGreaterThan(0);
    for (let i = 1; i < a.frames.length; i++) expect(a.frames[i - 1]!.score).toBeGreaterThanOrEqual(a.frames[i]!.score);
    const ids = new Set(a.paragraphs.map((p) => p.id));
    for (const f of a.frames) for (const id of f.paragraphs) expect(ids.has(id)).toBe(true);
    expect(a.summary.frames).toEqual(a.frames.map((f) => f.frame));
    expect(a.models.frames).toBeDefined();
  });
});
