import { join } from 'node:path';
import { Doc } from '../doc/doc.js';
import { normalizeText } from '../doc/decode.js';
import { readLanguageSplit } from '../corpus/semeval2023.js';
import { normalizeLanguageCode } from '../lang/codes.js';
import type { FrameId, GenreId } from '../taxonomy/ids.js';

/**
 * Labelled articles of the training split for the document-level subtasks
 * (1: genre, 2: frames), as Docs keyed `${code}/${id}` like the CV harness.
 * The files are read by `readLanguageSplit` (tolerant of the corpus noise and
 * cached per process); Docs are built once per process as well, since
 * segmentation is the slow part and the trainer and the CV provider reuse
 * them across folds and settings.
 */
export interface CorpusDoc {
  key: string;
  /** Corpus folder code (en fr ge it po ru). */
  code: string;
  doc: Doc;
}

const docs = new Map<string, Doc>();

function corpusDoc(corpus: string, code: string, folder: string, id: string, text: string): CorpusDoc {
  const cacheKey = join(corpus, code, folder, id);
  let doc = docs.get(cacheKey);
  if (!doc) {
    doc = new Doc(normalizeText(text), { lang: normalizeLanguageCode(code) });
    docs.set(cacheKey, doc);
  }
  return { key: `${code}/${id}`, code, doc };
}

/** Labelled items of one language in id order, each paired with its article text (unlabelled or textless ids are skipped). */
function labelled<L>(labels: ReadonlyMap<string, L>, texts: ReadonlyMap<string, string>): Array<[string, L, string]> {
  return [...labels]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .flatMap(([id, label]) => {
      const text = texts.get(id);
      return text === undefined ? [] : [[id, label, text] as [string, L, string]];
    });
}

export function genreExamples(corpus: string, codes: readonly string[]): Array<CorpusDoc & { genre: GenreId }> {
  return codes.flatMap((code) => {
    const split = readLanguageSplit(corpus, code);
    return labelled(split.genres, split.genreArticles).map(([id, genre, text]) => ({ ...corpusDoc(corpus, code, 'subtask-1', id, text), genre }));
  });
}

export function frameExamples(corpus: string, codes: readonly string[]): Array<CorpusDoc & { frames: FrameId[] }> {
  return codes.flatMap((code) => {
    const split = readLanguageSplit(corpus, code);
    return labelled(split.frames, split.frameArticles).map(([id, frames, text]) => ({ ...corpusDoc(corpus, code, 'subtask-2', id, text), frames }));
  });
}
