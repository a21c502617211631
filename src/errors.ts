/**
 * Typed errors of the library. Shells (CLI, server) map them to exit codes or
 * HTTP statuses in one place each; the library itself never exits or prints.
 */

/** Something is wrong with an input the user gave (file, text, URL, label file). */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(message: string, readonly input?: string) {
    super(message);
  }
}

/** The request itself is malformed: unknown option value, unknown language code, bad combination. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A model file is missing or unreadable. */
export class ModelError extends Error {
  override readonly name = 'ModelError';
}

/**
 * One line describing an error, for per-item failures (batch results, worker
 * reports): the library's own errors keep their message; anything else is a
 * bug and says so. Never a stack trace.
 */
export function errorLine(err: unknown): string {
  const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();
  if (err instanceof InputError || err instanceof UsageError || err instanceof ModelError) return oneLine(err.message);
  const msg = err instanceof Error ? err.message : String(err);
  return `internal error: ${oneLine(msg)} (set SPINSCOPE_DEBUG=1 for details)`;
}
