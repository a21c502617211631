import { segmentTokens16 } from '../doc/segment.js';
import { stemmerFor } from './stemmers.js';
import { isCampWordAt, isSideWord } from '../lang/side-words.js';
import { genderNeutralForm } from '../lang/gender-neutral.js';
import { neutraliseNameContext } from './name-context.js';
import { IN_QUESTION, IN_QUOTATION, sentenceMarks } from './sentence-marks.js';

/**
 * Language-aware token features for linear models (techniques, genre, frames).
 *
 *   const feats = ngramFeatures(doc.tokensIn(p.start, p.end), { lang: 'ru', prefix: 'ru' });
 *   // Map { 'ru|w:власти' => 1, 'ru|s:власт' => 1, 'ru|c:<вла' => 1, …, 'sh:excl' => 2 }
 *
 * Feature families (the prefix before ':' names them):
 *   w:  lowercased word            s:  stem (@nlpjs) when it differs from the word
 *   b:  word bigram (punctuation included, so "! !" or "? »" count)
 *   c:  character n-grams inside a word, with < and > marking its edges
 *   p:  punctuation token          sh: shape/role features (language-agnostic, never prefixed)
 *   q:  a word of a question       u:  a word inside quotation marks (both with `marks`)
 *
 * Names are represented by their role, not their identity: a capitalised word
 * that does not open a sentence becomes `<NAME>`, and so does a short
 * all-capitals word (an acronym: a party written "AfD" must read like one
 * written "die Grünen"); no char n-grams for either. A model then cannot learn
 * "Russia" or "Biden" as a cue, which keeps its verdicts neutral when only the
 * side changes. German capitalises every noun, so there only acronyms are masked.
 * Words that name a side in any case or position (lang/side-words.ts:
 * "russische", "les musulmans", "Россия" opening a sentence) and a capitalised
 * name behind an elided article ("l'Ukraine", "dell'Italia") take the name
 * role too.
 *
 * Values are raw counts; callers weight (log, tf-idf) and normalise.
 */
export interface NgramToken {
  text: string;
  lower: string;
  /** Words and numbers; false for punctuation and symbols. */
  isWord: boolean;
  /** Sentence index (Doc tokens carry it); used to spot sentence-initial words. */
  sentence?: number;
}

export interface NgramOptions {
  /** ISO 639-1 or SemEval corpus code; picks the stemmer. */
  lang: string;
  /** Prepended as `${prefix}|` to the language-specific families (w s b c p); none by default. */
  prefix?: string;
  stems?: boolean;
  bigrams?: boolean;
  /** Smallest and largest char n-gram length, or false for none. Default [3, 5]. */
  charNgrams?: readonly [number, number] | false;
  shapes?: boolean;
  maskNames?: boolean;
  /**
   * Lowercased words known to be ordinary words (e.g. the same text also writes
   * them in lower case): a capitalised one is then not masked as a name. Lets
   * title-case headlines keep their words; the decision rests on how the text
   * writes a word, never on which name it is.
   */
  ordinaryWords?: ReadonlySet<string>;
  /**
   * Lower-case words a model knows as ordinary words of the language (it saw
   * them written in lower case). With it, a capitalised word opening a
   * sentence that is not among them is taken for a name ("Poutine est…"),
   * as it would be inside the sentence; without it, sentence openers keep their word.
   */
  knownWords?: { has(word: string): boolean };
  /**
   * Lower-cased words that are names wherever they stand when capitalised, for a language
   * that capitalises its nouns (German: see features/german-names.ts).
   */
  nameForms?: { has(word: string): boolean };
  /**
   * For a language that capitalises its nouns: the words its training text uses often enough
   * to have a word feature. A capitalised word outside it (and outside `knownWords`) is taken
   * for a name, as any capitalised word inside a sentence is in the other languages, so that
   * an unknown name ("Merz") and a known one ("Scholz") read the same.
   */
  nounVocabulary?: { has(word: string): boolean };
  /**
   * Each word of a question or a quotation also fires as such (`q:`, `u:`;
   * features/sentence-marks.ts). Off by default: a probe the shipped models do not use.
   */
  marks?: boolean;
}

