import type { Doc } from '../doc/doc.js';
import { shapeFeatures, tokenFeatureKeys, tokenForms } from '../features/ngrams.js';
import type { ParagraphTechniques, TechniqueSpan } from '../pipeline/analysis.js';
import { TECHNIQUE_CATEGORY } from '../taxonomy/ids.js';
import type { TechniqueId } from '../taxonomy/ids.js';
import type { TechniqueModel } from './modelio.js';
import { cutSpan, describeShape } from './spans.js';

/**
 * Runs a technique model over a Doc: paragraph probabilities (the techniques
 * above the global threshold), then for each of those one span or more in the
 * same paragraph with the cues that drove the decision. The two levels are
 * consistent by construction: spans exist only for techniques whose paragraph
 * score passed, and each such technique gets at least one span.
 */
export interface Detection {
  paragraphs: ParagraphTechniques[];
  spans: TechniqueSpan[];
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export interface DetectOptions {
  /** Cut spans and cues (default true); false for paragraph labels only. */
  spans?: boolean;
}

export function detectTechniques(doc: Doc, model: TechniqueModel, lang: string, options: DetectOptions = {}): Detection {
  const paragraphs: ParagraphTechniques[] = [];
  const spans: TechniqueSpan[] = [];
  const { header } = model;
  doc.paragraphs.forEach((p, pi) => {
    const tokens = doc.tokensIn(p.start, p.end);
    const ngramOptions = { lang, prefix: lang };
    const forms = tokenForms(tokens, ngramOptions);
    const keys = tokenFeatureKeys(tokens, ngramOptions, forms);
    const counts = new Map<string, number>();
    for (const ks of keys) for (const k of ks) counts.set(k, (counts.get(k) ?? 0) + 1);
    shapeFeatures(tokens, forms, counts);
    if (pi === 0) counts.set('sh:first', 1);
    const x = model.vectorizer.transform(counts);
    const found: Array<{ technique: TechniqueId; score: number; c: number }> = [];
    header.techniques.forEach((technique, c) => {
      let z = header.biases[c]!;
      const w = model.weights[c]!;
      for (let k = 0; k < x.idx.length; k++) z += w[x.idx[k]!]! * x.val[k]!;
      const score = 1 / (1 + Math.exp(-z));
      if (score >= header.threshold) found.push({ technique, score, c });
    });
    found.sort((a, b) => b.score - a.score);
    paragraphs.push({ id: p.id, start: p.start, end: p.end, techniques: found.map((f) => ({ technique: f.technique, score: round(f.score) })) });
    if (found.length === 0 || options.spans === false) return;
    const value = new Map<number, number>();
    for (let k = 0; k < x.idx.length; k++) value.set(x.idx[k]!, x.val[k]!);
    for (const f of found) {
      const w = model.weights[f.c]!;
      const contribution = (key: string): number => {
        const j = model.vectorizer.index.get(key);
        return j === undefined ? 0 : (w[j]! * (value.get(j) ?? 0)) / (counts.get(key) ?? 1);
      };
      const perToken = keys.map((ks) => ks.reduce((a, k) => a + contribution(k), 0));
      const shapes = [...counts.keys()].filter((k) => k.startsWith('sh:')).map((k) => ({ k, v: contribution(k) * (counts.get(k) ?? 1) }));
      const mode = header.spanMode[f.technique] ?? 'sentence';
      const cut = cutSpan(doc, p, tokens, perToken, mode, header.spanWords[f.technique] ?? 3);
      const cueWords = tokens
        .map((t, i) => ({ t: t.text, v: perToken[i]!, i }))
        .filter((e) => e.v > 0 && tokens[e.i]!.isWord && e.i >= cut.first && e.i <= cut.last)
        .sort((a, b) => b.v - a.v);
      const cues: string[] = [];
      for (const e of cueWords) if (!cues.includes(e.t) && cues.length < 4) cues.push(e.t);
      for (const s of shapes.filter((s) => s.v > 0.05).sort((a, b) => b.v - a.v).slice(0, 2)) cues.push(describeShape(s.k));
      spans.push({
        technique: f.technique,
        category: TECHNIQUE_CATEGORY[f.technique],
        start: cut.start,
        end: cut.end,
        text: doc.slice(cut.start, cut.end),
        score: round(f.score),
        cues,
      });
    }
  });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { paragraphs, spans };
}

