import type { Doc } from '../doc/index.js';
import type { Claim, TextSpan } from '../pipeline/analysis.js';
import { nameKey, nameRuns } from '../entities/candidates.js';
import { isTitleCaseLine } from '../entities/title-case.js';
import { checkworthiness, checkworthinessFeatures } from './checkworthiness.js';
import type { CheckworthinessFeatures } from './checkworthiness.js';
import type { Cues } from './cues.js';
import { isCapitalized, SentenceView } from './sentence.js';
import { findAttribution } from './sourcing.js';
import type { Attribution } from './sourcing.js';
import { findVagueness, numbersIn } from './vagueness.js';

/** Score at or above which a sentence is reported as a claim. */
export const CLAIM_THRESHOLD = 0.5;

/** The analysis of one sentence, claim or not (the evaluator reads them all). */
export interface SentenceAnalysis {
  sentence: number;
  claim: Claim;
  isClaim: boolean;
  features: CheckworthinessFeatures;
}

/** Lower-cased words written with a capital somewhere other than at a sentence start. */
export function capitalisedMidSentence(views: SentenceView[], cues: Cues): Set<string> {
  const out = new Set<string>();
  // Where every noun is capitalised, a capital mid-sentence says nothing.
  if (cues.capitalizedNouns) return out;
  for (const v of views) {
    // a headline in title case capitalises ordinary words: no evidence of names
    if (isTitleCaseLine(v, cues)) continue;
    let seenWord = false;
    for (const t of v.tokens) {
      if (!t.isWord) continue;
      if (seenWord && isCapitalized(t.text) && !cues.nonEntityCapitalized.has(t.lower)) out.add(nameKey(t.text, cues.language));
      seenWord = true;
    }
  }
  return out;
}

