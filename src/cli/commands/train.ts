import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { InputError, UsageError } from '../../errors.js';
import { corpusDir, PROJECT_ROOT } from '../../corpus/location.js';
import { DEFAULT_SEED } from '../../eval/folds.js';
import { TRAINERS } from '../../learn/trainers.js';
import type { Trainer } from '../../learn/trainers.js';
import { parseInteger } from './eval.js';

/** `spinscope train`: runs the registered trainers, in order, on the training split. */

export function selectTrainers(only: string | undefined, trainers: readonly Trainer[] = TRAINERS): Trainer[] {
  if (!only) return [...trainers];
  const names = only.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) {
    if (!trainers.some((t) => t.name === n)) {
      const known = trainers.length ? trainers.map((t) => t.name).join(', ') : 'none registered';
      throw new UsageError(`unknown trainer "${n}" (known: ${known})`);
    }
  }
  return trainers.filter((t) => names.includes(t.name));
}

export function registerTrain(program: Command): void {
  program
    .command('train')
    .description('train the models from the SemEval-2023 training split and write them under models/')
    .option('--only <names>', 'comma-separated trainer names (default: all)')
    .option('--corpus <dir>', 'corpus folder (default: $SPINSCOPE_CORPUS or ../shared/corpora/semeval2023)')
    .option('--models <dir>', 'output folder', resolve(PROJECT_ROOT, 'models'))
    .option('--seed <n>', 'random seed', String(DEFAULT_SEED))
    .option('--list', 'list the registered trainers and exit')
    .action(async (opts: { only?: string; corpus?: string; models: string; seed: string; list?: boolean }) => {
      if (opts.list) {
        process.stdout.write(TRAINERS.length ? TRAINERS.map((t) => `${t.name}\t${t.description}\n`).join('') : 'no trainers registered\n');
        return;
      }
      const seed = parseInteger(opts.seed, '--seed', 0);
      const selected = selectTrainers(opts.only);
      if (selected.length === 0) {
        process.stderr.write('spinscope: no trainers registered yet: nothing to train\n');
        return;
      }
      const corpus = corpusDir(opts.corpus);
      if (!corpus) throw new InputError(`corpus not found (${opts.corpus ?? 'set SPINSCOPE_CORPUS or use --corpus <dir>'})`);
      mkdirSync(opts.models, { recursive: true });
      const log = (line: string) => process.stderr.write(`spinscope: ${line}\n`);
      for (const t of selected) {
        const started = Date.now();
        log(`training ${t.name}: ${t.description}`);
        await t.train({ corpus, modelsDir: opts.models, seed, log });
        log(`${t.name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
    });
}
