import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root (the folder holding package.json), from this compiled or source file. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Where the SemEval-2023 corpus lies: `SPINSCOPE_CORPUS`, else
 * `../shared/corpora/semeval2023` beside the project root. Undefined when absent.
 */
export function corpusDir(explicit?: string): string | undefined {
  const dir = explicit ?? process.env.SPINSCOPE_CORPUS ?? resolve(PROJECT_ROOT, '..', 'shared', 'corpora', 'semeval2023');
  return existsSync(dir) ? dir : undefined;
}
