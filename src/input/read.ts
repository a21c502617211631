import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError } from '../errors.js';
import { decodeInput } from '../doc/decode.js';
import type { Analysis } from '../pipeline/analysis.js';
import { extractArticle, looksLikeHtml } from './html.js';
import { fetchArticle } from './url.js';
import type { FetchOptions } from './url.js';

/** An input made ready for analysis: the text plus what we learnt about where it came from. */
export interface LoadedInput {
  id: string;
  text: string;
  title?: string;
  source: NonNullable<Analysis['source']>;
  warnings: string[];
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

export function isUrl(spec: string): boolean {
  return /^https?:\/\//i.test(spec);
}

/** Text or HTML (by extension, or by sniffing the content) to article text. */
export function textFromBytes(bytes: Uint8Array, name: string): { text: string; title?: string; warnings: string[] } {
  const decoded = decodeInput(bytes, name);
  const html = HTML_EXTENSIONS.has(extname(name).toLowerCase()) || looksLikeHtml(decoded.text);
  if (!html) return decoded;
  const article = extractArticle(decoded.text);
  return article.title === undefined ? { text: article.text, warnings: decoded.warnings } : { ...article, warnings: decoded.warnings };
}

function readFileBytes(path: string): Uint8Array {
  try {
    if (statSync(path).isDirectory()) throw new InputError(`${path}: is a folder (a batch run needs --out, or give a file)`, path);
    return readFileSync(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'error'})`;
    throw new InputError(`${path}: ${why}`, path);
  }
}

function ensureText(text: string, name: string): void {
  if (text.trim() === '') throw new InputError(`${name}: no text to analyse (empty input)`, name);
}

/**
 * Loads one input: `-` for standard input, an http(s) URL (fetched with the
 * address guard), or a file path (plain text or HTML). Throws InputError with
 * one line naming the input.
 */
export async function loadInput(spec: string, fetchOptions: FetchOptions = {}, stdin: () => Uint8Array = () => readFileSync(0)): Promise<LoadedInput> {
  if (isUrl(spec)) {
    const page = await fetchArticle(spec, fetchOptions);
    ensureText(page.text, spec);
    const out: LoadedInput = { id: spec, text: page.text, source: { url: page.url }, warnings: page.warnings };
    if (page.title !== undefined) out.title = page.title;
    return out;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(spec)?.[1];
  if (scheme) throw new InputError(`${spec}: only http and https URLs can be fetched (got ${scheme})`, spec);
  const name = spec === '-' ? 'stdin' : spec;
  let bytes: Uint8Array;
  if (spec === '-') {
    try {
      bytes = stdin();
    } catch {
      throw new InputError('stdin: cannot read standard input', 'stdin');
    }
  } else {
    bytes = readFileBytes(spec);
  }
  const { text, title, warnings } = textFromBytes(bytes, name);
  ensureText(text, name);
  const out: LoadedInput = { id: name, text, source: spec === '-' ? {} : { file: spec }, warnings };
  if (title !== undefined) out.title = title;
  return out;
}
