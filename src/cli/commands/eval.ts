import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError, UsageError } from '../../errors.js';
import { corpusDir } from '../../corpus/location.js';
import { runCrossValidation, SUBTASKS } from '../../eval/cv.js';
import type { Subtask } from '../../eval/cv-types.js';
import { DEFAULT_SEED } from '../../eval/folds.js';
import { formatCvTable } from '../../eval/table.js';
import { TASK_CODE, TRAINED_LANGUAGES, trainedLanguage } from '../../lang/codes.js';
import { runClaimsEvaluation } from '../../eval/claims.js';

/** Corpus folder codes of a comma-separated list of language codes (ISO or corpus codes). */
export function parseCorpusLanguages(list: string | undefined): string[] {
  if (!list) return TRAINED_LANGUAGES.map((l) => TASK_CODE[l]);
  return [...new Set(list.split(',').map((s) => s.trim()).filter(Boolean).map((l) => TASK_CODE[trainedLanguage(l)]))];
}

export function parseSubtasks(list: string | undefined): Subtask[] {
  if (!list) return [...SUBTASKS];
  const out: Subtask[] = [];
  for (const s of list.split(',').map((x) => x.trim()).filter(Boolean)) {
    if (!(SUBTASKS as readonly string[]).includes(s)) throw new UsageError(`unknown subtask "${s}" (choose from ${SUBTASKS.join(', ')})`);
    if (!out.includes(s as Subtask)) out.push(s as Subtask);
  }
  return out;
}

export function parseInteger(value: string, what: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${what} must be an integer of at least ${min}, not "${value}"`);
  return n;
}

/** `spinscope eval --cv 5`: cross-validated scores of every registered system beside the trivial baselines. */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('cross-validate the models on the SemEval-2023 training split and print a Markdown table')
    .option('--cv <k>', 'number of folds (by article)', '5')
    .option('--lang <codes>', `languages, comma-separated (default: ${TRAINED_LANGUAGES.join(',')})`)
    .option('--subtask <list>', `subtasks, comma-separated, from ${SUBTASKS.join(',')}`)
    .option('--seed <n>', 'seed of the fold assignment', String(DEFAULT_SEED))
    .option('--corpus <dir>', 'corpus folder (default: $SPINSCOPE_CORPUS or ../shared/corpora/semeval2023)')
    .option('--out <file>', 'also write the table to this file')
    .option('--claims [split]', 'instead: score claim detection, sourcing and vagueness on data/eval/claims (split: dev, heldout or all)')
    .action(async (opts: { cv: string; lang?: string; subtask?: string; seed: string; corpus?: string; out?: string; claims?: string | boolean }) => {
      if (opts.claims) {
        const table = runClaimsEvaluation(opts.claims, opts.lang);
        process.stdout.write(table);
        if (opts.out) writeFileSync(opts.out, table);
        return;
      }
      const k = parseInteger(opts.cv, '--cv', 2);
      const seed = parseInteger(opts.seed, '--seed', 0);
      const langs = parseCorpusLanguages(opts.lang);
      const subtasks = parseSubtasks(opts.subtask);
      const corpus = corpusDir(opts.corpus);
      if (!corpus) throw new InputError(`corpus not found (${opts.corpus ?? 'set SPINSCOPE_CORPUS or use --corpus <dir>'})`);
      const started = Date.now();
      const result = await runCrossValidation({
        corpus,
        langs,
        subtasks,
        k,
        seed,
        log: (l) => process.stderr.write(`spinscope: ${l}\n`),
      });
      const table = formatCvTable(result);
      process.stdout.write(table);
      if (opts.out) writeFileSync(opts.out, table);
      process.stderr.write(`spinscope: cross-validation done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    });
}
