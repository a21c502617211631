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
  const dim = featurizer.dim;
  const weights = new Float32Array(rows.length * dim);
  rows.forEach((r, c) => weights.set(r.weights, c * dim));
  writeModelFile(path, kind, { ...header, featurizer: featurizer.state, biases: rows.map((r) => r.bias) }, { weights: { data: weights, encoding: 'q16' } });
}

export function loadLinearDocumentModel<H extends object>(path: string, kind: string): LoadedLinearModel<H> {
  const file = readModelFile<H & LinearDocumentHeader>(path, kind);
  const featurizer = new Featurizer(file.header.featurizer);
  const weights = file.arrays.get('weights');
  const dim = featurizer.dim;
  if (!weights || weights.length !== dim * file.header.labels.length) throw new ModelError(`${path}: weight array does not match the header`);
  const rows = file.header.biases.map((bias, c) => ({ weights: weights.subarray(c * dim, (c + 1) * dim), bias }));
  return { header: file.header, featurizer, rows };
}
