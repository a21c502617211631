/**
 * Load benchmark of `spinscope serve` (run with `npm run bench:server`).
 *
 * The server runs as a child process from the compiled package (dist/, as
 * users run it); this process drives it with autocannon at 1, 8 and 32
 * concurrent clients posting example articles to /v1/analyze (after a warm-up
 * that lets every worker load its models), and meanwhile
 * probes /healthz to show that analyses do not block it. Loopback only.
 *
 * The server is started with `--rate-limit 0` (the bench's own traffic comes
 * from one address and would otherwise be throttled by design) and the
 * default queue (64 places ≥ 32 clients, so no request should get 503).
 *
 * Environment: BENCH_SECONDS (per level, default 10), BENCH_WORKERS (server
 * worker threads, default: the server's default).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LEVELS = [1, 8, 32];

/** Articles written for this bench (used when examples/ holds none). */
const BUILT_IN = [
  'Harbour council approves sea wall after stormy debate\nThe council of Port Aldwin voted 7 to 4 on Tuesday to build a 1.2 km sea wall along the old quay, at a cost the treasurer put at 18 million euros.\nCouncillor Mara Lind called the opponents of the project traitors to the town and said every true patriot would stand behind the wall.\nWithout it, she warned, the next winter storm will be a catastrophe for every family on the waterfront. Either we act now or we lose everything.\nOpposition leader Tomas Berg replied that experts say the wall will only move the flooding further up the coast.',
  'Rail strike enters its third day\nCommuters in the northern region faced empty platforms again on Wednesday as the drivers\' union extended its strike over pay and rosters.\nThe transport minister said the union was holding the country hostage and that no responsible government could give in to blackmail.\nUnion leaders answered that drivers had lost a fifth of their real income in five years, citing figures from the national statistics office.\nTalks are due to resume on Friday, according to a ministry spokesperson who asked not to be named.',
  'Le conseil municipal a adopté lundi le tracé du futur tramway, malgré l\'opposition des commerçants du centre.\nPour le maire, ce projet est une honte pour ceux qui le bloquent depuis dix ans.\nSelon une étude de la chambre de commerce, près de la moitié des boutiques pourraient perdre des clients pendant les travaux.',
];

function articles(): string[] {
  const dir = join(ROOT, 'examples');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];
  const texts = files.map((f) => readFileSync(join(dir, f), 'utf8')).filter((t) => t.trim() !== '');
  return texts.length > 0 ? texts : BUILT_IN;
}

async function startServer(): Promise<{ origin: string; stop(): Promise<void> }> {
  if (!existsSync(join(ROOT, 'dist', 'server', 'app.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const args = [join(ROOT, 'bin', 'spinscope.js'), 'serve', '--host', '127.0.0.1', '--port', '0', '--rate-limit', '0'];
  if (process.env.BENCH_WORKERS) args.push('--workers', process.env.BENCH_WORKERS);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const origin = await new Promise<string>((ok, fail) => {
    let err = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      err += chunk;
      const m = /serving on (http:\/\/\S+)/.exec(err);
      if (m) ok(m[1]!);
    });
    child.on('exit', (code) => fail(new Error(`server exited with code ${code}: ${err.trim()}`)));
  });
  return {
    origin,
    stop: () => new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    }),
  };
}

/** Polls /healthz during a run; returns the slowest answer in ms. */
function probeHealth(origin: string): { stop(): Promise<{ max: number; count: number; failures: number }> } {
  let max = 0;
  let count = 0;
  let failures = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const began = performance.now();
      try {
        const res = await fetch(`${origin}/healthz`);
        await res.arrayBuffer();
        if (!res.ok) failures++;
      } catch {
        failures++;
      }
      max = Math.max(max, performance.now() - began);
      count++;
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return { stop: async () => { running = false; await loop; return { max, count, failures }; } };
}

async function main(): Promise<void> {
  const texts = articles();
  const server = await startServer();
  const health = await (await fetch(`${server.origin}/healthz`)).json() as { pool: { slots: number } };
  const requests = texts.map((text) => ({
    method: 'POST' as const,
    path: '/v1/analyze',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  }));
  console.log(`spinscope serve benchmark: ${texts.length} articles, ${health.pool.slots} worker thread(s), ${SECONDS} s per level`);
  // other processes on the machine skew every figure: say how busy it was
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}, load average before: ${load()}`);
  try {
    // warm-up: each worker loads each language's models on first use; n concurrent
    // requests occupy n different workers, so every worker sees every article
    for (const request of requests) {
      await Promise.all(Array.from({ length: health.pool.slots }, async () => {
        const res = await fetch(`${server.origin}${request.path}`, { method: 'POST', headers: request.headers, body: request.body });
        if (!res.ok) throw new Error(`warm-up request failed: HTTP ${res.status} ${await res.text()}`);
      }));
    }
    console.log('\n| clients | requests/s | p50 latency | p99 latency | errors | /healthz slowest |');
    console.log('|---:|---:|---:|---:|---:|---:|');
    for (const connections of LEVELS) {
      const probe = probeHealth(server.origin);
      const r = await autocannon({ url: server.origin, connections, duration: SECONDS, requests, timeout: 30 });
      const h = await probe.stop();
      const errors = r.errors + r.timeouts + r.non2xx;
      console.log(`| ${connections} | ${r.requests.average.toFixed(1)} | ${r.latency.p50} ms | ${r.latency.p99} ms | ${errors} | ${h.max.toFixed(0)} ms (${h.count} probes, ${h.failures} failed) |`);
    }
    console.log(`\nload average after: ${load()}`);
  } finally {
    await server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(`bench:server: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
