/**
 * The OpenAPI 3.1 document, generated from the routes' zod schemas (z.toJSONSchema): what the server checks and what
 * it documents are one thing. `docs/openapi.json` is this document committed; `npx tsx src/api/write-openapi.ts`
 * rewrites it and test/api/openapi.test.ts fails when it drifts.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { PACKAGE_ROOT } from '../resources/resource-paths.js';
import { errorBody } from './params.js';
import type { ApiRoute } from './route.js';
import { apiRoutes } from './routes/index.js';

type JsonSchema = Record<string, unknown>;

export const OPENAPI_PATH = '/api/openapi.json';
/** Where the document is committed. */
export const OPENAPI_FILE = join(PACKAGE_ROOT, 'docs', 'openapi.json');

export function buildOpenApi(routes: readonly ApiRoute[] = apiRoutes): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:([A-Za-z_]+)/g, '{$1}');
    (paths[path] ??= {})[r.method.toLowerCase()] = operation(r);
  }
  paths[OPENAPI_PATH] = {
    get: {
      operationId: 'openapi',
      tags: ['meta'],
      summary: 'This document',
      responses: { 200: { description: 'The OpenAPI document', content: { 'application/json': { schema: { type: 'object' } } } } },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sitrep HTTP API',
      version: '1',
      description:
        'Sourced, time-aware claims about armed conflict, from dated news reports: claims, events fused across reports, control timelines, relations and contradictions. ' +
        'Every list takes `limit` (1–1000, default 100) and `offset`. Every parameter is checked: a request with any malformed or unknown parameter is answered 400 ' +
        'with every problem at once in `error.problems`. Report texts and evidence are JSON strings: render them as text.',
    },
    servers: [{ url: '/' }],
    tags: [...new Set(routes.map((r) => r.tag)), 'meta'].filter((t, i, all) => all.indexOf(t) === i).map((name) => ({ name })),
    paths,
    components: {
      schemas: { Error: jsonSchema(errorBody, 'output') },
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'The token the server was started with (--token or SITREP_API_TOKEN).' } },
    },
  };
}

function operation(r: ApiRoute): Record<string, unknown> {
  const op: Record<string, unknown> = { operationId: r.operationId, tags: [r.tag], summary: r.summary };
  if (r.description) op.description = r.description;
  const parameters = [...parametersOf(r.params, 'path'), ...parametersOf(r.query, 'query')];
  if (parameters.length) op.parameters = parameters;
  if (r.body) op.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(r.body, 'input') } } };
  if (r.auth) op.security = [{ bearerAuth: [] }];
  const responses: Record<string, unknown> = {};
  for (const [status, spec] of Object.entries(r.responses)) {
    const isError = Number(status) >= 400;
    const type = spec.contentType ?? (isError ? 'application/json' : (r.contentType ?? 'application/json'));
    const schema = spec.schema ? jsonSchema(spec.schema, 'output') : isError ? { $ref: '#/components/schemas/Error' } : undefined;
    responses[status] = { description: spec.description, ...(schema ? { content: { [type.split(';')[0]!.trim()]: { schema } } } : {}) };
  }
  responses['400'] ??= { description: 'Malformed or unknown parameters (every problem listed)', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  responses['500'] ??= { description: 'Unexpected error (details in the server log only)', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  op.responses = responses;
  return op;
}

function parametersOf(schema: z.ZodType | undefined, where: 'path' | 'query'): Record<string, unknown>[] {
  if (!schema) return [];
  const obj = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  const required = new Set(obj.required ?? []);
  return Object.entries(obj.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  delete out.$schema;
  return out;
}

/** The document as committed: two-space JSON and a final newline. */
export function openApiText(): string {
  return `${JSON.stringify(buildOpenApi(), null, 2)}\n`;
}
