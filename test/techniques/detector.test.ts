import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/pipeline/analyze.js';
import { TECHNIQUES_ONLY } from '../../src/techniques/pipeline.js';
import type { Analysis } from '../../src/pipeline/analysis.js';
import { TECHNIQUE_CATEGORY } from '../../src/taxonomy/ids.js';
import { describeCueWord } from '../../src/techniques/spans.js';
import { NAME_ROLE, NUMBER_ROLE } from '../../src/features/ngrams.js';

const LOADED = [
  'Headline: the treacherous elites are lying to you again 😡!',
  '',
  'These corrupt criminals and cowards are destroying our great nation, and everyone knows it!!!',
  'Will they ever stop? Only a fool would believe their shameful propaganda.',
  'Either we fight for our children now or we lose everything we love forever.',
].join('\n');

function checkOffsets(a: Analysis): void {
  const cps = Array.from(a.text);
  for (const s of a.techniques) {
    expect(s.end).toBeGreaterThan(s.start);
    expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
  }
  for (const p of a.paragraphs) expect(p.end).toBeLessThanOrEqual(cps.length);
}

describe('technique detector in the pipeline', async () => {
  const analyzer = await createAnalyzer(TECHNIQUES_ONLY);

  it('finds techniques in loaded English text, with spans in code points and cues', () => {
    const a = analyzer.analyze(`🙂𝒜 ${LOADED}`, { lang: 'en' });
    expect(a.techniques.length).toBeGreaterThan(0);
    expect(a.models.techniques).toMatch(/\/en$/);
    checkOffsets(a);
    for (const s of a.techniques) {
      expect(s.category).toBe(TECHNIQUE_CATEGORY[s.technique]);
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.cues.length).toBeGreaterThan(0);
    }
  });

  it('says when a cue word was read by its role, not its identity', () => {
    expect(describeCueWord('Ruritania', NAME_ROLE)).toBe('Ruritania (a name)');
    expect(describeCueWord('90%', NUMBER_ROLE)).toBe('90% (a number)');
    expect(describeCueWord('traitors', 'traitors')).toBe('traitors');
    // an unknown word opening a sentence is read as a name (the shipped French model weighs that role here)
    const cues = analyzer.analyze('Ruritanie ment!', { lang: 'fr' }).techniques.flatMap((s) => s.cues);
    expect(cues).toContain('Ruritanie (a name)');
    expect(cues).not.toContain('Ruritanie');
  });

  it('keeps the paragraph and span levels consistent', () => {
    const a = analyzer.analyze(LOADED, { lang: 'en' });
    expect(a.paragraphs.map((p) => p.id)).toEqual([1, 3, 4, 5]);
    for (const p of a.paragraphs) {
      const inside = a.techniques.filter((s) => s.start >= p.start && s.end <= p.end);
      expect(new Set(inside.map((s) => s.technique))).toEqual(new Set(p.techniques.map((t) => t.technique)));
      for (const t of p.techniques) expect(inside.find((s) => s.technique === t.technique)!.score).toBe(t.score);
    }
  });

  it('finds fewer techniques in a neutral report than in loaded text', () => {
    const neutral = analyzer.analyze('The council met on Tuesday and approved the budget for the next year.\nThe meeting lasted two hours.', { lang: 'en' });
    const loaded = analyzer.analyze(LOADED, { lang: 'en' });
    expect(neutral.techniques.length).toBeLessThan(loaded.techniques.length);
  });

  it('runs on every trained language', () => {
    const texts: Record<string, string> = {
      fr: 'Ces traîtres corrompus détruisent notre grande nation ! Tout le monde le sait.',
      de: 'Diese korrupten Verräter zerstören unser großes Land! Jeder weiß es.',
      it: 'Questi traditori corrotti stanno distruggendo la nostra grande nazione! Lo sanno tutti.',
      pl: 'Ci skorumpowani zdrajcy niszczą nasz wielki naród! Wszyscy to wiedzą.',
      ru: 'Эти продажные предатели уничтожают нашу великую страну! Все это знают.',
    };
    for (const [lang, text] of Object.entries(texts)) {
      const a = analyzer.analyze(text, { lang });
      expect(a.supported).toBe(true);
      expect(a.paragraphs).toHaveLength(1);
      checkOffsets(a);
    }
  });

  it('runs its language-agnostic part on languages without training data', () => {
    const texts = [
      '¡Estos traidores corruptos están destruyendo nuestra gran nación! Todo el mundo lo sabe.',
      'Αυτοί οι διεφθαρμένοι προδότες καταστρέφουν το μεγάλο μας έθνος! Όλοι το ξέρουν.',
      'ეს კორუმპირებული მოღალატეები ანადგურებენ ჩვენს დიდ ერს! ყველამ იცის.',
      'Ці продажні зрадники знищують нашу велику націю! Усі це знають.',
      '这些腐败的叛徒正在摧毁我们伟大的国家！每个人都知道。',
      'هؤلاء الخونة الفاسدون يدمرون أمتنا العظيمة! الجميع يعرف ذلك.',
    ];
    for (const text of texts) {
      const a = analyzer.analyze(`${text} 😀`);
      expect(a.supported).toBe(false);
      expect(a.models.techniques).toMatch(/\/shared$/);
      expect(a.paragraphs).toHaveLength(1);
      checkOffsets(a);
    }
  });

  it('handles empty and punctuation-only paragraphs', () => {
    const a = analyzer.analyze('!!!\n\n…\n😀😀😀', { lang: 'en' });
    expect(a.paragraphs).toHaveLength(3);
    checkOffsets(a);
  });
});
