import type { LabeledSpan } from '../corpus/semeval2023.js';
import type { CvProvider, FoldRequest } from '../eval/cv-types.js';
import { TECHNIQUES } from '../taxonomy/ids.js';
import type { TechniqueId } from '../taxonomy/ids.js';
import { innerCvThreshold } from './threshold.js';
import type { InnerSample } from './threshold.js';
import { loadTechniqueCorpus } from './corpus.js';
import { detectTechniques } from './detector.js';
import { fitTechniques, DEFAULT_FIT_CONFIG } from './fit.js';
import type { TechniqueModel } from './modelio.js';
import { SPAN_MODEL_VERSION, trainLocator } from './locator-train.js';
import { lexiconSamplesOf, modelFromFitted, nameFormKeys, nameWordKeys, prepareLanguage, spanShapes, TECHNIQUE_MODEL_VERSION, withSpanLexicon } from './train.js';
import type { LexiconSample } from './span-lexicon.js';

/**
 * Cross-validation providers for subtask 3 (techniques per paragraph) and for
 * spans. Both come from one training per fold (cached), so measuring both
 * costs one fit per fold.
 */
const fits = new Map<string, TechniqueModel>();
/** Inner folds for the nested threshold choice: 2 keeps the whole CV run within a few minutes. */
const INNER_FOLDS = 2;

function foldModel(request: FoldRequest): TechniqueModel {
  const key = `${request.corpus}|${request.langs.join(',')}|${request.k}|${request.seed}|${request.fold}`;
  const hit = fits.get(key);
  if (hit) return hit;
  const inTraining = (lang: string, id: string): boolean => {
    const f = request.folds.get(`${lang}/${id}`);
    return f !== undefined && f !== request.fold;
  };
  const plain: InnerSample[] = [];
  const lexiconSamples: LexiconSample[] = [];
  for (const lang of request.langs) {
    const p = prepareLanguage(request.corpus, lang);
    const lexiconOf = lexiconSamplesOf(request.corpus, lang);
    p.paragraphs.forEach((q, i) => {
      if (!inTraining(lang, q.articleId)) return;
      plain.push({ group: `${lang}/${q.articleId}`, features: p.features[i]!, labels: q.labels });
      lexiconSamples.push(lexiconOf[i]!);
    });
  }
  const config = { ...DEFAULT_FIT_CONFIG, seed: request.seed };
  // the span lexicon learns from the fold's training articles only; their own scores come from
  // inner folds, as in training (the nested threshold below reuses those scores, whose lexicons
  // saw the inner held-out articles: a small optimism in the threshold choice only)
  const { features, lexicons } = withSpanLexicon(plain.map((s) => s.features), lexiconSamples, request.seed);
  const samples: InnerSample[] = plain.map((s, i) => ({ ...s, features: features[i]! }));
  const fitted = fitTechniques(samples.map((s) => s.features), samples.map((s) => s.labels), config);
  // the threshold comes from CV inside the training folds only (nested), so the held-out
  // fold's figure is honest; the shipped DECISION_THRESHOLD, LANGUAGE_THRESHOLDS and TECHNIQUE_OFFSETS were chosen
  // the same way on all data
  const { threshold, languages, offsets } = innerCvThreshold(samples, config, INNER_FOLDS, request.seed);
  const model = modelFromFitted(fitted, {
    version: TECHNIQUE_MODEL_VERSION,
    threshold,
    languageThresholds: languages,
    techniqueOffsets: offsets,
    titleWords: true,
    sentenceOpeners: true,
    nameWords: nameWordKeys(fitted.vectorizer.state().features, request.langs.map((lang) => [lang, prepareLanguage(request.corpus, lang).wordCases])),
    nameForms: nameFormKeys(request.corpus, request.langs),
    ...spanShapes(request.corpus, request.langs, inTraining),
    training: {},
  }, lexicons);
  // kept for every fold of the run: the spans provider then reuses the subtask-3 fits
  // (about 60 MB per fold); a run with other folds or languages starts afresh
  for (const k of fits.keys()) if (!k.startsWith(key.slice(0, key.lastIndexOf('|')))) fits.delete(k);
  fits.set(key, model);
  return model;
}

/** Held-out articles of the request, per language. */
function heldOut(request: FoldRequest, lang: string): string[] {
  const data = loadTechniqueCorpus(request.corpus, lang);
  return [...data.docs.keys()].filter((id) => request.folds.get(`${lang}/${id}`) === request.fold);
}

export const techniqueParagraphProvider: CvProvider<'3'> = {
  subtask: '3',
  name: `spinscope techniques ${TECHNIQUE_MODEL_VERSION}`,
  predictFold(request) {
    const model = foldModel(request);
    const out = new Map<string, TechniqueId[]>();
    for (const lang of request.langs) {
      const data = loadTechniqueCorpus(request.corpus, lang);
      const held = new Set(heldOut(request, lang));
      const byArticle = new Map<string, Map<number, TechniqueId[]>>();
      for (const id of held) {
        const found = detectTechniques(data.docs.get(id)!, model, lang, { spans: false });
        byArticle.set(id, new Map(found.paragraphs.map((p) => [p.id, p.techniques.map((t) => t.technique)])));
      }
      for (const q of data.paragraphs) {
        if (!held.has(q.articleId)) continue;
        const list = byArticle.get(q.articleId)?.get(q.paragraph) ?? [];
        out.set(q.key, TECHNIQUES.filter((t) => list.includes(t)));
      }
    }
    return out;
  },
};

export const techniqueSpanProvider: CvProvider<'spans'> = {
  subtask: 'spans',
  name: `spinscope technique spans ${TECHNIQUE_MODEL_VERSION}, span locator ${SPAN_MODEL_VERSION}`,
  predictFold(request) {
    const model = foldModel(request);
    const out = new Map<string, LabeledSpan[]>();
    for (const lang of request.langs) {
      const data = loadTechniqueCorpus(request.corpus, lang);
      // the span locator learns from the fold's training articles only
      const inTraining = (id: string): boolean => request.folds.get(`${lang}/${id}`) !== request.fold;
      const locator = trainLocator(request.corpus, lang, (id) => request.folds.has(`${lang}/${id}`) && inTraining(id));
      for (const id of heldOut(request, lang)) {
        const found = detectTechniques(data.docs.get(id)!, model, lang, { locator });
        out.set(`${lang}/${id}`, found.spans.map((s) => ({ id, technique: s.technique, start: s.start, end: s.end })));
      }
    }
    return out;
  },
};
