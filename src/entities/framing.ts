import type { Cues } from '../claims/cues.js';
import { sentenceViews } from '../claims/detect.js';
import type { Doc } from '../doc/index.js';
import type { EntityFraming, Tone } from '../pipeline/analysis.js';
import { attachLabels } from './labels.js';
import type { Label } from './labels.js';
import { findMentions } from './mentions.js';
import { mergeMentions } from './merge.js';

/** Below this share of agreement, labels of both polarities make the tone "mixed". */
const MIXED_MARGIN = 0.5;

export function toneOf(labels: Label[]): { tone: Tone; toneScore: number } {
  if (labels.length === 0) return { tone: 'neutral', toneScore: 0 };
  const score = labels.reduce((s, l) => s + (l.polarity === 'negative' ? -1 : 1), 0) / labels.length;
  const both = labels.some((l) => l.polarity === 'negative') && labels.some((l) => l.polarity === 'positive');
  const tone: Tone = both && Math.abs(score) < MIXED_MARGIN ? 'mixed' : score < 0 ? 'negative' : score > 0 ? 'positive' : 'neutral';
  return { tone, toneScore: Math.round(score * 1000) / 1000 };
}

/**
 * People, organisations and places named in the document, merged across
 * mentions, with the evaluative labels attached to them and the tone those
 * labels add up to. Most mentioned first.
 */
export function entityFraming(doc: Doc, cues: Cues): EntityFraming[] {
  const { views, known } = sentenceViews(doc, cues);
  const mentions = findMentions(views, cues, known);
  const labelsOf = new Map<(typeof mentions)[number], Label[]>();
  // mentions grouped by sentence once (filtering all of them per sentence was quadratic on long texts)
  const bySentence = new Map<number, typeof mentions>();
  for (const m of mentions) {
    const here = bySentence.get(m.sentence);
    if (here) here.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  for (const view of views) {
    const here = bySentence.get(view.index) ?? [];
    for (const [m, labels] of attachLabels(view, here, cues)) labelsOf.set(m, labels);
  }
  const out: EntityFraming[] = mergeMentions(mentions, doc.lang).map((g) => {
    const labels = g.mentions.flatMap((m) => labelsOf.get(m) ?? []).sort((a, b) => a.start - b.start);
    return {
      name: g.name,
      type: g.type,
      mentions: g.mentions.map((m) => ({ start: m.start, end: m.end })),
      labels,
      ...toneOf(labels),
    };
  });
  return out.sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0]!.start - b.mentions[0]!.start);
}
