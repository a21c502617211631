import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread running the module `name` (without extension) that
 * sits beside the caller's own file. From the compiled package that is
 * `name.js`; from the TypeScript sources (tests, tsx) it is `name.ts`, loaded
 * through a bootstrap that registers tsx inside the thread, because Node 20
 * does not apply the main thread's loader hooks (`--import tsx`) to workers.
 * The batch pool and the server's worker slots both start their threads here.
 *
 *   startSiblingWorker(import.meta.url, 'worker', { modelsDir })
 */
export function startSiblingWorker(callerUrl: string, name: string, workerData: unknown): Worker {
  const caller = fileURLToPath(callerUrl);
  if (!caller.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, callerUrl), { workerData });
  // the ESM build of tsx's API (the CommonJS one cannot register hooks from an eval worker)
  const tsxApi = pathToFileURL(createRequire(callerUrl).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL(`./${name}.ts`, callerUrl).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData });
}
