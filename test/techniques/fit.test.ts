import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { trainMultiLabelLogistic } from '../../src/learn/multilabel.js';
import { TfidfVectorizer } from '../../src/learn/vectorizer.js';
import { Doc } from '../../src/doc/doc.js';
import { detectTechniques } from '../../src/techniques/detector.js';
import { fitTechniques } from '../../src/techniques/fit.js';
import { languageAgnosticFeatures, paragraphFeatures } from '../../src/techniques/featurize.js';
import { readTechniqueModel, writeTechniqueModels } from '../../src/techniques/modelio.js';
import { DECISION_THRESHOLD, LANGUAGE_THRESHOLDS, modelFromFitted, SHARED_THRESHOLD, TECHNIQUE_MODEL_VERSION, TECHNIQUE_OFFSETS } from '../../src/techniques/train.js';
import type { TechniqueId } from '../../src/taxonomy/ids.js';

const counts = (s: string) => new Map(s.split(' ').map((w) => [w, 1]));

describe('TfidfVectorizer', () => {
  it('drops rare features, orders the vocabulary and normalises to unit length', () => {
    const v = TfidfVectorizer.fit([counts('b a x'), counts('a b'), counts('a c')], 2);
    expect(v.state().features).toEqual(['a', 'b']);
    const x = v.transform(counts('a b zzz'));
    expect(Array.from(x.idx)).toEqual([0, 1]);
    expect(x.val.reduce((s, y) => s + y * y, 0)).toBeCloseTo(1, 5);
    expect(x.val[1]).toBeGreaterThan(x.val[0]!); // rarer "b" weighs more
  });
});

describe('trainMultiLabelLogistic', () => {
  const v = TfidfVectorizer.fit([counts('good nice'), counts('bad awful'), counts('good awful'), counts('nice bad')], 1);
  const docs = ['good nice', 'bad awful', 'good awful', 'nice bad', 'good', 'awful', 'nice', 'bad'];
  const X = docs.map((d) => v.transform(counts(d)));
  // label 0: has "good" or "nice"; label 1: has "bad" or "awful"
  const Y = docs.map((d) => [...(/good|nice/.test(d) ? [0] : []), ...(/bad|awful/.test(d) ? [1] : [])]);

  it('learns two independent labels from shared vectors', () => {
    const [pos, neg] = trainMultiLabelLogistic(X, Y, 2, v.size, { C: 100, epochs: 200, seed: 3 });
    const score = (m: typeof pos, d: string) => {
      const x = v.transform(counts(d));
      let z = m!.bias;
      x.idx.forEach((j, k) => (z += m!.weights[j]! * x.val[k]!));
      return z;
    };
    expect(score(pos, 'good')).toBeGreaterThan(0);
    expect(score(pos, 'awful')).toBeLessThan(0);
    expect(score(neg, 'awful')).toBeGreaterThan(0);
    expect(score(neg, 'nice')).toBeLessThan(0);
  });

  it('is reproducible for a seed', () => {
    const a = trainMultiLabelLogistic(X, Y, 2, v.size, { epochs: 5, seed: 9 });
    const b = trainMultiLabelLogistic(X, Y, 2, v.size, { epochs: 5, seed: 9 });
    expect(Array.from(a[0]!.weights)).toEqual(Array.from(b[0]!.weights));
    expect(a[1]!.bias).toBe(b[1]!.bias);
  });
});

