import type { SourcingKind, TextSpan } from '../pipeline/analysis.js';
import type { Token } from '../doc/index.js';
import type { Cues } from './cues.js';
import { nameKey } from '../entities/candidates.js';
import { bareWord, elidedPrefix, isCapitalized, isPhraseBoundary } from './sentence.js';
import type { SentenceView } from './sentence.js';

/** Who stands behind a sentence, as found in the sentence itself. */
export interface Attribution {
  kind: SourcingKind;
  source?: TextSpan;
  /** The cue words that decided: the attribution phrase or verb, and the source's cue. */
  cues: string[];
  /** The source is a personal pronoun ("he said"): the caller resolves it to a name. */
  pronoun?: boolean;
}

/** Longest source phrase considered, in words: beyond it the verb belongs to another clause. */
const MAX_SOURCE_WORDS = 9;
/** After "according to"-type phrases the source rarely runs longer; it also stops at a number. */
const MAX_PREPOSITIONAL_WORDS = 8;

/** A period right after a short capitalised word is an abbreviation ("Rev.", "W."), not an end. */
function isAbbreviationPeriod(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  const prev = view.tokens[i - 1];
  const next = view.tokens[i + 1];
  return t?.text === '.' && !!prev && prev.end === t.start && prev.isWord && [...prev.text].length <= 4 && isCapitalized(prev.text) && !!next?.isWord;
}

function isStop(t: Token, cues: Cues, view?: SentenceView, i?: number): boolean {
  if (!t.isWord) return isPhraseBoundary(t.text) && !(view && i !== undefined && isAbbreviationPeriod(view, i));
  const elided = elidedPrefix(t.text);
  return cues.complementizers.has(t.lower) || (elided !== '' && cues.complementizers.has(elided));
}

/** Words of a noun phrase walking right from token `from`. */
function phraseRight(view: SentenceView, from: number, cues: Cues, maxWords: number, stopAtNumber: boolean): [number, number] | undefined {
  let words = 0;
  let last = -1;
  for (let i = from; i < view.tokens.length; i++) {
    const t = view.tokens[i]!;
    if (isStop(t, cues, view, i)) break;
    if (stopAtNumber && /^\p{N}/u.test(t.text) && !/^\p{N}{4}$/u.test(t.text) && words > 0) break;
    if (t.isWord) words++;
    last = i;
    if (words >= maxWords) break;
  }
  return last >= from ? [from, last] : undefined;
}

/** Words of a noun phrase walking left from token `from`; undefined when too long to be a subject. */
function phraseLeft(view: SentenceView, from: number, cues: Cues): [number, number] | undefined {
  let words = 0;
  let first = -1;
  for (let i = from; i >= 0; i--) {
    const t = view.tokens[i]!;
    if (isStop(t, cues, view, i)) break;
    if (t.isWord) words++;
    first = i;
    if (words > MAX_SOURCE_WORDS) return undefined;
  }
  return first >= 0 ? [first, from] : undefined;
}

/** A capitalised word in the phrase that is not a sentence-opening common word: a name. */
function nameSpan(view: SentenceView, from: number, to: number, cues: Cues, known: ReadonlySet<string>, skip: ReadonlySet<number> = new Set()): [number, number] | undefined {
  let first = -1;
  let last = -1;
  const capital = (i: number): boolean => {
    const t = view.tokens[i];
    return !!t && !skip.has(i) && t.isWord && isCapitalized(bareWord(t.text)) && !cues.nonEntityCapitalized.has(bareWord(t.lower));
  };
  const words = view.tokens.slice(from, to + 1).filter((t) => t.isWord).length;
  for (let i = from; i <= to; i++) {
    const t = view.tokens[i]!;
    if (!capital(i)) continue;
    const sentenceInitial = view.tokens.slice(0, i).every((p) => !p.isWord || isPhraseBoundary(p.text));
    // German capitalises every noun: only a run of capitals or a known organisation or place is a name.
    if (cues.capitalizedNouns && !capital(i + 1) && !capital(i - 1) && !cues.organizationWords.matchesWhole(bareWord(t.text)) && !cues.places.matchesWhole(bareWord(t.text))) continue;
    if (sentenceInitial && !known.has(nameKey(bareWord(t.text), cues.language)) && !capital(i + 1) && !cues.organizationWords.matchesWhole(bareWord(t.text))) {
      // An opening capital is only a name when it is the whole source ("Greenpeace said"),
      // and even then not an English plural ("Farmers say"); German capitalises every noun.
      if (words > 1 || cues.capitalizedNouns) continue;
      if (cues.language === 'en' && /[^s]s$/.test(t.text)) continue;
    }
    if (first === -1) first = i;
    last = i;
  }
  return first === -1 ? undefined : [first, last];
}

const CUE_KINDS = [
  ['document', 'documentNouns'],
  ['anonymous', 'anonymousSources'],
  ['vague-authority', 'vagueAuthorities'],
] as const;

