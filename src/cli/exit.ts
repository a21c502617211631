import { InputError, ModelError, UsageError } from '../errors.js';

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
  const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();
  if (err instanceof UsageError) return { code: EXIT.usage, message: oneLine(err.message) };
  if (err instanceof InputError) return { code: EXIT.input, message: oneLine(err.message) };
  if (err instanceof ModelError) return { code: EXIT.model, message: oneLine(err.message) };
  const e = err as { code?: string; message?: string };
  if (e && typeof e.code === 'string' && e.code.startsWith('commander.')) return { code: EXIT.usage, message: oneLine(e.message ?? 'usage error') };
  const msg = err instanceof Error ? err.message : String(err);
  if (process.env.SPINSCOPE_DEBUG && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  return { code: EXIT.internal, message: `internal error: ${oneLine(msg)} (set SPINSCOPE_DEBUG=1 for details)` };
}
