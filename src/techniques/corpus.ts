import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeInput } from '../doc/decode.js';
import { Doc } from '../doc/doc.js';
import { codePointLength } from '../doc/offsets.js';
import { articleIdFromFile, parseParagraphLabels, parseSpans, parseTemplate, readArticles } from '../corpus/semeval2023.js';
import type { LabeledSpan } from '../corpus/semeval2023.js';
import { isTechniqueId, TECHNIQUES } from '../taxonomy/ids.js';
import type { TechniqueId } from '../taxonomy/ids.js';
import { InputError } from '../errors.js';

/**
 * The subtask-3 training data of one language as the technique detector needs
 * it: one Doc per article and one record per template paragraph. Tolerant of
 * label noise: an unknown technique name in the labels (the English file has
 * a corrupted one) is dropped and counted instead of failing the whole language.
 */
export interface TrainingParagraph {
  /** `${lang}/${articleId}/${paragraph}` (the CV harness's paragraph key). */
  key: string;
  lang: string;
  articleId: string;
  /** SemEval paragraph number (1-based line). */
  paragraph: number;
  doc: Doc;
  /** Index into doc.paragraphs, or -1 when the template names a line the article lacks. */
  index: number;
  labels: TechniqueId[];
}

export interface TechniqueCorpus {
  lang: string;
  docs: Map<string, Doc>;
  paragraphs: TrainingParagraph[];
  spans: Map<string, LabeledSpan[]>;
  /** Label entries dropped as unknown technique names. */
  droppedLabels: number;
}

const ISO: Record<string, string> = { en: 'en', fr: 'fr', ge: 'de', it: 'it', po: 'pl', ru: 'ru' };
const cache = new Map<string, TechniqueCorpus>();

function readText(path: string): string {
  if (!existsSync(path)) throw new InputError(`${path}: no such file`, path);
  return decodeInput(readFileSync(path), path).text;
}

export function loadTechniqueCorpus(corpus: string, lang: string): TechniqueCorpus {
  const key = `${corpus}|${lang}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const dir = join(corpus, lang);
  const docs = new Map<string, Doc>();
  for (const a of readArticles(join(dir, 'train-articles-subtask-3'))) docs.set(a.id, new Doc(a.text, { lang: ISO[lang] ?? lang }));
  let droppedLabels = 0;
  const cleaned = readText(join(dir, 'train-labels-subtask-3.txt'))
    .split(/\r?\n/)
    .map((line) => {
      const cols = line.split('\t');
      if (cols.length < 3) return line;
      const kept = cols[2]!.split(',').map((s) => s.trim()).filter((t) => {
        if (t === '' || isTechniqueId(t)) return true;
        droppedLabels++;
        return false;
      });
      return `${cols[0]}\t${cols[1]}\t${kept.join(',')}`;
    })
    .join('\n');
  const labels = new Map<string, TechniqueId[]>();
  for (const l of parseParagraphLabels(cleaned)) labels.set(`${l.id}/${l.paragraph}`, l.techniques);
  const paragraphs: TrainingParagraph[] = [];
  for (const t of parseTemplate(readText(join(dir, 'train-labels-subtask-3.template')))) {
    const doc = docs.get(t.id);
    if (!doc) continue;
    const index = doc.paragraphs.findIndex((p) => p.id === t.paragraph);
    paragraphs.push({ key: `${lang}/${t.id}/${t.paragraph}`, lang, articleId: t.id, paragraph: t.paragraph, doc, index, labels: labels.get(`${t.id}/${t.paragraph}`) ?? [] });
  }
  const spans = new Map<string, LabeledSpan[]>();
  const spanDir = join(dir, 'train-labels-subtask-3-spans');
  if (existsSync(spanDir)) {
    for (const f of readdirSync(spanDir).sort()) {
      const id = articleIdFromFile(f);
      const doc = id === undefined ? undefined : docs.get(id);
      if (!id || !doc) continue;
      const kept = readText(join(spanDir, f)).split(/\r?\n/).filter((l) => {
        const t = l.split('\t')[1]?.trim();
        if (t === undefined || isTechniqueId(t)) return true;
        droppedLabels++;
        return false;
      });
      spans.set(id, parseSpans(kept.join('\n'), f, codePointLength(doc.text)).spans);
    }
  }
  const result: TechniqueCorpus = { lang, docs, paragraphs, spans, droppedLabels };
  cache.set(key, result);
  return result;
}

export const TECHNIQUE_COUNT = TECHNIQUES.length;
