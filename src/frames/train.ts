import { join } from 'node:path';
import { existsSync } from 'node:fs';
import type { CvProvider, FoldRequest } from '../eval/cv-types.js';
import type { Trainer, TrainOptions } from '../learn/trainers.js';
import { FRAMES } from '../taxonomy/ids.js';
import type { FrameId } from '../taxonomy/ids.js';
import { frameExamples } from '../genre/dataset.js';
import { loadLinearDocumentModel, saveLinearDocumentModel } from '../genre/persist.js';
import { DEFAULT_FRAME_SETTINGS, predictFrames, trainFrameModel } from './model.js';
import type { FrameModel, FrameSettings } from './model.js';
import { TASK_CODES } from '../lang/codes.js';

export const FRAMES_MODEL_FILE = 'frames.bin';
export const FRAMES_MODEL_KIND = 'frames';
export const FRAMES_MODEL_VERSION = 'frames-4.1';

interface FramesHeader {
  thresholds: number[];
  /** Per-language thresholds (frames-4 on; absent in older files: the pooled ones serve every language). */
  languageThresholds?: Record<string, number[]>;
}

export function readFrameModel(path: string): FrameModel {
  const m = loadLinearDocumentModel<FramesHeader>(path, FRAMES_MODEL_KIND);
  const { thresholds, languageThresholds } = m.header;
  return { featurizer: m.featurizer, rows: m.rows, thresholds, ...(languageThresholds ? { languageThresholds } : {}) };
}

/** Trains the shipped frame model on every labelled article (thresholds from inner CV). */
export function trainFrames(options: TrainOptions): void {
  const codes = TASK_CODES.filter((c) => existsSync(join(options.corpus, c)));
  const examples = frameExamples(options.corpus, codes);
  options.log(`frames: ${examples.length} articles in ${codes.join(' ')}`);
  const model = trainFrameModel(examples, DEFAULT_FRAME_SETTINGS, options.seed);
  const trainedOn = Object.fromEntries(codes.map((c) => [c, examples.filter((e) => e.code === c).length]));
  const path = join(options.modelsDir, FRAMES_MODEL_FILE);
  saveLinearDocumentModel<FramesHeader>(
    path,
    FRAMES_MODEL_KIND,
    { thresholds: model.thresholds, languageThresholds: model.languageThresholds, labels: [...FRAMES], version: FRAMES_MODEL_VERSION, trainedOn, seed: options.seed },
    model.featurizer,
    model.rows,
  );
  const perLanguage = Object.entries(model.languageThresholds ?? {}).map(([lang, t]) => `${lang} ${t[0]!.toFixed(3)}`);
  options.log(`frames: thresholds ${model.thresholds.map((t) => t.toFixed(2)).join(' ')}${perLanguage.length ? `; per language ${perLanguage.join(', ')}` : ''}; wrote ${path}`);
}

export const framesTrainer: Trainer = {
  name: 'frames',
  description: 'frames (14, multi-label), subtask 2, all languages jointly',
  train: trainFrames,
};

/**
 * Subtask 2 for `spinscope eval --cv` with the given settings: trains on the other folds
 * (threshold by inner CV) and predicts the held-out one. bench/cv-doc.ts compares settings
 * through it.
 */
export function framesCvProviderWith(settings: FrameSettings, name: string): CvProvider<'2'> {
  return {
    subtask: '2',
    name,
    predictFold(request: FoldRequest): Map<string, FrameId[]> {
      const examples = frameExamples(request.corpus, request.langs);
      const model = trainFrameModel(
        examples.filter((e) => request.folds.get(e.key) !== request.fold),
        settings,
        request.seed,
      );
      const out = new Map<string, FrameId[]>();
      for (const e of examples) if (request.folds.get(e.key) === request.fold) out.set(e.key, predictFrames(model, e.doc));
      return out;
    },
  };
}

/** The shipped frame model's CV provider. */
export const framesCvProvider = framesCvProviderWith(
  DEFAULT_FRAME_SETTINGS,
  `spinscope ${FRAMES_MODEL_VERSION} (words and char n-grams, joint, CV thresholds per language)`,
);
