import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';

/** Runs `spinscope serve ...` from the TypeScript sources in a child process. */
function serve(args: string[], env: Record<string, string> = {}) {
  const script = "const { main } = await import('./src/cli/main.ts'); process.exitCode = await main(['node', 'spinscope', ...process.argv.slice(1)]);";
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, 'serve', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
  const exited = new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : -1))));
  return { child, exited, stderr: () => stderr };
}

describe('spinscope serve', () => {
  it('refuses a bad port with a one-line usage error (exit 2)', async () => {
    const run = serve(['--port', 'eighty']);
    expect(await run.exited).toBe(2);
    expect(run.stderr()).toBe('spinscope: --port must be a whole number, not "eighty"\n');
  });

  it('says when the port is taken (exit 2, no stack trace)', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const run = serve(['--port', String(port), '--workers', '1']);
      expect(await run.exited).toBe(2);
      expect(run.stderr()).toBe(`spinscope: port ${port} on 127.0.0.1 is already in use (choose another with --port)\n`);
    } finally {
      taken.close();
    }
  });

  it('serves on loopback, requires the keys from SPINSCOPE_API_KEYS, and stops on SIGTERM', async () => {
    const run = serve(['--port', '0', '--workers', '1'], { SPINSCOPE_API_KEYS: 'alpha, beta' });
    await expect.poll(() => /serving on (http:\/\/\S+)/.exec(run.stderr()), { timeout: 60_000, interval: 100 }).toBeTruthy();
    const origin = /serving on (http:\/\/\S+)/.exec(run.stderr())![1]!;
    expect(run.stderr()).toContain('API keys required');
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    expect((await fetch(`${origin}/v1/taxonomy`)).status).toBe(401);
    expect((await fetch(`${origin}/v1/taxonomy`, { headers: { authorization: 'Bearer beta' } })).status).toBe(200);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });
});
