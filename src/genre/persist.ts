import { readModelFile, writeModelFile } from '../learn/modelfile.js';
import type { BinaryLogistic } from '../learn/logistic.js';
import { ModelError } from '../errors.js';
import { Featurizer } from './featurizer.js';
import type { FeaturizerState } from './featurizer.js';

/**
 * Saving and loading the document-level linear models (genre, frames): the
 * featurizer state and model constants go in the JSON header, the weight rows
 * in one q16 array (16-bit quantisation costs nothing measurable here and
 * halves the size).
 */
export interface LinearDocumentHeader {
  featurizer: FeaturizerState;
  labels: string[];
  biases: number[];
  version: string;
  trainedOn: Record<string, number>;
  seed: number;
}

export interface LoadedLinearModel<H> {
  header: H & LinearDocumentHeader;
  featurizer: Featurizer;
  rows: BinaryLogistic[];
}

export function saveLinearDocumentModel<H extends object>(
  path: string,
  kind: string,
  header: H & Omit<LinearDocumentHeader, 'biases' | 'featurizer'>,
  featurizer: Featurizer,
  rows: readonly BinaryLogistic[],
): void {
  writeModelFile(path, kind, { ...header, featurizer: featurizer.state, biases: rows.map((r) => r.bias) }, { weights: packRows(featurizer, rows) });
}

export function loadLinearDocumentModel<H extends object>(path: string, kind: string): LoadedLinearModel<H> {
  const file = readModelFile<H & LinearDocumentHeader>(path, kind);
  const { featurizer, rows } = unpackRows(path, file.header.featurizer, file.header.biases, file.arrays.get('weights'));
  return { header: file.header, featurizer, rows };
}

/** One linear model of a file holding several (the genre experts): its featurizer, biases and mixture weight. */
export interface ExpertHeader {
  featurizer: FeaturizerState;
  biases: number[];
  weight: number;
}

export interface LoadedExperts<H> {
  header: H;
  experts: Array<{ featurizer: Featurizer; rows: BinaryLogistic[]; weight: number }>;
}

/** Several linear models over the same labels in one file: headers in `experts`, weights in arrays `weights0`, `weights1`, … */
export function saveExpertModels<H extends object>(
  path: string,
  kind: string,
  header: H & Omit<LinearDocumentHeader, 'biases' | 'featurizer'>,
  experts: ReadonlyArray<{ featurizer: Featurizer; rows: readonly BinaryLogistic[]; weight: number }>,
): void {
  const heads: ExpertHeader[] = experts.map((e) => ({ featurizer: e.featurizer.state, biases: e.rows.map((r) => r.bias), weight: e.weight }));
  const arrays = Object.fromEntries(experts.map((e, i) => [`weights${i}`, packRows(e.featurizer, e.rows)]));
  writeModelFile(path, kind, { ...header, experts: heads }, arrays);
}

export function loadExpertModels<H extends object>(path: string, kind: string): LoadedExperts<H & { experts: ExpertHeader[] }> {
  const file = readModelFile<H & { experts: ExpertHeader[] }>(path, kind);
  if (!Array.isArray(file.header.experts) || file.header.experts.length === 0) throw new ModelError(`${path}: no expert models in the header`);
  const experts = file.header.experts.map((e, i) => ({ ...unpackRows(path, e.featurizer, e.biases, file.arrays.get(`weights${i}`)), weight: e.weight }));
  return { header: file.header, experts };
}

function packRows(featurizer: Featurizer, rows: readonly BinaryLogistic[]): { data: Float32Array; encoding: 'q16' } {
  const dim = featurizer.dim;
  const weights = new Float32Array(rows.length * dim);
  rows.forEach((r, c) => weights.set(r.weights, c * dim));
  return { data: weights, encoding: 'q16' };
}

function unpackRows(path: string, state: FeaturizerState, biases: readonly number[], weights: Float32Array | undefined): { featurizer: Featurizer; rows: BinaryLogistic[] } {
  const featurizer = new Featurizer(state);
  const dim = featurizer.dim;
  if (!weights || weights.length !== dim * biases.length) throw new ModelError(`${path}: weight array does not match the header`);
  return { featurizer, rows: biases.map((bias, c) => ({ weights: weights.subarray(c * dim, (c + 1) * dim), bias })) };
}
