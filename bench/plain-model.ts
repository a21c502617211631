/**
 * The issues' plain-model reference (tf-idf + logistic regression, scikit-learn) on the same
 * folds as our cross-validation, so that a CV figure can be read against the plain model's
 * hidden-set figure that the issues give:
 *
 *   npx tsx bench/plain-model.ts 1|2|3 [seed]
 *
 * Subtasks 1 and 2 use the folds of `spinscope eval --cv 5` (drawn per language), subtask 3
 * those of bench/cv-techniques.ts. The training texts go to a temporary file for
 * bench/plain-model.py and are deleted afterwards. Needs python3 with scikit-learn
 * (Debian: python3-sklearn); development only, nothing here ships.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusDir } from '../src/corpus/location.js';
import { readLanguageSplit } from '../src/corpus/semeval2023.js';
import { assignCorpusFolds } from '../src/eval/cv.js';
import { assignFolds, DEFAULT_SEED } from '../src/eval/folds.js';
import { frameExamples, genreExamples } from '../src/genre/dataset.js';
import { loadTechniqueCorpus } from '../src/techniques/corpus.js';
import { TASK_CODES } from '../src/lang/codes.js';

const LANGS = TASK_CODES;
const [subtask, seedArg] = process.argv.slice(2);
const seed = seedArg ? Number(seedArg) : DEFAULT_SEED;
const corpus = corpusDir();
if (!corpus || !['1', '2', '3'].includes(subtask ?? '')) {
  console.error(corpus ? 'usage: npx tsx bench/plain-model.ts 1|2|3 [seed]' : 'no corpus (set SPINSCOPE_CORPUS)');
  process.exit(corpus ? 2 : 3);
}
const python = ['python3', '/usr/bin/python3'].find((bin) => spawnSync(bin, ['-c', 'import sklearn'], { encoding: 'utf8' }).status === 0);
if (!python) {
  console.error('python3 with scikit-learn not found (Debian: apt install python3-sklearn)');
  process.exit(3);
}

interface Row {
  lang: string;
  fold: number;
  labels: readonly string[];
  text: string;
}

function rows(): Row[] {
  if (subtask === '3') {
    const paras = LANGS.flatMap((l) => loadTechniqueCorpus(corpus!, l).paragraphs.filter((p) => p.index >= 0));
    const folds = assignFolds(new Set(paras.map((p) => `${p.lang}/${p.articleId}`)), 5, seed);
    return paras.map((p) => {
      const para = p.doc.paragraphs[p.index]!;
      return { lang: p.lang, fold: folds.get(`${p.lang}/${p.articleId}`)!, labels: p.labels, text: p.doc.text.slice(para.start, para.end) };
    });
  }
  const folds = assignCorpusFolds(new Map(LANGS.map((l) => [l, readLanguageSplit(corpus!, l)])), 5, seed);
  const examples = subtask === '1'
    ? genreExamples(corpus!, LANGS).map((e) => ({ ...e, labels: [e.genre] }))
    : frameExamples(corpus!, LANGS).map((e) => ({ ...e, labels: e.frames }));
  return examples.map((e) => ({ lang: e.code, fold: folds.get(e.key)!, labels: e.labels, text: e.doc.text }));
}

const dir = mkdtempSync(join(tmpdir(), 'spinscope-plain-'));
try {
  const file = join(dir, 'rows.jsonl');
  writeFileSync(file, rows().map((r) => JSON.stringify(r)).join('\n'));
  const run = spawnSync(python, [join(import.meta.dirname, 'plain-model.py'), file, subtask!], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
