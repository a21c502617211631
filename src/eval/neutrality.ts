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
}

export interface NeutralityReport {
  pairs: PairOutcome[];
  agreement: number;
  disagreements: PairOutcome[];
}

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

export function auditNeutrality(analyzer: Analyzer, pairs: readonly NeutralityPair[]): NeutralityReport {
  const outcomes = pairs.map((p) => {
    const techniquesA = techniqueSet(analyzer, p.a, p.lang);
    const techniquesB = techniqueSet(analyzer, p.b, p.lang);
    return { ...p, techniquesA, techniquesB, agree: techniquesA.join(',') === techniquesB.join(',') };
  });
  const disagreements = outcomes.filter((o) => !o.agree);
  return { pairs: outcomes, agreement: outcomes.length === 0 ? 1 : (outcomes.length - disagreements.length) / outcomes.length, disagreements };
}
