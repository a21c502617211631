import { describe, expect, it } from 'vitest';
import { CATEGORIES, FRAMES, GENRES, TECHNIQUES, TECHNIQUE_CATEGORY } from '../../src/taxonomy/ids.js';
import { CATEGORY_INFO, TECHNIQUE_INFO, findTechnique, techniqueInfo } from '../../src/taxonomy/techniques.js';
import { FRAME_INFO, frameInfo } from '../../src/taxonomy/frames.js';
import { GENRE_INFO, genreInfo } from '../../src/taxonomy/genres.js';
import { SEMEVAL2020_TECHNIQUES, SEMEVAL2020_TO_2023, SEMEVAL2023_TO_2020 } from '../../src/taxonomy/semeval2020.js';

describe('taxonomy texts', () => {
  it('describes every technique, with its category, a definition and an example', () => {
    expect(TECHNIQUE_INFO.map((t) => t.id).sort()).toEqual([...TECHNIQUES].sort());
    for (const t of TECHNIQUE_INFO) {
      expect(t.category).toBe(TECHNIQUE_CATEGORY[t.id]);
      expect(t.name.length).toBeGreaterThan(3);
      expect(t.definition.length).toBeGreaterThan(60);
      expect(t.example.length).toBeGreaterThan(15);
      expect(t.example).not.toBe(t.definition);
    }
    expect(techniqueInfo('Loaded_Language').category).toBe('manipulative_wording');
  });

  it('groups techniques by category in category order', () => {
    const order = TECHNIQUE_INFO.map((t) => CATEGORIES.indexOf(t.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(CATEGORY_INFO.map((c) => c.id)).toEqual([...CATEGORIES]);
  });

  it('describes every frame and genre', () => {
    expect(FRAME_INFO.map((f) => f.id)).toEqual([...FRAMES]);
    expect(GENRE_INFO.map((g) => g.id)).toEqual([...GENRES]);
    for (const x of [...FRAME_INFO, ...GENRE_INFO]) {
      expect(x.definition.length).toBeGreaterThan(60);
      expect(x.example.length).toBeGreaterThan(15);
    }
    expect(frameInfo('Economic').name).toBe('Economic');
    expect(genreInfo('satire').name).toBe('Satire');
  });

  it('finds techniques case-insensitively, with spaces or hyphens', () => {
    expect(findTechnique('loaded_language')?.id).toBe('Loaded_Language');
    expect(findTechnique('Name calling labeling')?.id).toBe('Name_Calling-Labeling');
    expect(findTechnique('FLAG-WAVING')?.id).toBe('Flag_Waving');
    expect(findTechnique('propaganda')).toBeUndefined();
  });
});

describe('SemEval-2020 mapping', () => {
  it('maps all 14 labels of 2020 onto valid 2023 techniques', () => {
    expect(SEMEVAL2020_TECHNIQUES).toHaveLength(14);
    for (const l of SEMEVAL2020_TECHNIQUES) {
      expect(SEMEVAL2020_TO_2023[l].length).toBeGreaterThan(0);
      for (const t of SEMEVAL2020_TO_2023[l]) expect(TECHNIQUES).toContain(t);
    }
    expect(SEMEVAL2020_TO_2023['Black-and-White_Fallacy']).toEqual(['False_Dilemma-No_Choice']);
    expect(SEMEVAL2023_TO_2020.Straw_Man).toBe('Whataboutism,Straw_Men,Red_Herring');
    expect(SEMEVAL2023_TO_2020.Appeal_to_Time).toBeUndefined();
  });
});
