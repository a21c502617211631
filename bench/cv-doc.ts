/**
 * Development sweep for the document-level models (genre, frames): the same
 * 5-fold cross-validation by article as `spinscope eval --cv 5 --subtask 1|2`
 * (same folds, same scorer), for several settings in one process, so the
 * corpus Docs and their n-gram counts are built once.
 *
 *   npx tsx bench/cv-doc.ts 2 [seed] 'name={"C":3}' 'name2={"featurizer":{"sharedVocabulary":true}}'
 *
 * Each variant is a JSON object merged into DEFAULT_FRAME_SETTINGS (subtask 2)
 * or DEFAULT_GENRE_SETTINGS (subtask 1); `featurizer` is merged one level deep.
 * Prints the official metric per language and the mean.
 */
import { corpusDir } from '../src/corpus/location.js';
import { runCrossValidation } from '../src/eval/cv.js';
import { DEFAULT_SEED } from '../src/eval/folds.js';
import { DEFAULT_GENRE_SETTINGS } from '../src/genre/model.js';
import type { GenreSettings } from '../src/genre/model.js';
import { genreCvProviderWith } from '../src/genre/train.js';
import { DEFAULT_FRAME_SETTINGS } from '../src/frames/model.js';
import type { FrameSettings } from '../src/frames/model.js';
import { framesCvProviderWith } from '../src/frames/train.js';
import { TASK_CODES } from '../src/lang/codes.js';

const LANGS = TASK_CODES;

function merge<T extends { featurizer: object }>(base: T, patch: Partial<T>): T {
  return { ...base, ...patch, featurizer: { ...base.featurizer, ...(patch.featurizer ?? {}) } };
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
  console.log(`subtask ${subtask}, seed ${seed}: ${LANGS.join(' ')} mean`);
  for (const { name, patch } of list) {
    const t0 = Date.now();
    const provider =
      subtask === '1'
        ? genreCvProviderWith(merge(DEFAULT_GENRE_SETTINGS, patch as Partial<GenreSettings>), name)
        : framesCvProviderWith(merge(DEFAULT_FRAME_SETTINGS, patch as Partial<FrameSettings>), name);
    const result = await runCrossValidation({ corpus, langs: LANGS, subtasks: [subtask], k: 5, seed, providers: [provider] });
    const scores = LANGS.map((l) => result.rows.find((r) => r.lang === l)!.systemScores!.official);
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    console.log(`${name.padEnd(24)} ${scores.map((s) => s.toFixed(3)).join(' ')}  ${mean.toFixed(3)}  (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
