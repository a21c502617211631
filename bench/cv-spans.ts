/**
 * Quick cross-validation of technique spans (by article, folds of eval/folds.ts,
 * partial-overlap scorer of eval/spans.ts), per language.
 *   [CUTS=3/0,3/2,sentence] [ONLY_FOLD=0] npx tsx bench/cv-spans.ts [k=5]   (word runs at cut/blend pairs, whatever a language's
 *                                              shipped unit, or the best sentence; one fold only)
 *                                              paragraph model per fold; spans cut the old way
 *                                              (paragraph-model contributions) and by the locator at each cut
 *   ORACLE=1 npx tsx bench/cv-spans.ts [k=5]   gold paragraph techniques, locator only, sweeping its cut
 *                                              (no paragraph fit: seconds, for tuning)
 */
import type { LabeledSpan } from '../src/corpus/semeval2023.js';
import { assignFolds, DEFAULT_SEED } from '../src/eval/folds.js';
import { scoreSpans } from '../src/eval/spans.js';
import { loadTechniqueCorpus } from '../src/techniques/corpus.js';
import { detectTechniques } from '../src/techniques/detector.js';
import { paragraphFeatures } from '../src/techniques/featurize.js';
import { DEFAULT_FIT_CONFIG, fitTechniques } from '../src/techniques/fit.js';
import { locateSpans, locatorFeatures, repeatedWords, tokenScores } from '../src/techniques/locator.js';
import { DEFAULT_LOCATOR_CONFIG, trainLocator } from '../src/techniques/locator-train.js';
import { DECISION_THRESHOLD, modelFromFitted, spanShapes, TECHNIQUE_MODEL_VERSION } from '../src/techniques/train.js';
import type { TechniqueId } from '../src/taxonomy/ids.js';
import { TASK_CODES } from '../src/lang/codes.js';
import { requireCorpus } from './corpus.js';

const [k = 5] = process.argv.slice(2).map(Number);
const corpus = requireCorpus();
const LANGS = TASK_CODES;
const config = { ...DEFAULT_LOCATOR_CONFIG, alpha: Number(process.env.ALPHA ?? DEFAULT_LOCATOR_CONFIG.alpha) };
const ids = new Set<string>();
for (const l of LANGS) for (const id of loadTechniqueCorpus(corpus, l).docs.keys()) ids.add(`${l}/${id}`);
const folds = assignFolds(ids, k, DEFAULT_SEED);
const foldOf = (l: string, id: string): number => folds.get(`${l}/${id}`)!;
const gold = new Map<string, LabeledSpan[]>(LANGS.map((l) => [l, [...loadTechniqueCorpus(corpus, l).spans.values()].flat()]));
const fmt = (r: ReturnType<typeof scoreSpans>): string => `${r.f1.toFixed(3)} (${r.precision.toFixed(3)}/${r.recall.toFixed(3)})`;

