import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseCorpusLanguages, parseSubtasks } from '../../src/cli/commands/eval.js';
import { selectTrainers } from '../../src/cli/commands/train.js';
import { UsageError } from '../../src/errors.js';

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await main(['node', 'spinscope', ...args]), stderr };
  } finally {
    spy.mockRestore();
  }
}

describe('eval and train command options', () => {
  it('parse languages (ISO or corpus codes) and subtasks', () => {
    expect(parseCorpusLanguages(undefined)).toEqual(['en', 'fr', 'ge', 'it', 'po', 'ru']);
    expect(parseCorpusLanguages('de, pl,ge')).toEqual(['ge', 'po']);
    expect(() => parseCorpusLanguages('es')).toThrow(/no training data/);
    expect(parseSubtasks('spans,1,1')).toEqual(['spans', '1']);
    expect(() => parseSubtasks('4')).toThrow(UsageError);
  });

  it('select trainers by name and reject unknown ones', () => {
    const trainers = [
      { name: 'genre', description: 'g', train: () => {} },
      { name: 'techniques', description: 't', train: () => {} },
    ];
    expect(selectTrainers(undefined, trainers).map((t) => t.name)).toEqual(['genre', 'techniques']);
    expect(selectTrainers('techniques', trainers).map((t) => t.name)).toEqual(['techniques']);
    expect(() => selectTrainers('frames', trainers)).toThrow(/unknown trainer "frames" \(known: genre, techniques\)/);
  });

  it('give one-line errors with the documented exit codes', async () => {
    const noCorpus = await run(['eval', '--cv', '5', '--corpus', '/nonexistent/spinscope-corpus']);
    expect(noCorpus.code).toBe(3);
    expect(noCorpus.stderr).toMatch(/^spinscope: corpus not found/);
    expect((await run(['eval', '--cv', '1'])).code).toBe(2);
    expect((await run(['eval', '--seed', 'abc'])).code).toBe(2);
    expect((await run(['train', '--only', 'no-such-trainer'])).code).toBe(2);
  });
});
