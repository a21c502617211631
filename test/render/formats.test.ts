import { describe, expect, it } from 'vitest';
import { renderAnalysis, defaultFormat } from '../../src/render/format.js';
import { mdEscape, renderMarkdown } from '../../src/render/markdown.js';
import { renderSemeval, semevalLines } from '../../src/render/semeval.js';
import { toLabelStudioTask } from '../../src/render/labelstudio.js';
import { hostileAnalysis, opinionAnalysis } from '../fixtures/analyses.js';

describe('markdown', () => {
  it('quotes the article with numbered spans and lists claims by checkworthiness', () => {
    const md = renderMarkdown(opinionAnalysis);
    expect(md).toContain('> ¶3 Mayor Dalton’s **reckless 🚧 plan<sup>1</sup>** **will ruin our beautiful town forever<sup>2</sup><sup>3</sup>**.');
    expect(md).toContain('| 8 | False dilemma or no choice | Simplification | 88% | 5 |');
    expect(md.indexOf('experts say the road')).toBeLessThan(md.indexOf('The consultation meeting is on Thursday at 7 pm in the town hall.” ('));
  });
  it('escapes markup in article text', () => {
    const md = renderMarkdown(hostileAnalysis);
    expect(md).not.toMatch(/<(script|img|b)\b/);
    expect(mdEscape('a|b *c* [d](e) <x>')).toBe('a\\|b \\*c\\* \\[d\\](e) &lt;x&gt;');
  });
});

describe('semeval', () => {
  it('writes the four official line formats', () => {
    const lines = semevalLines({ ...opinionAnalysis, id: 'examples/article7001.txt' });
    expect(lines['subtask-1']).toBe('7001\topinion\n');
    expect(lines['subtask-2']).toBe('7001\tQuality_of_life,Political\n');
    expect(lines['subtask-3'].split('\n')[1]).toBe('7001\t3\tLoaded_Language,Appeal_to_Fear-Prejudice,Exaggeration-Minimisation');
    expect(lines.spans.split('\n')[0]).toBe('7001\tLoaded_Language\t46\t61');
    expect(renderSemeval(opinionAnalysis).startsWith('# subtask-1\neastbrook-bypass\topinion\n# subtask-2\n')).toBe(true);
  });
});

describe('labelstudio', () => {
  it('converts code points to the UTF-16 offsets Label Studio uses', () => {
    const task = toLabelStudioTask(opinionAnalysis);
    const first = task.predictions[0]!.result[0]!;
    expect(task.data.text.slice(first.value.start, first.value.end)).toBe('reckless 🚧 plan');
    expect(first.value.labels).toEqual(['Loaded_Language']);
    // the emoji in the title line shifts UTF-16 offsets by one against code points
    expect(first.value.start).toBe(opinionAnalysis.techniques[0]!.start + 1);
  });
});

describe('renderAnalysis', () => {
  it('json and jsonl round-trip the analysis; jsonl is one line', async () => {
    expect(JSON.parse(await renderAnalysis(opinionAnalysis, 'json'))).toEqual(opinionAnalysis);
    const line = await renderAnalysis(opinionAnalysis, 'jsonl');
    expect(line.trimEnd()).not.toContain('\n');
    expect(JSON.parse(line)).toEqual(opinionAnalysis);
  });
  it('defaults to text on a terminal, JSON in a pipe', () => {
    expect(defaultFormat(true)).toBe('text');
    expect(defaultFormat(false)).toBe('json');
  });
});
