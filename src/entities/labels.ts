import type { Cues } from '../claims/cues.js';
import type { SentenceView } from '../claims/sentence.js';
import type { TextSpan } from '../pipeline/analysis.js';
import type { Mention } from './mentions.js';

export type Label = TextSpan & { polarity: 'negative' | 'positive' };

/** Farthest a label may stand from its name, in words ("the Kiev regime", "X, a corrupt puppet"). */
const MAX_DISTANCE = 4;
/** After a linking verb ("X, the Kremlin says, is a neo-Nazi dictatorship") the label may stand farther. */
const MAX_DISTANCE_COPULA = 9;

/** Evaluative words of a sentence, adjacent ones joined ("neo-Nazi dictatorship"). */
export function evaluativeSpans(view: SentenceView, cues: Cues): Label[] {
  const raw: Label[] = [
    ...view.find(cues.negative).map((m): Label => ({ ...view.span(m), polarity: 'negative' })),
    ...view.find(cues.positive).map((m): Label => ({ ...view.span(m), polarity: 'positive' })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Label[] = [];
  for (const l of raw) {
    const last = out[out.length - 1];
    if (last && l.start < last.end) continue;
    const gap = last ? view.doc.slice(last.end, l.start) : '';
    if (last && last.polarity === l.polarity && /^[\s-]*$/u.test(gap)) {
      last.end = l.end;
      last.text = view.doc.slice(last.start, last.end);
    } else out.push({ ...l });
  }
  return out;
}

/** Words between two code-point offsets, and whether a clause boundary lies between them. */
function between(view: SentenceView, from: number, to: number): { words: number; blocked: boolean } {
  let words = 0;
  let blocked = false;
  for (const t of view.tokens) {
    if (t.start < from || t.end > to) continue;
    if (t.isWord) words++;
    else if (/^[.;:!?()\[\]—–]$/u.test(t.text)) blocked = true;
  }
  return { words, blocked };
}

/**
 * Attaches each evaluative word of a sentence to the nearest name mention
 * within MAX_DISTANCE words and the same clause. The words are chosen by
 * meaning alone (cue lists), never by who the name is: the same label gets
 * the same polarity whoever it is about.
 */
export function attachLabels(view: SentenceView, mentions: Mention[], cues: Cues): Map<Mention, Label[]> {
  const out = new Map<Mention, Label[]>();
  if (mentions.length === 0) return out;
  // A speaker's words are about someone else: "the Kremlin called X a junta", "according to Y, X is…".
  const verbs = view.find(cues.reportingVerbs).map((m) => view.span(m));
  const sources = view.find(cues.attributionPhrases).map((m) => view.span(m));
  const copulas = view.find(cues.copulas).map((m) => view.span(m));
  const speaker = (m: Mention): boolean => sources.some((s) => s.end <= m.start && between(view, s.end, m.start).words <= 1);
  for (const label of evaluativeSpans(view, cues)) {
    let best: Mention | undefined;
    let bestDistance = Infinity;
    for (const m of mentions) {
      if (label.start < m.end && m.start < label.end) continue;
      if (speaker(m)) continue;
      if (label.start >= m.end && verbs.some((v) => v.start >= m.end && v.end <= label.start)) continue;
      const [from, to] = label.start >= m.end ? [m.end, label.start] : [label.end, m.start];
      // Another name in between takes the label, unless it stands in a parenthesis of attribution ("…, according to X, is…").
      if (mentions.some((o) => o !== m && o.start >= from && o.end <= to && !speaker(o))) continue;
      const gap = between(view, from, to);
      const linked = label.start >= m.end && copulas.some((c) => c.start >= m.end && c.end <= label.start);
      if (gap.blocked || gap.words > (linked ? MAX_DISTANCE_COPULA : MAX_DISTANCE)) continue;
      if (gap.words < bestDistance) {
        best = m;
        bestDistance = gap.words;
      }
    }
    if (best) {
      const list = out.get(best) ?? [];
      list.push(label);
      out.set(best, list);
    }
  }
  return out;
}
