import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fnv1a } from '../learn/sparse.js';
import { UsageError } from '../errors.js';
import { FORMAT_EXTENSION } from '../render/format.js';
import type { Format } from '../render/format.js';

/** Where batch results go. Each result lands whole or not at all, so a kill never leaves half an analysis. */
export interface Sink {
  readonly description: string;
  /** True when a previous run already wrote this id (only with --resume). */
  isDone(id: string): boolean;
  write(id: string, output: string): void;
  close(): void;
  /** Lines dropped while resuming (a partial last line after a kill). */
  readonly repaired: number;
}

/**
 * A JSONL file, one analysis a line, appended with one write() per line. On
 * resume, the ids of complete lines are done; a trailing partial line (the
 * process was killed mid-write) is cut off before appending.
 */
export function jsonlFileSink(path: string, resume: boolean): Sink {
  const done = new Set<string>();
  let repaired = 0;
  if (existsSync(path) && statSync(path).size > 0) {
    if (!resume) throw new UsageError(`${path}: already exists; add --resume to continue it, or choose another --out`);
    const content = readFileSync(path);
    const lastNewline = content.lastIndexOf(0x0a);
    if (lastNewline !== content.length - 1) {
      truncateSync(path, lastNewline + 1);
      repaired = 1;
    }
    for (const line of content.subarray(0, lastNewline + 1).toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        const id = (JSON.parse(line) as { id?: unknown }).id;
        if (typeof id === 'string') done.add(id);
      } catch {
        repaired++;
      }
    }
  }
  const fd = openSync(path, 'a');
  return {
    description: path,
    repaired,
    isDone: (id) => done.has(id),
    write(id, output) {
      const line = Buffer.from(output.endsWith('\n') ? output : `${output}\n`, 'utf8');
      // one write of the whole line: O_APPEND makes it land after every complete line
      let written = writeSync(fd, line);
      while (written < line.length) written += writeSync(fd, line, written);
      done.add(id);
    },
    close: () => closeSync(fd),
  };
}

/**
 * Relative output path for an id, without extension: folder ids keep their
 * sub-folders; every component is made safe (no `..`, no separators, nothing
 * a shell or filesystem chokes on). When making it safe changed anything, a
 * hash of the id is appended, so two different ids never share a file.
 */
export function safeFileName(id: string): string {
  const all = id.replace(/\.(txt|text|md|html?|xhtml)$/i, '').split(/[\\/]+/);
  const parts = all.filter((p) => p !== '' && p !== '.' && p !== '..');
  let changed = parts.length === 0 || parts.length !== all.length;
  const safe = parts.map((p) => {
    const clean = p.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '').slice(0, 120);
    if (clean !== p) changed = true;
    return clean || 'item';
  });
  if (safe.length === 0) safe.push('item');
  if (changed) safe[safe.length - 1] += `-${fnv1a(id).toString(16).padStart(8, '0')}`;
  return safe.join('/');
}

/** A folder with one file per input (`<id>.<ext>`), each written to a temporary name then renamed. */
export function folderSink(dir: string, format: Format, resume: boolean): Sink {
  mkdirSync(dir, { recursive: true });
  const ext = FORMAT_EXTENSION[format];
  const target = (id: string) => join(dir, `${safeFileName(id)}.${ext}`);
  return {
    description: `${dir}/`,
    repaired: 0,
    isDone: (id) => resume && existsSync(target(id)),
    write(id, output) {
      const path = target(id);
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.partial-${process.pid}`;
      writeFileSync(tmp, output);
      renameSync(tmp, path);
    },
    close: () => undefined,
  };
}

/** Standard output, one result after another (no resume: nothing to read back). */
export function stdoutSink(): Sink {
  return {
    description: 'standard output',
    repaired: 0,
    isDone: () => false,
    write: (_id, output) => void process.stdout.write(output),
    close: () => undefined,
  };
}
