import { errorLine, InputError, ModelError, UsageError } from '../errors.js';

/**
 * Exit codes (documented in the README):
 *   0 everything succeeded
 *   1 some inputs failed (the others were processed and written)
 *   2 usage error: unknown option, bad value, unknown language code
 *   3 input error: missing, empty, binary or oversized input, or a bad label file
 *   4 model error: a model file is missing or corrupt
 *   5 internal error (a bug: please report it)
 *   130 interrupted (Ctrl-C)
 */
export const EXIT = { ok: 0, partial: 1, usage: 2, input: 3, model: 4, internal: 5, interrupted: 130 } as const;

/** Exit code and one-line message for an error; never a stack trace. */
export function describeError(err: unknown): { code: number; message: string } {
  if (process.env.SPINSCOPE_DEBUG && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  const message = errorLine(err);
  if (err instanceof UsageError) return { code: EXIT.usage, message };
  if (err instanceof InputError) return { code: EXIT.input, message };
  if (err instanceof ModelError) return { code: EXIT.model, message };
  const e = err as { code?: string; message?: string } | null;
  // commander's parse errors are usage errors, not bugs
  if (e && typeof e.code === 'string' && e.code.startsWith('commander.')) return { code: EXIT.usage, message: (e.message ?? 'usage error').replace(/\s*\n\s*/g, ' ').trim() };
  return { code: EXIT.internal, message };
}
