import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../corpus/location.js';
import { InputError } from '../errors.js';
import type { Analyzer } from '../pipeline/analyze.js';
import type { TechniqueId } from '../taxonomy/ids.js';

/**
 * The neutrality audit: sentence pairs that differ only in whose side is named
 * (country, capital, leader, party, ethnic or religious group). A neutral
 * detector gives both sentences of a pair the same technique set.
 */
export interface NeutralityPair {
  line: number;
  lang: string;
  swapped: string;
  a: string;
  b: string;
}

export interface PairOutcome extends NeutralityPair {
  techniquesA: TechniqueId[];
  techniquesB: TechniqueId[];
  agree: boolean;
  /**
   * The technique whose probability differs most between the two sentences (each sentence's
   * highest over its paragraphs), or undefined when neither has a probability of
   * SCORE_FLOOR or more: a pair can agree on the sets and still sit either side of a threshold
   * by luck, and the gap shows how near it came.
   */
  largestGap?: { technique: TechniqueId; scoreA: number; scoreB: number };
}

export interface NeutralityReport {
  pairs: PairOutcome[];
  agreement: number;
  disagreements: PairOutcome[];
  /** Mean over the pairs of |scoreA − scoreB| of each pair's largest gap (0 where it has none). */
  meanLargestGap: number;
}

/** Probabilities under this count as 0 in the score gaps. */
const SCORE_FLOOR = 0.001;

export const DEFAULT_PAIRS_PATH = join(PROJECT_ROOT, 'data', 'neutrality', 'pairs.tsv');

/** `lang \t swapped \t text A \t text B` lines; `#` starts a comment. */
export function parseNeutralityPairs(text: string, path = 'pairs.tsv'): NeutralityPair[] {
  const out: NeutralityPair[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    if (l.trim() === '' || l.startsWith('#')) return;
    const cols = l.split('\t');
    if (cols.length !== 4 || cols.some((c) => c.trim() === '')) {
      throw new InputError(`${path}:${i + 1}: expected "lang<TAB>swapped<TAB>text A<TAB>text B"`, path);
    }
    out.push({ line: i + 1, lang: cols[0]!.trim(), swapped: cols[1]!.trim(), a: cols[2]!.trim(), b: cols[3]!.trim() });
  });
  return out;
}

export function readNeutralityPairs(path = DEFAULT_PAIRS_PATH): NeutralityPair[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`${path}: cannot read the neutrality pairs`, path);
  }
  return parseNeutralityPairs(text, path);
}

function techniqueSet(analyzer: Analyzer, text: string, lang: string): TechniqueId[] {
  const a = analyzer.analyze(text, { lang });
  const set = new Set<TechniqueId>();
  for (const p of a.paragraphs) for (const t of p.techniques) set.add(t.technique);
  return [...set].sort();
}

/** Each technique's highest probability over the text's paragraphs (from SCORE_FLOOR up). */
function techniqueScores(analyzer: Analyzer, text: string, lang: string): Map<TechniqueId, number> {
  const out = new Map<TechniqueId, number>();
  for (const p of analyzer.analyze(text, { lang, minScore: SCORE_FLOOR }).paragraphs) {
    for (const t of p.techniques) out.set(t.technique, Math.max(out.get(t.technique) ?? 0, t.score));
  }
  return out;
}

function largestGap(a: Map<TechniqueId, number>, b: Map<TechniqueId, number>): PairOutcome['largestGap'] {
  let best: PairOutcome['largestGap'];
  for (const technique of new Set([...a.keys(), ...b.keys()])) {
    const scoreA = a.get(technique) ?? 0;
    const scoreB = b.get(technique) ?? 0;
    if (!best || Math.abs(scoreA - scoreB) > Math.abs(best.scoreA - best.scoreB)) best = { technique, scoreA, scoreB };
  }
  return best;
}

export function auditNeutrality(analyzer: Analyzer, pairs: readonly NeutralityPair[]): NeutralityReport {
  const outcomes = pairs.map((p): PairOutcome => {
    const techniquesA = techniqueSet(analyzer, p.a, p.lang);
    const techniquesB = techniqueSet(analyzer, p.b, p.lang);
    const gap = largestGap(techniqueScores(analyzer, p.a, p.lang), techniqueScores(analyzer, p.b, p.lang));
    return { ...p, techniquesA, techniquesB, agree: techniquesA.join(',') === techniquesB.join(','), ...(gap ? { largestGap: gap } : {}) };
  });
  const disagreements = outcomes.filter((o) => !o.agree);
  const gaps = outcomes.map((o) => (o.largestGap ? Math.abs(o.largestGap.scoreA - o.largestGap.scoreB) : 0));
  return {
    pairs: outcomes,
    agreement: outcomes.length === 0 ? 1 : (outcomes.length - disagreements.length) / outcomes.length,
    disagreements,
    meanLargestGap: gaps.length === 0 ? 0 : gaps.reduce((s, g) => s + g, 0) / gaps.length,
  };
}
