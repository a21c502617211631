import { createRequire } from 'node:module';

/**
 * Stemmers from @nlpjs/lang-* (CommonJS, untyped), loaded lazily per language.
 * We only call `stemWord`: the packages' own tokenizers strip diacritics, so
 * tokens always come from our segmenter.
 */
interface NlpjsStemmer {
  stemWord(word: string): string;
}

const require = createRequire(import.meta.url);

/** ISO 639-1 or SemEval corpus code → [package, export name]. */
const PACKAGES: Record<string, [string, string]> = {
  en: ['@nlpjs/lang-en-min', 'StemmerEn'],
  fr: ['@nlpjs/lang-fr', 'StemmerFr'],
  de: ['@nlpjs/lang-de', 'StemmerDe'],
  ge: ['@nlpjs/lang-de', 'StemmerDe'],
  it: ['@nlpjs/lang-it', 'StemmerIt'],
  pl: ['@nlpjs/lang-pl', 'StemmerPl'],
  po: ['@nlpjs/lang-pl', 'StemmerPl'],
  ru: ['@nlpjs/lang-ru', 'StemmerRu'],
};

/** Per-language memo of word → stem; stems are pure, and news vocabulary repeats a lot. */
const MEMO_LIMIT = 200_000;
const stemmers = new Map<string, ((word: string) => string) | null>();

/**
 * A stemming function for a language (ISO or corpus code), or undefined when
 * the language has no stemmer (the caller then uses the lowercased word).
 */
export function stemmerFor(lang: string): ((word: string) => string) | undefined {
  const cached = stemmers.get(lang);
  if (cached !== undefined) return cached ?? undefined;
  const entry = PACKAGES[lang];
  if (!entry) {
    stemmers.set(lang, null);
    return undefined;
  }
  const mod = require(entry[0]) as Record<string, new () => NlpjsStemmer>;
  const impl = new mod[entry[1]]!();
  const memo = new Map<string, string>();
  const stem = (word: string): string => {
    let s = memo.get(word);
    if (s === undefined) {
      try {
        s = impl.stemWord(word) || word;
      } catch {
        // a stemmer bug on an odd token must not stop an analysis
        s = word;
      }
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(word, s);
    }
    return s;
  };
  stemmers.set(lang, stem);
  return stem;
}
