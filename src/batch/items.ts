import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { InputError } from '../errors.js';
import { decodeInput } from '../doc/decode.js';

/** One unit of a batch: a file, a URL or an inline text, with the caller's metadata. */
export interface BatchItem {
  id: string;
  file?: string;
  url?: string;
  text?: string;
  /** Outlet or publisher name (JSONL `source`). */
  source?: string;
  published?: string;
  lang?: string;
  title?: string;
}

/** An input line that could not become an item: reported as a failure, never fatal. */
export interface BadItem {
  id: string;
  error: string;
}

const TEXT_FILES = /\.(txt|text|md|html?|xhtml)$/i;

/** Text and HTML files under a folder (recursively, hidden entries skipped), ids = relative paths with "/". */
export function folderItems(dir: string): BatchItem[] {
  const out: BatchItem[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && TEXT_FILES.test(entry.name)) out.push({ id: relative(dir, path).split(sep).join('/'), file: path });
    }
  };
  walk(dir);
  return out;
}

const OPTIONAL_STRINGS = ['source', 'published', 'lang', 'title'] as const;

/**
 * JSONL lines `{"id","text"}` or `{"id","url"}` (+ source, published, lang,
 * title). Bad lines and repeated ids become failures naming the line.
 */
export function jsonlItems(path: string): { items: BatchItem[]; bad: BadItem[] } {
  let content: string;
  try {
    content = decodeInput(readFileSync(path), path).text;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${path}: cannot read (${(err as { code?: string }).code ?? 'error'})`, path);
  }
  const items: BatchItem[] = [];
  const bad: BadItem[] = [];
  const seen = new Set<string>();
  content.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const where = `${path}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      bad.push({ id: where, error: `${where}: not valid JSON` });
      return;
    }
    const o = value as Record<string, unknown>;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return void bad.push({ id: where, error: `${where}: not a JSON object` });
    const id = typeof o.id === 'number' ? String(o.id) : o.id;
    if (typeof id !== 'string' || id === '') return void bad.push({ id: where, error: `${where}: missing "id"` });
    if (seen.has(id)) return void bad.push({ id: `${id} (${where})`, error: `${where}: id "${id}" repeats an earlier line` });
    seen.add(id);
    const hasText = typeof o.text === 'string';
    const hasUrl = typeof o.url === 'string';
    if (hasText === hasUrl) return void bad.push({ id, error: `${where}: needs exactly one of "text" or "url"` });
    const item: BatchItem = { id };
    if (hasText) item.text = o.text as string;
    else item.url = o.url as string;
    for (const key of OPTIONAL_STRINGS) if (typeof o[key] === 'string') item[key] = o[key] as string;
    items.push(item);
  });
  return { items, bad };
}

/** A folder or a .jsonl file: the batch inputs. */
export function batchItems(input: string): { items: BatchItem[]; bad: BadItem[] } {
  let isDir: boolean;
  try {
    isDir = statSync(input).isDirectory();
  } catch {
    throw new InputError(`${input}: no such file or folder`, input);
  }
  return isDir ? { items: folderItems(input), bad: [] } : jsonlItems(input);
}

export function isBatchInput(input: string): boolean {
  if (/\.jsonl$/i.test(input)) return true;
  try {
    return statSync(input).isDirectory();
  } catch {
    return false;
  }
}
