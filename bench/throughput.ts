/**
 * `npm run bench [folder] [rounds]`: end-to-end throughput of the analyser on
 * the unlabeled English articles (read, segment, detect, write JSON), beside a
 * tokenisation-only pass over the same files in the same run, the floor any
 * analyser pays. Prints articles/s and tokens/s by wall clock and by CPU time
 * (the machine is shared: CPU time is what one core spends), and peak RSS with
 * the technique models of all six languages loaded.
 *
 * Every pass first runs once over all the files unmeasured: V8 compiles the
 * hot functions during its first rounds (the first round of the full analysis
 * cost about three times a later one), and with the best of three rounds the
 * full analysis, measured first, still carried part of that compilation while
 * the per-component table, measured after it, did not. The cold first round
 * is printed on its own.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusDir } from '../src/corpus/location.js';
import { Doc } from '../src/doc/doc.js';
import { Analyzer, createAnalyzer, toAnalysis } from '../src/pipeline/analyze.js';
import type { Component } from '../src/pipeline/component.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import { TECHNIQUES_ONLY } from '../src/techniques/pipeline.js';

const corpus = corpusDir();
const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const folder = positional[0] ?? (corpus ? join(corpus, 'unlabeled', 'en') : undefined);
const rounds = Number(positional[1] ?? 3);
// `--components` (or SPINSCOPE_BENCH_COMPONENTS=1) adds a per-component CPU time table
const timeComponents = process.argv.includes('--components') || process.env.SPINSCOPE_BENCH_COMPONENTS === '1';
if (!folder) {
  console.error('bench: no corpus (set SPINSCOPE_CORPUS or pass a folder of .txt articles)');
  process.exit(3);
}
const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => join(folder, f));
const out = mkdtempSync(join(tmpdir(), 'spinscope-bench-'));

interface Measure {
  wallMs: number;
  cpuMs: number;
  tokens: number;
}

function once(run: () => number): Measure {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const tokens = run();
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wallMs, cpuMs: (c.user + c.system) / 1000, tokens };
}

/** Best of the rounds, after one unmeasured warm-up round (returned as `cold`). */
function measure(run: () => number): Measure & { cold: Measure } {
  const cold = once(run);
  let best: Measure | undefined;
  for (let r = 0; r < rounds; r++) {
    const m = once(run);
    if (!best || m.cpuMs < best.cpuMs) best = m;
  }
  return { ...best!, cold };
}

const analyzer = await createAnalyzer();
// every analyzer of this run shares the first one's loaded models, so the peak RSS is that of one
// analyzer with all six languages (three analyzers used to hold three copies of the English models)
const withModels = (components: Component[]): Analyzer => new Analyzer(new Pipeline(components), analyzer.models);
// load every language's technique model first, so RSS counts all of them
const samples: Record<string, string> = {
  en: 'They lie.', fr: 'Ils mentent.', de: 'Sie lügen.', it: 'Mentono.', pl: 'Oni kłamią.', ru: 'Они лгут.', es: 'Mienten.',
};
for (const [lang, text] of Object.entries(samples)) analyzer.analyze(text, { lang });

const tokenizeOnly = measure(() => {
  let tokens = 0;
  for (const f of files) tokens += new Doc(readFileSync(f, 'utf8'), { lang: 'en' }).tokens.length;
  return tokens;
});
const endToEnd = (a: Analyzer) =>
  measure(() => {
    files.forEach((f, i) => {
      const text = readFileSync(f, 'utf8');
      writeFileSync(join(out, `${i}.json`), JSON.stringify(a.analyze(text, { lang: 'en', id: String(i) })));
    });
    return 0;
  });
const analysis = endToEnd(analyzer);
const componentTimes = timeComponents ? await perComponentTimes() : undefined;
const techniquesOnly = endToEnd(withModels(TECHNIQUES_ONLY.components!(analyzer.pipeline.components.slice())));
rmSync(out, { recursive: true, force: true });

/**
 * Extra passes (as many as the rounds) with every component wrapped in a timer,
 * keeping each component's best round: CPU ms per article per component (CPU
 * time, not wall: on a shared machine the wall clock bills other processes'
 * turns to whichever component was running). The Doc's lazy sentence and token
 * segmentation is forced and timed on its own first, so it is not billed to
 * whichever component touches it first.
 */
function cpuNow(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

async function perComponentTimes(): Promise<Map<string, number>> {
  let spent = new Map<string, number>();
  const add = (name: string, ms: number) => spent.set(name, (spent.get(name) ?? 0) + ms);
  const timed = withModels(
    analyzer.pipeline.components.map((c, i): Component => ({
        ...c,
        run(doc, context) {
          if (i === 0) {
            const t = cpuNow();
            void doc.tokens;
            add('(sentences + tokens)', cpuNow() - t);
          }
          const t0 = cpuNow();
          c.run(doc, context);
          add(c.name, cpuNow() - t0);
        },
      })),
  );
  let best = new Map<string, number>();
  for (let r = 0; r < rounds; r++) {
    spent = new Map();
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const t0 = cpuNow();
      const doc = timed.process(text, { lang: 'en' });
      const t1 = cpuNow();
      JSON.stringify(toAnalysis(doc));
      add('(toAnalysis + JSON)', cpuNow() - t1);
      add('(all of process)', t1 - t0);
    }
    for (const [name, ms] of spent) best.set(name, Math.min(best.get(name) ?? Infinity, ms));
  }
  return best;
}

const rate = (n: number, ms: number) => (n / (ms / 1000)).toFixed(1);
const row = (name: string, m: Measure, tokens: number) =>
  `${name.padEnd(18)} ${rate(files.length, m.cpuMs).padStart(10)} ${rate(tokens, m.cpuMs).padStart(12)} ${rate(files.length, m.wallMs).padStart(12)} ${rate(tokens, m.wallMs).padStart(12)}`;
console.log(`${files.length} articles from ${folder}, best of ${rounds} rounds after one warm-up round, one thread`);
console.log(`${'pass'.padEnd(18)} ${'art/s cpu'.padStart(10)} ${'tokens/s cpu'.padStart(12)} ${'art/s wall'.padStart(12)} ${'tokens/s wall'.padStart(12)}`);
console.log(row('tokenise only', tokenizeOnly, tokenizeOnly.tokens));
console.log(row('full analysis', analysis, tokenizeOnly.tokens));
console.log(row('techniques only', techniquesOnly, tokenizeOnly.tokens));
console.log(`full analysis / tokenise-only throughput (cpu): ${((100 * tokenizeOnly.cpuMs) / analysis.cpuMs).toFixed(1)}%`);
console.log(`techniques only / tokenise-only throughput (cpu): ${((100 * tokenizeOnly.cpuMs) / techniquesOnly.cpuMs).toFixed(1)}%`);
console.log(`cold first round (unmeasured above): full analysis ${rate(files.length, analysis.cold.cpuMs)} art/s cpu, tokenise only ${rate(files.length, tokenizeOnly.cold.cpuMs)}`);
if (componentTimes) {
  console.log('per component (best of the rounds, CPU ms per article):');
  for (const [name, ms] of componentTimes) console.log(`  ${name.padEnd(22)} ${(ms / files.length).toFixed(3).padStart(8)}`);
}
console.log(`peak RSS (all six technique languages loaded): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
