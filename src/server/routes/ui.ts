import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * The span-segmenting module shared with the HTML report: the compiled
 * dist/render/segments.js beside the compiled server, or, when the server runs
 * from its TypeScript sources (tests, tsx), segments.ts transpiled on the fly.
 */
let segmentsSource: Promise<string | undefined> | undefined;

function segmentsModule(): Promise<string | undefined> {
  segmentsSource ??= loadSegmentsModule();
  return segmentsSource;
}

async function loadSegmentsModule(): Promise<string | undefined> {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) {
    const built = fileURLToPath(new URL('../../render/segments.js', import.meta.url));
    return existsSync(built) ? readFileSync(built, 'utf8') : undefined;
  }
  const source = fileURLToPath(new URL('../../render/segments.ts', import.meta.url));
  if (!existsSync(source)) return undefined;
  const ts = await import('typescript');
  return ts.transpileModule(readFileSync(source, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
  }).outputText;
}

/**
 * Serves the browser UI from memory: a fixed set of files read once at start,
 * so no request path ever reaches the file system.
 */
export async function registerUiRoutes(app: FastifyInstance, uiDir: string): Promise<void> {
  const files = new Map<string, { body: Buffer; type: string }>();
  if (existsSync(uiDir)) {
    for (const name of readdirSync(uiDir)) {
      const type = MEDIA_TYPES[extname(name)];
      if (type && /^[\w.-]+$/.test(name)) files.set(name, { body: readFileSync(join(uiDir, name)), type });
    }
  }
  const segments = await segmentsModule();
  if (segments !== undefined) files.set('segments.js', { body: Buffer.from(segments), type: MEDIA_TYPES['.js']! });

  app.get('/', (_request, reply) => {
    const page = files.get('index.html');
    if (!page) return reply.code(404).type('text/plain; charset=utf-8').send('the browser UI is not installed (ui/index.html is missing)');
    return reply.header('cache-control', 'no-cache').type(page.type).send(page.body);
  });
  app.get<{ Params: { name: string } }>('/ui/:name', (request, reply) => {
    const file = files.get(request.params.name);
    if (!file) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').type(file.type).send(file.body);
  });
}
