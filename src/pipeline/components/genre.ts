import type { Component } from '../component.js';
import { GENRE, LANGUAGE, MODEL_VERSIONS } from '../keys.js';
import { genreCues } from '../../genre/cues.js';
import { genreProbabilities } from '../../genre/model.js';
import { GENRE_MODEL_FILE, GENRE_MODEL_VERSION, readGenreModel } from '../../genre/train.js';
import { GENRES } from '../../taxonomy/ids.js';

/**
 * Genre is a property of a whole article: the shortest training article has 88 words and
 * nine in ten have more than 150. On a short post the rates and lengths the model reads are
 * far outside what it learnt from (a 20-word outburst came out "satire" at 84%), so below
 * this length the component says so instead of guessing.
 */
export const MIN_GENRE_WORDS = 80;

export interface GenreComponentOptions {
  /**
   * Below this many words no genre is given, with a warning. Below MIN_GENRE_WORDS but at or
   * above this, the genre is given with a warning that it is a guess (the SemEval files need a
   * line for every article).
   */
  minWords: number;
}

/**
 * Genre (opinion / reporting / satire) with temperature-scaled probabilities and the style
 * cues behind the verdict. Runs for every language: the style features are shared, so an
 * untrained language still gets a verdict from them (its words are unknown to the model).
 */
export function genreComponentWith(options: GenreComponentOptions): Component {
  return {
    name: 'genre',
    requires: [LANGUAGE.name],
    provides: [GENRE.name, MODEL_VERSIONS.name],
    run(doc, ctx) {
      if (!ctx.models.exists(GENRE_MODEL_FILE)) {
        ctx.warn(`genre model ${GENRE_MODEL_FILE} is missing; run "spinscope train --only genre"; no genre was predicted`);
        return;
      }
      const words = doc.tokens.reduce((n, t) => n + (t.isWord ? 1 : 0), 0);
      if (words === 0) return;
      if (words < options.minWords) {
        ctx.warn(`no genre: it is predicted for articles of at least ${MIN_GENRE_WORDS} words, and this text has ${words}`);
        return;
      }
      if (words < MIN_GENRE_WORDS) ctx.warn(`the genre is a guess: this text has ${words} words, and the model learnt from articles of at least ${MIN_GENRE_WORDS}`);
      const model = ctx.models.load(GENRE_MODEL_FILE, readGenreModel);
      const scores = genreProbabilities(model, doc);
      const label = GENRES.reduce((best, g) => (scores[g] > scores[best] ? g : best), GENRES[0]);
      doc.set(GENRE, { label, scores, cues: genreCues(model, doc, label) });
      doc.set(MODEL_VERSIONS, { ...(doc.get(MODEL_VERSIONS) ?? {}), genre: GENRE_MODEL_VERSION });
    },
  };
}

export const genreComponent: Component = genreComponentWith({ minWords: MIN_GENRE_WORDS });
