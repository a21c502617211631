import { describe, expect, it } from 'vitest';
import { findFrameOrGenre, formatFramesAndGenres, formatTechniques, lookupTechnique } from '../../src/cli/commands/techniques.js';
import { FRAMES, GENRES } from '../../src/taxonomy/ids.js';
import { UsageError } from '../../src/errors.js';
import { closestLabels, editDistance, repairLabel } from '../../src/taxonomy/suggest.js';
import { TECHNIQUES } from '../../src/taxonomy/ids.js';

describe('technique lookup for `spinscope techniques`', () => {
  it('finds ids case-insensitively', () => {
    expect(lookupTechnique('LOADED_LANGUAGE').id).toBe('Loaded_Language');
    expect(lookupTechnique('appeal to time').id).toBe('Appeal_to_Time');
  });

  it('rejects an unknown id with suggestions', () => {
    expect(() => lookupTechnique('strawman')).toThrow(UsageError);
    expect(() => lookupTechnique('strawman')).toThrow(/did you mean Straw_Man/);
    expect(() => lookupTechnique('qqqqq')).toThrow(/run "spinscope techniques"/);
  });

  it('prints every technique under its category', () => {
    const text = formatTechniques(80);
    for (const t of TECHNIQUES) expect(text).toContain(`[${t}]`);
    expect(text.indexOf('[Straw_Man]')).toBeGreaterThan(text.indexOf('DISTRACTION'));
    // wrapped prose stays within the width (headings with ids are not wrapped)
    for (const line of text.split('\n').filter((l) => !l.includes('['))) expect(line.length).toBeLessThanOrEqual(80);
  });
});

describe('frames and genres in `spinscope techniques`', () => {
  it('lists every frame and genre and finds them by id', () => {
    const text = formatFramesAndGenres(80);
    for (const id of [...FRAMES, ...GENRES]) expect(text).toContain(`[${id}]`);
    expect(findFrameOrGenre('security and defense')?.id).toBe('Security_and_defense');
    expect(findFrameOrGenre('OPINION')?.id).toBe('opinion');
    expect(findFrameOrGenre('Loaded_Language')).toBeUndefined();
    expect(() => lookupTechnique('politcal')).toThrow(/did you mean Political/);
  });
});

describe('label suggestions', () => {
  it('computes edit distances', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('Doubt', 'doubt')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('repairs a corrupted label only when one technique is unambiguously closest', () => {
    expect(repairLabel('Appeal_to_Fear-Prejudi-xce', TECHNIQUES)).toBe('Appeal_to_Fear-Prejudice');
    expect(repairLabel('Something_else', TECHNIQUES)).toBeUndefined();
    expect(repairLabel('ab', ['aa', 'bb'])).toBeUndefined();
    expect(closestLabels('slogan', TECHNIQUES)).toEqual(['Slogans']);
  });
});