export const NAME_ROLE = '<NAME>';
export const NUMBER_ROLE = '<NUM>';

const SENTENCE_END = /^[.!?…]+$/u;
const QUOTES = /^["«»„“”‘’‚‹›'`]+$/u;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
/** An elided article or preposition glued to a capitalised word: l'Ukraine, d'Israël, dell'Italia. */
const ELIDED_NAME = /^\p{L}{1,5}['’]\p{Lu}/u;
/** An elided article or preposition glued to a lower-case word: l'église, dell'americano (French and Italian write them as one token). */
const ELIDED_WORD = /^\p{L}{1,5}['’](\p{Ll}[\p{L}-]*)$/u;
const ELIDING_LANGS: ReadonlySet<string> = new Set(['fr', 'it']);

/** Whether a lower-case token is a side word behind an elided article ("l'imam", "dell'americano" as "imam", "americano"). */
function isElidedSideWord(lower: string, lang: string): boolean {
  if (!ELIDING_LANGS.has(lang)) return false;
  const tail = ELIDED_WORD.exec(lower)?.[1];
  return tail !== undefined && isSideWord(tail, lang);
}

// ASCII answers without a Unicode regex (most tokens of most texts); anything else asks the regex

function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(text);
}

/** Whether text holds a character of the ASCII range [lo, hi], or, past the first non-ASCII one, one that `unicode` matches. */
function hasCharIn(text: string, lo: number, hi: number, unicode: RegExp): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return unicode.test(text);
    if (c >= lo && c <= hi) return true;
  }
  return false;
}

const hasApostrophe = (text: string): boolean => text.includes("'") || text.includes('’');
const hasLower = (text: string): boolean => hasCharIn(text, 97, 122, HAS_LOWER);
const hasDigit = (text: string): boolean => hasCharIn(text, 48, 57, DIGIT);

/** Normalised form of each token: lowercased word, or a role for names, acronyms and numbers. */
export function tokenForms(tokens: readonly NgramToken[], options: Pick<NgramOptions, 'lang' | 'maskNames' | 'ordinaryWords' | 'knownWords' | 'nameForms' | 'nounVocabulary'>): string[] {
  const mask = options.maskNames ?? true;
  const nounCaps = options.lang === 'de' || options.lang === 'ge';
  const forms: string[] = [];
  const titleCase = options.knownWords && !nounCaps ? titleCaseSentences(tokens) : undefined;
  let prevSentence: number | undefined;
  let sentenceStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.sentence !== undefined && t.sentence !== prevSentence) sentenceStart = true;
    prevSentence = t.sentence;
    if (!t.isWord) {
      forms.push(QUOTES.test(t.text) ? '"' : t.lower);
      if (SENTENCE_END.test(t.text)) sentenceStart = true;
      continue;
    }
    let form = t.lower;
    if (hasDigit(t.text)) form = NUMBER_ROLE;
    else if (mask && startsUpper(t.text)) {
      const allCaps = !hasLower(t.text);
      // an acronym is a name too: "AfD" and "die Grünen", "КПРФ" and «Единая Россия» are parties alike
      if (allCaps && t.text.length >= 2 && t.text.length <= 5) form = NAME_ROLE;
      else if (!allCaps && !sentenceStart && !nounCaps && !options.ordinaryWords?.has(t.lower) && !(titleCase?.has(t.sentence ?? -1) && knowsWord(options.knownWords!, t.lower, options.lang))) form = NAME_ROLE;
      else if (!allCaps && sentenceStart && !nounCaps && options.knownWords && !knowsWord(options.knownWords, t.lower, options.lang) && !options.ordinaryWords?.has(t.lower)) form = NAME_ROLE;
      else if (!allCaps && nounCaps && options.nameForms?.has(t.lower)) form = NAME_ROLE;
      else if (!allCaps && nounCaps && options.nounVocabulary && !knownGermanNoun(t.lower, options)) form = NAME_ROLE;
    }
    if (mask && form === t.lower) {
      // "he" and "she", "menteur" and "menteuse" read alike, as the names they stand for do (lang/gender-neutral.ts);
      // a side word in either gender is a side word ("Priesterin" as "Priester", since techniques 1.9.0)
      const folded = genderNeutralForm(form, options.lang);
      if (isSideWord(form, options.lang) || (folded !== undefined && isSideWord(folded, options.lang)) || isCampWordAt(tokens, i, options.lang) || (hasApostrophe(t.text) && (ELIDED_NAME.test(t.text) || isElidedSideWord(form, options.lang)))) form = NAME_ROLE;
      else if (folded !== undefined) form = folded;
    }
    forms.push(form);
    sentenceStart = false;
  }
  // the articles and quotation marks around a name that still tell one name from another
  if (mask) neutraliseNameContext(tokens, forms, options.lang, { nameRole: NAME_ROLE, quoteForm: '"', isUpperStart: startsUpper });
  return forms;
}