if (process.env.ORACLE === '1') {
  const cuts = [0, 0.5, 1, 1.5, 2, 3];
  const pred = new Map<string, LabeledSpan[]>([...cuts, 'sentence', 'paragraph'].flatMap((c) => LANGS.map((l) => [`${c}|${l}`, []] as [string, LabeledSpan[]])));
  for (const l of LANGS) {
    const data = loadTechniqueCorpus(corpus, l);
    for (let f = 0; f < k; f++) {
      const locator = trainLocator(corpus, l, (id) => foldOf(l, id) !== f, config);
      for (const [id, spans] of data.spans) {
        if (foldOf(l, id) !== f) continue;
        const doc = data.docs.get(id)!;
        for (const p of doc.paragraphs) {
          const techniques = new Set(spans.filter((s) => s.start < p.end && s.end > p.start).map((s) => s.technique));
          if (techniques.size === 0) continue;
          const tokens = doc.tokensIn(p.start, p.end);
          const feats = locatorFeatures(tokens, l, repeatedWords(doc));
          for (const t of techniques) {
            const scores = tokenScores(feats, locator.weights.get(t));
            for (const c of cuts) {
              for (const cut of locateSpans(doc, tokens, scores, { ...locator, cut: c, unit: 'words' }, t)) pred.get(`${c}|${l}`)!.push({ id, technique: t as TechniqueId, start: cut.start, end: cut.end });
            }
            // the same scores, but always the best sentence (as for techniques whose spans run long), and the whole paragraph
            for (const cut of locateSpans(doc, tokens, scores, { ...locator, unit: 'sentence' }, t)) pred.get(`sentence|${l}`)!.push({ id, technique: t as TechniqueId, start: cut.start, end: cut.end });
            pred.get(`paragraph|${l}`)!.push({ id, technique: t as TechniqueId, start: p.start, end: p.end });
          }
        }
      }
    }
  }
  console.log(`oracle paragraph techniques, alpha ${config.alpha}: span F1 (P/R) per cut`);
  for (const c of [...cuts, 'sentence', 'paragraph']) console.log(`cut ${c}: ${LANGS.map((l) => `${l} ${fmt(scoreSpans(gold.get(l)!, pred.get(`${c}|${l}`)!))}`).join('  ')}`);
} else {
  const paras = LANGS.flatMap((l) => loadTechniqueCorpus(corpus, l).paragraphs.filter((p) => p.index >= 0));
  const feats = paras.map((p) => paragraphFeatures(p.doc, p.index, p.lang));
  const old = new Map<string, LabeledSpan[]>(LANGS.map((l) => [l, []]));
  // every technique found in a paragraph spanning the whole paragraph: the floor a span cutter must beat
  const whole = new Map<string, LabeledSpan[]>(LANGS.map((l) => [l, []]));
  const cuts = (process.env.CUTS ?? String(config.cut)).split(',');
  const only = process.env.ONLY_FOLD === undefined ? undefined : Number(process.env.ONLY_FOLD);
  const located = new Map<string, LabeledSpan[]>(cuts.flatMap((c) => LANGS.map((l) => [`${c}|${l}`, []] as [string, LabeledSpan[]])));
  for (let f = 0; f < k; f++) {
    if (only !== undefined && f !== only) continue;
    const t0 = Date.now();
    const train = paras.map((_, i) => i).filter((i) => foldOf(paras[i]!.lang, paras[i]!.articleId) !== f);
    const fitted = fitTechniques(train.map((i) => feats[i]!), train.map((i) => paras[i]!.labels), { ...DEFAULT_FIT_CONFIG, seed: DEFAULT_SEED });
    const model = modelFromFitted(fitted, { version: TECHNIQUE_MODEL_VERSION, threshold: DECISION_THRESHOLD, ...spanShapes(corpus, LANGS, (l, id) => foldOf(l, id) !== f), training: {} });
    for (const l of LANGS) {
      const data = loadTechniqueCorpus(corpus, l);
      const locator = trainLocator(corpus, l, (id) => foldOf(l, id) !== f, config);
      for (const [id, doc] of data.docs) {
        if (foldOf(l, id) !== f) continue;
        const detection = detectTechniques(doc, model, l);
        for (const s of detection.spans) old.get(l)!.push({ id, technique: s.technique, start: s.start, end: s.end });
        for (const p of detection.paragraphs) for (const t of p.techniques) whole.get(l)!.push({ id, technique: t.technique, start: p.start, end: p.end });
        for (const c of cuts) {
          // `sentence`: the locator's best sentence for every technique
          const variant = c === 'sentence'
            ? { ...locator, unit: 'sentence' as const }
            : { ...locator, cut: Number(c.split('/')[0]), blend: Number(c.split('/')[1] ?? locator.blend), unit: 'words' as const };
          for (const s of detectTechniques(doc, model, l, { locator: variant }).spans) located.get(`${c}|${l}`)!.push({ id, technique: s.technique, start: s.start, end: s.end });
        }
      }
    }
    console.log(`fold ${f}: ${Date.now() - t0} ms`);
  }
  console.log(`| language | whole paragraph F1 (P/R) | contributions F1 (P/R) | ${cuts.map((c) => `locator cut/blend ${c} F1 (P/R)`).join(' | ')} |`);
  const sum = new Array<number>(cuts.length + 2).fill(0);
  if (only !== undefined) for (const l of LANGS) gold.set(l, gold.get(l)!.filter((s) => foldOf(l, s.id) === only));
  for (const l of LANGS) {
    const scores = [scoreSpans(gold.get(l)!, whole.get(l)!), scoreSpans(gold.get(l)!, old.get(l)!), ...cuts.map((c) => scoreSpans(gold.get(l)!, located.get(`${c}|${l}`)!))];
    scores.forEach((r, i) => (sum[i]! += r.f1));
    console.log(`| ${l} | ${scores.map(fmt).join(' | ')} |`);
  }
  console.log(`| mean | ${sum.map((x) => (x / LANGS.length).toFixed(3)).join(' | ')} |`);
}
