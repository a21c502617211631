import { Doc } from '../doc/doc.js';
import { readLanguageSplit } from '../corpus/semeval2023.js';
import type { LabeledSpan } from '../corpus/semeval2023.js';
import { TECHNIQUES } from '../taxonomy/ids.js';
import type { TechniqueId } from '../taxonomy/ids.js';

/**
 * The subtask-3 training data of one language as the technique detector needs
 * it: one Doc per article and one record per template paragraph. Built on
 * `readLanguageSplit`, which already tolerates the corpus noise (unknown
 * technique names read as a close technique or dropped, glued template lines
 * split, spans clipped to the article), so the detector, the CV harness and
 * the scorer all see the same labels.
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
  /** Unknown technique names dropped from the label files. */
  droppedLabels: number;
  /** Unknown technique names read as a close technique. */
  repairedLabels: number;
}

const ISO: Record<string, string> = { en: 'en', fr: 'fr', ge: 'de', it: 'it', po: 'pl', ru: 'ru' };
const cache = new Map<string, TechniqueCorpus>();

export function loadTechniqueCorpus(corpus: string, lang: string): TechniqueCorpus {
  const key = `${corpus}|${lang}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const split = readLanguageSplit(corpus, lang);
  const docs = new Map<string, Doc>();
  for (const [id, text] of split.articles) docs.set(id, new Doc(text, { lang: ISO[lang] ?? lang }));
  const labels = new Map<string, TechniqueId[]>();
  for (const l of split.paragraphs) labels.set(`${l.id}/${l.paragraph}`, l.techniques);
  const paragraphs: TrainingParagraph[] = [];
  for (const t of split.template) {
    const doc = docs.get(t.id);
    if (!doc) continue;
    const index = doc.paragraphs.findIndex((p) => p.id === t.paragraph);
    paragraphs.push({ key: `${lang}/${t.id}/${t.paragraph}`, lang, articleId: t.id, paragraph: t.paragraph, doc, index, labels: labels.get(`${t.id}/${t.paragraph}`) ?? [] });
  }
  const spans = new Map<string, LabeledSpan[]>();
  for (const s of split.spans) {
    if (!docs.has(s.id)) continue;
    let list = spans.get(s.id);
    if (!list) spans.set(s.id, (list = []));
    list.push(s);
  }
  const repairedLabels = split.labelNoise.filter((n) => n.repairedTo !== undefined).length;
  const result: TechniqueCorpus = { lang, docs, paragraphs, spans, droppedLabels: split.labelNoise.length - repairedLabels, repairedLabels };
  cache.set(key, result);
  return result;
}

export const TECHNIQUE_COUNT = TECHNIQUES.length;