/**
 * Whether a vocabulary knows a word or its gender group's form (lang/gender-neutral.ts). Both,
 * because the vocabulary may hold either: the training text's own words ("la", "she") while
 * training, a trained model's word features ("le/la", "he/she") at analysis time. A sentence
 * opening with "She" or "La" read as a name at analysis time with techniques 1.7.1, whose
 * features held only "he/she".
 */
function knowsWord(vocabulary: { has(word: string): boolean }, lower: string, lang: string): boolean {
  if (vocabulary.has(lower)) return true;
  const folded = genderNeutralForm(lower, lang);
  return folded !== undefined && vocabulary.has(folded);
}

/**
 * A capitalised German word the model knows as a noun, or whose other gender it knows
 * ("Kanzlerin" where only "Kanzler" was frequent enough), so that the two read alike
 * instead of one of them reading as a name.
 */
function knownGermanNoun(lower: string, options: Pick<NgramOptions, 'lang' | 'knownWords' | 'nounVocabulary' | 'ordinaryWords'>): boolean {
  return knowsWord(options.nounVocabulary!, lower, options.lang) || (options.knownWords !== undefined && knowsWord(options.knownWords, lower, options.lang)) || options.ordinaryWords?.has(lower) === true;
}

/** Words of at least this many letters decide whether a sentence is written in title case. */
const TITLE_WORD_LENGTH = 4;

/**
 * The sentences (by index; -1 for tokens without one) written in title case:
 * at least three words of TITLE_WORD_LENGTH letters or more, four in five of
 * them capitalised ("Traitors in Our Midst Must Be Exposed"). There a
 * capitalised word is read as an opener is (`knownWords`): a word the model
 * knows in lower case keeps its word, anything else is a name. Elsewhere a
 * capitalised word inside a sentence is a name, and a headline lost its loaded
 * words to the name role.
 */
function titleCaseSentences(tokens: readonly NgramToken[]): Set<number> | undefined {
  let out: Set<number> | undefined;
  let at = 0;
  while (at < tokens.length) {
    const sentence = tokens[at]!.sentence ?? -1;
    let long = 0;
    let capitalised = 0;
    let end = at;
    for (; end < tokens.length && (tokens[end]!.sentence ?? -1) === sentence; end++) {
      const t = tokens[end]!;
      if (!t.isWord || t.text.length < TITLE_WORD_LENGTH || hasDigit(t.text)) continue;
      long++;
      if (startsUpper(t.text) && hasLower(t.text)) capitalised++;
    }
    if (long >= 3 && capitalised * 5 >= long * 4) (out ??= new Set()).add(sentence);
    at = end;
  }
  return out;
}

/**
 * Whether token i continues a name begun by the token before it ("Xi Jinping",
 * «Единая Россия» with its quotes): it then fires no feature of its own, so a
 * name of three words reads like a name of one and the count of names does not
 * tell two sides apart. Its neighbours' bigrams are unchanged, since every token
 * of the run has the name's form.
 */
