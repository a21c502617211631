/**
 * Abbreviations after which Intl.Segmenter wrongly ends a sentence
 * ("Mr. Smith", "Dr.", "U.S. Senate", Russian "г. Москва").
 * TITLES never end a sentence; ACRONYM-like ones end one only before a lowercase
 * word or a sentence-initial function word, which the segmenter handles itself.
 */
export const TITLE_ABBREVIATIONS: Record<string, readonly string[]> = {
  en: ['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'rep', 'sen', 'gov', 'rev', 'hon', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'corp', 'ltd', 'co', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'fig', 'e.g', 'i.e', 'cf'],
  fr: ['m', 'mme', 'mlle', 'dr', 'pr', 'st', 'ste', 'gén', 'av', 'apr', 'j.-c', 'cf', 'etc', 'p', 'n°'],
  de: ['dr', 'prof', 'hr', 'fr', 'bzw', 'z.b', 'd.h', 'u.a', 'usw', 'ca', 'vgl', 'nr', 'str', 'st', 'geb', 'jh', 'mio', 'mrd', 'sog', 'evtl', 'inkl', 'bspw'],
  it: ['sig', 'sigg', 'dott', 'prof', 'avv', 'ing', 'on', 'sen', 'gen', 'on', 'ecc', 'pag', 'n', 'es', 'mons', 'dr'],
  pl: ['dr', 'prof', 'inż', 'mgr', 'hab', 'np', 'tzw', 'tj', 'ok', 'godz', 'ul', 'al', 'im', 'gen', 'płk', 'mjr', 'ks', 'św', 'm.in', 'tys', 'mln', 'mld', 'zł', 'r', 'w', 'nr', 'pt', 'por'],
  ru: ['г', 'гг', 'т.е', 'т.д', 'т.п', 'т.к', 'др', 'пр', 'им', 'ул', 'д', 'стр', 'ст', 'млн', 'млрд', 'тыс', 'руб', 'см', 'проф', 'акад', 'ген', 'св', 'в', 'н.э', 'чел', 'обл', 'р-н', 'с'],
};

/** True if `word` (without its final period) is a title-like abbreviation in `lang`. */
export function isTitleAbbreviation(word: string, lang: string): boolean {
  const list = TITLE_ABBREVIATIONS[lang] ?? TITLE_ABBREVIATIONS.en!;
  return list.includes(word.toLowerCase());
}

/** "U.S", "U.K", "E.U", "A" (an initial): dotted capitals that rarely end a sentence. */
export function isInitialOrAcronym(word: string): boolean {
  return /^(\p{Lu}\.)*\p{Lu}$/u.test(word);
}
