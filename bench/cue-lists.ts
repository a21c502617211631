/**
 * `npx tsx bench/cue-lists.ts [perLang] [rounds]`: CPU ms to search every
 * sentence of the first corpus articles of each language with every cue list
 * of that language, by `PhraseMatcher.find` (start index) and by
 * `findByRegex` (the global scan of each list's alternation it replaced),
 * alternating, best of the rounds; the hit counts must agree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cueDirectory } from '../src/claims/cues.js';
import { PhraseMatcher } from '../src/claims/phrases.js';
import { TASK_CODE } from '../src/lang/codes.js';
import { requireCorpus } from './corpus.js';
import { Doc } from '../src/doc/doc.js';

const corpus = requireCorpus();
const perLang = Number(process.argv[2] ?? 40);
const rounds = Number(process.argv[3] ?? 8);
const folders: Record<string, string> = TASK_CODE;

function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

function cueLists(lang: string): string[][] {
  const file = JSON.parse(readFileSync(join(cueDirectory(), `${lang}.json`), 'utf8')) as Record<string, unknown>;
  const values = Object.entries(file).flatMap(([k, v]) => (k === 'evaluative' && v && typeof v === 'object' ? Object.values(v as object) : [v]));
  return values.filter((v): v is string[] => Array.isArray(v) && typeof v[0] === 'string' && v !== file.factPatterns);
}

for (const [lang, code] of Object.entries(folders)) {
  const dir = join(corpus, 'unlabeled', code);
  const sentences: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort().slice(0, perLang)) {
    const doc = new Doc(readFileSync(join(dir, f), 'utf8'), { lang });
    for (const s of doc.sentences) sentences.push(doc.slice(s.start, s.end));
  }
  const matchers = cueLists(lang).map((list) => new PhraseMatcher(list));
  const best = { index: Infinity, regex: Infinity };
  const hits = { index: 0, regex: 0 };
  for (let r = 0; r < rounds; r++) {
    for (const way of ['regex', 'index'] as const) {
      const t0 = cpuMs();
      let n = 0;
      for (const s of sentences) for (const m of matchers) n += (way === 'index' ? m.find(s) : m.findByRegex(s)).length;
      best[way] = Math.min(best[way], cpuMs() - t0);
      hits[way] = n;
    }
  }
  if (hits.index !== hits.regex) {
    console.error(`cue-lists: ${lang}: ${hits.index} hits by the start index, ${hits.regex} by the regex`);
    process.exit(1);
  }
  const ratio = best.regex / best.index;
  console.log(`${lang}: ${sentences.length} sentences x ${matchers.length} lists, ${hits.index} hits: regex ${best.regex.toFixed(1)} ms, start index ${best.index.toFixed(1)} ms (x${ratio.toFixed(2)})`);
}
