import { UsageError } from '../errors.js';

/**
 * Language codes. Public output uses ISO 639-1 ("de", "pl"); the SemEval-2023
 * corpus names its folders with its own codes ("ge", "po"). Both are accepted
 * wherever a user names a language.
 */
export const TRAINED_LANGUAGES = ['en', 'fr', 'de', 'it', 'pl', 'ru'] as const;
export type TrainedLanguage = (typeof TRAINED_LANGUAGES)[number];

/** SemEval-2023 folder code for each trained language. */
export const TASK_CODE: Record<TrainedLanguage, string> = {
  en: 'en', fr: 'fr', de: 'ge', it: 'it', pl: 'po', ru: 'ru',
};

/** The corpus folder codes of the trained languages (en fr ge it po ru), in TRAINED_LANGUAGES order: what the trainers read. */
export const TASK_CODES: readonly string[] = TRAINED_LANGUAGES.map((l) => TASK_CODE[l]);

/** Corpus folder codes that are not ISO 639-1 (gr: Greek, in the unlabeled folders). */
const FROM_TASK: Record<string, string> = { ge: 'de', po: 'pl', gr: 'el' };

/** Knows every ISO 639 code the ICU data has a name for; `fallback: 'none'` makes unknown codes undefined. */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The ISO 639-1 code of a corpus folder code ("ge" → "de", "po" → "pl"); any other code as it is, unchecked. */
export function isoLanguageCode(code: string): string {
  return FROM_TASK[code] ?? code;
}

export function isTrainedLanguage(code: string): code is TrainedLanguage {
  return (TRAINED_LANGUAGES as readonly string[]).includes(code);
}

/** ISO 639-1 code of a user-given code (ISO or task code, any case). */
export function normalizeLanguageCode(code: string): string {
  const c = code.trim().toLowerCase();
  if (FROM_TASK[c]) return FROM_TASK[c];
  // "und" (undetermined) is the standard code for an unknown language
  if (!/^[a-z]{2,3}$/.test(c) || (c !== 'und' && LANGUAGE_NAMES.of(c) === undefined)) {
    throw new UsageError(`unknown language code "${code}" (use a two-letter code such as en, fr, de, it, pl, ru)`);
  }
  return c;
}

/** Like normalizeLanguageCode, but only for the six trained languages. */
export function trainedLanguage(code: string): TrainedLanguage {
  const c = normalizeLanguageCode(code);
  if (!isTrainedLanguage(c)) {
    throw new UsageError(`language "${code}" has no training data (choose from ${TRAINED_LANGUAGES.join(', ')}; corpus codes ge and po also work)`);
  }
  return c;
}
