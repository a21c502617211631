import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { CATEGORY_INFO, TECHNIQUE_INFO, findTechnique, normalizeId } from '../../taxonomy/techniques.js';
import type { TechniqueInfo } from '../../taxonomy/techniques.js';
import { FRAME_INFO } from '../../taxonomy/frames.js';
import type { FrameInfo } from '../../taxonomy/frames.js';
import { GENRE_INFO } from '../../taxonomy/genres.js';
import type { GenreInfo } from '../../taxonomy/genres.js';
import { closestLabels } from '../../taxonomy/suggest.js';

/** `spinscope techniques [id]`: the taxonomy, so that a reader can learn what a label means. */

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width - indent.length) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

function describe(t: TechniqueInfo | FrameInfo | GenreInfo, width: number): string {
  return [`  ${t.name}  [${t.id}]`, wrap(t.definition, width, '    '), wrap(`Example: “${t.example}”`, width, '    ')].join('\n');
}

export function formatTechniques(width = 80): string {
  return CATEGORY_INFO.map((c) => {
    const members = TECHNIQUE_INFO.filter((t) => t.category === c.id);
    return [`${c.name.toUpperCase()}  [${c.id}]`, wrap(c.description, width, '  '), '', ...members.map((t) => `${describe(t, width)}\n`)].join('\n');
  }).join('\n');
}

/** Frames (subtask 2) and genres (subtask 1), after the techniques. */
export function formatFramesAndGenres(width = 80): string {
  const section = (title: string, intro: string, items: ReadonlyArray<FrameInfo | GenreInfo>) =>
    [title, wrap(intro, width, '  '), '', ...items.map((x) => `${describe(x, width)}\n`)].join('\n');
  return [
    section('FRAMES', 'The angle from which an article presents its issue (SemEval-2023 subtask 2; an article can have several).', FRAME_INFO),
    section('GENRES', 'What kind of article it is (SemEval-2023 subtask 1; one per article).', GENRE_INFO),
  ].join('\n');
}

/** A frame or genre by id, case-insensitive. */
export function findFrameOrGenre(id: string): FrameInfo | GenreInfo | undefined {
  const norm = normalizeId(id);
  return [...FRAME_INFO, ...GENRE_INFO].find((x) => normalizeId(x.id) === norm);
}

export function lookupTechnique(id: string): TechniqueInfo {
  const found = findTechnique(id);
  if (found) return found;
  const ids = [...TECHNIQUE_INFO, ...FRAME_INFO, ...GENRE_INFO].map((t) => t.id);
  const close = closestLabels(id.replace(/\s+/g, '_'), ids, Math.max(3, Math.floor(id.length / 3)));
  const hint = close.length ? `did you mean ${close.slice(0, 3).join(', ')}?` : 'run "spinscope techniques" for the list';
  throw new UsageError(`unknown technique, frame or genre "${id}": ${hint}`);
}

export function registerTechniques(program: Command): void {
  program
    .command('techniques')
    .description('explain the 23 persuasion techniques by category, the 14 frames and the 3 genres, with examples')
    .argument('[id]', 'a technique, frame or genre id, case-insensitive (e.g. loaded_language)')
    .option('--format <format>', 'text or json', 'text')
    .action((id: string | undefined, opts: { format: string }) => {
      if (opts.format !== 'text' && opts.format !== 'json') throw new UsageError(`--format must be text or json, not "${opts.format}"`);
      const width = Math.max(40, Math.min(process.stdout.columns ?? 80, 100));
      if (id !== undefined) {
        const other = findTechnique(id) ? undefined : findFrameOrGenre(id);
        if (other) {
          process.stdout.write(opts.format === 'json' ? `${JSON.stringify(other, null, 2)}\n` : `${describe(other, width)}\n`);
          return;
        }
        const t = lookupTechnique(id);
        const category = CATEGORY_INFO.find((c) => c.id === t.category)!;
        process.stdout.write(opts.format === 'json' ? `${JSON.stringify({ ...t, categoryName: category.name }, null, 2)}\n` : `${describe(t, width)}\n  Category: ${category.name}\n`);
        return;
      }
      if (opts.format === 'json') {
        const categories = CATEGORY_INFO.map((c) => ({ ...c, techniques: TECHNIQUE_INFO.filter((t) => t.category === c.id) }));
        process.stdout.write(`${JSON.stringify({ categories, frames: FRAME_INFO, genres: GENRE_INFO }, null, 2)}\n`);
      } else process.stdout.write(`${formatTechniques(width)}\n${formatFramesAndGenres(width)}`);
    });
}
