/**
 * `npx tsx bench/lexicon-cost.ts [folder] [rounds]`: what the span lexicon (techniques 1.4.0)
 * costs the technique detector. The same English model runs with and without its lexicon, in
 * one process, alternating, over the unlabeled English articles (segmented beforehand): CPU ms
 * per article, medians, for paragraph scores only and with spans. Without the lexicon the model
 * finds fewer techniques (its weights expect the lexicon's scores), so the span figures also
 * carry the work of the extra detections.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../src/doc/doc.js';
import { ModelStore } from '../src/pipeline/models.js';
import { detectTechniques } from '../src/techniques/detector.js';
import { modelFileName, readTechniqueModel } from '../src/techniques/modelio.js';
import type { TechniqueModel } from '../src/techniques/modelio.js';
import { requireCorpus } from './corpus.js';

const folder = process.argv[2] ?? join(requireCorpus(), 'unlabeled', 'en');
const rounds = Number(process.argv[3] ?? 8);
const docs = readdirSync(folder).map((f) => new Doc(readFileSync(join(folder, f), 'utf8'), { lang: 'en' }));
for (const d of docs) void d.tokens;
const withLexicon = new ModelStore().load(modelFileName('en'), readTechniqueModel);
const withoutLexicon: TechniqueModel = { header: withLexicon.header, vectorizer: withLexicon.vectorizer, matrix: withLexicon.matrix };

function msPerArticle(model: TechniqueModel, spans: boolean): number {
  const t0 = process.cpuUsage();
  for (const d of docs) detectTechniques(d, model, 'en', { spans });
  const u = process.cpuUsage(t0);
  return (u.user + u.system) / 1000 / docs.length;
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

for (const spans of [false, true]) {
  msPerArticle(withLexicon, spans);
  msPerArticle(withoutLexicon, spans);
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    a.push(msPerArticle(withLexicon, spans));
    b.push(msPerArticle(withoutLexicon, spans));
  }
  console.log(`${spans ? 'with spans      ' : 'paragraphs only '} with lexicon ${median(a).toFixed(3)} ms/article, without ${median(b).toFixed(3)} (${docs.length} articles, ${rounds} rounds)`);
}
