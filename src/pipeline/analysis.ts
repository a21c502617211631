import type { CategoryId, FrameId, GenreId, TechniqueId } from '../taxonomy/ids.js';

/**
 * The Analysis: plain, JSON-serialisable data, the one thing renderers, the
 * CLI, the server and tests consume. Published as a JSON Schema in
 * schema/analysis.schema.json; bump the version on any incompatible change.
 * Every offset is in Unicode code points, end exclusive.
 */
export const ANALYSIS_SCHEMA = 'spinscope/analysis@1' as const;

export interface TechniqueSpan {
  technique: TechniqueId;
  category: CategoryId;
  start: number;
  end: number;
  text: string;
  /** Calibrated probability in [0, 1]. */
  score: number;
  /** The words or features with the largest contributions, most important first. */
  cues: string[];
}

export interface ParagraphTechniques {
  /** SemEval paragraph number: the 1-based line number. */
  id: number;
  start: number;
  end: number;
  techniques: Array<{ technique: TechniqueId; score: number }>;
}

export interface GenreResult {
  label: GenreId;
  /** Calibrated probability per genre; they sum to 1. */
  scores: Record<GenreId, number>;
  /** The style features that set the chosen genre ahead of the runner-up, strongest first. */
  cues: string[];
}

export interface FrameResult {
  frame: FrameId;
  score: number;
  /** Paragraph ids that carry the frame most, strongest first. */
  paragraphs: number[];
}

export type SourcingKind = 'named' | 'document' | 'anonymous' | 'vague-authority' | 'unsourced';
export type VaguenessKind = 'approximate-quantity' | 'vague-quantifier' | 'hedge' | 'unsourced-statistic';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface Claim extends TextSpan {
  /** How much the sentence is worth checking, in [0, 1]. */
  checkworthiness: number;
  sourcing: { kind: SourcingKind; source?: TextSpan; cues?: string[] };
  vagueness: Array<{ kind: VaguenessKind } & TextSpan>;
}

export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'other';
export type Tone = 'negative' | 'neutral' | 'positive' | 'mixed';

export interface EntityFraming {
  /** The longest form of the name found in the text. */
  name: string;
  type: EntityType;
  mentions: Array<{ start: number; end: number }>;
  /** Evaluative words and labels attached to the entity. */
  labels: Array<TextSpan & { polarity?: 'negative' | 'positive' }>;
  tone: Tone;
  /** Mean polarity of the labels in [-1, 1]. */
  toneScore: number;
}

export interface Summary {
  words: number;
  techniqueCount: number;
  techniquesPer100Words: number;
  /** 0–100; defined in the README ("Persuasion intensity"). */
  intensity: number;
  topTechniques: Array<{ technique: TechniqueId; count: number }>;
  topCategories: Array<{ category: CategoryId; count: number }>;
  mostLoadedParagraph: { id: number; techniques: number; score: number } | null;
  genre: GenreId | null;
  frames: FrameId[];
}

export interface Analysis {
  schema: typeof ANALYSIS_SCHEMA;
  /** Caller-supplied identifier (batch id, file name, URL). */
  id?: string;
  title?: string;
  source?: { url?: string; file?: string; published?: string; name?: string };
  /** ISO 639-1 code of the text's language ("und" when unknown). */
  language: string;
  languageConfidence: number;
  /** False when the language has no trained model: only language-agnostic parts ran. */
  supported: boolean;
  warnings: string[];
  /** The analysed text, exactly as received (after decoding); offsets index it. */
  text: string;
  /** Length of the text in code points. */
  length: number;
  paragraphs: ParagraphTechniques[];
  techniques: TechniqueSpan[];
  genre: GenreResult | null;
  frames: FrameResult[];
  claims: Claim[];
  entities: EntityFraming[];
  summary: Summary;
  /** Versions of the models that produced this analysis. */
  models: Record<string, string>;
  /** The caller's decision threshold for techniques (AnalyzeOptions.minScore), when it replaced the model's. */
  minScore?: number;
}
