/**
 * `npx tsx bench/compare-trees.ts <treeA> <treeB> [rounds] [folder]`: the throughput of two
 * checkouts of this project (e.g. a `git worktree` of the commit before a change, and this
 * one) measured in one process, round by round in alternating order, on the unlabeled English
 * articles. Separate runs of `npm run bench` on the shared 2-core machine swung by ±30% with the
 * other engineers' load; here both trees meet the same load within a second of each other, and
 * the medians of the per-round figures compare them.
 *
 * Per round and tree: a tokenisation-only pass (read, Doc, sentences and tokens) and a full
 * analysis pass (read, every analyser, JSON text; not written to disk, whose cost is the same for
 * both), CPU ms per article. Each tree's passes are warmed up first (V8 compilation, per-form caches).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusDir } from '../src/corpus/location.js';

interface Tree {
  name: string;
  tokenise: (text: string) => number;
  analyse: (text: string) => number;
  tokeniseMs: number[];
  analyseMs: number[];
}

const [treeA, treeB, roundsArg, folderArg] = process.argv.slice(2);
if (!treeA || !treeB) {
  console.error('usage: tsx bench/compare-trees.ts <treeA> <treeB> [rounds] [folder]');
  process.exit(3);
}
const rounds = Number(roundsArg ?? 10);
const corpus = corpusDir();
const folder = folderArg ?? (corpus ? join(corpus, 'unlabeled', 'en') : undefined);
if (!folder) {
  console.error('compare-trees: no corpus (set SPINSCOPE_CORPUS or pass a folder of .txt articles)');
  process.exit(3);
}
const texts = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(folder, f), 'utf8'));

interface AnalyzeModule {
  createAnalyzer: () => Promise<{ analyze: (text: string, options: { lang: string }) => unknown }>;
}
interface DocModule {
  Doc: new (text: string, options: { lang: string }) => { tokens: readonly unknown[] };
}

async function load(dir: string): Promise<Tree> {
  const url = (p: string): string => pathToFileURL(resolve(dir, p)).href;
  const { createAnalyzer } = (await import(url('src/pipeline/analyze.ts'))) as AnalyzeModule;
  const { Doc } = (await import(url('src/doc/doc.ts'))) as DocModule;
  const analyzer = await createAnalyzer();
  return {
    name: dir,
    tokenise: (text) => new Doc(text, { lang: 'en' }).tokens.length,
    analyse: (text) => JSON.stringify(analyzer.analyze(text, { lang: 'en' })).length,
    tokeniseMs: [],
    analyseMs: [],
  };
}

function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

/** CPU ms per article of one pass over every article. */
function pass(run: (text: string) => number): number {
  let sink = 0;
  const t0 = cpuMs();
  for (const text of texts) sink += run(text);
  const ms = cpuMs() - t0;
  if (sink < 0) console.log(sink); // keeps the work observable
  return ms / texts.length;
}

const trees = [await load(treeA), await load(treeB)];
for (const t of trees) {
  pass(t.tokenise);
  pass(t.analyse);
}
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? trees : [...trees].reverse();
  for (const t of order) {
    t.tokeniseMs.push(pass(t.tokenise));
    t.analyseMs.push(pass(t.analyse));
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
console.log(`${texts.length} articles from ${folder}, ${rounds} alternating rounds, CPU ms per article (median, min-max)`);
for (const t of trees) {
  const ratio = t.tokeniseMs.map((ms, i) => (100 * ms) / t.analyseMs[i]!);
  console.log(
    `${t.name}\n  tokenise only ${median(t.tokeniseMs).toFixed(3)} (${Math.min(...t.tokeniseMs).toFixed(3)}-${Math.max(...t.tokeniseMs).toFixed(3)})` +
      `  full analysis ${median(t.analyseMs).toFixed(3)} (${Math.min(...t.analyseMs).toFixed(3)}-${Math.max(...t.analyseMs).toFixed(3)})` +
      `  articles/s ${(1000 / median(t.tokeniseMs)).toFixed(1)} / ${(1000 / median(t.analyseMs)).toFixed(1)}` +
      `  full/tokenise-only throughput ${median(ratio).toFixed(1)}%`,
  );
}
const speedup = trees[0]!.analyseMs.map((ms, i) => ms / trees[1]!.analyseMs[i]!);
console.log(`full analysis, ${trees[0]!.name} / ${trees[1]!.name} CPU time per round: median ${median(speedup).toFixed(3)} (${Math.min(...speedup).toFixed(3)}-${Math.max(...speedup).toFixed(3)})`);
