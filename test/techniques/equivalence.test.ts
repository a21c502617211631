import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/doc/doc.js';
import { ModelStore } from '../../src/pipeline/models.js';
import { detectTechniques } from '../../src/techniques/detector.js';
import { paragraphFeatures, paragraphNgramOptions } from '../../src/techniques/featurize.js';
import { lexiconKeys, lexiconScores, withLexiconFeatures } from '../../src/techniques/span-lexicon.js';
import { tokenForms } from '../../src/features/ngrams.js';
import { modelFileName, readTechniqueModel } from '../../src/techniques/modelio.js';

// The detector resolves features per token form with a cache; training goes through
// paragraphFeatures + TfidfVectorizer. Both must give the same probabilities.
const TEXT = [
  'Shameful! The so-called experts of the EU keep lying, and lying, and lying to us.',
  'Nobody in Ruritania believes these corrupt puppets anymore 😤, said Mr. J. Smith on 12 May.',
  'Why would anyone trust them? They destroyed the economy; they will destroy the nation.',
  '"Enough is enough," the crowd chanted… while the minister smiled.',
  // a name of several words fires once (continuesName), in both paths
  'Xi Jinping and Marine Le Pen praised the brave heroes of Ruritania once again!',
].join('\n');
// quoted names (features/name-context.ts) and agreeing articles change the forms before both paths
const RU_TEXT = ['Позор! «Единая Россия» снова лжёт нам, и лжёт, и лжёт.', 'Так называемые «эксперты» из Брюсселя опять всех обманули.'].join('\n');

describe('technique detector matches the training features', () => {
  it.each([
    ['en', TEXT],
    ['ru', RU_TEXT],
  ])('gives each paragraph the probabilities of paragraphFeatures + the vectorizer, twice in a row (%s)', (lang, text) => {
    const model = new ModelStore().load(modelFileName(lang), readTechniqueModel);
    for (let round = 0; round < 2; round++) {
      const doc = new Doc(text, { lang });
      const found = detectTechniques(doc, model, lang, { spans: false });
      doc.paragraphs.forEach((_, pi) => {
        // sentence openers are read against the words the model knows, as the detector does
        const names = new Set(model.header.nameWords ?? []);
        const knownWords = { has: (w: string) => model.vectorizer.index.has(`${lang}|w:${w}`) && !names.has(`${lang}|${w}`) };
        const options = model.header.sentenceOpeners ? { knownWords } : {};
        // the span-lexicon scores, from the same token forms
        const para = doc.paragraphs[pi]!;
        const tokens = doc.tokensIn(para.start, para.end);
        const scores = lexiconScores(lexiconKeys(tokens, tokenForms(tokens, paragraphNgramOptions(doc, lang, options)), lang), model.lexicons?.get(lang));
        const x = model.vectorizer.transform(withLexiconFeatures(paragraphFeatures(doc, pi, lang, options), scores));
        const expected = model.header.techniques
          .map((technique, c) => {
            let z = model.header.biases[c]!;
            x.idx.forEach((j, k) => (z += model.matrix.at(j, c) * x.val[k]!));
            return { technique, score: 1 / (1 + Math.exp(-z)) };
          })
          .filter((t) => t.score >= (model.header.languageThresholds?.[lang] ?? model.header.threshold) + (model.header.techniqueOffsets?.[t.technique] ?? 0))
          .sort((a, b) => b.score - a.score);
        const got = found.paragraphs[pi]!.techniques;
        expect(got.map((t) => t.technique)).toEqual(expected.map((t) => t.technique));
        got.forEach((t, i) => expect(t.score).toBeCloseTo(expected[i]!.score, 3));
      });
      // not a vacuous comparison: the text is loaded enough to pass the threshold, and the lexicon is there
      expect(found.paragraphs.some((p) => p.techniques.length > 0)).toBe(true);
      expect(model.lexicons?.get(lang)?.size ?? 0).toBeGreaterThan(1000);
    }
  });
});

describe('the language intercept (techniques 1.8.1)', () => {
  it('is a raw-value feature of each trained language, in that language file only, and absent elsewhere', async () => {
    const { isRawValueFeature } = await import('../../src/learn/vectorizer.js');
    const { languageInterceptKey, LANGUAGE_INTERCEPT } = await import('../../src/techniques/featurize.js');
    expect(isRawValueFeature(languageInterceptKey('fr'))).toBe(true);
    expect(isRawValueFeature('fr|w:x:y')).toBe(false);
    const doc = new Doc('Ils mentent encore.', { lang: 'fr' });
    expect(paragraphFeatures(doc, 0, 'fr').get(languageInterceptKey('fr'))).toBe(LANGUAGE_INTERCEPT);
    const fr = new ModelStore().load(modelFileName('fr'), readTechniqueModel);
    const j = fr.vectorizer.index.get(languageInterceptKey('fr'));
    expect(j).toBeDefined();
    expect(fr.vectorizer.raw?.[j!]).toBe(1);
    expect(fr.vectorizer.index.has(languageInterceptKey('en'))).toBe(false);
    const shared = new ModelStore().load(modelFileName('shared'), readTechniqueModel);
    expect([...shared.vectorizer.index.keys()].some((k) => k.includes('|x:'))).toBe(false);
  });
});
