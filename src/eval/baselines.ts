import type { LabeledSpan, LanguageSplit } from '../corpus/semeval2023.js';
import type { FrameId, GenreId, TechniqueId } from '../taxonomy/ids.js';

/**
 * Trivial baselines: what a system that ignores the text scores. Every figure
 * spinscope reports stands beside one of these, computed on the same folds.
 */

/** The most frequent label (ties broken by label order), or undefined when there is none. */
export function majorityLabel<L extends string>(labels: Iterable<L>): L | undefined {
  const counts = new Map<L, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  let best: L | undefined;
  let bestCount = 0;
  for (const [l, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (n > bestCount) {
      best = l;
      bestCount = n;
    }
  }
  return best;
}

/**
 * The constant label set that maximises micro-F1 on the training items: the
 * n most frequent labels, with n chosen on the training items themselves
 * (for a constant prediction this is the same as choosing it by inner
 * cross-validation, up to the label order, and costs nothing). At most `maxLabels`.
 */
export function mostFrequentLabels<L extends string>(items: ReadonlyArray<readonly L[]>, maxLabels = 8): L[] {
  const counts = new Map<L, number>();
  let total = 0;
  for (const item of items) {
    for (const l of new Set(item)) {
      counts.set(l, (counts.get(l) ?? 0) + 1);
      total++;
    }
  }
  const ranked = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([l]) => l);
  // micro-F1 of predicting the top n on every item: tp = their counts, fp = n·items − tp, fn = total − tp
  let bestN = 0;
  let bestF1 = total === 0 ? 1 : 0;
  let tp = 0;
  for (let n = 1; n <= Math.min(maxLabels, ranked.length); n++) {
    tp += counts.get(ranked[n - 1]!)!;
    const fp = n * items.length - tp;
    const f1 = (2 * tp) / (2 * tp + fp + (total - tp));
    if (f1 > bestF1) {
      bestF1 = f1;
      bestN = n;
    }
  }
  return ranked.slice(0, bestN);
}

/**
 * Span baseline: every given paragraph, whole, labelled with the technique
 * that has the most spans in training. Paragraph ranges are code points.
 */
export function paragraphSpanBaseline(
  articleKey: string,
  paragraphs: ReadonlyArray<{ start: number; end: number }>,
  technique: LabeledSpan['technique'],
): LabeledSpan[] {
  return paragraphs.filter((p) => p.end > p.start).map((p) => ({ id: articleKey, technique, start: p.start, end: p.end }));
}

/** Constant predictions for the three subtasks, used until a model exists. */
export interface ConstantBaseline {
  genre: GenreId;
  frames: FrameId[];
  techniques: TechniqueId[];
  /** Where the constants came from, for the message on stderr. */
  source: string;
}

/**
 * Fallback when the corpus is absent: what corpusBaseline gives on the six
 * training languages pooled (measured with this module on the training split).
 */
export const BUILTIN_BASELINE: ConstantBaseline = {
  genre: 'opinion',
  frames: ['Political', 'Security_and_defense', 'External_regulation_and_reputation', 'Crime_and_punishment', 'Economic', 'Legality_Constitutionality_and_jurisprudence', 'Morality', 'Health_and_safety'],
  techniques: ['Loaded_Language', 'Name_Calling-Labeling', 'Doubt'],
  source: 'built-in constants (corpus not found)',
};

/** The trivial baselines fitted on one language of the whole training split. */
export function corpusBaseline(split: LanguageSplit): ConstantBaseline {
  const gold = new Map(split.paragraphs.map((p) => [`${p.id}/${p.paragraph}`, p.techniques]));
  return {
    genre: majorityLabel(split.genres.values()) ?? BUILTIN_BASELINE.genre,
    frames: mostFrequentLabels([...split.frames.values()]),
    techniques: mostFrequentLabels(split.template.map((t) => gold.get(`${t.id}/${t.paragraph}`) ?? [])),
    source: `the training labels of "${split.code}"`,
  };
}