/** Whether each sentence starts inside a quotation that an earlier sentence of its paragraph opened. */
function quoteStates(views: SentenceView[]): boolean[] {
  const out: boolean[] = [];
  let open = false;
  let paragraph = -1;
  for (const v of views) {
    if (v.paragraph !== paragraph) {
      open = false;
      paragraph = v.paragraph;
    }
    const firstToken = v.tokens[0];
    const opensWithQuote = !!firstToken && /^["“«„]$/u.test(firstToken.text);
    out.push(open || opensWithQuote);
    for (const t of v.tokens) {
      if (t.text === '«' || t.text === '„') open = true;
      else if (t.text === '»') open = false;
      else if (t.text === '"' || t.text === '“' || t.text === '”') open = !open;
    }
  }
  return out;
}

/**
 * Referent of "he said" / a dropped subject: the latest named source of the
 * preceding sentences, else the latest name of two or more words (a person's
 * full name), else the latest name at all.
 */
function referentBefore(views: SentenceView[], own: Array<Attribution | undefined>, index: number, cues: Cues, known: Set<string>): TextSpan | undefined {
  const paragraph = views[index]!.paragraph;
  const reach = (i: number): boolean => i >= 0 && paragraph - views[i]!.paragraph <= 2;
  for (let i = index - 1; reach(i); i--) {
    const a = own[i];
    if (a?.kind === 'named' && !a.pronoun && a.source) return a.source;
  }
  let fallback: TextSpan | undefined;
  for (let i = index - 1; reach(i); i--) {
    const runs = nameRuns(views[i]!, cues, known);
    for (let r = runs.length - 1; r >= 0; r--) {
      const run = runs[r]!;
      const words = views[i]!.tokens.slice(run.from, run.to + 1).filter((t) => t.isWord).length;
      if (words >= 2) return views[i]!.tokenSpan(run.from, run.to);
      fallback ??= views[i]!.tokenSpan(run.from, run.to);
    }
  }
  return fallback;
}

/**
 * "The Ministry of Health announced… The ministry said…": a short institutional
 * source whose noun occurs in a name mentioned earlier refers to that name.
 */
function definiteReference(views: SentenceView[], index: number, a: Attribution, cues: Cues, known: Set<string>): Attribution | undefined {
  const cue = a.cues[a.cues.length - 1]?.toLowerCase();
  const words = a.source ? a.source.text.split(/\s+/).length : 0;
  if (!cue || !a.source || words > 3) return undefined;
  const pattern = new RegExp(`(?<![\\p{L}])${cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu');
  for (let i = index; i >= 0 && index - i <= 30; i--) {
    const runs = nameRuns(views[i]!, cues, known);
    for (let r = runs.length - 1; r >= 0; r--) {
      const span = views[i]!.tokenSpan(runs[r]!.from, runs[r]!.to);
      if (span.end <= a.source.start || i < index) {
        if (span.text.split(/\s+/).length >= 2 && pattern.test(span.text)) return { kind: 'named', source: span, cues: [...a.cues, 'refers to an earlier name'] };
      }
    }
  }
  return undefined;
}

/** Sentences a quotation may span on either side of the one being sourced. */
const QUOTE_REACH = 4;

function quoteSource(views: SentenceView[], own: Array<Attribution | undefined>, inQuote: boolean[], i: number): Attribution | undefined {
  const paragraph = views[i]!.paragraph;
  // Backwards: through the quotation to the sentence that opened it (which may carry "X said:").
  for (let j = i - 1; j >= 0 && i - j <= QUOTE_REACH && views[j]!.paragraph === paragraph; j--) {
    if (own[j]) return own[j];
    if (!inQuote[j]) break;
  }
  // Forwards: to the sentence that closes it ("…," said X).
  for (let j = i + 1; j < views.length && j - i <= QUOTE_REACH && views[j]!.paragraph === paragraph && inQuote[j]; j++) {
    if (own[j]) return own[j];
  }
  return undefined;
}

/**
 * Attribution of each sentence, with what neighbours lend: a quotation that
 * continues takes the source of the sentence that introduces or closes it,
 * and "he said" takes the nearest preceding name.
 */
function resolveAttributions(views: SentenceView[], cues: Cues, known: Set<string>): Array<Attribution | undefined> {
  const own = views.map((v) => findAttribution(v, cues, known));
  const inQuote = quoteStates(views);
  return views.map((v, i) => {
    let a = own[i];
    if (!a && inQuote[i]) {
      // The quotation's source: the nearest attributed sentence of the same quotation, before or after.
      const lent = quoteSource(views, own, inQuote, i);
      if (lent) a = { ...lent, cues: [...lent.cues, 'quotation continues'] };
      else if (i > 0 && views[i - 1]!.paragraph === v.paragraph && /[:：]$/u.test(views[i - 1]!.text.trim())) {
        // "Local teacher Olga Demchenko described what she saw:" — the last name before the colon.
        const runs = nameRuns(views[i - 1]!, cues, known);
        const run = runs[runs.length - 1];
        if (run) a = { kind: 'named', source: views[i - 1]!.tokenSpan(run.from, run.to), cues: ['quotation introduced'] };
      }
    }
    if (a?.kind === 'vague-authority') a = definiteReference(views, i, a, cues, known) ?? a;
    if (a?.pronoun) {
      const name = referentBefore(views, own, i, cues, known);
      a = name ? { ...a, source: name, pronoun: false } : a;
    }
    return a;
  });
}

const prepared = new WeakMap<Doc, { cues: Cues; views: SentenceView[]; known: Set<string> }>();

/** Sentence views and known names of a document, built once and shared by claims and entities. */
export function sentenceViews(doc: Doc, cues: Cues): { views: SentenceView[]; known: Set<string> } {
  const hit = prepared.get(doc);
  if (hit && hit.cues === cues) return hit;
  const views = doc.sentences.map((_, i) => new SentenceView(doc, i));
  const entry = { cues, views, known: capitalisedMidSentence(views, cues) };
  prepared.set(doc, entry);
  return entry;
}

export function analyzeSentences(doc: Doc, cues: Cues): SentenceAnalysis[] {
  const { views, known } = sentenceViews(doc, cues);
  const attributions = resolveAttributions(views, cues, known);
  return views.map((view, i) => {
    const attribution = attributions[i];
    const kind = attribution?.kind ?? 'unsourced';
    const vagueness = findVagueness(view, cues, kind === 'unsourced');
    const numbers = numbersIn(view, cues).filter((n) => n.percent || !/^\p{N}{4}$/u.test(n.text)).length;
    const features = checkworthinessFeatures(view, cues, {
      numbers,
      names: nameRuns(view, cues, known).length,
      attributed: !!attribution,
      // A quantity or a hedge qualifies a factual assertion: both point to a claim.
      quantified: vagueness.some((m) => m.kind !== 'unsourced-statistic'),
    });
    const score = checkworthiness(features);
    const sourcing: Claim['sourcing'] = { kind };
    if (attribution?.source) sourcing.source = attribution.source;
    if (attribution && attribution.cues.length > 0) sourcing.cues = attribution.cues;
    const claim: Claim = {
      start: view.start,
      end: view.end,
      text: view.text,
      checkworthiness: Math.round(score * 1000) / 1000,
      sourcing,
      vagueness,
    };
    return { sentence: i, claim, isClaim: score >= CLAIM_THRESHOLD, features };
  });
}

/** The check-worthy claims of a document, in text order. */
export function detectClaims(doc: Doc, cues: Cues): Claim[] {
  return analyzeSentences(doc, cues)
    .filter((s) => s.isClaim)
    .map((s) => s.claim);
}
