import type { Doc } from '../doc/doc.js';
import type { ModelStore } from './models.js';

/**
 * A pipeline component adds one kind of annotation to a Doc (spaCy's pipes).
 * `requires` and `provides` name annotation keys (see keys.ts); the pipeline
 * checks at construction that every requirement is provided earlier.
 */
export interface Component {
  readonly name: string;
  readonly requires: readonly string[];
  readonly provides: readonly string[];
  run(doc: Doc, context: ComponentContext): void;
}

export interface ComponentContext {
  models: ModelStore;
  /** Add a user-facing warning to the analysis. */
  warn(message: string): void;
  /** The caller's decision threshold for techniques, replacing the model's (AnalyzeOptions.minScore). */
  minScore?: number;
}
