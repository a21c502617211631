/**
 * `node --expose-gc --import tsx bench/memory.ts [folder]`: where the analyser's
 * memory goes. Prints RSS, V8 heap, external and ArrayBuffer bytes (after a
 * forced GC when --expose-gc is given) at each stage: start, analyzer created,
 * each language's models loaded (first analysis of a short text), then after
 * analysing the folder's articles (default: the unlabeled English ones), and
 * the peak RSS of the process. Speed work reads it beside `npm run bench`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../src/corpus/location.js';
import { createAnalyzer } from '../src/pipeline/analyze.js';

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (n: number): string => (n / 2 ** 20).toFixed(1).padStart(7);
let last = process.memoryUsage().rss;
function report(stage: string): void {
  gc?.();
  const m = process.memoryUsage();
  console.log(
    `${stage.padEnd(26)} rss ${mb(m.rss)} (+${mb(m.rss - last)})  heap ${mb(m.heapUsed)}  external ${mb(m.external)}  arrayBuffers ${mb(m.arrayBuffers)}  peak ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
  last = m.rss;
}

const corpus = corpusDir();
const folder = process.argv[2] ?? (corpus ? join(corpus, 'unlabeled', 'en') : undefined);
if (!gc) console.log('(run with node --expose-gc for figures after a forced GC)');
report('start');
const analyzer = await createAnalyzer();
report('analyzer created');
const samples: Record<string, string> = {
  en: 'They lie.', fr: 'Ils mentent.', de: 'Sie lügen.', it: 'Mentono.', pl: 'Oni kłamią.', ru: 'Они лгут.', es: 'Mienten.',
};
for (const [lang, text] of Object.entries(samples)) {
  analyzer.analyze(text, { lang });
  report(`models loaded: ${lang}`);
}
if (folder) {
  const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
  for (let round = 0; round < 3; round++) {
    for (const f of files) JSON.stringify(analyzer.analyze(readFileSync(join(folder, f), 'utf8'), { lang: 'en' }));
    report(`${files.length} articles, round ${round + 1}`);
  }
}
