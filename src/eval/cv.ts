import { Doc } from '../doc/doc.js';
import { readLanguageSplit } from '../corpus/semeval2023.js';
import type { LabeledSpan, LanguageSplit } from '../corpus/semeval2023.js';
import { FRAMES, GENRES, TECHNIQUES } from '../taxonomy/ids.js';
import type { FrameId, GenreId, TechniqueId } from '../taxonomy/ids.js';
import { majorityLabel, mostFrequentLabels, paragraphSpanBaseline } from './baselines.js';
import type { CvProvider, FoldRequest, PredictionsBySubtask, Subtask } from './cv-types.js';
import { balancedMacroF1, multiLabelF1, singleLabelF1 } from './f1.js';
import { assignFolds } from './folds.js';
import { CV_PROVIDERS } from './providers.js';
import { scoreSpans } from './spans.js';

/**
 * `spinscope eval --cv k`: k-fold cross-validation by article on the training
 * split. Each provider predicts every held-out fold; the out-of-fold
 * predictions of a language are pooled and scored once with the official
 * scorer, and a trivial baseline is fitted on the same training folds.
 */

export const SUBTASKS: readonly Subtask[] = ['1', '2', '3', 'spans'];

export interface CvOptions {
  corpus: string;
  /** Corpus folder codes (en fr ge it po ru). */
  langs: readonly string[];
  subtasks: readonly Subtask[];
  k: number;
  seed: number;
  providers?: readonly CvProvider[];
  log?: (line: string) => void;
}

/** Official metric first; secondary is micro/macro (for genre: micro and class-balanced macro), or precision and recall for spans. */
export interface CvScores {
  official: number;
  secondary: number[];
}

export interface CvRow {
  lang: string;
  subtask: Subtask;
  /** Provider name, or null when no provider is registered for the subtask. */
  system: string | null;
  systemScores: CvScores | null;
  baseline: string;
  baselineScores: CvScores;
  /** Items scored (articles, paragraphs or gold spans). */
  items: number;
  /** Seconds the provider spent over all folds (shared by its languages). */
  seconds: number;
}

export interface CvResult {
  k: number;
  seed: number;
  rows: CvRow[];
}

/** Held-out predictions of one language, pooled over folds. */
type Pooled<S extends Subtask> = PredictionsBySubtask[S];

function emptyPredictions<S extends Subtask>(subtask: S): Pooled<S> {
  return (subtask === 'spans' ? new Map<string, LabeledSpan[]>() : new Map()) as Pooled<S>;
}

/** Fold of every article key of every language, assigned per language. */
export function assignCorpusFolds(splits: ReadonlyMap<string, LanguageSplit>, k: number, seed: number): Map<string, number> {
  const folds = new Map<string, number>();
  for (const [lang, s] of splits) {
    // the subtask-3 folder holds every article of the language; label ids are added in case it does not
    const ids = new Set([...s.articles.keys(), ...s.genres.keys(), ...s.frames.keys(), ...s.template.map((t) => t.id)]);
    for (const [id, f] of assignFolds(ids, k, seed)) folds.set(`${lang}/${id}`, f);
  }
  return folds;
}

function score(subtask: Subtask, split: LanguageSplit, pred: Pooled<Subtask>, system: string): CvScores {
  const lang = split.code;
  if (subtask === '1') {
    const p = pred as Map<string, GenreId>;
    const ids = [...split.genres.keys()];
    const predicted = ids.map((id) => {
      const g = p.get(`${lang}/${id}`);
      if (g === undefined) throw new Error(`${system} gave no subtask-1 prediction for ${lang}/${id}`);
      return g;
    });
    const gold = ids.map((id) => split.genres.get(id)!);
    const r = singleLabelF1(gold, predicted, GENRES);
    return { official: r.macro, secondary: [r.micro, balancedMacroF1(gold, predicted)] };
  }
  if (subtask === '2') {
    const p = pred as Map<string, FrameId[]>;
    const ids = [...split.frames.keys()];
    const r = multiLabelF1(ids.map((id) => split.frames.get(id)!), ids.map((id) => p.get(`${lang}/${id}`) ?? []), FRAMES);
    return { official: r.micro, secondary: [r.macro] };
  }
  if (subtask === '3') {
    const p = pred as Map<string, TechniqueId[]>;
    const gold = paragraphGold(split);
    const keys = split.template.map((t) => `${lang}/${t.id}/${t.paragraph}`);
    const r = multiLabelF1(keys.map((k) => gold.get(k) ?? []), keys.map((k) => p.get(k) ?? []), TECHNIQUES);
    return { official: r.micro, secondary: [r.macro] };
  }
  const p = pred as Map<string, LabeledSpan[]>;
  const gold = split.spans.filter((s) => split.articles.has(s.id)).map((s) => ({ ...s, id: `${lang}/${s.id}` }));
  const predicted = [...split.articles.keys()].flatMap((id) => (p.get(`${lang}/${id}`) ?? []).map((s) => ({ ...s, id: `${lang}/${id}` })));
  const r = scoreSpans(gold, predicted);
  return { official: r.f1, secondary: [r.precision, r.recall] };
}

function paragraphGold(split: LanguageSplit): Map<string, TechniqueId[]> {
  return new Map(split.paragraphs.map((p) => [`${split.code}/${p.id}/${p.paragraph}`, p.techniques]));
}

function itemCount(subtask: Subtask, split: LanguageSplit): number {
  if (subtask === '1') return split.genres.size;
  if (subtask === '2') return split.frames.size;
  if (subtask === '3') return split.template.length;
  return split.spans.length;
}

