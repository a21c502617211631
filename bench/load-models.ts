/**
 * `npx tsx bench/load-models.ts [rounds]`: wall time to read every technique
 * model file (six languages and the shared part) and every span locator, as a
 * command-line run pays it on first use. Each round loads afresh (nothing is
 * cached across rounds); prints each round and the median.
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/corpus/location.js';
import { modelFileName, readTechniqueModel } from '../src/techniques/modelio.js';
import { readLocator, spanModelFileName } from '../src/techniques/locator-train.js';

const rounds = Number(process.argv[2] ?? 3);
const dir = process.env.SPINSCOPE_MODELS ?? join(PROJECT_ROOT, 'models');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const techniques: number[] = [];
const locators: number[] = [];
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  for (const part of ['en', 'fr', 'ge', 'it', 'po', 'ru', 'shared']) readTechniqueModel(join(dir, modelFileName(part)));
  const t1 = performance.now();
  for (const lang of ['en', 'fr', 'ge', 'it', 'po', 'ru']) readLocator(join(dir, spanModelFileName(lang)));
  const t2 = performance.now();
  techniques.push(t1 - t0);
  locators.push(t2 - t1);
}
console.log(`technique models: ${techniques.map((t) => t.toFixed(0)).join(' / ')} ms, median ${median(techniques).toFixed(0)}`);
console.log(`span locators: ${locators.map((t) => t.toFixed(0)).join(' / ')} ms, median ${median(locators).toFixed(0)}`);
