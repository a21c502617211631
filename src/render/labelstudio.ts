import type { Analysis } from '../pipeline/analysis.js';

/**
 * Label Studio pre-annotations: one task per analysis with the spans as a
 * prediction, for the labelling config `<Labels name="label" toName="text">`
 * over `<Text name="text" value="$text">`. Label Studio indexes text the way
 * JavaScript does (UTF-16 units), so code-point offsets are converted here.
 * The corpus module (src/corpus/labelstudio.ts) owns the import direction.
 */
export interface LabelStudioTask {
  data: { text: string; id?: string; title?: string };
  predictions: Array<{
    model_version: string;
    score: number;
    result: Array<{
      id: string;
      from_name: 'label';
      to_name: 'text';
      type: 'labels';
      score: number;
      value: { start: number; end: number; text: string; labels: string[] };
    }>;
  }>;
}

function utf16Offsets(text: string): (cp: number) => number {
  const table: number[] = [0];
  let u = 0;
  for (const ch of text) {
    u += ch.length;
    table.push(u);
  }
  return (cp) => table[Math.max(0, Math.min(cp, table.length - 1))]!;
}

export function toLabelStudioTask(a: Analysis): LabelStudioTask {
  const at = utf16Offsets(a.text);
  const result = a.techniques.map((t, i) => ({
    id: `s${i + 1}`,
    from_name: 'label' as const,
    to_name: 'text' as const,
    type: 'labels' as const,
    score: t.score,
    value: { start: at(t.start), end: at(t.end), text: t.text, labels: [t.technique] },
  }));
  const mean = result.length ? result.reduce((s, r) => s + r.score, 0) / result.length : 0;
  const data: LabelStudioTask['data'] = { text: a.text };
  if (a.id !== undefined) data.id = a.id;
  if (a.title !== undefined) data.title = a.title;
  return { data, predictions: [{ model_version: a.models.techniques ?? 'spinscope', score: mean, result }] };
}

/** A JSON array of tasks, ready for Label Studio's import. */
export function renderLabelStudio(analyses: readonly Analysis[]): string {
  return `${JSON.stringify(analyses.map(toLabelStudioTask), null, 2)}\n`;
}
