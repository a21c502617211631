import { techniquesTrainer } from '../techniques/train.js';
import { genreTrainer } from '../genre/train.js';
import { framesTrainer } from '../frames/train.js';
import { spansTrainer } from '../techniques/locator-train.js';

/**
 * What `spinscope train` can train. Each model family registers one entry;
 * the command trains the requested ones (default: all) from the corpus and
 * writes them under models/.
 */
export interface TrainOptions {
  /** Corpus root (folder holding en/, fr/, …). */
  corpus: string;
  /** Output folder (default: the package's models/). */
  modelsDir: string;
  seed: number;
  /** Progress lines for the user (stderr). */
  log: (line: string) => void;
}

export interface Trainer {
  name: string;
  description: string;
  train(options: TrainOptions): Promise<void> | void;
}

/** Registered trainers, in training order. Model families add themselves here. */
export const TRAINERS: Trainer[] = [techniquesTrainer, spansTrainer, genreTrainer, framesTrainer];
