import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../../src/corpus/location.js';
import { parseTemplate, readLanguageSplit } from '../../src/corpus/semeval2023.js';
import { codePointLength } from '../../src/doc/offsets.js';
import { Doc } from '../../src/doc/doc.js';

const corpus = corpusDir();
if (!corpus) console.log('test/corpus/semeval2023.test.ts: SemEval-2023 corpus not found (set SPINSCOPE_CORPUS); skipping');
const LANGS = ['en', 'fr', 'ge', 'it', 'po', 'ru'];

describe.skipIf(!corpus)('SemEval-2023 training split', () => {
  it('reads every language with its labels', () => {
    for (const lang of LANGS) {
      const s = readLanguageSplit(corpus!, lang);
      expect(s.articles.size, lang).toBeGreaterThan(90);
      // every label id has its article
      for (const id of s.genres.keys()) expect(s.genreArticles.has(id), `${lang}/${id}`).toBe(true);
      for (const id of s.frames.keys()) expect(s.frameArticles.has(id), `${lang}/${id}`).toBe(true);
      for (const p of s.paragraphs) expect(s.articles.has(p.id), `${lang}/${p.id}`).toBe(true);
      expect(s.spans.length, lang).toBeGreaterThan(1000);
      expect(new Set(s.genres.values()).size).toBeGreaterThanOrEqual(2);
    }
  });

  it('reports the spans that end past their article (about 340 overall) and keeps every span inside its text', () => {
    let clipped = 0;
    let total = 0;
    for (const lang of LANGS) {
      const s = readLanguageSplit(corpus!, lang);
      clipped += s.spanNoise.clipped;
      total += s.spans.length + s.spanNoise.skipped;
      for (const span of s.spans) {
        const text = s.articles.get(span.id);
        expect(text, `${lang}/${span.id}`).toBeDefined();
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.start).toBeLessThan(span.end);
        expect(span.end).toBeLessThanOrEqual(codePointLength(text!));
      }
    }
    expect(clipped).toBeGreaterThan(300);
    expect(clipped).toBeLessThan(400);
    expect(total).toBeGreaterThan(25000);
  });

  it('reports unknown technique labels instead of crashing', () => {
    for (const lang of LANGS) {
      for (const n of readLanguageSplit(corpus!, lang).labelNoise) expect(n.where).toMatch(/train-labels-subtask-3\.txt:\d+$/);
    }
  });

  it('agrees with its template: the labelled paragraphs, and the text of that line of the article', () => {
    for (const lang of LANGS) {
      const s = readLanguageSplit(corpus!, lang);
      let repaired = 0;
      const template = parseTemplate(readFileSync(join(corpus!, lang, 'train-labels-subtask-3.template'), 'utf8'), 'template', () => repaired++);
      expect(repaired).toBe(s.templateRepairs);
      const keys = (xs: Array<{ id: string; paragraph: number }>) => new Set(xs.map((x) => `${x.id}/${x.paragraph}`));
      const labelled = keys(s.paragraphs);
      const templated = keys(template);
      // equal only once glued template lines are split again (known noise outside English)
      expect([...templated].sort(), lang).toEqual([...labelled].sort());
      expect(template).toHaveLength(s.template.length);
      const docs = new Map<string, Doc>();
      for (const t of template) {
        const doc = docs.get(t.id) ?? new Doc(s.articles.get(t.id)!);
        docs.set(t.id, doc);
        const p = doc.paragraphs.find((x) => x.id === t.paragraph);
        expect(p, `${lang}/${t.id}/${t.paragraph}`).toBeDefined();
        expect(doc.slice(p!.start, p!.end).trim()).toBe(t.text.trim());
      }
    }
  });
});
