/**
 * Quick cross-validation of the paragraph-level technique model, to tune it
 * (by article, per language, folds from eval/folds.ts). Prints micro-F1 per
 * language for a sweep of global thresholds on the out-of-fold probabilities.
 *   npx tsx bench/cv-techniques.ts [k=5] [C=4] [epochs=8] [power=0.25] [minDf=3] (defaults: the shipped DEFAULT_FIT_CONFIG)
 * Environment: THRESHOLD (per-technique table, one threshold for every language; default the shipped DECISION_THRESHOLD, LANGUAGE_THRESHOLDS and TECHNIQUE_OFFSETS), CONTEXT=1 (add neighbouring paragraphs' words),
 * DECAY (learning-rate decay per epoch, default 1), BLOCK_NORM=0 (one joint norm instead of word/char blocks),
 * AVG_LAST=n (average the iterates of the last n epochs), AVG_EVERY=step|epoch (which iterates: every step's or each epoch's end), SEEDS=n (average the weights of n shuffling seeds),
 * MARKS=1 (words of questions and quotations also as such, features/sentence-marks.ts), GROUP_CW=1 (class weights counted per language), LANG_BALANCE=p (each language's paragraphs weighted by (n / (6 · n_language))^p; three probes, docs/history/techniques.md "Version 1.8.1"),
 * INTERCEPT=v (the language intercept's value; 0: none), COPY=1 (each shared feature also as a copy of the paragraph's language: a probe, docs/history/techniques.md "Version 1.8.1"),
 * LEXICON=0 (no span-lexicon scores, models before 1.4.0), FOLDS=0,1 (only those outer folds), DUMP=path (write the out-of-fold probabilities as JSON lines: lang, article, paragraph, gold, probabilities), TITLE_WORDS=0 (mask every capitalised word inside a sentence; by default, capitalised words the article also writes in lower case are not names).
 */
import { writeFileSync } from 'node:fs';
import { assignFolds, DEFAULT_SEED } from '../src/eval/folds.js';
import { multiLabelF1 } from '../src/eval/f1.js';
import { loadTechniqueCorpus } from '../src/techniques/corpus.js';
import type { TrainingParagraph } from '../src/techniques/corpus.js';
import { languageInterceptKey, paragraphFeatures } from '../src/techniques/featurize.js';
import { DEFAULT_FIT_CONFIG, fitTechniques, techniqueProbabilities } from '../src/techniques/fit.js';
import { TECHNIQUES } from '../src/taxonomy/ids.js';
import { TASK_CODES } from '../src/lang/codes.js';
import { DECISION_THRESHOLD, LANGUAGE_THRESHOLDS, TECHNIQUE_OFFSETS, lexiconSamplesOf, prepareLanguage, withSpanLexicon, wordCasesOf } from '../src/techniques/train.js';
import { lexiconScores, withLexiconFeatures } from '../src/techniques/span-lexicon.js';
import { bestThreshold, freeWeights, LANGUAGE_THRESHOLD_MIN_GAIN, LANGUAGE_THRESHOLD_REFERENCE_SIZE, languageThresholds, OFFSET_GRID, offsetsByTechnique, TECHNIQUE_FREE_WEIGHTS, techniqueOffsets } from '../src/techniques/threshold.js';
import { requireCorpus } from './corpus.js';

