import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeSentences } from '../claims/detect.js';
import { cuesFor } from '../claims/cues.js';
import { PROJECT_ROOT } from '../corpus/location.js';
import { Doc } from '../doc/index.js';
import { InputError, UsageError } from '../errors.js';
import { trainedLanguage } from '../lang/codes.js';
import type { SourcingKind, VaguenessKind } from '../pipeline/analysis.js';

/**
 * Evaluation of claim detection, sourcing and vagueness on hand-written sets
 * (data/eval/claims/<lang>.tsv and <lang>.heldout.tsv): one sentence per row,
 * `sentence  is_claim  sourcing  vagueness  context`, where context is text of
 * the same paragraph that precedes the sentence (for "he said", quotations).
 */
export const SOURCING_KINDS: readonly SourcingKind[] = ['named', 'document', 'anonymous', 'vague-authority', 'unsourced'];
export const VAGUENESS_KINDS: readonly VaguenessKind[] = ['approximate-quantity', 'vague-quantifier', 'hedge', 'unsourced-statistic'];

export type ClaimsSplit = 'dev' | 'heldout' | 'all';

export interface ClaimsEvalOptions {
  /** Folder of the TSV files (default data/eval/claims). */
  dir?: string;
  /** ISO codes (default: every language with a file). */
  languages?: string[];
  split?: ClaimsSplit;
}

export interface GoldRow {
  sentence: string;
  isClaim: boolean;
  sourcing?: SourcingKind;
  vagueness: VaguenessKind[];
  context: string;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface ClaimsMistake {
  sentence: string;
  gold: string;
  predicted: string;
}

export interface LanguageClaimsEvaluation {
  language: string;
  split: ClaimsSplit;
  sentences: number;
  goldClaims: number;
  detection: Scores;
  /** Share of gold claims whose predicted sourcing kind is the gold kind. */
  sourcingAccuracy: number;
  sourcing: Record<SourcingKind, Scores>;
  vagueness: Record<VaguenessKind, Scores>;
  mistakes: ClaimsMistake[];
}

export interface ClaimsEvaluation {
  languages: LanguageClaimsEvaluation[];
}

export function claimsEvalDir(): string {
  return join(PROJECT_ROOT, 'data', 'eval', 'claims');
}

export function parseGoldTsv(text: string, file: string): GoldRow[] {
  const rows: GoldRow[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (i === 0 || line.trim() === '' || line.startsWith('#')) return;
    const [sentence, claim, sourcing, vagueness, context] = line.split('\t');
    if (!sentence || (claim !== '0' && claim !== '1')) throw new InputError(`${file}:${i + 1}: expected sentence<TAB>0|1<TAB>sourcing<TAB>vagueness`);
    const kind = sourcing && sourcing !== '-' ? sourcing : undefined;
    if (kind && !(SOURCING_KINDS as readonly string[]).includes(kind)) throw new InputError(`${file}:${i + 1}: unknown sourcing kind "${kind}"`);
    const marks = (vagueness ?? '-').split(',').map((s) => s.trim()).filter((s) => s && s !== '-');
    for (const m of marks) if (!(VAGUENESS_KINDS as readonly string[]).includes(m)) throw new InputError(`${file}:${i + 1}: unknown vagueness kind "${m}"`);
    rows.push({ sentence, isClaim: claim === '1', sourcing: kind as SourcingKind | undefined, vagueness: marks as VaguenessKind[], context: context?.trim() ?? '' });
  });
  return rows;
}

interface Prediction {
  isClaim: boolean;
  sourcing: SourcingKind;
  vagueness: Set<VaguenessKind>;
}

/** Runs the detector on one row: the context and the sentence form one paragraph. */
export function predictRow(row: GoldRow, language: string): Prediction {
  const cues = cuesFor(language);
  if (!cues) throw new InputError(`no cue file for language "${language}"`);
  const prefix = row.context ? `${row.context} ` : '';
  const doc = new Doc(prefix + row.sentence, { lang: language });
  const from = [...prefix].length;
  const target = analyzeSentences(doc, cues).filter((s) => s.claim.end > from);
  const lead = target.find((s) => s.isClaim) ?? target[0];
  return {
    isClaim: target.some((s) => s.isClaim),
    sourcing: lead?.claim.sourcing.kind ?? 'unsourced',
    vagueness: new Set(target.flatMap((s) => s.claim.vagueness.map((v) => v.kind))),
  };
}

function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = 2 * tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
  return { precision, recall, f1, tp, fp, fn };
}

