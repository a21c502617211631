import type { Cues } from './cues.js';
import { isQuote } from './sentence.js';
import type { SentenceView } from './sentence.js';

/** What the score was made of, for explanations and tests. */
export interface CheckworthinessFeatures {
  words: number;
  question: boolean;
  exclamation: boolean;
  exhortation: boolean;
  greeting: boolean;
  opinion: number;
  numbers: number;
  facts: number;
  names: number;
  attributed: boolean;
  quantified: boolean;
  /** Past tenses and participles (cue-file patterns): reported events. */
  events: number;
  /** Evaluative words (the entity-label lexicon): loaded wording leans to opinion. */
  evaluative: number;
  /** No final punctuation: a headline, caption or fragment. */
  unterminated: boolean;
}

/**
 * Weights of a small linear score, set by hand from the linguistics of
 * check-worthiness (ClaimBuster's findings: numbers, named actors, past events
 * and attribution make a sentence worth checking; questions, appeals,
 * greetings and first-person opinion do not). sigmoid(sum) is the score.
 */
const WEIGHTS = {
  bias: -0.3,
  event: 0.5,
  evaluative: -0.4,
  unterminated: -1,
  number: 1.4,
  fact: 0.9,
  name: 0.5,
  attributed: 1.6,
  quantified: 0.8,
  longSentence: 0.4,
  shortSentence: -1.6,
  question: -4.5,
  exclamation: -2.2,
  exhortation: -3,
  greeting: -3.5,
  opinion: -1.8,
};

/** Position of the first word, skipping opening quotes and dashes. */
function opening(view: SentenceView): number {
  const first = view.tokens.find((t) => t.isWord);
  return first ? first.start : view.start;
}

function startsWith(view: SentenceView, matcher: Cues['greetings']): boolean {
  const open = opening(view);
  return view.find(matcher).some((m) => view.span(m).start === open);
}

export function checkworthinessFeatures(
  view: SentenceView,
  cues: Cues,
  extra: { numbers: number; names: number; attributed: boolean; quantified: boolean },
): CheckworthinessFeatures {
  const words = view.tokens.filter((t) => t.isWord).length;
  const last = [...view.tokens].reverse().find((t) => !isQuote(t.text) && t.text !== ')');
  return {
    words,
    question: !!last && /^[?？]$/u.test(last.text),
    exclamation: !!last && /^[!！]$/u.test(last.text),
    exhortation: startsWith(view, cues.exhortations),
    greeting: startsWith(view, cues.greetings),
    opinion: view.find(cues.opinionMarkers).length,
    numbers: extra.numbers,
    facts: view.find(cues.factMarkers).length,
    names: extra.names,
    attributed: extra.attributed,
    quantified: extra.quantified,
    events: cues.factPatterns.reduce((n, re) => n + (view.text.match(re)?.length ?? 0), 0),
    evaluative: view.find(cues.negative).length + view.find(cues.positive).length,
    unterminated: !last || !/^[.!?…？！。"”»’')]$/u.test(last.text) && !/[.!?…]["”»’')]*$/u.test(view.text.trimEnd()),
  };
}

export function checkworthiness(f: CheckworthinessFeatures): number {
  let z = WEIGHTS.bias;
  z += WEIGHTS.number * Math.min(f.numbers, 2);
  z += WEIGHTS.fact * Math.min(f.facts, 2);
  z += WEIGHTS.name * Math.min(f.names, 2);
  z += WEIGHTS.event * Math.min(f.events, 2);
  z += WEIGHTS.evaluative * Math.min(f.evaluative, 2);
  if (f.unterminated) z += WEIGHTS.unterminated;
  if (f.attributed) z += WEIGHTS.attributed;
  if (f.quantified) z += WEIGHTS.quantified;
  if (f.words >= 8) z += WEIGHTS.longSentence;
  if (f.words < 4) z += WEIGHTS.shortSentence;
  if (f.question) z += WEIGHTS.question;
  if (f.exclamation) z += WEIGHTS.exclamation;
  if (f.exhortation) z += WEIGHTS.exhortation;
  if (f.greeting) z += WEIGHTS.greeting;
  z += WEIGHTS.opinion * Math.min(f.opinion, 2);
  return 1 / (1 + Math.exp(-z));
}
