import { join } from 'node:path';
import { readModelFile, writeModelFile } from '../learn/modelfile.js';
import type { Trainer } from '../learn/trainers.js';
import { TECHNIQUES } from '../taxonomy/ids.js';
import { loadTechniqueCorpus } from './corpus.js';
import { locatorFeatures, repeatedWords } from './locator.js';
import { prepareLanguage } from './train.js';
import { NOUN_CAPS_LANGS } from '../features/german-names.js';
import type { SpanLocator, SpanUnit } from './locator.js';
import { TASK_CODES } from '../lang/codes.js';

/**
 * Training and storing the span locator (locator.ts) of one language from the
 * gold span files. Counting only: for each technique t, in paragraphs holding
 * a gold span of t, how often each feature fires on tokens inside a t span
 * (a) and outside (b); the weight is the smoothed log-odds
 *   log((a + α·π) / (b + α·(1−π))) − log(π / (1−π)),   π = share of tokens inside,
 * i.e. how much the feature raises the odds of "inside" above the base rate.
 * Rare features (a < MIN_INSIDE) and weak ones are pruned to keep the file small.
 */
export const SPAN_MODEL_KIND = 'spinscope-span-locator';
/** 1.1.0: the span unit per language; 1.2.0: side words take the name role; 1.3.0: German names too (features/german-names.ts). */
export const SPAN_MODEL_VERSION = '1.4.0';
export const LOCATOR_LANGS = TASK_CODES;
export const spanModelFileName = (lang: string): string => `spans-${lang}.bin`;

export interface LocatorTrainConfig {
  alpha: number;
  minInside: number;
  minWeight: number;
  cut: number;
  blend: number;
  /** Languages whose spans are whole sentences (SpanUnit 'sentence'); the others cut word runs. */
  sentenceLanguages: readonly string[];
}

// Span unit per language, from `CUTS=3/1,sentence npx tsx bench/cv-spans.ts` (5 folds by article,
// a paragraph model per fold, the same detected techniques cut both ways), span F1 word runs →
// best sentence: en 0.138 → 0.106, fr 0.089 → 0.105, ge 0.137 → 0.132, it 0.154 → 0.150,
// po 0.099 → 0.089, ru 0.129 → 0.154. With the gold techniques given (ORACLE=1) the sentence
// wins in every language but English, but there the word runs' precision matters less.
export const DEFAULT_LOCATOR_CONFIG: LocatorTrainConfig = { alpha: 2, minInside: 3, minWeight: 0.25, cut: 3, blend: 1, sentenceLanguages: ['fr', 'ru'] };

export function trainLocator(corpus: string, lang: string, keepArticle: (id: string) => boolean = () => true, config: LocatorTrainConfig = DEFAULT_LOCATOR_CONFIG): SpanLocator {
  const data = loadTechniqueCorpus(corpus, lang);
  // German names read by their role, with the technique model's lists (text only: CV folds share them)
  const prepared = NOUN_CAPS_LANGS.has(lang) ? prepareLanguage(corpus, lang) : undefined;
  const roles = prepared?.nameForms && prepared.nounVocabulary ? { nameForms: prepared.nameForms, nounVocabulary: prepared.nounVocabulary } : {};
  const inside = new Map<string, Map<string, number>>();
  const outside = new Map<string, Map<string, number>>();
  const totals = new Map<string, { a: number; b: number }>();
  const lengths = new Map<string, number[]>();
  const bump = (m: Map<string, Map<string, number>>, t: string, k: string): void => {
    let row = m.get(t);
    if (!row) m.set(t, (row = new Map()));
    row.set(k, (row.get(k) ?? 0) + 1);
  };
  for (const [id, spans] of data.spans) {
    if (!keepArticle(id) || spans.length === 0) continue;
    const doc = data.docs.get(id)!;
    for (const s of spans) {
      let list = lengths.get(s.technique);
      if (!list) lengths.set(s.technique, (list = []));
      list.push(doc.tokensIn(s.start, s.end).filter((t) => t.isWord).length);
    }
    const repeated = repeatedWords(doc);
    for (const p of doc.paragraphs) {
      const here = spans.filter((s) => s.start < p.end && s.end > p.start);
      if (here.length === 0) continue;
      const tokens = doc.tokensIn(p.start, p.end);
      const features = locatorFeatures(tokens, lang, repeated, roles);
      for (const t of new Set(here.map((s) => s.technique))) {
        const mine = here.filter((s) => s.technique === t);
        const tot = totals.get(t) ?? { a: 0, b: 0 };
        tokens.forEach((tok, i) => {
          const isIn = mine.some((s) => tok.start < s.end && tok.end > s.start);
          if (isIn) tot.a++;
          else tot.b++;
          for (const k of features[i]!) bump(isIn ? inside : outside, t, k);
        });
        totals.set(t, tot);
      }
    }
  }
  const weights = new Map<string, Map<string, number>>();
  const spanWords: Record<string, number> = {};
  for (const t of TECHNIQUES) {
    const list = (lengths.get(t) ?? [12]).sort((x, y) => x - y);
    spanWords[t] = list[Math.floor(list.length / 2)]!;
    const tot = totals.get(t);
    if (!tot || tot.a === 0) continue;
    const prior = tot.a / (tot.a + tot.b);
    const base = Math.log(prior / (1 - prior));
    const row = new Map<string, number>();
    const ins = inside.get(t)!;
    const outs = outside.get(t) ?? new Map<string, number>();
    for (const [k, a] of ins) {
      if (a < config.minInside) continue;
      const b = outs.get(k) ?? 0;
      const w = Math.log((a + config.alpha * prior) / (b + config.alpha * (1 - prior))) - base;
      if (Math.abs(w) >= config.minWeight) row.set(k, w);
    }
    // features common outside but never (or rarely) inside: the evidence against
    for (const [k, b] of outs) {
      if ((ins.get(k) ?? 0) >= config.minInside || b < config.minInside * 4) continue;
      const w = Math.log((ins.get(k) ?? 0) + config.alpha * prior) - Math.log(b + config.alpha * (1 - prior)) - base;
      if (w <= -config.minWeight) row.set(k, w);
    }
    weights.set(t, row);
  }
  return { lang, weights, spanWords, cut: config.cut, blend: config.blend, unit: config.sentenceLanguages.includes(lang) ? 'sentence' : 'words' };
}