describe('technique model files', () => {
  const texts = [
    ['Those traitors are destroying everything!', ['Loaded_Language']],
    ['The meeting is on Monday.', []],
    ['Cowards and traitors, all of them!', ['Loaded_Language', 'Name_Calling-Labeling']],
    ['The report was published yesterday.', []],
  ] as const;
  const docs = texts.map(([t]) => new Doc(t, { lang: 'en' }));
  const fitted = fitTechniques(
    docs.map((d) => paragraphFeatures(d, 0, 'en')),
    texts.map(([, l]) => l as readonly TechniqueId[]),
    { minDf: 1, C: 50, epochs: 100, classWeightPower: 1, seed: 1 },
  );
  const meta = { version: 'test', threshold: 0.5, spanMode: { Loaded_Language: 'words' as const }, spanWords: { Loaded_Language: 1 }, training: {} };

  it('round-trips through per-language files with the same decisions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spinscope-tech-'));
    try {
      const written = writeTechniqueModels(dir, ['en'], fitted, new Map(), meta, join);
      expect(written.map((p) => p.slice(dir.length + 1))).toEqual(['techniques-en.bin', 'techniques-shared.bin']);
      const disk = readTechniqueModel(written[0]!);
      const memory = modelFromFitted(fitted, meta);
      const doc = new Doc('Those cowards are destroying everything!', { lang: 'en' });
      const a = detectTechniques(doc, disk, 'en');
      const b = detectTechniques(doc, memory, 'en');
      expect(a.paragraphs[0]!.techniques.map((t) => t.technique)).toEqual(b.paragraphs[0]!.techniques.map((t) => t.technique));
      expect(a.paragraphs[0]!.techniques.map((t) => t.technique)).toContain('Loaded_Language');
      const shared = readTechniqueModel(written[1]!);
      expect(shared.vectorizer.index.keys().length).toBeGreaterThan(0);
      // the shared file holds the language-agnostic features only: shapes and word valence
      expect(shared.vectorizer.index.keys().every((f) => f.startsWith('sh:') || f.startsWith('x:va:'))).toBe(true);
      expect(shared.vectorizer.index.keys()).toContain('x:va:neg');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes each language's threshold into its own file and applies technique offsets", () => {
    const dir = mkdtempSync(join(tmpdir(), 'spinscope-tech-'));
    try {
      const written = writeTechniqueModels(dir, ['en'], fitted, new Map(), { ...meta, languageThresholds: { en: 0.2, po: 0.3 }, techniqueOffsets: { Loaded_Language: 0.45 } }, join);
      const en = readTechniqueModel(written[0]!);
      expect(en.header.languageThresholds).toEqual({ en: 0.2 });
      expect(readTechniqueModel(written[1]!).header.languageThresholds).toEqual({});
      expect(en.header.techniqueOffsets).toEqual({ Loaded_Language: 0.45 });
      const doc = new Doc('Those cowards are destroying everything!', { lang: 'en' });
      const found = detectTechniques(doc, en, 'en', { spans: false }).paragraphs[0]!.techniques;
      // loaded language needs 0.65 now (0.2 + 0.45); every other technique only 0.2
      for (const t of found) expect(t.score).toBeGreaterThanOrEqual(t.technique === 'Loaded_Language' ? 0.65 : 0.2);
      const plain = detectTechniques(doc, modelFromFitted(fitted, meta), 'en', { spans: false }).paragraphs[0]!.techniques;
      const loaded = plain.find((t) => t.technique === 'Loaded_Language')!;
      expect(loaded.score).toBeGreaterThanOrEqual(0.5);
      // found at 0.5 with no offset, it is dropped at 0.65 when it scores under that
      expect(found.some((t) => t.technique === 'Loaded_Language')).toBe(loaded.score >= 0.65);
      expect(found.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes a separate language-agnostic model, with its own threshold, as the shared file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spinscope-tech-'));
    try {
      const agnostic = fitTechniques(docs.map((d) => languageAgnosticFeatures(paragraphFeatures(d, 0, 'en'))), texts.map(([, l]) => l as readonly TechniqueId[]), { minDf: 1, C: 50, epochs: 100, classWeightPower: 1, seed: 1 });
      const written = writeTechniqueModels(dir, ['en'], fitted, new Map(), { ...meta, techniqueOffsets: { Loaded_Language: 0.1 } }, join, { fitted: agnostic, threshold: 0.2 });
      const en = readTechniqueModel(written[0]!);
      const shared = readTechniqueModel(written[1]!);
      expect(en.header.threshold).toBe(0.5);
      expect(en.header.techniqueOffsets).toEqual({ Loaded_Language: 0.1 });
      expect(shared.header.threshold).toBe(0.2);
      expect(shared.header.techniqueOffsets).toEqual({});
      // its own weights: the agnostic fit's biases, not the joint model's
      expect(shared.header.biases).toEqual(agnostic.models.map((m) => expect.closeTo(m.bias, 6)));
      expect(shared.header.biases).not.toEqual(en.header.biases);
      const doc = new Doc('¡Estos traidores mienten otra vez!', { lang: 'es' });
      expect(() => detectTechniques(doc, shared, 'es')).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ships models whose thresholds are those of the code', () => {
    const models = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models');
    for (const lang of ['en', 'po']) {
      const { header } = readTechniqueModel(join(models, `techniques-${lang}.bin`));
      expect(header.version).toBe(TECHNIQUE_MODEL_VERSION);
      expect(header.threshold).toBe(DECISION_THRESHOLD);
      expect(header.languageThresholds).toEqual(lang in LANGUAGE_THRESHOLDS ? { [lang]: LANGUAGE_THRESHOLDS[lang] } : {});
      expect(header.techniqueOffsets).toEqual(TECHNIQUE_OFFSETS);
    }
    const shared = readTechniqueModel(join(models, 'techniques-shared.bin')).header;
    expect(shared.version).toBe(TECHNIQUE_MODEL_VERSION);
    expect(shared.threshold).toBe(SHARED_THRESHOLD);
    expect(shared.techniqueOffsets).toEqual({});
  });

  it('cuts word spans around the strongest word and names cues', () => {
    const model = modelFromFitted(fitted, meta);
    const doc = new Doc('On Monday 🙂 those traitors are destroying everything!', { lang: 'en' });
    const { spans } = detectTechniques(doc, model, 'en');
    const loaded = spans.find((s) => s.technique === 'Loaded_Language')!;
    expect(loaded).toBeDefined();
    expect(loaded.text).toBe(Array.from(doc.text).slice(loaded.start, loaded.end).join(''));
    expect(loaded.text.split(' ')).toHaveLength(1);
    expect(loaded.cues).toContain(loaded.text);
  });
});