const [k = 5, C = DEFAULT_FIT_CONFIG.C, epochs = DEFAULT_FIT_CONFIG.epochs, power = DEFAULT_FIT_CONFIG.classWeightPower, minDf = DEFAULT_FIT_CONFIG.minDf] = process.argv.slice(2).map(Number);
const corpus = requireCorpus();
const LANGS = TASK_CODES;
let t0 = Date.now();
const paras: TrainingParagraph[] = [];
for (const l of LANGS) paras.push(...loadTechniqueCorpus(corpus, l).paragraphs.filter((p) => p.index >= 0));
// OPENERS=0: capitalised sentence openers keep their word (models before the sentence-opener rule)
const knownWords = new Map(LANGS.map((l) => [l, wordCasesOf(paras.filter((p) => p.lang === l)).known]));
// German: names read by their role (GERMAN_NAMES=0: models before that rule)
const prepared = new Map(LANGS.map((l) => [l, process.env.GERMAN_NAMES === '0' ? undefined : prepareLanguage(corpus, l)]));
const feats = paras.map((p) =>
  paragraphFeatures(p.doc, p.index, p.lang, {
    context: process.env.CONTEXT === '1',
    marks: process.env.MARKS === '1',
    titleWords: (process.env.TITLE_WORDS ?? '1') === '1',
    ...(process.env.OPENERS === '0' ? {} : { knownWords: knownWords.get(p.lang)! }),
    ...(prepared.get(p.lang)?.nameForms ? { nameForms: prepared.get(p.lang)!.nameForms!, nounVocabulary: prepared.get(p.lang)!.nounVocabulary! } : {}),
  }),
);
// INTERCEPT=v: the language intercept's value instead of LANGUAGE_INTERCEPT (0: none; a probe)
if (process.env.INTERCEPT !== undefined) {
  for (const [i, f] of feats.entries()) {
    if (Number(process.env.INTERCEPT) > 0) f.set(languageInterceptKey(paras[i]!.lang), Number(process.env.INTERCEPT));
    else f.delete(languageInterceptKey(paras[i]!.lang));
  }
}
// the span lexicon's samples, in the order of paras (prepareLanguage's paragraphs are those with index >= 0, in corpus order)
const lexiconOn = process.env.LEXICON !== '0';
const lexSamples = lexiconOn ? LANGS.flatMap((l) => lexiconSamplesOf(corpus, l)) : [];
if (lexiconOn && lexSamples.length !== paras.length) throw new Error('span-lexicon samples do not line up with the paragraphs');
console.log(`${paras.length} paragraphs featurised in ${Date.now() - t0} ms`);
const folds = assignFolds(new Set(paras.map((p) => `${p.lang}/${p.articleId}`)), k, DEFAULT_SEED);
const probs: Float64Array[] = new Array(paras.length);
// FOLDS=0,1 runs only those outer folds (quicker comparisons; figures then cover their paragraphs only)
const runFolds = process.env.FOLDS ? process.env.FOLDS.split(',').map(Number) : Array.from({ length: k }, (_, f) => f);
for (const f of runFolds) {
  t0 = Date.now();
  const train = paras.map((_, i) => i).filter((i) => folds.get(`${paras[i]!.lang}/${paras[i]!.articleId}`) !== f);
  const test = paras.map((_, i) => i).filter((i) => folds.get(`${paras[i]!.lang}/${paras[i]!.articleId}`) === f);
  const lex = lexiconOn ? withSpanLexicon(train.map((i) => feats[i]!), train.map((i) => lexSamples[i]!), DEFAULT_SEED) : undefined;
  // COPY=1 (a probe): each shared feature (shapes, valence, span lexicon) also as a copy of the paragraph's language
  const copied = (lang: string, f: Map<string, number>): Map<string, number> => {
    if (process.env.COPY !== '1') return f;
    const out = new Map(f);
    for (const [key, v] of f) if (!key.includes('|')) out.set(`${lang}|${key}`, v);
    return out;
  };
  const trainFeats = (lex ? lex.features : train.map((i) => feats[i]!)).map((f, q) => copied(paras[train[q]!]!.lang, f));
  const testFeats = (i: number) => copied(paras[i]!.lang, lex ? withLexiconFeatures(feats[i]!, lexiconScores(lexSamples[i]!.keys, lex.lexicons.get(paras[i]!.lang))) : feats[i]!);
  const fitted = fitTechniques(trainFeats, train.map((i) => paras[i]!.labels), { ...DEFAULT_FIT_CONFIG, minDf, C, epochs, classWeightPower: power, epochDecay: Number(process.env.DECAY ?? DEFAULT_FIT_CONFIG.epochDecay), blockNorm: (process.env.BLOCK_NORM ?? '1') === '1', averageLast: Number(process.env.AVG_LAST ?? DEFAULT_FIT_CONFIG.averageLast), averageEvery: process.env.AVG_EVERY === 'epoch' ? 'epoch' : process.env.AVG_EVERY === 'step' ? 'step' : DEFAULT_FIT_CONFIG.averageEvery, seedRuns: Number(process.env.SEEDS ?? DEFAULT_FIT_CONFIG.seedRuns), seed: 1, groupClassWeights: process.env.GROUP_CW === '1', groupBalancePower: Number(process.env.LANG_BALANCE ?? 0) }, train.map((i) => LANGS.indexOf(paras[i]!.lang)));
  for (const i of test) probs[i] = techniqueProbabilities(fitted.models, fitted.vectorizer.transform(testFeats(i)));
  console.log(`fold ${f}: ${train.length} train, ${fitted.vectorizer.size} features, ${Date.now() - t0} ms`);
}
if (process.env.DUMP) {
  const lines = paras.flatMap((p, i) => (probs[i] ? [JSON.stringify({ lang: p.lang, article: p.articleId, paragraph: p.index, gold: p.labels, p: Array.from(probs[i]!, (v) => Number(v.toFixed(4))) })] : []));
  writeFileSync(process.env.DUMP, `${lines.join('\n')}\n`);
}
const thresholds = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];
console.log(`thr   ${LANGS.join('     ')}   all`);
for (const thr of thresholds) {
  const row: string[] = [];
  for (const l of [...LANGS, 'all']) {
    const idx = paras.map((_, i) => i).filter((i) => probs[i] && (l === 'all' || paras[i]!.lang === l));
    const gold = idx.map((i) => paras[i]!.labels);
    const pred = idx.map((i) => TECHNIQUES.filter((_, c) => probs[i]![c]! >= thr));
    row.push(multiLabelF1(gold, pred, TECHNIQUES).micro.toFixed(3));
  }
  console.log(`${thr.toFixed(2)}  ${row.join('  ')}`);
}

