import type { Doc } from '../doc/doc.js';
import { ngramFeatures, tokenForms } from '../features/ngrams.js';
import { valenceScores, VALENCE_FEATURES } from '../features/valence.js';
import type { NgramOptions } from '../features/ngrams.js';
import { lowerCaseWords } from '../features/ordinary-words.js';
import { LEXICON_PREFIX } from './span-lexicon.js';

/** How the training text tells names from words (see tokenForms' options). */
export interface ParagraphFeatureOptions {
  context?: boolean;
  titleWords?: boolean;
  knownWords?: ReadonlySet<string>;
  nameForms?: ReadonlySet<string>;
  nounVocabulary?: ReadonlySet<string>;
  /** Add the word-valence features (features/valence.ts; default true; false: models before 1.7.0). */
  valence?: boolean;
  /** Add the language's intercept feature (languageInterceptKey; default true; false: models before 1.8.1). */
  intercept?: boolean;
  /** Words of questions and quotations as such (features/sentence-marks.ts; a probe, off by default and in the shipped models). */
  marks?: boolean;
}

/**
 * A constant raw-value feature per training language (`en|x:intercept`), so that each language
 * gets an intercept of its own for every technique beside the one bias all languages share.
 * The languages differ in how many techniques a paragraph carries (Polish 0.95, Italian about
 * 2.0), and the shared bias leant towards English, which has the most paragraphs. The detector
 * adds the intercept's weights as it adds the other raw values; the model for untrained
 * languages, whose features carry no language prefix, never sees it.
 *
 * Value 0.3, chosen on the 5 folds of `INTERCEPT=<v> npx tsx bench/cv-techniques.ts` (docs/history/techniques.md
 * "Version 1.8.1"), with the decision rule re-chosen inside the folds, weighted pooled micro-F1:
 * none 0.392–0.393, 0.15 0.393–0.394, 0.3 0.395, 0.6 0.395–0.396, 1.0 0.391–0.393. The weight of a
 * raw feature is regularised like the others, so its value sets how freely the intercept moves.
 */
export const LANGUAGE_INTERCEPT = 0.3;

export function languageInterceptKey(lang: string): string {
  return `${lang}|x:intercept`;
}

/** The n-gram options of a paragraph of `doc`: the same for its features and for its span-lexicon keys. */
export function paragraphNgramOptions(doc: Doc, lang: string, options: ParagraphFeatureOptions = {}): NgramOptions {
  // capitalised words the article also writes in lower case are not names: title-case
  // headlines keep their words (English first lines were 65% masked)
  const ordinaryWords = (options.titleWords ?? true) ? lowerCaseWords(doc) : undefined;
  return {
    lang,
    prefix: lang,
    ...(ordinaryWords ? { ordinaryWords } : {}),
    ...(options.knownWords ? { knownWords: options.knownWords } : {}),
    ...(options.nameForms ? { nameForms: options.nameForms } : {}),
    ...(options.nounVocabulary ? { nounVocabulary: options.nounVocabulary } : {}),
  };
}

/**
 * Paragraph features for the technique detector. Language-specific families
 * (words, stems, bigrams, char n-grams, punctuation) carry the corpus code as
 * prefix ("ru|w:…"), so the jointly trained model keeps one weight per
 * language for a word; shape/role features ("sh:…") are shared by all
 * languages and are all that fires for a language without training data,
 * with the word-valence scores (`x:va:…`, features/valence.ts), which every
 * language with a valence list gets. The span-lexicon scores (`x:lx:…`, techniques/span-lexicon.ts) are added by
 * the caller, since they depend on which articles the lexicon was learnt from.
 *
 * `lang` is the corpus code (en fr ge it po ru) or, for other languages, the ISO code.
 */
export function paragraphFeatures(doc: Doc, index: number, lang: string, options: ParagraphFeatureOptions = {}): Map<string, number> {
  const p = doc.paragraphs[index];
  const out = new Map<string, number>();
  if (!p) return out;
  const tokens = doc.tokensIn(p.start, p.end);
  const ngramOptions = paragraphNgramOptions(doc, lang, options);
  ngramFeatures(tokens, options.marks ? { ...ngramOptions, marks: true } : ngramOptions, out);
  if (index === 0) out.set('sh:first', 1);
  if (options.intercept ?? true) out.set(languageInterceptKey(lang), LANGUAGE_INTERCEPT);
  if (options.valence ?? true) {
    valenceScores(tokens, tokenForms(tokens, ngramOptions), lang)?.values.forEach((v, j) => {
      if (v > 0) out.set(VALENCE_FEATURES[j]!, v);
    });
  }
  if (options.context) {
    // experimental (not in the shipped model): words of the neighbouring paragraphs
    for (const q of [doc.paragraphs[index - 1], doc.paragraphs[index + 1]]) {
      if (!q) continue;
      const ctx = ngramFeatures(doc.tokensIn(q.start, q.end), { lang, prefix: `${lang}ctx`, charNgrams: false, bigrams: false, shapes: false, stems: false });
      for (const [k, v] of ctx) out.set(k, (out.get(k) ?? 0) + v);
    }
  }
  return out;
}

/**
 * The features a language without training data has too: the shared shape/role and
 * word-valence features (no language prefix; not the span lexicon's, which needs a trained
 * language's span files).
 */
export function languageAgnosticFeatures(features: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of features) if (!k.includes('|') && !k.startsWith(LEXICON_PREFIX)) out.set(k, v);
  return out;
}
