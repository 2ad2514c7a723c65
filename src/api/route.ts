import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { badParams, type Problem } from './api-error.js';
import type { ApiContext } from './context.js';

export interface ResponseSpec {
  description: string;
  /** For the OpenAPI document only; handlers are trusted to return this shape (tests check it). */
  schema?: z.ZodType;
  contentType?: string;
}

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
}

/**
 * One HTTP route as data: its path, its zod schemas and its handler. The server registers it, the OpenAPI document
 * is generated from it; the handler receives parsed input only, never the raw request values.
 */
export interface ApiRoute<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  method: 'GET' | 'POST';
  /** Fastify syntax: `/api/places/:id`. */
  url: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  /** The JSON answer's media type (default application/json). */
  contentType?: string;
  responses: Record<number, ResponseSpec>;
  /** Requires `Authorization: Bearer <token>` (documented; the handler enforces it). */
  auth?: boolean;
  handle(ctx: ApiContext, input: RouteInput<z.output<P>, z.output<Q>, z.output<B>>, req: FastifyRequest, reply: FastifyReply): unknown;
}

/** Types a route's handler from its schemas, then forgets them so routes of all shapes fit in one list. */
export function defineRoute<P extends z.ZodType = z.ZodObject, Q extends z.ZodType = z.ZodObject, B extends z.ZodType = z.ZodUnknown>(
  r: ApiRoute<P, Q, B>,
): ApiRoute {
  return r as unknown as ApiRoute;
}

const NO_PARAMS = z.strictObject({});

/**
 * Parses path, query and body with the route's schemas and gathers every problem of all three into one 400.
 * Unknown query and path parameters are problems too (the schemas are strict).
 */
export function parseInput(route: ApiRoute, req: FastifyRequest): RouteInput<unknown, unknown, unknown> {
  const problems: Problem[] = [];
  const parse = (schema: z.ZodType, value: unknown, where: 'path' | 'query' | 'body') => {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    problems.push(...issuesToProblems(r.error.issues, where));
    return undefined;
  };
  const params = parse(route.params ?? NO_PARAMS, req.params ?? {}, 'path');
  const query = parse(route.query ?? NO_PARAMS, req.query ?? {}, 'query');
  const body = route.body ? parse(route.body, req.body, 'body') : undefined;
  if (problems.length) throw badParams(problems);
  return { params, query, body };
}

/** Zod issues → one problem per parameter (several failed checks of one parameter are joined with "; "). */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], where: 'path' | 'query' | 'body'): Problem[] {
  const byParam = new Map<string, string[]>();
  const add = (param: string, message: string) => {
    const list = byParam.get(param) ?? [];
    if (!list.includes(message)) list.push(message);
    byParam.set(param, list);
  };
  const visit = (list: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]) => {
    for (const iss of list) {
      const path = [...prefix, ...iss.path];
      if (iss.code === 'unrecognized_keys') {
        for (const key of iss.keys) add(joinName(paramName(path, where), key, where), `unknown ${where === 'body' ? 'field' : 'parameter'}`);
      } else if (iss.code === 'invalid_union' && branchOf(iss.errors) !== undefined) {
        // "an object or an array of them": report the problems of the branch whose type the value has.
        visit(branchOf(iss.errors)!, path);
      } else {
        add(paramName(path, where), iss.message);
      }
    }
  };
  visit(issues, []);
  return [...byParam].map(([param, messages]) => ({ param, message: messages.join('; ') }));
}

/** The union branch that failed on the value's contents rather than on its type, if exactly one did. */
function branchOf(errors: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] | undefined {
  const typed = errors.filter((b) => !b.some((i) => i.path.length === 0 && i.code === 'invalid_type'));
  return typed.length === 1 ? typed[0] : undefined;
}

// Query and path problems name the parameter (a list item's index is noise there); body problems keep the path.
function paramName(path: readonly PropertyKey[], where: 'path' | 'query' | 'body'): string {
  if (where !== 'body') return path.length ? String(path[0]) : where;
  let name = 'body';
  for (const p of path) name = typeof p === 'number' ? `${name}[${p}]` : `${name}.${String(p)}`;
  return name;
}

function joinName(base: string, key: string, where: 'path' | 'query' | 'body'): string {
  if (where !== 'body') return base === where ? key : `${base}.${key}`;
  return `${base}.${key}`;
}
