import type { Analysis } from '../pipeline/analysis.js';
import { toLabelStudioTasks } from '../corpus/labelstudio.js';
import type { LabelStudioTask } from '../corpus/labelstudio.js';

/**
 * Analyses as Label Studio pre-annotations, through the corpus module's export
 * (which owns the code point -> UTF-16 conversion and the labelling config).
 */
export function toLabelStudioTask(a: Analysis): LabelStudioTask {
  const [task] = toLabelStudioTasks(
    [{ id: a.id ?? 'article', text: a.text, spans: a.techniques.map((t) => ({ technique: t.technique, start: t.start, end: t.end, score: t.score })) }],
    a.models.techniques ?? 'spinscope',
  );
  if (a.title !== undefined) task!.data.title = a.title;
  return task!;
}

/** A JSON array of tasks, ready for Label Studio's import. */
export function renderLabelStudio(analyses: readonly Analysis[]): string {
  return `${JSON.stringify(analyses.map(toLabelStudioTask), null, 2)}\n`;
}
