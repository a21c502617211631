import type { Doc } from '../doc/doc.js';
import { STYLE_FEATURE_DESCRIPTIONS } from '../features/style.js';
import type { StyleFeatureName } from '../features/style.js';
import { GENRES } from '../taxonomy/ids.js';
import type { GenreId } from '../taxonomy/ids.js';
import { genreScores } from './model.js';
import type { GenreModel } from './model.js';

/**
 * Why the genre model chose a genre: the style features that pushed the chosen
 * genre furthest ahead of the runner-up, each with how far the text sits from
 * the training average ("more quoted words than usual, +2.1 sd"). A feature's
 * push is its weight difference between the two genres times its value,
 * summed over the shared and the per-language copy of the feature and over the
 * experts (each times its mixture weight: see genreScores). Words are not
 * listed: they are stems and masked forms, and weigh less than style here.
 */
export interface GenreCue {
  feature: StyleFeatureName;
  /** Standardised score of the feature for this text (training mean 0, sd 1). */
  z: number;
  /** How much the feature moved the score of the chosen genre over the runner-up. */
  push: number;
}

export function genreCueList(model: GenreModel, doc: Doc, label: GenreId, max = 3): GenreCue[] {
  const scores = genreScores(model, doc);
  const chosen = GENRES.indexOf(label);
  const runnerUp = scores.reduce((best, s, i) => (i !== chosen && (best < 0 || s > scores[best]!) ? i : best), -1);
  if (chosen < 0 || runnerUp < 0) return [];
  const push = new Map<StyleFeatureName, number>();
  let z = new Map<StyleFeatureName, number>();
  for (const expert of model.experts) {
    const x = expert.featurizer.vector(doc);
    const a = expert.rows[chosen]!.weights;
    const b = expert.rows[runnerUp]!.weights;
    for (let k = 0; k < x.idx.length; k++) {
      const name = expert.featurizer.featureName(x.idx[k]!);
      if (!name.startsWith('style:')) continue;
      const f = name.slice('style:'.length) as StyleFeatureName;
      push.set(f, (push.get(f) ?? 0) + expert.weight * (a[x.idx[k]!]! - b[x.idx[k]!]!) * x.val[k]!);
    }
    if (z.size === 0) z = expert.featurizer.styleScores(doc);
  }
  return [...push]
    .filter(([, p]) => p > 0)
    .sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1))
    .slice(0, max)
    .map(([f, p]) => ({ feature: f, z: z.get(f) ?? 0, push: p }));
}

/** A cue as a reader sees it: "more quoted words than usual (+2.1 sd)". */
export function describeGenreCue(cue: GenreCue): string {
  // a yes/no feature: a distance in standard deviations would say nothing
  if (cue.feature === 'dateline') return cue.z > 0 ? 'opens with a wire dateline ("PARIS (AFP) –")' : 'no wire dateline';
  const sign = cue.z >= 0 ? '+' : '−';
  return `${cue.z >= 0 ? 'more' : 'fewer'} ${STYLE_FEATURE_DESCRIPTIONS[cue.feature]} than usual (${sign}${Math.abs(cue.z).toFixed(1)} sd)`;
}

export function genreCues(model: GenreModel, doc: Doc, label: GenreId, max = 3): string[] {
  return genreCueList(model, doc, label, max).map(describeGenreCue);
}
