import { join } from 'node:path';
import { Doc } from '../doc/doc.js';
import { normalizeText } from '../doc/decode.js';
import { existsSync, readFileSync } from 'node:fs';
import { parseFrameLabels, parseGenreLabels, readArticles } from '../corpus/semeval2023.js';
import { decodeInput } from '../doc/decode.js';
import { InputError } from '../errors.js';
import { normalizeLanguageCode } from '../lang/codes.js';
import type { FrameId, GenreId } from '../taxonomy/ids.js';

/**
 * Labelled articles of the training split for the document-level subtasks
 * (1: genre, 2: frames), as Docs keyed `${code}/${id}` like the CV harness.
 * Docs are built once per process: segmentation is the slow part, and the
 * trainer and the CV provider reuse them across folds and settings.
 */
export interface CorpusDoc {
  key: string;
  /** Corpus folder code (en fr ge it po ru). */
  code: string;
  doc: Doc;
}

const docs = new Map<string, Doc>();

function labelText(corpus: string, code: string, subtask: 1 | 2): { text: string; path: string } {
  const path = join(corpus, code, `train-labels-subtask-${subtask}.txt`);
  if (!existsSync(path)) throw new InputError(`${path}: no such file`, path);
  return { text: decodeInput(readFileSync(path), path).text, path };
}

/**
 * Articles of one subtask folder. Read directly rather than through
 * readLanguageSplit: that also parses the subtask-3 labels, whose noise must
 * not stop the document-level models from training.
 */
function articles(corpus: string, code: string, subtask: 1 | 2): Map<string, string> {
  return new Map(readArticles(join(corpus, code, `train-articles-subtask-${subtask}`)).map((a) => [a.id, a.text]));
}

function corpusDoc(corpus: string, code: string, folder: string, id: string, text: string): CorpusDoc {
  const cacheKey = join(corpus, code, folder, id);
  let doc = docs.get(cacheKey);
  if (!doc) {
    doc = new Doc(normalizeText(text), { lang: normalizeLanguageCode(code) });
    docs.set(cacheKey, doc);
  }
  return { key: `${code}/${id}`, code, doc };
}

export function genreExamples(corpus: string, codes: readonly string[]): Array<CorpusDoc & { genre: GenreId }> {
  const out: Array<CorpusDoc & { genre: GenreId }> = [];
  for (const code of codes) {
    const labels = labelText(corpus, code, 1);
    const texts = articles(corpus, code, 1);
    for (const [id, genre] of [...parseGenreLabels(labels.text, labels.path)].sort((a, b) => a[0].localeCompare(b[0]))) {
      const text = texts.get(id);
      if (text === undefined) continue;
      out.push({ ...corpusDoc(corpus, code, 'subtask-1', id, text), genre });
    }
  }
  return out;
}

export function frameExamples(corpus: string, codes: readonly string[]): Array<CorpusDoc & { frames: FrameId[] }> {
  const out: Array<CorpusDoc & { frames: FrameId[] }> = [];
  for (const code of codes) {
    const labels = labelText(corpus, code, 2);
    const texts = articles(corpus, code, 2);
    for (const [id, frames] of [...parseFrameLabels(labels.text, labels.path)].sort((a, b) => a[0].localeCompare(b[0]))) {
      const text = texts.get(id);
      if (text === undefined) continue;
      out.push({ ...corpusDoc(corpus, code, 'subtask-2', id, text), frames });
    }
  }
  return out;
}
