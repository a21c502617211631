import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { assignFolds } from '../eval/folds.js';
import type { CvProvider, FoldRequest } from '../eval/cv-types.js';
import { balancedMacroF1, singleLabelF1 } from '../eval/f1.js';
import type { Trainer, TrainOptions } from '../learn/trainers.js';
import { GENRES } from '../taxonomy/ids.js';
import type { GenreId } from '../taxonomy/ids.js';
import { genreExamples } from './dataset.js';
import { DEFAULT_GENRE_SETTINGS, fitTemperature, genreScores, trainGenreModel } from './model.js';
import { loadExpertModels, saveExpertModels } from './persist.js';
import type { GenreModel, GenreSettings } from './model.js';
import { TASK_CODES } from '../lang/codes.js';

export const GENRE_MODEL_FILE = 'genre.bin';
export const GENRE_MODEL_KIND = 'genre';
export const GENRE_MODEL_VERSION = 'genre-4.1';

interface GenreHeader {
  temperature: number;
  cv: Record<string, { macroF1: number; balancedMacroF1: number; satireRecall: string }>;
}

export function readGenreModel(path: string): GenreModel {
  const m = loadExpertModels<GenreHeader>(path, GENRE_MODEL_KIND);
  return { experts: m.experts, temperature: m.header.temperature };
}

/**
 * Trains the shipped genre model: 5-fold cross-validation by article first
 * (its out-of-fold scores fit the temperature and give the figures stored in
 * the header), then the final model on every labelled article.
 */
export function trainGenre(options: TrainOptions): void {
  const codes = TASK_CODES.filter((c) => existsSync(join(options.corpus, c)));
  const examples = genreExamples(options.corpus, codes);
  options.log(`genre: ${examples.length} articles in ${codes.join(' ')}`);
  const k = 5;
  const folds = assignFolds(examples.map((e) => e.key), k, options.seed);
  const oof: number[][] = new Array<number[]>(examples.length);
  for (let f = 0; f < k; f++) {
    const model = trainGenreModel(examples.filter((e) => folds.get(e.key) !== f));
    examples.forEach((e, i) => {
      if (folds.get(e.key) === f) oof[i] = genreScores(model, e.doc);
    });
    options.log(`genre: fold ${f + 1}/${k}`);
  }
  const gold = examples.map((e) => GENRES.indexOf(e.genre));
  const temperature = fitTemperature(oof, gold);
  const cv: GenreHeader['cv'] = {};
  for (const code of codes) {
    const idx = examples.flatMap((e, i) => (e.code === code ? [i] : []));
    const pred = idx.map((i) => GENRES[oof[i]!.indexOf(Math.max(...oof[i]!))]!);
    const satire = idx.filter((i) => examples[i]!.genre === 'satire');
    const found = satire.filter((i) => pred[idx.indexOf(i)] === 'satire').length;
    const gold = idx.map((i) => examples[i]!.genre);
    cv[code] = { macroF1: singleLabelF1(gold, pred).macro, balancedMacroF1: balancedMacroF1(gold, pred), satireRecall: `${found}/${satire.length}` };
    options.log(`genre: CV macro-F1 ${code} ${cv[code].macroF1.toFixed(3)}, class-balanced ${cv[code].balancedMacroF1.toFixed(3)} (satire found ${found}/${satire.length})`);
  }
  const model = trainGenreModel(examples);
  const trainedOn = Object.fromEntries(codes.map((c) => [c, examples.filter((e) => e.code === c).length]));
  const path = join(options.modelsDir, GENRE_MODEL_FILE);
  saveExpertModels<GenreHeader>(
    path,
    GENRE_MODEL_KIND,
    { temperature, cv, labels: [...GENRES], version: GENRE_MODEL_VERSION, trainedOn, seed: options.seed },
    model.experts,
  );
  options.log(`genre: temperature ${temperature.toFixed(3)}; wrote ${path}`);
}

export const genreTrainer: Trainer = {
  name: 'genre',
  description: 'genre (opinion / reporting / satire), subtask 1, all languages jointly',
  train: trainGenre,
};

/**
 * Subtask 1 for `spinscope eval --cv` with the given settings: trains on the other folds of
 * all requested languages jointly. bench/cv-doc.ts compares settings through it.
 */
export function genreCvProviderWith(settings: GenreSettings, name: string): CvProvider<'1'> {
  return {
    subtask: '1',
    name,
    predictFold(request: FoldRequest): Map<string, GenreId> {
      const examples = genreExamples(request.corpus, request.langs);
      const model = trainGenreModel(examples.filter((e) => request.folds.get(e.key) !== request.fold), settings);
      const out = new Map<string, GenreId>();
      for (const e of examples) {
        if (request.folds.get(e.key) !== request.fold) continue;
        const s = genreScores(model, e.doc);
        out.set(e.key, GENRES[s.indexOf(Math.max(...s))]!);
      }
      return out;
    },
  };
}

/** The shipped genre model's CV provider. */
export const genreCvProvider = genreCvProviderWith(DEFAULT_GENRE_SETTINGS, `spinscope ${GENRE_MODEL_VERSION} (style and words experts, joint)`);
