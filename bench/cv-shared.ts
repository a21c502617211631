/**
 * Cross-validation of the language-agnostic technique model that languages without training
 * data get (techniques-shared.bin): the shared shape/role and word-valence features alone,
 * trained on the six languages' paragraphs, 5 folds by article (the folds of
 * bench/cv-techniques.ts). Prints the best threshold of the sweep (SHARED_THRESHOLD in
 * src/techniques/train.ts), micro-F1 per language at it, and how confident the model is.
 *
 *   npx tsx bench/cv-shared.ts
 */
import { assignFolds, DEFAULT_SEED } from '../src/eval/folds.js';
import { TASK_CODES } from '../src/lang/codes.js';
import { TECHNIQUES } from '../src/taxonomy/ids.js';
import type { TechniqueId } from '../src/taxonomy/ids.js';
import { languageAgnosticFeatures } from '../src/techniques/featurize.js';
import { DEFAULT_FIT_CONFIG, fitTechniques, techniqueProbabilities } from '../src/techniques/fit.js';
import { bestThreshold, microF1At } from '../src/techniques/threshold.js';
import { prepareLanguage, SHARED_THRESHOLD } from '../src/techniques/train.js';
import { requireCorpus } from './corpus.js';

const corpus = requireCorpus();
const features: Map<string, number>[] = [];
const labels: (readonly TechniqueId[])[] = [];
const groups: string[] = [];
const langs: string[] = [];
for (const lang of TASK_CODES) {
  const prepared = prepareLanguage(corpus, lang);
  prepared.paragraphs.forEach((q, i) => {
    features.push(languageAgnosticFeatures(prepared.features[i]!));
    labels.push(q.labels);
    groups.push(`${lang}/${q.articleId}`);
    langs.push(lang);
  });
}
const folds = assignFolds(new Set(groups), 5, DEFAULT_SEED);
const probs: Float64Array[] = new Array(features.length);
for (let f = 0; f < 5; f++) {
  const train = features.map((_, i) => i).filter((i) => folds.get(groups[i]!) !== f);
  const fitted = fitTechniques(train.map((i) => features[i]!), train.map((i) => labels[i]!), { ...DEFAULT_FIT_CONFIG, seed: 1 });
  features.forEach((x, i) => {
    if (folds.get(groups[i]!) === f) probs[i] = techniqueProbabilities(fitted.models, fitted.vectorizer.transform(x));
  });
  console.log(`fold ${f}: ${train.length} train, ${fitted.vectorizer.size} features`);
}
const gold = labels.map((ls) => ls.map((t) => TECHNIQUES.indexOf(t)));
const best = bestThreshold(probs, gold);
console.log(`best threshold ${best.threshold} (pooled micro-F1 ${best.microF1.toFixed(3)}); shipped SHARED_THRESHOLD ${SHARED_THRESHOLD}`);
const perLanguage = TASK_CODES.map((lang) => {
  const idx = langs.flatMap((l, i) => (l === lang ? [i] : []));
  return `${lang} ${microF1At(idx.map((i) => probs[i]!), idx.map((i) => gold[i]!), SHARED_THRESHOLD).toFixed(3)}`;
});
console.log(`micro-F1 at ${SHARED_THRESHOLD} by language: ${perLanguage.join(' ')}`);
const top = probs.map((p) => Math.max(...p));
console.log(`mean top probability ${(top.reduce((a, b) => a + b, 0) / top.length).toFixed(3)}, paragraphs with a technique at ${SHARED_THRESHOLD}: ${(top.filter((v) => v >= SHARED_THRESHOLD).length / top.length).toFixed(3)}`);
