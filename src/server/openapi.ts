import type { RouteOptions } from 'fastify';
import { analysisResponse, batchResponse, errorResponse } from './schemas.js';

declare module 'fastify' {
  interface FastifySchema {
    /** One line for the OpenAPI document. */
    summary?: string;
    description?: string;
  }
  interface FastifyContextConfig {
    /** Response schemas for the OpenAPI document only (responses are not re-serialised through them). */
    openapi?: { responses?: Record<number, unknown> };
  }
}

/** What the OpenAPI document needs from a route, captured by the app's onRoute hook. */
export interface DocumentedRoute {
  method: string;
  url: string;
  schema?: RouteOptions['schema'];
  responses?: Record<number, unknown>;
}

interface JsonObjectSchema {
  properties?: Record<string, unknown>;
  required?: readonly string[];
}

const ERROR_REF = { $ref: '#/components/schemas/Error' };
const NAMED: Array<[object, string]> = [
  [analysisResponse, 'Analysis'],
  [batchResponse, 'BatchResponse'],
  [errorResponse, 'Error'],
];

function named(schema: unknown): unknown {
  const hit = NAMED.find(([s]) => s === schema);
  return hit ? { $ref: `#/components/schemas/${hit[1]}` } : schema;
}

function requestBody(body: unknown): unknown {
  if (body === undefined) return undefined;
  const content = (body as { content?: Record<string, { schema: unknown }> }).content;
  return { required: true, content: content ?? { 'application/json': { schema: body } } };
}

function queryParameters(query: unknown): unknown[] {
  const q = query as JsonObjectSchema | undefined;
  return Object.entries(q?.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: q?.required?.includes(name) ?? false,
    schema,
  }));
}

/**
 * The OpenAPI 3.1 document, built from the very schemas the routes validate
 * with (OpenAPI 3.1 schemas are JSON Schema, so they are used unchanged).
 */
export function buildOpenApi(routes: DocumentedRoute[], options: { keysRequired: boolean; version: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const method = route.method.toLowerCase();
    if (method === 'head' || route.schema === undefined) continue;
    const schema = route.schema as Record<string, unknown>;
    const responses: Record<string, unknown> = {};
    for (const [status, body] of Object.entries(route.responses ?? { 200: { type: 'object' } })) {
      responses[status] = { description: 'success', content: { 'application/json': { schema: named(body) } } };
    }
    responses.default = { description: 'error (see the Error schema for codes)', content: { 'application/json': { schema: ERROR_REF } } };
    const operation: Record<string, unknown> = { summary: schema.summary, responses };
    if (schema.description) operation.description = schema.description;
    const parameters = queryParameters(schema.querystring);
    if (parameters.length > 0) operation.parameters = parameters;
    const body = requestBody(schema.body);
    if (body) operation.requestBody = body;
    if (options.keysRequired && route.url.startsWith('/v1/')) operation.security = [{ bearer: [] }, { apiKey: [] }];
    (paths[route.url] ??= {})[method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'spinscope API',
      version: options.version,
      description: 'Persuasion techniques, framing, genre, claims and sourcing of news texts. Offsets are Unicode code points.',
    },
    paths,
    components: {
      schemas: Object.fromEntries(NAMED.map(([s, name]) => [name, s])),
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      },
    },
  };
}