function tally<K extends string>(kinds: readonly K[]): Record<K, { tp: number; fp: number; fn: number }> {
  return Object.fromEntries(kinds.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<K, { tp: number; fp: number; fn: number }>;
}

function finish<K extends string>(t: Record<K, { tp: number; fp: number; fn: number }>): Record<K, Scores> {
  return Object.fromEntries(Object.entries(t).map(([k, c]) => {
    const counts = c as { tp: number; fp: number; fn: number };
    return [k, scores(counts.tp, counts.fp, counts.fn)];
  })) as Record<K, Scores>;
}

export function evaluateRows(rows: GoldRow[], language: string, split: ClaimsSplit): LanguageClaimsEvaluation {
  let tp = 0, fp = 0, fn = 0, correctSourcing = 0, goldClaims = 0;
  const sourcing = tally(SOURCING_KINDS);
  const vagueness = tally(VAGUENESS_KINDS);
  const mistakes: ClaimsMistake[] = [];
  for (const row of rows) {
    const p = predictRow(row, language);
    if (p.isClaim && row.isClaim) tp++;
    else if (p.isClaim) fp++;
    else if (row.isClaim) fn++;
    const problems: string[] = [];
    if (p.isClaim !== row.isClaim) problems.push(`claim ${row.isClaim ? 1 : 0}→${p.isClaim ? 1 : 0}`);
    if (row.isClaim) {
      goldClaims++;
      const gold = row.sourcing ?? 'unsourced';
      if (p.sourcing === gold) {
        correctSourcing++;
        sourcing[gold].tp++;
      } else {
        sourcing[gold].fn++;
        sourcing[p.sourcing].fp++;
        problems.push(`sourcing ${gold}→${p.sourcing}`);
      }
      for (const k of VAGUENESS_KINDS) {
        const g = row.vagueness.includes(k);
        const q = p.vagueness.has(k);
        if (g && q) vagueness[k].tp++;
        else if (q) vagueness[k].fp++;
        else if (g) vagueness[k].fn++;
        if (g !== q) problems.push(`${g ? 'missed' : 'extra'} ${k}`);
      }
    }
    if (problems.length > 0) mistakes.push({ sentence: row.sentence, gold: row.isClaim ? `${row.sourcing} ${row.vagueness.join(',')}` : 'no claim', predicted: problems.join('; ') });
  }
  return {
    language,
    split,
    sentences: rows.length,
    goldClaims,
    detection: scores(tp, fp, fn),
    sourcingAccuracy: goldClaims === 0 ? 1 : correctSourcing / goldClaims,
    sourcing: finish(sourcing),
    vagueness: finish(vagueness),
    mistakes,
  };
}

function filesFor(dir: string, language: string, split: ClaimsSplit): string[] {
  const names = split === 'dev' ? [`${language}.tsv`] : split === 'heldout' ? [`${language}.heldout.tsv`] : [`${language}.tsv`, `${language}.heldout.tsv`];
  return names.map((n) => join(dir, n)).filter((p) => existsSync(p));
}

export function evaluateClaims(options: ClaimsEvalOptions = {}): ClaimsEvaluation {
  const dir = options.dir ?? claimsEvalDir();
  const split = options.split ?? 'all';
  if (!existsSync(dir)) throw new InputError(`claims evaluation folder not found: ${dir}`);
  const languages = options.languages ?? ['en', 'fr', 'de', 'it', 'pl', 'ru'];
  const out: LanguageClaimsEvaluation[] = [];
  for (const language of languages) {
    const files = filesFor(dir, language, split);
    if (files.length === 0) continue;
    const rows = files.flatMap((f) => parseGoldTsv(readFileSync(f, 'utf8'), f));
    out.push(evaluateRows(rows, language, split));
  }
  return { languages: out };
}

const pct = (x: number): string => x.toFixed(3);

/** Markdown report: one summary table, then per-kind tables per language. */
export function formatClaimsEvaluation(e: ClaimsEvaluation): string {
  const lines: string[] = [];
  lines.push('| language | split | sentences | gold claims | claim P | claim R | claim F1 | sourcing accuracy |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const l of e.languages) {
    lines.push(`| ${l.language} | ${l.split} | ${l.sentences} | ${l.goldClaims} | ${pct(l.detection.precision)} | ${pct(l.detection.recall)} | ${pct(l.detection.f1)} | ${pct(l.sourcingAccuracy)} |`);
  }
  for (const l of e.languages) {
    lines.push('', `### ${l.language} (${l.split})`, '', '| kind | P | R | F1 | tp | fp | fn |', '|---|---:|---:|---:|---:|---:|---:|');
    const rows: Array<[string, Scores]> = [
      ...SOURCING_KINDS.map((k): [string, Scores] => [`sourcing: ${k}`, l.sourcing[k]]),
      ...VAGUENESS_KINDS.map((k): [string, Scores] => [`vagueness: ${k}`, l.vagueness[k]]),
    ];
    for (const [name, s] of rows) lines.push(`| ${name} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${s.tp} | ${s.fp} | ${s.fn} |`);
  }
  return lines.join('\n') + '\n';
}

const SPLITS: readonly ClaimsSplit[] = ['dev', 'heldout', 'all'];

/** `spinscope eval --claims [split] [--lang en,fr]`: the Markdown report. */
export function runClaimsEvaluation(split: string | boolean, languages: string | undefined): string {
  const chosen = split === true ? 'all' : String(split);
  if (!(SPLITS as readonly string[]).includes(chosen)) throw new UsageError(`--claims takes dev, heldout or all, not "${chosen}"`);
  const langs = languages ? [...new Set(languages.split(',').map((l) => l.trim()).filter(Boolean).map((l) => trainedLanguage(l)))] : undefined;
  return formatClaimsEvaluation(evaluateClaims({ split: chosen as ClaimsSplit, languages: langs }));
}
