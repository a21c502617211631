import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { buildServer } from '../../server/app.js';
import { DEFAULTS, parseApiKeys } from '../../server/options.js';

interface ServeOptions {
  host: string;
  port: string;
  workers?: string;
  queue: string;
  timeout: string;
  bodyLimit: string;
  rateLimit: string;
  allowPrivate?: boolean;
  trustProxy?: boolean;
  log?: boolean;
}

function count(value: string, flag: string, min: number): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`${flag} must be a whole number, not "${value}"`);
  const n = Number(value);
  if (n < min) throw new UsageError(`${flag} must be at least ${min}`);
  return n;
}

/** `spinscope serve`: a thin shell over buildServer; limits come from flags, API keys from SPINSCOPE_API_KEYS. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the web UI and the HTTP API (POST /v1/analyze, /v1/analyze/batch, GET /v1/taxonomy, /healthz, /openapi.json)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0: any free port)', '8080')
    .option('--workers <n>', 'analysis worker threads (default: cores - 1, at most 4)')
    .option('--queue <n>', 'analyses waiting for a worker before answering 503', String(DEFAULTS.maxQueue))
    .option('--timeout <ms>', 'time limit of one analysis request', String(DEFAULTS.timeoutMs))
    .option('--body-limit <bytes>', 'largest request body', String(DEFAULTS.bodyLimit))
    .option('--rate-limit <n>', 'requests per minute per client on /v1/* (0: no limit)', String(DEFAULTS.rateLimit.max))
    .option('--allow-private', 'let URL analysis fetch loopback and private addresses (local testing only)')
    .option('--trust-proxy', 'trust X-Forwarded-For from a reverse proxy (the rate limit then counts real clients)')
    .option('--log', 'log each request as a JSON line on stdout')
    .action(async (opts: ServeOptions) => {
      const port = count(opts.port, '--port', 0);
      if (port > 65535) throw new UsageError('--port must be at most 65535');
      const rate = count(opts.rateLimit, '--rate-limit', 0);
      const apiKeys = parseApiKeys(process.env.SPINSCOPE_API_KEYS);
      const app = await buildServer({
        workers: opts.workers === undefined ? undefined : count(opts.workers, '--workers', 1),
        maxQueue: count(opts.queue, '--queue', 0),
        timeoutMs: count(opts.timeout, '--timeout', 1),
        bodyLimit: count(opts.bodyLimit, '--body-limit', 1),
        rateLimit: rate === 0 ? false : { max: rate, windowMs: 60_000 },
        apiKeys,
        allowPrivate: opts.allowPrivate ?? false,
        trustProxy: opts.trustProxy ?? false,
        logger: opts.log ?? false,
      });
      let address: string;
      try {
        address = await app.listen({ host: opts.host, port });
      } catch (err) {
        await app.close();
        const code = (err as { code?: string }).code;
        if (code === 'EADDRINUSE') throw new UsageError(`port ${port} on ${opts.host} is already in use (choose another with --port)`);
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`cannot listen on ${opts.host} (not an address of this machine)`);
        if (code === 'EACCES') throw new UsageError(`not allowed to listen on port ${port} (ports below 1024 need privileges)`);
        throw err;
      }
      process.stderr.write(`spinscope: serving on ${address} (UI at ${address}/, API keys ${apiKeys.length > 0 ? 'required' : 'off'})\n`);
      // Ctrl-C or a service manager's TERM: finish in-flight requests, stop the workers, exit
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void app.close().then(resolve, resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
