import { InputError } from '../errors.js';

export interface DecodedText {
  text: string;
  /** Human-readable warnings (e.g. replaced invalid bytes). */
  warnings: string[];
}

/** Largest input we analyse; beyond it we refuse rather than exhaust memory. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/**
 * Bytes to text: UTF-8, BOM stripped, invalid sequences replaced by U+FFFD and
 * reported, binary input (NUL bytes) refused. `name` labels the input in messages.
 */
export function decodeInput(bytes: Uint8Array, name = 'input'): DecodedText {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(
      `${name}: ${(bytes.length / 1048576).toFixed(1)} MB is larger than the ${MAX_INPUT_BYTES / 1048576} MB limit`,
      name,
    );
  }
  if (bytes.indexOf(0) !== -1) {
    throw new InputError(`${name}: looks like a binary file (contains NUL bytes), not text`, name);
  }
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
    let bad = 0;
    for (const ch of text) if (ch === '\uFFFD') bad++;
    warnings.push(`${name}: invalid UTF-8; ${bad} byte sequence(s) replaced by U+FFFD`);
  }
  return { text: normalizeText(text), warnings };
}

/** Strips a leading BOM that survived decoding (e.g. text given as a string). */
export function normalizeText(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
