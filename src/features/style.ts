import type { Doc } from '../doc/doc.js';
import { compileList, matchesAt, STYLE_LEXICONS } from './style-lexicon.js';
import type { CompiledList, StyleLexicon } from './style-lexicon.js';

/**
 * Document-level stylistic features: how a text is written rather than what it
 * is about. A wire report quotes and attributes, dates and counts; an opinion
 * piece says "we" and "you", asks and exclaims, hedges and intensifies. Every
 * feature is a rate or a log-length so that it means the same in every
 * language and for every text length; the genre model shares them across the
 * six training languages. Unknown languages fall back to the English lists
 * (punctuation-based features still work).
 */
export const STYLE_FEATURE_NAMES = [
  'log_words',
  'log_paragraphs',
  'log_words_per_paragraph',
  'single_sentence_paragraph_share',
  'mean_sentence_words',
  'sentence_length_variation',
  'mean_word_chars',
  'quoted_word_share',
  'quotes_per_100w',
  'reporting_per_sentence',
  'attributed_sentence_share',
  'first_singular_per_100w',
  'first_plural_per_100w',
  'second_person_per_100w',
  'question_share',
  'exclamation_share',
  'hedges_per_100w',
  'intensifiers_per_100w',
  'evaluative_per_100w',
  'numbers_per_100w',
  'calendar_per_100w',
  'years_per_100w',
  'percent_currency_per_100w',
  'all_caps_share',
  'capitalized_inner_share',
  'ellipsis_per_100w',
  'parentheses_per_100w',
  'dash_per_100w',
  'type_token_ratio',
  'dateline',
  'links_mentions_per_100w',
  'closing_attribution_share',
] as const;

export type StyleFeatureName = (typeof STYLE_FEATURE_NAMES)[number];

/** What each feature measures, as a phrase that reads after "more" or "fewer" (for the genre cues). */
export const STYLE_FEATURE_DESCRIPTIONS: Record<StyleFeatureName, string> = {
  log_words: 'words in all',
  log_paragraphs: 'paragraphs',
  log_words_per_paragraph: 'words per paragraph',
  single_sentence_paragraph_share: 'one-sentence paragraphs',
  mean_sentence_words: 'words per sentence',
  sentence_length_variation: 'variation in sentence length',
  mean_word_chars: 'letters per word',
  quoted_word_share: 'quoted words',
  quotes_per_100w: 'quotations',
  reporting_per_sentence: 'reporting verbs ("said", "told")',
  attributed_sentence_share: 'sentences attributed to a source',
  first_singular_per_100w: 'first person singular ("I", "my")',
  first_plural_per_100w: 'first person plural ("we", "our")',
  second_person_per_100w: 'second person ("you")',
  question_share: 'questions',
  exclamation_share: 'exclamations',
  hedges_per_100w: 'hedges ("perhaps", "seems")',
  intensifiers_per_100w: 'intensifiers ("very", "absolutely")',
  evaluative_per_100w: 'evaluative words',
  numbers_per_100w: 'numbers',
  calendar_per_100w: 'dates and weekdays',
  years_per_100w: 'years',
  percent_currency_per_100w: 'percentages and amounts of money',
  all_caps_share: 'words in capitals',
  capitalized_inner_share: 'capitalised words inside sentences (names)',
  ellipsis_per_100w: 'ellipses',
  parentheses_per_100w: 'parentheses',
  dash_per_100w: 'dashes',
  type_token_ratio: 'different words (vocabulary variety)',
  dateline: 'datelines ("PARIS (AFP) –")',
  links_mentions_per_100w: 'links, mentions and hashtags',
  closing_attribution_share: 'sentences ending on their source ("…, the minister said")',
};

interface CompiledLexicon {
  firstSingular: CompiledList;
  firstPlural: CompiledList;
  second: CompiledList;
  reporting: CompiledList;
  hedges: CompiledList;
  intensifiers: CompiledList;
  calendar: CompiledList;
  evaluative: CompiledList;
}

const compiled = new Map<string, CompiledLexicon>();

function lexicon(lang: string): CompiledLexicon {
  const key = STYLE_LEXICONS[lang] ? lang : 'en';
  let c = compiled.get(key);
  if (!c) {
    const src: StyleLexicon = STYLE_LEXICONS[key]!;
    c = {
      firstSingular: compileList(src.firstSingular),
      firstPlural: compileList(src.firstPlural),
      second: compileList(src.second),
      reporting: compileList(src.reporting),
      hedges: compileList(src.hedges),
      intensifiers: compileList(src.intensifiers),
      calendar: compileList(src.calendar),
      evaluative: compileList(src.evaluative),
    };
    compiled.set(key, c);
  }
  return c;
}

