/**
 * Development sweep for the document-level models (genre, frames): the same
 * 5-fold cross-validation by article as `spinscope eval --cv 5 --subtask 1|2`
 * (same folds, same scorer), for several settings in one process, so the
 * corpus Docs and their n-gram counts are built once.
 *
 *   npx tsx bench/cv-doc.ts 2 [seed] 'name={"C":3}' 'name2={"featurizer":{"sharedVocabulary":true}}'
 *
 * Each variant is a JSON object merged into DEFAULT_FRAME_SETTINGS (subtask 2;
 * `featurizer` is merged one level deep) or DEFAULT_GENRE_SETTINGS (subtask 1:
 * `{"experts":[{…},{…}]}`, each patch merged into the default expert of the same
 * place, `featurizer` one level deep; as many experts as the patch lists, so
 * `'style={"experts":[{"weight":1}]}'` is the style expert alone).
 * Prints the official metric per language and the mean. For subtask 1 it
 * also prints the class-balanced macro-F1 ("balanced"): each article weighted
 * so that every genre present in a language weighs the same, i.e. the figure
 * the same predictions would give on inputs with an even genre mix rather
 * than the training split's (English: nine opinion pieces in ten).
 * Several fold seeds: `SEEDS=20230301,7,11 npx tsx bench/cv-doc.ts 1 …` prints the mean over them too.
 */
import { corpusDir } from '../src/corpus/location.js';
import { runCrossValidation } from '../src/eval/cv.js';
import { DEFAULT_SEED } from '../src/eval/folds.js';
import { DEFAULT_GENRE_SETTINGS } from '../src/genre/model.js';
import type { GenreExpertSettings, GenreSettings } from '../src/genre/model.js';
import { genreCvProviderWith } from '../src/genre/train.js';
import { DEFAULT_FRAME_SETTINGS } from '../src/frames/model.js';
import type { FrameSettings } from '../src/frames/model.js';
import { framesCvProviderWith } from '../src/frames/train.js';
import { TASK_CODES } from '../src/lang/codes.js';
import { genreExamples } from '../src/genre/dataset.js';
import type { CvProvider, FoldRequest } from '../src/eval/cv-types.js';
import type { GenreId } from '../src/taxonomy/ids.js';
import { balancedMacroF1 } from '../src/eval/f1.js';

const LANGS = TASK_CODES;

/** Wraps a genre provider to keep its out-of-fold predictions. */
function recording(provider: CvProvider<'1'>, into: Map<string, GenreId>): CvProvider<'1'> {
  return {
    ...provider,
    predictFold(request: FoldRequest): Map<string, GenreId> {
      const out = provider.predictFold(request) as Map<string, GenreId>;
      for (const [k, v] of out) into.set(k, v);
      return out;
    },
  };
}

function merge<T extends { featurizer: object }>(base: T, patch: Partial<T>): T {
  return { ...base, ...patch, featurizer: { ...base.featurizer, ...(patch.featurizer ?? {}) } };
}

function mergeGenre(base: GenreSettings, patch: { experts?: Array<Partial<GenreExpertSettings>> }): GenreSettings {
  if (!patch.experts) return base;
  return { experts: patch.experts.map((p, i) => merge(base.experts[i] ?? base.experts[0]!, p)) };
}

async function main(): Promise<void> {
  const corpus = corpusDir();
  if (!corpus) throw new Error('corpus not found (set SPINSCOPE_CORPUS)');
  const [subtask, seedArg, ...variants] = process.argv.slice(2);
  if (subtask !== '1' && subtask !== '2') throw new Error('usage: cv-doc.ts 1|2 [seed] [name=JSON ...]');
  const seed = seedArg && /^\d+$/.test(seedArg) ? Number(seedArg) : DEFAULT_SEED;
  const list = (seedArg && !/^\d+$/.test(seedArg) ? [seedArg, ...variants] : variants).map((v) => {
    const eq = v.indexOf('=');
    return eq < 0 ? { name: v, patch: {} } : { name: v.slice(0, eq), patch: JSON.parse(v.slice(eq + 1)) as object };
  });
  if (list.length === 0) list.push({ name: 'default', patch: {} });
  const seeds = process.env.SEEDS ? process.env.SEEDS.split(',').map(Number) : [seed];
  const gold = subtask === '1' ? new Map(genreExamples(corpus, LANGS).map((e) => [e.key, e.genre])) : new Map<string, GenreId>();
  const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const row = (label: string, xs: readonly number[], extra = ''): string => `${label.padEnd(24)} ${xs.map((s) => s.toFixed(3)).join(' ')}  ${mean(xs).toFixed(3)}${extra}`;
  console.log(`subtask ${subtask}, seed ${seeds.join(',')}: ${LANGS.join(' ')} mean`);
  for (const { name, patch } of list) {
    const official: number[][] = [];
    const balanced: number[][] = [];
    for (const s of seeds) {
      const t0 = Date.now();
      const predicted = new Map<string, GenreId>();
      const provider =
        subtask === '1'
          ? recording(genreCvProviderWith(mergeGenre(DEFAULT_GENRE_SETTINGS, patch), name), predicted)
          : framesCvProviderWith(merge(DEFAULT_FRAME_SETTINGS, patch as Partial<FrameSettings>), name);
      const result = await runCrossValidation({ corpus, langs: LANGS, subtasks: [subtask], k: 5, seed: s, providers: [provider] });
      official.push(LANGS.map((l) => result.rows.find((r) => r.lang === l)!.systemScores!.official));
      console.log(row(seeds.length > 1 ? `${name} @${s}` : name, official.at(-1)!, `  (${((Date.now() - t0) / 1000).toFixed(0)} s)`));
      if (subtask !== '1') continue;
      balanced.push(
        LANGS.map((l) => {
          const keys = [...predicted.keys()].filter((k) => k.startsWith(`${l}/`) && gold.has(k));
          return balancedMacroF1(keys.map((k) => gold.get(k)!), keys.map((k) => predicted.get(k)!));
        }),
      );
      console.log(row('  balanced', balanced.at(-1)!));
    }
    if (seeds.length < 2) continue;
    const avg = (m: number[][]): number[] => LANGS.map((_, j) => mean(m.map((r) => r[j]!)));
    console.log(row(`${name} mean of seeds`, avg(official)));
    if (balanced.length) console.log(row('  balanced, mean of seeds', avg(balanced)));
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