/**
 * Kind given by the phrase's head. The head part ends at the first
 * preposition ("Data | from the ministry", "Sources | close to…"). Inside it,
 * English puts the head last ("Intelligence officials"): the last cue wins;
 * other languages put it first ("Источники, близкие…", "rapport de la Cour").
 * An organisation noun as head ("the statistics office", "Всемирная
 * организация…") names an organisation.
 */
function cueKind(view: SentenceView, from: number, to: number, cues: Cues): { kind: SourcingKind; cues: string[] } | undefined {
  let headEnd = to;
  let seenWord = false;
  for (let i = from; i <= to; i++) {
    const t = view.tokens[i]!;
    if (seenWord && t.isWord && cues.prepositions.has(t.lower)) {
      headEnd = i - 1;
      break;
    }
    if (t.isWord) seenWord = true;
  }
  type Hit = { kind: SourcingKind; cue: string; start: number; end: number };
  const hits = (a: number, b: number): Hit[] => {
    if (b < a) return [];
    const base = view.tokens[a]!.start;
    const span = view.tokenSpan(a, b);
    const out: Hit[] = [];
    for (const [kind, key] of CUE_KINDS) {
      for (const m of cues[key].find(span.text)) out.push({ kind, cue: m.text, start: base + m.start, end: base + m.end });
    }
    for (let i = a; i <= b; i++) {
      const t = view.tokens[i]!;
      const bare = bareWord(t.text);
      if (t.isWord && cues.organizationWords.matchesWhole(bare)) out.push({ kind: 'named', cue: bare, start: t.end - [...bare].length, end: t.end });
    }
    // An organisation word inside a cue ("police") is the cue itself.
    return out.filter((h) => h.kind !== 'named' || !out.some((o) => o.kind !== 'named' && o.start <= h.start && o.end >= h.end));
  };
  const head = hits(from, headEnd).sort((x, y) => x.start - y.start || y.end - x.end);
  const chosen = cues.headFinal ? head[head.length - 1] : head[0];
  if (chosen) return { kind: chosen.kind, cues: [chosen.cue] };
  const rest = hits(headEnd + 1, to).filter((h) => h.kind !== 'named').sort((x, y) => x.start - y.start);
  return rest[0] ? { kind: rest[0].kind, cues: [rest[0].cue] } : undefined;
}

/** Sourcing kind of a source phrase (tokens from..to), or undefined when it names no source. */
export function classifySource(view: SentenceView, from: number, to: number, cues: Cues, known: ReadonlySet<string> = new Set()): Attribution | undefined {
  const phrase = view.tokenSpan(from, to);
  const byCue = cueKind(view, from, to, cues);
  const covered = cueCovered(view, from, to, cues);
  const name = nameSpan(view, from, to, cues, known, covered);
  const nameWords = name ? view.tokens.slice(name[0], name[1] + 1).filter((t) => t.isWord).length : 0;
  // "The Foreign Ministry of Estonia", "Rzecznik rządu Paweł Zieliński": an institution or a
  // role with a proper name is a named source.
  // A lone capital that modifies the cue ("Russian state media", "Ukrainian officials") is an adjective, not a source's name.
  const firstCue = Math.min(...covered);
  const modifier = !!name && nameWords === 1 && name[1] < firstCue && !!view.tokens[name[1] + 1]?.isWord && !isCapitalized(view.tokens[name[1] + 1]!.text);
  const namedAnyway = name && byCue && !modifier && (byCue.kind === 'vague-authority' || (byCue.kind === 'anonymous' && nameWords >= 2));
  if (namedAnyway) {
    // The span takes in the institution noun too ("Ministry of Defence", not just "Defence").
    const full = nameSpan(view, from, to, cues, known) ?? name;
    return { kind: 'named', source: view.tokenSpan(Math.min(full[0], name[0]), Math.max(full[1], name[1])), cues: byCue.cues };
  }
  if (byCue?.kind === 'named') return { kind: 'named', source: name ? view.tokenSpan(name[0], name[1]) : phrase, cues: byCue.cues };
  if (byCue) return { ...byCue, source: phrase };
  const words = view.tokens.slice(from, to + 1).filter((t) => t.isWord);
  if (words.length === 0) return undefined;
  // "Trenton's parents found…": the source is the parents, whom the possessive only relates to a name.
  const possessive = name && /['’]s$/u.test(view.tokens[name[1]]!.text) || (name && /^['’]s$/u.test(view.tokens[name[1] + 1]?.text ?? ''));
  if (name && !possessive) return { kind: 'named', source: view.tokenSpan(name[0], name[1]), cues: [] };
  if (words.length === 1 && cues.pronounSources.has(words[0]!.lower)) {
    return { kind: 'named', source: phrase, cues: [words[0]!.text], pronoun: true };
  }
  return undefined;
}

