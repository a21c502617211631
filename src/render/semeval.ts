import type { Analysis } from '../pipeline/analysis.js';
import { formatFrameLabels, formatGenreLabels, formatParagraphLabels, formatSpans } from '../corpus/semeval2023.js';

/** The four SemEval-2023 Task 3 outputs of one article, each in the official line format. */
export interface SemevalLines {
  'subtask-1': string;
  'subtask-2': string;
  'subtask-3': string;
  spans: string;
}

export const SEMEVAL_FILES = ['subtask-1', 'subtask-2', 'subtask-3', 'spans'] as const;

/** SemEval article id: the Analysis id without an `article` prefix or `.txt` suffix (as in `article123.txt`). */
export function semevalId(a: Analysis): string {
  const raw = (a.id ?? 'unknown').split(/[\\/]/).pop()!;
  return raw.replace(/^article/, '').replace(/\.txt$/, '') || raw;
}

/**
 * Lines for the official files: genre (subtask 1), frames (subtask 2), the
 * techniques of every paragraph (subtask 3; empty label list allowed) and the
 * character spans. A missing genre writes no subtask-1 line rather than a guess.
 */
export function semevalLines(a: Analysis): SemevalLines {
  const id = semevalId(a);
  return {
    'subtask-1': a.genre ? formatGenreLabels([[id, a.genre.label]]) : '',
    'subtask-2': formatFrameLabels([[id, a.frames.map((f) => f.frame)]]),
    'subtask-3': formatParagraphLabels(a.paragraphs.map((p) => ({ id, paragraph: p.id, techniques: p.techniques.map((t) => t.technique) }))),
    spans: formatSpans(a.techniques.map((t) => ({ id, technique: t.technique, start: t.start, end: t.end }))),
  };
}

/** One article on standard output: the four blocks, each under a `# <file>` header line. */
export function renderSemeval(a: Analysis): string {
  const lines = semevalLines(a);
  return SEMEVAL_FILES.map((f) => `# ${f}\n${lines[f]}`).join('');
}
