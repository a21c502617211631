import type { AnalyzerOptions } from '../pipeline/analyze.js';

/**
 * Analyzer options that keep only language identification and the technique
 * detector: for the neutrality audit, its tests and benchmarks, which measure
 * the detector alone.
 */
export const TECHNIQUES_ONLY: AnalyzerOptions = {
  components: (defaults) => defaults.filter((c) => c.name === 'language' || c.name === 'techniques'),
};