/** Tokens of the phrase covered by a source cue ("Badacze", "Officials"): capitals there are no names. */
function cueCovered(view: SentenceView, from: number, to: number, cues: Cues): Set<number> {
  const text = view.tokenSpan(from, to).text;
  const base = view.tokens[from]!.start;
  const spans = [cues.documentNouns, cues.anonymousSources, cues.vagueAuthorities].flatMap((m) => m.find(text));
  const covered = new Set<number>();
  for (const sp of spans) {
    const s = view.doc.toCodePoint(view.doc.toUtf16(base) + sp.start);
    const e = view.doc.toCodePoint(view.doc.toUtf16(base) + sp.end);
    for (let i = from; i <= to; i++) if (view.tokens[i]!.start >= s && view.tokens[i]!.end <= e) covered.add(i);
  }
  return covered;
}

/** Whether a phrase begins with a word that cannot be a source ("it", "many", "la plupart"). */
function opensWithNonSource(view: SentenceView, from: number, to: number, cues: Cues): boolean {
  const text = view.tokenSpan(from, to).text;
  return cues.nonSourceSubjects.find(text).some((m) => m.start === 0);
}

function withVerb(found: Attribution, cue: string): Attribution {
  return { ...found, cues: [cue, ...found.cues] };
}

/**
 * The attribution made inside one sentence: "according to X", "X said (that)",
 * "…, said X", "Added that…" (pro-drop: a pronoun the caller resolves). The
 * first attribution with a recognisable source wins.
 */
export function findAttribution(view: SentenceView, cues: Cues, known: ReadonlySet<string> = new Set()): Attribution | undefined {
  for (const m of view.find(cues.attributionPhrases)) {
    const span = view.span(m);
    const after = view.tokenAt(span.end);
    const np = phraseRight(view, after, cues, MAX_PREPOSITIONAL_WORDS, true);
    if (!np) continue;
    const found = classifySource(view, np[0], np[1], cues, known);
    // "По данным правительства", "nach Zahlen der Regierung": the phrase itself names data.
    const phraseIsDocument = cues.documentNouns.test(m.text);
    if (found && !(phraseIsDocument && (found.kind === 'vague-authority' || (found.kind === 'named' && cues.capitalizedNouns)))) return withVerb(found, m.text);
    if (phraseIsDocument) return { kind: 'document', source: view.tokenSpan(np[0], np[1]), cues: [m.text] };
    // "according to" with an unknown, unnamed source still attributes the claim to someone unidentified.
    return { kind: 'vague-authority', source: view.tokenSpan(np[0], np[1]), cues: [m.text] };
  }
  for (const m of view.find(cues.reportingVerbs)) {
    const span = view.span(m);
    const verbFirst = view.tokenAt(span.start);
    const verbLast = view.tokenEndingAt(span.end);
    const left = verbFirst > 0 ? phraseLeft(view, verbFirst - 1, cues) : undefined;
    if (left) {
      const found = classifySource(view, left[0], left[1], cues, known);
      if (opensWithNonSource(view, left[0], left[1], cues)) {
        if (found && found.kind !== 'named') return withVerb(found, m.text);
        continue;
      }
      if (found) return withVerb(found, m.text);
      continue;
    }
    // "The spokesman, Tomas Berg, denied…": the apposition, or the phrase before it when that names a document.
    if (verbFirst >= 2 && view.tokens[verbFirst - 1]!.text === ',') {
      const apposition = phraseLeft(view, verbFirst - 2, cues);
      const inner = apposition && classifySource(view, apposition[0], apposition[1], cues, known);
      const before = apposition && apposition[0] >= 2 && view.tokens[apposition[0] - 1]!.text === ',' ? phraseLeft(view, apposition[0] - 2, cues) : undefined;
      const outer = before && classifySource(view, before[0], before[1], cues, known);
      if (outer && outer.kind === 'document') return withVerb(outer, m.text);
      if (inner) return withVerb(inner, m.text);
      if (outer) return withVerb(outer, m.text);
    }
    // Inverted order after a quotation or a comma: "…," said Maria Lopez.
    const right = phraseRight(view, verbLast + 1, cues, MAX_SOURCE_WORDS, false);
    if (right) {
      const found = classifySource(view, right[0], right[1], cues, known);
      if (found) return withVerb(found, m.text);
      continue;
    }
    // Pro-drop at the start: "Ha aggiunto che…", "Dodała, że…": the subject is someone named before.
    const opensSentence = view.tokens.slice(0, verbFirst).every((t) => !t.isWord);
    const next = view.tokens[verbLast + 1];
    if (opensSentence && next && (cues.complementizers.has(next.lower) || next.text === ',')) {
      return { kind: 'named', source: view.span(m), cues: [m.text], pronoun: true };
    }
  }
  return undefined;
}
