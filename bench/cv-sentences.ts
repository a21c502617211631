/**
 * Experiment: does a sentence-level model, trained on sentences labelled from
 * the gold spans, improve paragraph-level technique detection when its
 * strongest sentence is blended with the paragraph model?
 *   npx tsx bench/cv-sentences.ts [k=5]
 * Prints pooled and per-language micro-F1 for blends a·p(paragraph) + (1−a)·max p(sentence)
 * over a threshold sweep (a = 1 is the shipped paragraph model).
 */
import { ngramFeatures } from '../src/features/ngrams.js';
import { assignFolds, DEFAULT_SEED } from '../src/eval/folds.js';
import { multiLabelF1 } from '../src/eval/f1.js';
import { loadTechniqueCorpus } from '../src/techniques/corpus.js';
import type { TrainingParagraph } from '../src/techniques/corpus.js';
import { lowerCaseWords } from '../src/features/ordinary-words.js';
import { paragraphFeatures } from '../src/techniques/featurize.js';
import { DEFAULT_FIT_CONFIG, fitTechniques, techniqueProbabilities } from '../src/techniques/fit.js';
import { TECHNIQUES } from '../src/taxonomy/ids.js';
import type { TechniqueId } from '../src/taxonomy/ids.js';
import { TASK_CODES } from '../src/lang/codes.js';
import { requireCorpus } from './corpus.js';

const [k = 5] = process.argv.slice(2).map(Number);
const corpus = requireCorpus();
const LANGS = TASK_CODES;
interface Sentence { para: number; features: Map<string, number>; labels: TechniqueId[] }
const paras: TrainingParagraph[] = [];
const sentences: Sentence[] = [];
for (const l of LANGS) {
  const data = loadTechniqueCorpus(corpus, l);
  for (const p of data.paragraphs) {
    if (p.index < 0) continue;
    const pi = paras.push(p) - 1;
    const range = p.doc.paragraphs[p.index]!;
    const spans = data.spans.get(p.articleId) ?? [];
    for (const s of p.doc.sentences) {
      if (s.start < range.start || s.end > range.end) continue;
      const labels = TECHNIQUES.filter((t) => p.labels.includes(t) && spans.some((g) => g.technique === t && g.start < s.end && g.end > s.start));
      const features = ngramFeatures(p.doc.tokensIn(s.start, s.end), { lang: l, prefix: l, ordinaryWords: lowerCaseWords(p.doc) });
      sentences.push({ para: pi, features, labels });
    }
  }
}
const feats = paras.map((p) => paragraphFeatures(p.doc, p.index, p.lang));
console.log(`${paras.length} paragraphs, ${sentences.length} sentences`);
const folds = assignFolds(new Set(paras.map((p) => `${p.lang}/${p.articleId}`)), k, DEFAULT_SEED);
const foldOf = (i: number): number => folds.get(`${paras[i]!.lang}/${paras[i]!.articleId}`)!;
const pPara: Float64Array[] = new Array(paras.length);
const pSent: Float64Array[] = paras.map(() => new Float64Array(TECHNIQUES.length));
for (let f = 0; f < k; f++) {
  const t0 = Date.now();
  const train = paras.map((_, i) => i).filter((i) => foldOf(i) !== f);
  const fitted = fitTechniques(train.map((i) => feats[i]!), train.map((i) => paras[i]!.labels), { ...DEFAULT_FIT_CONFIG, seed: 1 });
  paras.forEach((_, i) => {
    if (foldOf(i) === f) pPara[i] = techniqueProbabilities(fitted.models, fitted.vectorizer.transform(feats[i]!));
  });
  const strain = sentences.filter((s) => foldOf(s.para) !== f);
  const sfit = fitTechniques(strain.map((s) => s.features), strain.map((s) => s.labels), { ...DEFAULT_FIT_CONFIG, seed: 1 });
  for (const s of sentences) {
    if (foldOf(s.para) !== f) continue;
    const p = techniqueProbabilities(sfit.models, sfit.vectorizer.transform(s.features));
    const acc = pSent[s.para]!;
    for (let c = 0; c < p.length; c++) acc[c] = Math.max(acc[c]!, p[c]!);
  }
  console.log(`fold ${f}: ${Date.now() - t0} ms`);
}
const thresholds = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
for (const a of [1, 0.7, 0.5, 0.3, 0]) {
  for (const thr of thresholds) {
    const row = [...LANGS, 'all'].map((l) => {
      const idx = paras.map((_, i) => i).filter((i) => l === 'all' || paras[i]!.lang === l);
      const pred = idx.map((i) => TECHNIQUES.filter((_, c) => a * pPara[i]![c]! + (1 - a) * pSent[i]![c]! >= thr));
      return multiLabelF1(idx.map((i) => paras[i]!.labels), pred, TECHNIQUES).micro.toFixed(3);
    });
    console.log(`a ${a.toFixed(1)} thr ${thr.toFixed(2)}  ${row.join('  ')}`);
  }
}