export function continuesName(forms: readonly string[], i: number): boolean {
  return i > 0 && forms[i] === NAME_ROLE && forms[i - 1] === NAME_ROLE;
}

/** Whether a token fires word features: words, and a quotation mark that opens a name (see features/name-context.ts). */
export function firesAsWord(token: NgramToken, form: string): boolean {
  return token.isWord || form === NAME_ROLE;
}

function isRole(form: string): boolean {
  return form === NAME_ROLE || form === NUMBER_ROLE;
}

function add(out: Map<string, number>, key: string, by = 1): void {
  out.set(key, (out.get(key) ?? 0) + by);
}

/**
 * The language-specific feature keys each token contributes (its word, stem,
 * char n-grams, and the bigram it closes), in token order. `ngramFeatures`
 * counts exactly these, so a model's weights can be traced back to the words
 * that fired them (the cues of a detection).
 */
export function tokenFeatureKeys(tokens: readonly NgramToken[], options: NgramOptions, forms = tokenForms(tokens, options)): string[][] {
  const pre = options.prefix ? `${options.prefix}|` : '';
  const cache = keyCache(options);
  const marks = options.marks ? sentenceMarks(tokens, forms) : undefined;
  const out: string[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (continuesName(forms, i)) {
      out.push([]);
      continue;
    }
    const isWord = firesAsWord(tokens[i]!, forms[i]!);
    const keys = cachedUnigramKeys(forms[i]!, isWord, options, cache).slice();
    if (options.bigrams !== false && i > 0) keys.push(`${pre}b:${forms[i - 1]} ${forms[i]}`);
    if (marks && isWord && marks[i]) keys.push(...markKeys(pre, forms[i]!, marks[i]!));
    out.push(keys);
  }
  return out;
}

/** The keys of a word in a question or a quotation (`q:`, `u:`), in that order, from its sentenceMarks bits. */
export function markKeys(pre: string, form: string, bits: number): string[] {
  const keys: string[] = [];
  if (bits & IN_QUESTION) keys.push(`${pre}q:${form}`);
  if (bits & IN_QUOTATION) keys.push(`${pre}u:${form}`);
  return keys;
}

/**
 * A token's own keys depend only on its form and the options that shape them
 * (prefix, language, stems, char n-gram lengths): computed once per process
 * per form (bounded), since building a dozen n-gram strings per token was the
 * largest cost of every featurizer (at analysis time the technique detector
 * and the genre/frame featurizer go one step further and cache a form's
 * feature indices, see features/form-index.ts, calling the uncached
 * `unigramKeys`; this string cache serves the counting path of training). The same key strings come back each time,
 * which also spares the counting Maps from hashing fresh strings.
 */
interface KeyCache {
  word: Map<string, readonly string[]>;
  other: Map<string, readonly string[]>;
}
/** Forms remembered over all options together (a form's keys take under 1 kB); past it all are forgotten. */
const KEY_CACHE_LIMIT = 20_000;
const keyCaches = new Map<string, KeyCache>();
let cachedForms = 0;

function keyCache(options: NgramOptions): KeyCache {
  const [cmin, cmax] = options.charNgrams === false ? [0, -1] : (options.charNgrams ?? [3, 5]);
  const signature = `${options.prefix ?? ''}\u0000${options.lang}\u0000${options.stems !== false}\u0000${cmin}-${cmax}`;
  let cache = keyCaches.get(signature);
  if (!cache) keyCaches.set(signature, (cache = { word: new Map(), other: new Map() }));
  return cache;
}

function cachedUnigramKeys(form: string, isWord: boolean, options: NgramOptions, cache: KeyCache): readonly string[] {
  const table = isWord ? cache.word : cache.other;
  let keys = table.get(form);
  if (!keys) {
    keys = unigramKeys(form, isWord, options);
    if (cachedForms >= KEY_CACHE_LIMIT) {
      for (const c of keyCaches.values()) {
        c.word.clear();
        c.other.clear();
      }
      cachedForms = 0;
    }
    table.set(form, keys);
    cachedForms++;
  }
  return keys;
}

