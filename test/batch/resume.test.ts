import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// A real batch in a child process (the CLI from source via tsx), killed with SIGKILL once a
// known number of results is on disk, then resumed: every id must end up exactly once.
const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'spinscope-batch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const TOTAL = 40;
const folder = join(work, 'articles');
mkdirSync(join(folder, 'sub'), { recursive: true });
for (let i = 0; i < TOTAL; i++) {
  const dir = i % 4 === 0 ? join(folder, 'sub') : folder;
  writeFileSync(join(dir, `story-${i}.txt`), `Story ${i} 📰: the committee met again.\nCritics said the plan was a total disaster, and everyone knows it.\nThe vote is set for week ${i}.\n`);
}

function cli(args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/cli/analyze-entry.ts'), ...args], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' },
  });
}

function lines(path: string): string[] {
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter((l) => l !== '') : [];
}

async function waitFor(check: () => boolean, what: string, limitMs = 240_000): Promise<void> {
  const until = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('batch: kill -9 half-way, then --resume', () => {
  it('ends with every article analysed exactly once', async () => {
    const out = join(work, 'out.jsonl');
    const first = cli(['analyze', folder, '--out', out, '--jobs', '2']);
    let exited = false;
    const firstExit = new Promise<number | null>((resolve) => first.on('exit', (code) => { exited = true; resolve(code); }));
    await waitFor(() => lines(out).length >= 8 || exited, '8 results');
    first.kill('SIGKILL');
    await firstExit;
    const afterKill = lines(out);
    expect(afterKill.length, 'the first run must be killed before it finishes').toBeLessThan(TOTAL);
    expect(afterKill.length).toBeGreaterThanOrEqual(8);

    const second = cli(['analyze', folder, '--out', out, '--jobs', '2', '--resume']);
    let stderr = '';
    second.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(new RegExp(`${TOTAL} inputs: ${TOTAL - afterKill.length} analysed, ${afterKill.length} already done, 0 failed`));

    const ids = lines(out).map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toHaveLength(TOTAL);
    expect(new Set(ids).size).toBe(TOTAL);
    expect(ids).toContain('sub/story-0.txt');
    const one = JSON.parse(lines(out)[0]!) as { schema: string; source: { file: string } };
    expect(one.schema).toBe('spinscope/analysis@1');
  });

  it('Ctrl-C stops at once with exit 130, a summary, and only complete lines', async () => {
    const out = join(work, 'interrupted.jsonl');
    const run = cli(['analyze', folder, '--out', out, '--jobs', '2']);
    let stderr = '';
    run.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    let exited = false;
    const exit = new Promise<number | null>((resolve) => run.on('exit', (code) => { exited = true; resolve(code); }));
    await waitFor(() => lines(out).length >= 4 || exited, '4 results');
    run.kill('SIGINT');
    const code = await exit;
    expect(lines(out).length, 'the run must be interrupted before it finishes').toBeLessThan(TOTAL);
    expect(code, stderr).toBe(130);
    expect(stderr).toContain('interrupted;');
    expect(stderr).toContain('run again with --resume');
    expect(readFileSync(out, 'utf8').endsWith('\n')).toBe(true);
    for (const line of lines(out)) expect(() => JSON.parse(line)).not.toThrow();
  });
});
