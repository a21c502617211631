import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/entities/merge.js';
import type { Mention } from '../../src/entities/mentions.js';

function mention(text: string, start: number): Mention {
  const words = text.toLowerCase().split(' ');
  return { start, end: start + text.length, text, words, sentence: 0, type: words.length > 1 ? 'person' : 'other', titled: false };
}

/** The rule as first written (every merged group checked): the indexed version must agree. */
function reference(mentions: Mention[]): string[][] {
  const byKey = new Map<string, { words: string[]; mentions: Mention[] }>();
  for (const m of mentions) {
    const key = m.words.join(' ');
    const g = byKey.get(key);
    if (g) g.mentions.push(m);
    else byKey.set(key, { words: m.words, mentions: [m] });
  }
  const groups = [...byKey.values()].sort((a, b) => b.words.length - a.words.length);
  const merged: Array<{ words: string[]; mentions: Mention[] }> = [];
  for (const g of groups) {
    const hosts = merged.filter((h) => h.words.length > g.words.length && g.words.every((w) => h.words.includes(w)));
    if (hosts.length === 1) hosts[0]!.mentions.push(...g.mentions);
    else merged.push({ words: g.words, mentions: [...g.mentions] });
  }
  return merged.map((g) => g.mentions.map((m) => `${m.start}`).sort());
}

describe('mergeMentions', () => {
  it('merges a short name into the one longer name that holds it, and keeps an ambiguous one apart', () => {
    const groups = mergeMentions([mention('Anna Berg', 0), mention('Berg', 20), mention('Lars Berg', 40), mention('Anna', 60)], 'en');
    // "Berg" fits "Anna Berg" and "Lars Berg": apart; "Anna" fits only "Anna Berg"
    expect(groups.map((g) => g.mentions.map((m) => m.start))).toEqual([[0, 60], [40], [20]]);
  });

  it('agrees with the unindexed rule on many overlapping names', () => {
    const first = ['Anna', 'Lars', 'Olga', 'Piet', 'Mira'];
    const last = ['Berg', 'Holm', 'Dahl', 'Lund'];
    const mentions: Mention[] = [];
    let seed = 7;
    const pick = <T>(xs: T[]): T => xs[(seed = (seed * 48271) % 2147483647) % xs.length]!;
    for (let i = 0; i < 300; i++) {
      const kind = i % 4;
      const text = kind === 0 ? `${pick(first)} ${pick(last)}` : kind === 1 ? pick(last) : kind === 2 ? pick(first) : `${pick(first)} ${pick(first)} ${pick(last)}`;
      mentions.push(mention(text, i * 30));
    }
    const got = mergeMentions(mentions, 'en').map((g) => g.mentions.map((m) => `${m.start}`).sort());
    expect(got.map((g) => g.join()).sort()).toEqual(reference(mentions).map((g) => g.join()).sort());
  });
});
