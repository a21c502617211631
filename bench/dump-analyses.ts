/**
 * Output-identity check for speed work: `npx tsx bench/dump-analyses.ts <outDir> [baselineDir]`
 * writes the analysis JSON of every example in examples/, of the first N corpus
 * articles per language (SPINSCOPE_DUMP_PER_LANG, default 50) and of a few
 * synthetic stress texts to <outDir>, with a manifest of the model files'
 * hashes. With a baseline folder it then compares byte for byte and exits 1
 * on any difference (and 2 when the models changed, so the baseline is stale).
 * Nothing is copied into the project: the folders belong under /tmp.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, PROJECT_ROOT } from '../src/corpus/location.js';
import { createAnalyzer } from '../src/pipeline/analyze.js';

const [outDir, baselineDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: tsx bench/dump-analyses.ts <outDir> [baselineDir]');
  process.exit(3);
}
const perLang = Number(process.env.SPINSCOPE_DUMP_PER_LANG ?? 50);
mkdirSync(outDir, { recursive: true });

function modelManifest(): Record<string, string> {
  const dir = join(PROJECT_ROOT, 'models');
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string): void => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p, `${prefix}${f}/`);
      else out[`${prefix}${f}`] = createHash('sha1').update(readFileSync(p)).digest('hex');
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return out;
}

/** Synthetic inputs that exercise the slow paths (no corpus text). */
function stressTexts(): Record<string, string> {
  const sentence = 'The minister said on Tuesday that 40 percent of the budget, according to officials, "will never return". ';
  return {
    'stress-punctuation': '!?.,;:-"()'.repeat(300),
    'stress-one-paragraph': sentence.repeat(60),
    'stress-emoji': 'Quelle honte 😡 ! Ils mentent 🤥 encore, disent les experts. '.repeat(20),
  };
}

const analyzer = await createAnalyzer();
const written: string[] = [];
const dump = (name: string, text: string, lang?: string): void => {
  const json = JSON.stringify(analyzer.analyze(text, lang ? { lang, id: name } : { id: name }));
  writeFileSync(join(outDir, `${name}.json`), json);
  written.push(name);
};

const examples = join(PROJECT_ROOT, 'examples');
for (const f of readdirSync(examples).filter((x) => x.endsWith('.txt')).sort()) {
  dump(`example-${f.replace(/\.txt$/, '')}`, readFileSync(join(examples, f), 'utf8'));
}
for (const [name, text] of Object.entries(stressTexts())) dump(name, text);
const corpus = corpusDir();
if (corpus) {
  for (const code of ['en', 'fr', 'ge', 'it', 'po', 'ru']) {
    const dir = join(corpus, code, 'train-articles-subtask-3');
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((x) => x.endsWith('.txt')).sort().slice(0, perLang);
    for (const f of files) dump(`${code}-${f.replace(/\.txt$/, '')}`, readFileSync(join(dir, f), 'utf8'), code);
  }
} else console.warn('dump-analyses: no corpus, examples and stress texts only');
writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(modelManifest(), null, 1));
console.log(`dump-analyses: ${written.length} analyses written to ${outDir}`);

if (baselineDir) {
  const same = readFileSync(join(baselineDir, 'manifest.json'), 'utf8') === readFileSync(join(outDir, 'manifest.json'), 'utf8');
  const differing = written.filter((n) => {
    const b = join(baselineDir, `${n}.json`);
    return !existsSync(b) || readFileSync(b, 'utf8') !== readFileSync(join(outDir, `${n}.json`), 'utf8');
  });
  if (!same) console.log('dump-analyses: the model files differ from the baseline; re-baseline before comparing');
  console.log(`dump-analyses: ${differing.length} of ${written.length} differ from ${baselineDir}`);
  for (const n of differing.slice(0, 20)) console.log(`  ${n}`);
  process.exit(!same ? 2 : differing.length > 0 ? 1 : 0);
}
