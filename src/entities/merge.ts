import { stemmerFor } from '../features/stemmers.js';
import type { EntityType } from '../pipeline/analysis.js';
import type { Mention } from './mentions.js';

/** Mentions that refer to one entity. */
export interface EntityGroup {
  /** The longest form of the name found in the text. */
  name: string;
  type: EntityType;
  mentions: Mention[];
}

/** Languages whose names inflect ("Зеленского", "Zełenskiego", "Merkels"): compare stems. */
const INFLECTING = new Set(['ru', 'pl', 'de', 'uk']);

function keyWords(m: Mention, language: string): string[] {
  const stem = INFLECTING.has(language) ? stemmerFor(language) : undefined;
  return m.words.map((w) => (stem ? stem(w) : w));
}

/**
 * Merges mentions of one entity: identical names (after stemming where names
 * inflect), and a shorter name whose words all occur in exactly one longer
 * name ("Zelensky" → "Volodymyr Zelensky"). A short name that fits two
 * different longer names stays apart rather than guess.
 */
export function mergeMentions(mentions: Mention[], language: string): EntityGroup[] {
  const byKey = new Map<string, { words: string[]; mentions: Mention[] }>();
  for (const m of mentions) {
    const words = keyWords(m, language);
    const key = words.join(' ');
    const g = byKey.get(key);
    if (g) g.mentions.push(m);
    else byKey.set(key, { words, mentions: [m] });
  }
  const groups = [...byKey.values()].sort((a, b) => b.words.length - a.words.length);
  const merged: Array<{ words: string[]; mentions: Mention[] }> = [];
  // merged groups by each of their words, in merge order: a host holds all of g's words, so
  // only the groups holding its first word need checking (all of them was quadratic in the names)
  const byWord = new Map<string, Array<{ words: string[]; mentions: Mention[] }>>();
  for (const g of groups) {
    const candidates = g.words.length > 0 ? (byWord.get(g.words[0]!) ?? []) : merged;
    const hosts = candidates.filter((h) => h.words.length > g.words.length && g.words.every((w) => h.words.includes(w)));
    if (hosts.length === 1) hosts[0]!.mentions.push(...g.mentions);
    else {
      const group = { words: g.words, mentions: [...g.mentions] };
      merged.push(group);
      for (const w of new Set(g.words)) {
        const list = byWord.get(w);
        if (list) list.push(group);
        else byWord.set(w, [group]);
      }
    }
  }
  return merged.map((g) => {
    const sorted = [...g.mentions].sort((a, b) => a.start - b.start);
    const longest = sorted.reduce((best, m) => ([...m.text].length > [...best.text].length ? m : best), sorted[0]!);
    const types = sorted.map((m) => m.type);
    const type: EntityType = sorted.some((m) => m.titled)
      ? 'person'
      : types.includes('organization') ? 'organization' : types.includes('place') ? 'place' : longest.type;
    return { name: longest.text, type, mentions: sorted };
  });
}
