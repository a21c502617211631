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
