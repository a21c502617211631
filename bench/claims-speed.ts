/**
 * `npx tsx bench/claims-speed.ts [perLang] [rounds] [langs]`: CPU ms per article of the
 * claims step alone (detectClaims), per corpus language, on documents that are
 * segmented beforehand (segmentation is not billed here). Best of the rounds;
 * each round uses fresh Doc objects so per-document memos start cold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TASK_CODE } from '../src/lang/codes.js';
import { requireCorpus } from './corpus.js';
import { Doc } from '../src/doc/doc.js';
import { cuesFor } from '../src/claims/cues.js';
import { detectClaims } from '../src/claims/detect.js';

const corpus = requireCorpus();
const perLang = Number(process.argv[2] ?? 60);
const rounds = Number(process.argv[3] ?? 5);
const allFolders: Record<string, string> = TASK_CODE;
// Optional third argument: a comma-separated subset of languages ("en,de").
const only = process.argv[4]?.split(',');
const folders = Object.fromEntries(Object.entries(allFolders).filter(([lang]) => !only || only.includes(lang)));

function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

let total = 0;
for (const [lang, code] of Object.entries(folders)) {
  const dir = join(corpus, 'unlabeled', code);
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, perLang).map((f) => readFileSync(join(dir, f), 'utf8'));
  const cues = cuesFor(lang)!;
  let best = Infinity;
  let claims = 0;
  for (let r = 0; r < rounds; r++) {
    const docs = texts.map((t) => {
      const d = new Doc(t, { lang });
      void d.tokens;
      return d;
    });
    const t0 = cpuMs();
    claims = 0;
    for (const d of docs) claims += detectClaims(d, cues).length;
    best = Math.min(best, cpuMs() - t0);
  }
  const per = best / texts.length;
  total += per;
  console.log(`${lang}: ${texts.length} articles, ${claims} claims, ${per.toFixed(3)} CPU ms/article (best of ${rounds})`);
}
console.log(`mean over languages: ${(total / Object.keys(folders).length).toFixed(3)} CPU ms/article`);