interface SpanModelHeader {
  version: string;
  lang: string;
  cut: number;
  blend: number;
  /** Absent in version 1.0.0 files: word runs. */
  unit?: SpanUnit;
  spanWords: Record<string, number>;
  /** Per technique, its features (weights in the array of the same name). */
  features: Record<string, string[]>;
  training: Record<string, unknown>;
}

export function writeLocator(path: string, locator: SpanLocator, training: Record<string, unknown>): void {
  const features: Record<string, string[]> = {};
  const arrays: Record<string, { data: Float32Array; encoding: 'q8' }> = {};
  for (const [t, row] of locator.weights) {
    const keys = [...row.keys()].sort();
    features[t] = keys;
    arrays[t] = { data: Float32Array.from(keys.map((k) => row.get(k)!)), encoding: 'q8' };
  }
  const header: SpanModelHeader = { version: SPAN_MODEL_VERSION, lang: locator.lang, cut: locator.cut, blend: locator.blend, unit: locator.unit, spanWords: locator.spanWords, features, training };
  writeModelFile(path, SPAN_MODEL_KIND, header, arrays);
}

export function readLocator(path: string): SpanLocator {
  const file = readModelFile<SpanModelHeader>(path, SPAN_MODEL_KIND);
  const { header } = file;
  // a key shared by several techniques is one string, not one per technique as parsed
  const interned = new Map<string, string>();
  const intern = (k: string): string => {
    const seen = interned.get(k);
    if (seen !== undefined) return seen;
    interned.set(k, k);
    return k;
  };
  const stored = new Map<string, { keys: readonly string[]; values: Float32Array }>();
  for (const [t, keys] of Object.entries(header.features)) stored.set(t, { keys: keys.map(intern), values: file.arrays.get(t)! });
  let weights: Map<string, Map<string, number>> | undefined;
  return {
    lang: header.lang,
    get weights(): Map<string, Map<string, number>> {
      weights ??= new Map([...stored].map(([t, { keys, values }]) => [t, new Map(keys.map((k, i) => [k, values[i]!]))]));
      return weights;
    },
    stored,
    spanWords: header.spanWords,
    cut: header.cut,
    blend: header.blend ?? 0,
    unit: header.unit ?? 'words',
  };
}

/** The `spinscope train --only spans` entry. */
export const spansTrainer: Trainer = {
  name: 'spans',
  description: 'technique span locator per language (token log-odds from the gold span files)',
  train(options) {
    for (const lang of LOCATOR_LANGS) {
      const locator = trainLocator(options.corpus, lang);
      const path = join(options.modelsDir, spanModelFileName(lang));
      writeLocator(path, locator, { data: 'SemEval-2023 Task 3 training split, span files', config: DEFAULT_LOCATOR_CONFIG });
      options.log(`spans: wrote ${path}`);
    }
  },
};
