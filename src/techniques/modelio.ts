import { decodeArray, int16Values, int8Values, readRawModelFile, writeModelFile } from '../learn/modelfile.js';
import type { RawModelArray } from '../learn/modelfile.js';
import { WeightMatrix } from './weight-matrix.js';
import { TECHNIQUES } from '../taxonomy/ids.js';
import type { TechniqueId } from '../taxonomy/ids.js';
import type { FittedTechniques } from './fit.js';
import { TfidfVectorizer } from '../learn/vectorizer.js';
import type { SpanLexicon } from './span-lexicon.js';

/**
 * On-disk technique models: one file per corpus language
 * (`techniques-<code>.bin`, holding that language's features plus the shared
 * shape features) and `techniques-shared.bin` (shared features only, for
 * languages without training data). Each is a slice of the one jointly trained
 * model, so a paragraph scores the same whichever file serves it; a process
 * loads only the languages it meets.
 */
export const TECHNIQUE_MODEL_KIND = 'spinscope-techniques';
export const SHARED_PART = 'shared';

/** How a technique's spans are cut: around its strongest words, or as whole sentences. */
export type SpanMode = 'words' | 'sentence';

export interface TechniqueModelHeader {
  version: string;
  part: string;
  techniques: TechniqueId[];
  features: string[];
  biases: number[];
  /** Global decision threshold on the calibrated probability. */
  threshold: number;
  /**
   * Per-language thresholds that replace the global one (techniques/threshold.ts,
   * languageThresholds; absent in older models and for languages that keep the global one).
   */
  languageThresholds?: Record<string, number>;
  /**
   * Offsets added to the threshold for some techniques, in every language (techniques/threshold.ts,
   * techniqueOffsets; absent in older models and for techniques without one).
   */
  techniqueOffsets?: Record<string, number>;
  spanMode: Record<string, SpanMode>;
  /** Median gold span length in word tokens, per technique. */
  spanWords: Record<string, number>;
  training: Record<string, unknown>;
  /** Char n-grams and the other features normalised as separate blocks (absent in older models: one norm). */
  blockNorm?: boolean;
  /** Capitalised words the document also writes in lower case are words, not names (absent in older models: masked). */
  titleWords?: boolean;
  /**
   * A capitalised sentence opener the vocabulary does not know as a lower-case
   * word is a name (absent in older models: openers keep their word).
   */
  sentenceOpeners?: boolean;
  /**
   * `${lang}|${word}` for words with a word feature that are not ordinary words of the language
   * (rarely written in lower case, or mostly capitalised): a sentence opener among them is a name.
   */
  nameWords?: string[];
  /**
   * `${lang}|${word}` for the words of a noun-capitalising language (German) read as names
   * wherever they stand when capitalised (features/german-names.ts; absent in older models,
   * which read every capitalised German word as a word).
   */
  nameForms?: string[];
  /**
   * The span lexicon of this part's language (span-lexicon.ts): its form keys, in the order
   * of the rows of the `lexicon` array (one lift per technique and key); absent in the shared
   * part and in older models.
   */
  lexiconKeys?: string[];
}

export interface TechniqueModel {
  /** The header; a loaded model's `features` is emptied (the vectorizer's index holds them: `vectorizer.index.keys()`). */
  header: TechniqueModelHeader;
  /** The model's vocabulary and idf: transforms feature counts exactly as in training. */
  vectorizer: TfidfVectorizer;
  /** Weights, feature-major (see WeightMatrix). */
  matrix: WeightMatrix;
  /** Span lexicons by corpus language (a language's file holds its own; the shared file none). */
  lexicons?: ReadonlyMap<string, SpanLexicon>;
}

/** Feature-major weight matrix from one weight array per technique. */
export function featureMajor(weights: readonly Float32Array[], dim: number): WeightMatrix {
  return WeightMatrix.fromFloats(weights, dim);
}

export function modelFileName(part: string): string {
  return `techniques-${part}.bin`;
}

/** Whether a feature belongs in a part: its language prefix, or no prefix (shared). */
function inPart(feature: string, part: string): boolean {
  const bar = feature.indexOf('|');
  return bar < 0 || (part !== SHARED_PART && feature.slice(0, bar) === part);
}

/**
 * The model for languages without training data, when it is not the joint model's shared slice:
 * a model fitted on the language-agnostic features alone, with its own threshold. The slice's
 * biases and shared weights were learnt beside every language's own words, which carry most of
 * each decision; without them its probabilities ran far too high (0.8–0.9 on Spanish news).
 */
export interface SharedTechniqueModel {
  fitted: FittedTechniques;
  threshold: number;
}

