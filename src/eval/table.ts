import type { Subtask } from './cv-types.js';
import type { CvResult, CvRow, CvScores } from './cv.js';

/** The cross-validation result as one Markdown table, systems and baselines side by side. */

const METRICS: Record<Subtask, { official: string; secondary: string }> = {
  '1': { official: 'macro-F1', secondary: 'micro-F1 / balanced macro-F1' },
  '2': { official: 'micro-F1', secondary: 'macro-F1' },
  '3': { official: 'micro-F1', secondary: 'macro-F1' },
  spans: { official: 'F1', secondary: 'P / R' },
};

const SUBTASK_NAME: Record<Subtask, string> = {
  '1': '1 genre',
  '2': '2 frames',
  '3': '3 techniques',
  spans: 'spans',
};

const fmt = (x: number) => x.toFixed(3);

function secondary(s: CvScores): string {
  return s.secondary.map(fmt).join(' / ');
}

function line(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function meanScores(list: CvScores[]): CvScores {
  return {
    official: mean(list.map((s) => s.official)),
    secondary: list[0]!.secondary.map((_, i) => mean(list.map((s) => s.secondary[i]!))),
  };
}

function cells(lang: string, r: Pick<CvRow, 'subtask' | 'system' | 'systemScores' | 'baseline' | 'baselineScores'>): string[] {
  const m = METRICS[r.subtask];
  return [
    lang,
    SUBTASK_NAME[r.subtask],
    `${m.official} (${m.secondary})`,
    r.system ?? 'no model',
    r.systemScores ? fmt(r.systemScores.official) : '—',
    r.systemScores ? secondary(r.systemScores) : '—',
    r.baseline,
    fmt(r.baselineScores.official),
    secondary(r.baselineScores),
  ];
}

export function formatCvTable(result: CvResult): string {
  const out = [
    line(['language', 'subtask', 'metric (secondary)', 'system', 'score', 'secondary', 'baseline', 'baseline score', 'baseline secondary']),
    line(['---', '---', '---', '---', '---:', '---:', '---', '---:', '---:']),
  ];
  const groups = new Map<string, CvRow[]>();
  for (const r of result.rows) {
    const key = `${r.subtask}\u0000${r.system ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const rows of groups.values()) {
    for (const r of rows) out.push(line(cells(r.lang, r)));
    if (rows.length < 2) continue;
    const first = rows[0]!;
    const systems = rows.map((r) => r.systemScores).filter((s): s is CvScores => s !== null);
    out.push(
      line(
        cells(`**mean (${rows.length})**`, {
          subtask: first.subtask,
          system: first.system,
          systemScores: systems.length === rows.length ? meanScores(systems) : null,
          baseline: first.baseline,
          baselineScores: meanScores(rows.map((r) => r.baselineScores)),
        }),
      ),
    );
  }
  return `${out.join('\n')}\n\n${result.k}-fold cross-validation by article on the training split, seed ${result.seed}; out-of-fold predictions pooled per language.\n`;
}
