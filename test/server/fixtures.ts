import { toAnalysis } from '../../src/pipeline/analyze.js';
import { Doc } from '../../src/doc/doc.js';
import type { Analysis, TechniqueSpan } from '../../src/pipeline/analysis.js';
import type { AnalyzeOptions } from '../../src/pipeline/analyze.js';
import { TECHNIQUE_CATEGORY } from '../../src/taxonomy/ids.js';
import type { TechniqueId } from '../../src/taxonomy/ids.js';
import { InputError } from '../../src/errors.js';
import { normalizeLanguageCode } from '../../src/lang/codes.js';
import { AnalysisPool, InlineSlot } from '../../src/server/pool.js';
import { runJob } from '../../src/server/jobs.js';
import type { AnalysisJob, JobOutcome } from '../../src/server/jobs.js';

/** Hand-made detections: each cue word found in the text becomes a span of that technique. */
const CUES: Array<[RegExp, TechniqueId, number]> = [
  [/traitors/gu, 'Name_Calling-Labeling', 0.91],
  [/catastrophe/gu, 'Loaded_Language', 0.84],
  [/every true patriot/gu, 'Flag_Waving', 0.77],
  [/either we act now or we lose everything/giu, 'False_Dilemma-No_Choice', 0.66],
];

/** Code-point offset of a UTF-16 index. */
function cp(text: string, u16: number): number {
  return Array.from(text.slice(0, u16)).length;
}

/**
 * A deterministic stand-in for the analyzer: real Doc paragraphs and offsets,
 * fixture technique spans, a genre and a frame, so that tests of the server and
 * the UI do not depend on trained models.
 */
export function fixtureAnalysis(text: string, options: AnalyzeOptions = {}): Analysis {
  if (options.lang !== undefined) normalizeLanguageCode(options.lang);
  if (text.includes('UNREADABLE')) throw new InputError('the text cannot be analysed (fixture refusal)');
  const doc = new Doc(text, { lang: 'en' });
  const analysis = toAnalysis(doc, options);
  const spans: TechniqueSpan[] = [];
  for (const [pattern, technique, score] of CUES) {
    for (const m of text.matchAll(pattern)) {
      const start = cp(text, m.index);
      spans.push({ technique, category: TECHNIQUE_CATEGORY[technique], start, end: start + Array.from(m[0]).length, text: m[0], score, cues: [m[0].split(' ')[0]!] });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  analysis.techniques = spans;
  analysis.language = 'en';
  analysis.supported = true;
  analysis.paragraphs = analysis.paragraphs.map((p) => ({
    ...p,
    techniques: spans.filter((s) => s.start < p.end && s.end > p.start).map((s) => ({ technique: s.technique, score: s.score })),
  }));
  analysis.claims = fixtureClaims(text);
  analysis.entities = fixtureEntities(text);
  analysis.genre = { label: 'opinion', scores: { opinion: 0.7, reporting: 0.2, satire: 0.1 }, cues: ['more questions than usual (+1.2 sd)'] };
  analysis.frames = [{ frame: 'Security_and_defense', score: 0.8, paragraphs: [1] }];
  analysis.summary = {
    ...analysis.summary,
    words: text.split(/\s+/u).filter(Boolean).length,
    techniqueCount: spans.length,
    intensity: Math.min(100, spans.length * 20),
    topTechniques: [...new Set(spans.map((s) => s.technique))].map((technique) => ({ technique, count: spans.filter((s) => s.technique === technique).length })),
    topCategories: [...new Set(spans.map((s) => s.category))].map((category) => ({ category, count: spans.filter((s) => s.category === category).length })),
    genre: 'opinion',
    frames: ['Security_and_defense'],
  };
  return analysis;
}

/** Sentences with "According to" are sourced claims, with "experts say" vague-authority ones. */
function fixtureClaims(text: string): Analysis['claims'] {
  const claims: Analysis['claims'] = [];
  for (const m of text.matchAll(/[^.\n]*(According to|experts say)[^.\n]*\./gu)) {
    const start = cp(text, m.index);
    const span = { start, end: start + Array.from(m[0]).length, text: m[0] };
    const documentSource = m[1] === 'According to';
    claims.push({
      ...span,
      checkworthiness: documentSource ? 0.72 : 0.58,
      sourcing: documentSource ? { kind: 'document', source: span, cues: ['according to'] } : { kind: 'vague-authority', cues: ['experts say'] },
      vagueness: documentSource ? [] : [{ kind: 'hedge', ...span }],
    });
  }
  return claims;
}

/** "Mara Lind" and "Tomas Berg" when they occur. */
function fixtureEntities(text: string): Analysis['entities'] {
  return (['Mara Lind', 'Tomas Berg'] as const).flatMap((name) => {
    const mentions = [...text.matchAll(new RegExp(name, 'gu'))].map((m) => ({ start: cp(text, m.index), end: cp(text, m.index) + name.length }));
    if (mentions.length === 0) return [];
    return [{ name, type: 'person' as const, mentions, labels: [], tone: 'neutral' as const, toneScore: 0 }];
  });
}

export function fixtureAnalyzeMany(jobs: AnalysisJob[]): JobOutcome[] {
  return jobs.map((job) => runJob(fixtureAnalysis, job));
}

/** A pool of inline slots over the fixture analyzer. */
export function fixturePool(slots = 1, maxQueue = 8): AnalysisPool {
  return new AnalysisPool(Array.from({ length: slots }, () => new InlineSlot(fixtureAnalyzeMany)), maxQueue);
}

/** A slot whose analyses wait until the test releases them: for queue, 503 and timeout tests. */
export class GatedSlot extends InlineSlot {
  private readonly waiting: Array<() => void> = [];

  constructor() {
    super(async (jobs) => {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      return fixtureAnalyzeMany(jobs);
    });
  }

  get pending(): number {
    return this.waiting.length;
  }

  releaseAll(): void {
    for (const release of this.waiting.splice(0)) release();
  }
}

/** An example article written for the tests (not from any corpus). */
export const EXAMPLE_ARTICLE = [
  'Harbour town council votes on the new sea wall 🌊',
  'Councillor Mara Lind called the opponents of the project traitors to the town.',
  'Without the wall, she said, the next storm will be a catastrophe for every family on the quay.',
  'Either we act now or we lose everything, every true patriot knows it.',
].join('\n');