/** Quoted stretches within one line: «…», „…“, “…”, "…" (code-point ranges). */
const QUOTED = /[«„“"]([^«»„“”"\n]{2,600})[»“”"]/gu;
/** A wire dateline: "PARIS, 3 May (AFP) –", "WASHINGTON (Reuters) -", "MOSCOW —". */
const DATELINE = /^\s*(?:\p{Lu}[\p{Lu} .'-]{2,40}(?:,[^\n–—-]{0,40})?\s*(?:\([^)]{1,30}\))?\s*[–—-]|.{0,80}\((?:AP|AFP|Reuters|dpa|ANSA|PAP|ТАСС|РИА Новости|Interfax|Интерфакс)\))/u;

function rate(count: number, words: number): number {
  return words === 0 ? 0 : (100 * count) / words;
}

/** Number of code points, as `[...w].length` counts them (a surrogate pair is one), without the array. */
function codePoints(w: string): number {
  let n = 0;
  for (let i = 0; i < w.length; i++, n++) {
    const c = w.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < w.length) {
      const d = w.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/** Feature values in STYLE_FEATURE_NAMES order, for the whole document. */
export function documentStyle(doc: Doc): Float64Array {
  const lex = lexicon(doc.lang);
  const tokens = doc.tokens;
  const sentences = doc.sentences;
  const words: string[] = [];
  const wordTokenIndex: number[] = [];
  tokens.forEach((t, i) => {
    if (t.isWord) {
      words.push(t.lower);
      wordTokenIndex.push(i);
    }
  });
  const n = words.length;

  // quoted ranges, in code points
  const quoted: Array<[number, number]> = [];
  for (const p of doc.paragraphs) {
    const line = doc.slice(p.start, p.end);
    const base16 = doc.toUtf16(p.start);
    // offsets through the Doc's index: counting code points of each prefix was quadratic on long lines
    for (const m of line.matchAll(QUOTED)) {
      const s16 = base16 + m.index;
      quoted.push([doc.toCodePoint(s16), doc.toCodePoint(s16 + m[0].length)]);
    }
  }
  let quotedWords = 0;
  let q = 0;
  const sentenceQuoted = new Uint8Array(sentences.length);
  for (const i of wordTokenIndex) {
    const t = tokens[i]!;
    while (q < quoted.length && quoted[q]![1] <= t.start) q++;
    if (q < quoted.length && quoted[q]![0] <= t.start) {
      quotedWords++;
      sentenceQuoted[t.sentence] = 1;
    }
  }

  const counts = { s1: 0, p1: 0, s2: 0, rep: 0, hedge: 0, intens: 0, cal: 0, evalw: 0, num: 0, year: 0, caps: 0, capInner: 0 };
  const sentenceReporting = new Uint8Array(sentences.length);
  // position (from the sentence start) of the last reporting word of each sentence, -1 if none
  const lastReportingAt = new Int32Array(sentences.length).fill(-1);
  let charSum = 0;
  let lowerWords = 0;
  let prevSentence = -1;
  let inSentence = 0;
  for (let k = 0; k < n; k++) {
    const w = words[k]!;
    const tok = tokens[wordTokenIndex[k]!]!;
    inSentence = tok.sentence === prevSentence ? inSentence + 1 : 0;
    // names are left out so that who a text is about does not change its style
    if (!/^\p{Lu}/u.test(tok.text)) {
      charSum += codePoints(w);
      lowerWords++;
    }
    if (matchesAt(lex.firstSingular, words, k)) counts.s1++;
    if (matchesAt(lex.firstPlural, words, k)) counts.p1++;
    if (matchesAt(lex.second, words, k)) counts.s2++;
    if (matchesAt(lex.reporting, words, k)) {
      counts.rep++;
      sentenceReporting[tok.sentence] = 1;
      lastReportingAt[tok.sentence] = inSentence;
    }
    if (matchesAt(lex.hedges, words, k)) counts.hedge++;
    if (matchesAt(lex.intensifiers, words, k)) counts.intens++;
    if (matchesAt(lex.calendar, words, k)) counts.cal++;
    if (matchesAt(lex.evaluative, words, k)) counts.evalw++;
    if (/\p{N}/u.test(w)) {
      counts.num++;
      if (/^(1[89]|20)\d\d$/.test(w)) counts.year++;
    }
    if (w.length >= 3 && /\p{Lu}/u.test(tok.text) && tok.text === tok.text.toUpperCase()) counts.caps++;
    const sentenceStart = tok.sentence !== prevSentence;
    if (!sentenceStart && /^\p{Lu}/u.test(tok.text)) counts.capInner++;
    prevSentence = tok.sentence;
  }

  let punct = { percent: 0, ellipsis: 0, paren: 0, dash: 0, links: 0 };
  for (const t of tokens) {
    if (t.isWord) continue;
    if (/[%€$£₽]/u.test(t.text)) punct.percent++;
    if (t.text === '…' || t.text === '...') punct.ellipsis++;
    if (t.text === '(') punct.paren++;
    if (t.text === '—' || t.text === '–') punct.dash++;
    if (t.text === '@' || t.text === '#') punct.links++;
  }
  punct.links += (doc.text.match(/https?:\/\//g) ?? []).length;

  let questions = 0;
  let exclamations = 0;
  let attributed = 0;
  let closingAttribution = 0;
  const lengths: number[] = new Array<number>(sentences.length).fill(0);
  for (const i of wordTokenIndex) lengths[tokens[i]!.sentence]!++;
  sentences.forEach((s, si) => {
    const last = doc.slice(Math.max(s.start, s.end - 3), s.end);
    if (/\?\W*$/u.test(last)) questions++;
    if (/!\W*$/u.test(last)) exclamations++;
    if (sentenceQuoted[si] || sentenceReporting[si]) attributed++;
    // '…, the minister said.': the source named in the last words of a sentence of
    // at least six words, the wire habit of putting the statement first and its source after
    if (lastReportingAt[si]! >= 0 && lengths[si]! >= 6 && lengths[si]! - lastReportingAt[si]! <= 4) closingAttribution++;
  });
  const ns = Math.max(1, sentences.length);
  const meanLen = lengths.reduce((a, b) => a + b, 0) / ns;
  const variance = lengths.reduce((a, b) => a + (b - meanLen) ** 2, 0) / ns;

  const sentencesPerParagraph = new Uint32Array(doc.paragraphs.length);
  for (const s of sentences) sentencesPerParagraph[s.paragraph]!++;
  const np = doc.paragraphs.length;
  const single = sentencesPerParagraph.filter((c) => c === 1).length;

  const head = words.slice(0, 300);
  const ttr = head.length === 0 ? 0 : new Set(head).size / head.length;
  // the first line in English corpus files is a title; the dateline opens the body
  const opening = doc.paragraphs.slice(0, 2).map((p) => doc.slice(p.start, p.end));
  const dateline = opening.some((l) => DATELINE.test(l)) ? 1 : 0;

  const values: Record<StyleFeatureName, number> = {
    log_words: Math.log1p(n),
    log_paragraphs: Math.log1p(np),
    log_words_per_paragraph: Math.log1p(np === 0 ? 0 : n / np),
    single_sentence_paragraph_share: np === 0 ? 0 : single / np,
    mean_sentence_words: Math.log1p(meanLen),
    sentence_length_variation: meanLen === 0 ? 0 : Math.sqrt(variance) / meanLen,
    mean_word_chars: lowerWords === 0 ? 0 : charSum / lowerWords,
    quoted_word_share: n === 0 ? 0 : quotedWords / n,
    quotes_per_100w: rate(quoted.length, n),
    reporting_per_sentence: counts.rep / ns,
    attributed_sentence_share: attributed / ns,
    first_singular_per_100w: rate(counts.s1, n),
    first_plural_per_100w: rate(counts.p1, n),
    second_person_per_100w: rate(counts.s2, n),
    question_share: questions / ns,
    exclamation_share: exclamations / ns,
    hedges_per_100w: rate(counts.hedge, n),
    intensifiers_per_100w: rate(counts.intens, n),
    evaluative_per_100w: rate(counts.evalw, n),
    numbers_per_100w: rate(counts.num, n),
    calendar_per_100w: rate(counts.cal, n),
    years_per_100w: rate(counts.year, n),
    percent_currency_per_100w: rate(punct.percent, n),
    all_caps_share: n === 0 ? 0 : counts.caps / n,
    capitalized_inner_share: n === 0 ? 0 : counts.capInner / n,
    ellipsis_per_100w: rate(punct.ellipsis, n),
    parentheses_per_100w: rate(punct.paren, n),
    dash_per_100w: rate(punct.dash, n),
    type_token_ratio: ttr,
    dateline,
    links_mentions_per_100w: rate(punct.links, n),
    closing_attribution_share: closingAttribution / ns,
  };
  return Float64Array.from(STYLE_FEATURE_NAMES, (name) => values[name]);
}