const BASELINE_NAME: Record<Subtask, string> = {
  '1': 'majority genre',
  '2': 'most frequent frames',
  '3': 'most frequent techniques',
  spans: 'whole paragraph, most frequent technique',
};

/** Out-of-fold predictions of the trivial baseline for one language. */
function baselinePredictions(subtask: Subtask, split: LanguageSplit, folds: ReadonlyMap<string, number>, k: number): Pooled<Subtask> {
  const lang = split.code;
  const foldOf = (id: string) => folds.get(`${lang}/${id}`)!;
  if (subtask === '1') {
    const out = new Map<string, GenreId>();
    for (let f = 0; f < k; f++) {
      const train = [...split.genres].filter(([id]) => foldOf(id) !== f).map(([, g]) => g);
      const label = majorityLabel(train) ?? 'opinion';
      for (const id of split.genres.keys()) if (foldOf(id) === f) out.set(`${lang}/${id}`, label);
    }
    return out;
  }
  if (subtask === '2') {
    const out = new Map<string, FrameId[]>();
    for (let f = 0; f < k; f++) {
      const labels = mostFrequentLabels([...split.frames].filter(([id]) => foldOf(id) !== f).map(([, l]) => l));
      for (const id of split.frames.keys()) if (foldOf(id) === f) out.set(`${lang}/${id}`, labels);
    }
    return out;
  }
  if (subtask === '3') {
    const gold = paragraphGold(split);
    const out = new Map<string, TechniqueId[]>();
    for (let f = 0; f < k; f++) {
      const keyOf = (t: { id: string; paragraph: number }) => `${lang}/${t.id}/${t.paragraph}`;
      const labels = mostFrequentLabels(split.template.filter((t) => foldOf(t.id) !== f).map((t) => gold.get(keyOf(t)) ?? []));
      for (const t of split.template) if (foldOf(t.id) === f) out.set(keyOf(t), labels);
    }
    return out;
  }
  const out = new Map<string, LabeledSpan[]>();
  const templateParagraphs = new Map<string, Set<number>>();
  for (const t of split.template) {
    const set = templateParagraphs.get(t.id) ?? new Set<number>();
    set.add(t.paragraph);
    templateParagraphs.set(t.id, set);
  }
  for (let f = 0; f < k; f++) {
    const technique = majorityLabel(split.spans.filter((s) => foldOf(s.id) !== f).map((s) => s.technique)) ?? 'Loaded_Language';
    for (const [id, text] of split.articles) {
      if (foldOf(id) !== f) continue;
      const wanted = templateParagraphs.get(id);
      const paragraphs = new Doc(text).paragraphs.filter((p) => !wanted || wanted.has(p.id));
      out.set(`${lang}/${id}`, paragraphSpanBaseline(`${lang}/${id}`, paragraphs, technique));
    }
  }
  return out;
}

/** Adds a provider's held-out predictions to the pool, keeping only keys of the held-out fold. */
function mergeFold(pool: Pooled<Subtask>, fold: Pooled<Subtask>, folds: ReadonlyMap<string, number>, f: number): void {
  const target = pool as Map<string, unknown>;
  for (const [key, value] of fold as Map<string, unknown>) {
    const articleKey = key.split('/').slice(0, 2).join('/');
    if (folds.get(articleKey) === f) target.set(key, value);
  }
}

export async function runCrossValidation(options: CvOptions): Promise<CvResult> {
  const { corpus, langs, subtasks, k, seed } = options;
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`--cv needs an integer of at least 2, not ${k}`);
  const providers = options.providers ?? CV_PROVIDERS;
  const log = options.log ?? (() => {});
  const splits = new Map(langs.map((l) => [l, readLanguageSplit(corpus, l)]));
  for (const s of splits.values()) {
    if (s.spanNoise.clipped || s.spanNoise.skipped) log(`${s.code}: ${s.spanNoise.clipped} span(s) ending past their article clipped, ${s.spanNoise.skipped} skipped`);
    if (s.templateRepairs) log(`${s.code}: ${s.templateRepairs} template line(s) with two paragraphs glued together split`);
    for (const n of s.labelNoise) log(`${n.where}: unknown label "${n.label}" ${n.repairedTo ? `read as ${n.repairedTo}` : 'dropped'}`);
  }
  const folds = assignCorpusFolds(splits, k, seed);
  const rows: CvRow[] = [];
  for (const subtask of subtasks) {
    const baselines = new Map([...splits].map(([lang, s]) => [lang, score(subtask, s, baselinePredictions(subtask, s, folds, k), 'baseline')]));
    const mine = providers.filter((p) => p.subtask === subtask);
    const base = (lang: string) => ({
      lang,
      subtask,
      baseline: BASELINE_NAME[subtask],
      baselineScores: baselines.get(lang)!,
      items: itemCount(subtask, splits.get(lang)!),
    });
    if (mine.length === 0) {
      for (const lang of langs) rows.push({ ...base(lang), system: null, systemScores: null, seconds: 0 });
      continue;
    }
    for (const provider of mine) {
      const pool = emptyPredictions(subtask);
      const started = Date.now();
      for (let f = 0; f < k; f++) {
        const t0 = Date.now();
        const request: FoldRequest = { corpus, langs: [...langs], folds, fold: f, k, seed };
        mergeFold(pool, await provider.predictFold(request), folds, f);
        log(`subtask ${subtask}, ${provider.name}: fold ${f + 1}/${k} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      }
      const seconds = (Date.now() - started) / 1000;
      for (const [lang, split] of splits) {
        rows.push({ ...base(lang), system: provider.name, systemScores: score(subtask, split, pool, provider.name), seconds });
      }
    }
  }
  return { k, seed, rows };
}
