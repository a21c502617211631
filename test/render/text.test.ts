import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.js';
import { visibleWidth, wrapPieces } from '../../src/render/ansi.js';
import { emptyAnalysis, opinionAnalysis } from '../fixtures/analyses.js';

const ESC = '\x1b[';

describe('renderText', () => {
  it('without colour: no escape codes, spans bracketed and numbered, lines within the width', () => {
    const out = renderText(opinionAnalysis, { color: false, width: 60 });
    expect(out).not.toContain(ESC);
    expect(out).toContain('[reckless 🚧 plan](1)');
    // nested spans: the outer opens first and closes last
    expect(out.replace(/\s+/g, ' ')).toContain('[will [ruin our beautiful town forever](2)](3)');
    for (const line of out.split('\n')) if (!/\S{40,}/.test(line)) expect(visibleWidth(line), line).toBeLessThanOrEqual(60);
    expect(out).toContain('Legend');
    expect(out).toContain('Genre  Opinion 86%');
    // the genre's cues, wrapped like every other line
    expect(out.replace(/\s+/g, ' ')).toContain('because: more exclamations than usual (+2.0 sd); more second person ("you") than usual (+1.4 sd)');
    expect(out).toContain('Mayor Dalton');
    expect(out).toContain('vague authority: “experts”');
  });

  it('with colour: spans painted in their category colour', () => {
    const out = renderText(opinionAnalysis, { color: true, width: 100 });
    // manipulative wording: cyan, underlined, spaces inside the span included
    expect(out).toContain(`${ESC}4;36mreckless${ESC}0m${ESC}4;36m ${ESC}0m${ESC}4;36m🚧${ESC}0m`);
    expect(out).toContain(`${ESC}4;32mStand${ESC}0m`); // call: green
    expect(out).not.toContain('[reckless');
  });

  it('says "none detected" rather than showing empty sections', () => {
    const out = renderText(emptyAnalysis, { color: false, width: 80 });
    expect(out).toContain('¶1 A short neutral note.');
    expect(out).toMatch(/Claims\n {2}none detected/);
    expect(out).toContain('0 technique spans');
  });
});

describe('wrapPieces', () => {
  it('wraps on visible width, counting wide characters twice, and keeps the leading indent', () => {
    const out = wrapPieces([{ text: '  😀😀 abc def ghi' }], 9, false, '>');
    expect(out.split('\n')).toEqual(['  😀😀', '>abc def', '>ghi']);
  });
});