/**
 * The keys one token fires on its own (word, stem, char n-grams; or its
 * punctuation key), which depend only on its form: callers may cache them per form.
 */
export function unigramKeys(form: string, isWord: boolean, options: NgramOptions): string[] {
  const pre = options.prefix ? `${options.prefix}|` : '';
  if (!isWord) return [`${pre}p:${form}`];
  const keys = [`${pre}w:${form}`];
  if (isRole(form)) return keys;
  const stem = options.stems === false ? undefined : stemmerFor(options.lang);
  if (stem) {
    const s = stem(form);
    if (s !== form) keys.push(`${pre}s:${s}`);
  }
  const [cmin, cmax] = options.charNgrams === false ? [0, -1] : (options.charNgrams ?? [3, 5]);
  if (cmax >= cmin) {
    const cps = Array.from(`<${form}>`);
    for (let n = cmin; n <= cmax; n++) {
      for (let k = 0; k + n <= cps.length; k++) keys.push(`${pre}c:${cps.slice(k, k + n).join('')}`);
    }
  }
  return keys;
}

/** Feature counts for a run of tokens (a paragraph, a sentence, a window). */
export function ngramFeatures(tokens: readonly NgramToken[], options: NgramOptions, out: Map<string, number> = new Map()): Map<string, number> {
  const forms = tokenForms(tokens, options);
  // the keys of tokenFeatureKeys, in its order, without copying each token's cached array
  const pre = options.prefix ? `${options.prefix}|` : '';
  const cache = keyCache(options);
  const marks = options.marks ? sentenceMarks(tokens, forms) : undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (continuesName(forms, i)) continue;
    const isWord = firesAsWord(tokens[i]!, forms[i]!);
    for (const k of cachedUnigramKeys(forms[i]!, isWord, options, cache)) add(out, k);
    if (options.bigrams !== false && i > 0) add(out, `${pre}b:${forms[i - 1]} ${forms[i]}`);
    if (marks && isWord && marks[i]) for (const k of markKeys(pre, forms[i]!, marks[i]!)) add(out, k);
  }
  if (options.shapes !== false) shapeFeatures(tokens, forms, out);
  return out;
}

/**
 * Language-agnostic shape and role features: emphasis (!, capitals), questions,
 * quotation, names and numbers, length. These carry over to languages without
 * training data.
 */
export function shapeFeatures(tokens: readonly NgramToken[], forms: readonly string[], out: Map<string, number> = new Map()): Map<string, number> {
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const form = forms[i]!;
    // a name of several words (or quoted) counts as one word and one name
    if (continuesName(forms, i)) continue;
    if (firesAsWord(t, form)) {
      words++;
      if (form === NAME_ROLE) add(out, 'sh:name');
      else if (form === NUMBER_ROLE) add(out, 'sh:number');
      if (t.text.length >= 3 && !hasLower(t.text) && startsUpper(t.text)) add(out, 'sh:caps');
    } else if (t.text.includes('!')) add(out, 'sh:excl');
    else if (t.text.includes('?')) add(out, 'sh:question');
    else if (form === '"') add(out, 'sh:quote');
    else if (t.text.includes('…') || t.text.includes('...')) add(out, 'sh:ellipsis');
  }
  const bucket = words < 8 ? 'xs' : words < 20 ? 's' : words < 40 ? 'm' : words < 80 ? 'l' : 'xl';
  add(out, `sh:len=${bucket}`);
  return out;
}

/** Tokens of a plain string, for callers without a Doc (sentence boundaries are guessed from punctuation). */
export function tokenize(text: string, lang: string): NgramToken[] {
  return segmentTokens16(text, 0, text.length, lang).map((r) => {
    const s = text.slice(r.start, r.end);
    return { text: s, lower: s.toLowerCase(), isWord: r.isWord };
  });
}