export function writeTechniqueModels(
  dir: string,
  parts: readonly string[],
  joint: FittedTechniques,
  lexicons: ReadonlyMap<string, SpanLexicon>,
  meta: Omit<TechniqueModelHeader, 'part' | 'techniques' | 'features' | 'biases'>,
  join: (dir: string, name: string) => string,
  shared?: SharedTechniqueModel,
): string[] {
  const written: string[] = [];
  for (const part of [...parts, SHARED_PART]) {
    const own = part === SHARED_PART && shared;
    const fitted = own ? shared.fitted : joint;
    const all = fitted.vectorizer.state();
    // every feature of the part is kept, even near-zero ones: they count in the L2 norm
    const keep: number[] = [];
    all.features.forEach((f, j) => {
      if (inPart(f, part)) keep.push(j);
    });
    const arrays: Record<string, { data: Float32Array; encoding: 'q16' | 'q8' }> = {
      idf: { data: Float32Array.from(keep, (j) => all.idf[j]!), encoding: 'q16' },
    };
    fitted.models.forEach((m, c) => {
      arrays[`w${c}`] = { data: Float32Array.from(keep, (j) => m.weights[j]!), encoding: 'q16' };
    });
    // lifts lie in 0 … about 6 and enter scaled by 0.05: 8 bits keep them to within 0.003
    const lexicon = lexicons.get(part);
    const lexiconKeys = lexicon ? [...lexicon.keys()] : undefined;
    if (lexicon && lexiconKeys) {
      const rows = new Float32Array(lexiconKeys.length * TECHNIQUES.length);
      lexiconKeys.forEach((k, r) => rows.set(lexicon.get(k)!, r * TECHNIQUES.length));
      arrays.lexicon = { data: rows, encoding: 'q8' };
    }
    const header: TechniqueModelHeader = {
      ...meta,
      ...(own ? { threshold: shared.threshold, techniqueOffsets: {} } : {}),
      part,
      techniques: [...TECHNIQUES],
      features: keep.map((j) => all.features[j]!),
      ...(meta.nameWords ? { nameWords: meta.nameWords.filter((w) => inPart(w, part)) } : {}),
      ...(meta.nameForms ? { nameForms: meta.nameForms.filter((w) => inPart(w, part)) } : {}),
      ...(meta.languageThresholds ? { languageThresholds: Object.fromEntries(Object.entries(meta.languageThresholds).filter(([lang]) => lang === part)) } : {}),
      biases: fitted.models.map((m) => m.bias),
      blockNorm: all.blockNorm ?? false,
      ...(lexiconKeys ? { lexiconKeys } : {}),
    };
    const path = join(dir, modelFileName(part));
    writeModelFile(path, TECHNIQUE_MODEL_KIND, header, arrays);
    written.push(path);
  }
  return written;
}

/** Quantised arrays keep their integers; a model stored as float32 is read as floats. */
function weightMatrix(columns: ReadonlyArray<RawModelArray | undefined>, rows: number): WeightMatrix {
  if (columns.every((c) => c === undefined || c.encoding !== 'f32')) {
    return WeightMatrix.fromQuantised(
      columns.map((c) => (c ? { values: c.encoding === 'q16' ? int16Values(c) : int8Values(c), scale: c.scale } : undefined)),
      rows,
    );
  }
  return WeightMatrix.fromFloats(columns.map((c) => (c ? decodeArray(c) : new Float32Array(rows))), rows);
}

export function readTechniqueModel(path: string): TechniqueModel {
  const file = readRawModelFile<TechniqueModelHeader>(path, TECHNIQUE_MODEL_KIND);
  const header = file.header;
  const rows = header.features.length;
  const idf = file.arrays.get('idf');
  const vectorizer = new TfidfVectorizer({ features: header.features, idf: idf ? decodeArray(idf) : new Float32Array(rows), blockNorm: header.blockNorm ?? false });
  const matrix = weightMatrix(header.techniques.map((_, c) => file.arrays.get(`w${c}`)), rows);
  // the vectorizer's table holds the keys: a second copy as strings would be most of the model's heap
  header.features = [];
  const lexicon = header.lexiconKeys && file.arrays.get('lexicon') ? readLexicon(header.lexiconKeys, decodeArray(file.arrays.get('lexicon')!)) : undefined;
  return { header, vectorizer, matrix, ...(lexicon ? { lexicons: new Map([[header.part, lexicon]]) } : {}) };
}

function readLexicon(keys: readonly string[], rows: Float32Array): SpanLexicon {
  const T = TECHNIQUES.length;
  return new Map(keys.map((k, r) => [k, rows.subarray(r * T, (r + 1) * T)]));
}
