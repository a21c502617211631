import type { Component } from '../component.js';
import { GENRE, LANGUAGE, MODEL_VERSIONS } from '../keys.js';
import { genreCues } from '../../genre/cues.js';
import { genreProbabilities } from '../../genre/model.js';
import { GENRE_MODEL_FILE, GENRE_MODEL_VERSION, readGenreModel } from '../../genre/train.js';
import { GENRES } from '../../taxonomy/ids.js';

/**
 * Genre (opinion / reporting / satire) with temperature-scaled probabilities.
 * Runs for every language: the style features are shared, so an untrained
 * language still gets a verdict from them (its words are unknown to the model).
 */
export const genreComponent: Component = {
  name: 'genre',
  requires: [LANGUAGE.name],
  provides: [GENRE.name, MODEL_VERSIONS.name],
  run(doc, ctx) {
    if (!ctx.models.exists(GENRE_MODEL_FILE)) {
      ctx.warn(`genre model ${GENRE_MODEL_FILE} is missing; run "spinscope train --only genre"; no genre was predicted`);
      return;
    }
    if (doc.tokens.every((t) => !t.isWord)) return;
    const model = ctx.models.load(GENRE_MODEL_FILE, readGenreModel);
    const scores = genreProbabilities(model, doc);
    const label = GENRES.reduce((best, g) => (scores[g] > scores[best] ? g : best), GENRES[0]);
    doc.set(GENRE, { label, scores, cues: genreCues(model, doc, label) });
    doc.set(MODEL_VERSIONS, { ...(doc.get(MODEL_VERSIONS) ?? {}), genre: GENRE_MODEL_VERSION });
  },
};