const SHIPPED = Number(process.env.THRESHOLD ?? DECISION_THRESHOLD);
// the global threshold and the languages that keep one of their own (the rule of LANGUAGE_THRESHOLDS)
{
  const idx = paras.map((_, i) => i).filter((i) => probs[i]);
  const gold = idx.map((i) => paras[i]!.labels.map((t) => TECHNIQUES.indexOf(t)));
  const p = idx.map((i) => probs[i]!);
  const global = bestThreshold(p, gold);
  const own = languageThresholds(p, gold, idx.map((i) => paras[i]!.lang), global.threshold);
  console.log(`\nbest global threshold ${global.threshold} (pooled micro-F1 ${global.microF1.toFixed(4)}); languages with their own (gain >= ${LANGUAGE_THRESHOLD_MIN_GAIN} × √(${LANGUAGE_THRESHOLD_REFERENCE_SIZE} / paragraphs), technique-free paragraphs weighted by TECHNIQUE_FREE_WEIGHTS): ${Object.entries(own).map(([l, t]) => `${l} ${t.threshold} (${t.microF1.toFixed(4)} against ${t.globalF1.toFixed(4)})`).join(', ') || 'none'}`);
  // per-technique offsets over the shipped language thresholds (the rule of TECHNIQUE_OFFSETS)
  const base = idx.map((i) => LANGUAGE_THRESHOLDS[paras[i]!.lang] ?? SHIPPED);
  const langOf = idx.map((i) => paras[i]!.lang);
  const weights = freeWeights(langOf);
  const offsets = techniqueOffsets(p, gold, base, OFFSET_GRID, 3, weights);
  console.log(`technique offsets over the shipped thresholds: ${JSON.stringify(offsetsByTechnique(offsets))}`);
  // micro-F1 of a language (or all), plain and with each language's technique-free paragraphs
  // weighted as the hidden set's shift implies (TECHNIQUE_FREE_WEIGHTS)
  const f1Of = (l: string, withOffsets: boolean, weighted: boolean) => {
    let tp = 0;
    let predicted = 0;
    let relevant = 0;
    p.forEach((probs, q) => {
      if (l !== 'all' && langOf[q] !== l) return;
      const g = gold[q]!;
      relevant += g.length;
      const w = weighted && g.length === 0 ? weights[q]! : 1;
      probs.forEach((v, c) => {
        if (v < base[q]! + (withOffsets ? offsets[c]! : 0)) return;
        predicted += w;
        if (g.includes(c)) tp++;
      });
    });
    return (2 * tp) / (predicted + relevant);
  };
  for (const withOffsets of [false, true]) {
    const row = [...LANGS, 'all'].map((l) => `${l} ${f1Of(l, withOffsets, false).toFixed(3)}/${f1Of(l, withOffsets, true).toFixed(3)}`);
    console.log(`${withOffsets ? 'with offsets' : 'language thresholds only'} (plain/weighted ${JSON.stringify(TECHNIQUE_FREE_WEIGHTS)}): ${row.join(' ')}`);
  }
}

// per technique at the shipped decision rule (a language's own threshold where LANGUAGE_THRESHOLDS has
// one, and TECHNIQUE_OFFSETS; with THRESHOLD set, that one threshold alone), all languages pooled
const scored = paras.map((_, i) => i).filter((i) => probs[i]);
const shippedFor = (lang: string, technique: string) =>
  process.env.THRESHOLD ? SHIPPED : (LANGUAGE_THRESHOLDS[lang] ?? SHIPPED) + (TECHNIQUE_OFFSETS[technique] ?? 0);
const all = multiLabelF1(
  scored.map((i) => paras[i]!.labels),
  scored.map((i) => TECHNIQUES.filter((t, c) => probs[i]![c]! >= shippedFor(paras[i]!.lang, t))),
  TECHNIQUES,
);
const own = process.env.THRESHOLD ? '' : `${Object.entries(LANGUAGE_THRESHOLDS).map(([l, t]) => `, ${l} ${t}`).join('')}, offsets ${JSON.stringify(TECHNIQUE_OFFSETS)}`;
console.log(`\nper technique at threshold ${SHIPPED}${own} (all languages): technique | gold paragraphs | P | R | F1`);
for (const t of all.perLabel) console.log(`| ${t.label} | ${t.tp + t.fn} | ${t.precision.toFixed(3)} | ${t.recall.toFixed(3)} | ${t.f1.toFixed(3)} |`);
console.log(`micro-F1 ${all.micro.toFixed(3)}, macro-F1 ${all.macro.toFixed(3)}`);
