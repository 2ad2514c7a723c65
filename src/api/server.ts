import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { cliActors, cliPlaceParents } from '../cli/format-situation.js';
import { isSitrepError } from '../errors.js';
import type { ActorDirectory } from '../model/situation.js';
import { defaultPipeline } from '../pipeline/default-pipeline.js';
import type { Pipeline } from '../pipeline/run-pipeline.js';
import { loadGazetteer } from '../resources/gazetteer/index.js';
import { PACKAGE_ROOT } from '../resources/resource-paths.js';
import type { PlaceParents } from '../situation/derive-situation.js';
import { closeStore, openStore, type StoreDb } from '../store/index.js';
import { ApiError, ApiErrorCode, fromSitrepError } from './api-error.js';
import { serialLock, type ApiContext, type ApiGazetteer } from './context.js';
import { buildOpenApi, OPENAPI_PATH } from './openapi.js';
import { parseInput, type ApiRoute } from './route.js';
import { apiRoutes } from './routes/index.js';
import { SituationCache } from './situation-cache.js';

export const BODY_LIMIT = 2 * 1024 * 1024;
const JSON_TYPE = 'application/json; charset=utf-8';

export interface BuildServerOptions {
  db: StoreDb;
  actors: ActorDirectory;
  /** Resolves place names; without it only ids and names the situation knows resolve. */
  gazetteer?: ApiGazetteer;
  /** Turns POST /api/reports on; every write must then carry `Authorization: Bearer <token>`. */
  token?: string;
  /** The built web app; default `web/dist` of the package when it exists; `false`: none. */
  webRoot?: string | false;
  /** The analysis pipeline for writes (default: the CLI's, built on first use). */
  pipeline?: () => Pipeline;
  placeParents?: () => PlaceParents | undefined;
  /** Fastify's logger (default off; `startServer` logs warnings and errors to stderr). */
  logger?: boolean | { level: string; stream?: NodeJS.WritableStream };
}

/** The HTTP API (and the web app, when built) over one open store. Listening is the caller's business. */
export async function buildServer(options: BuildServerOptions): Promise<FastifyInstance> {
  const token = options.token?.trim() || undefined;
  const placeParents = options.placeParents ?? (() => cliPlaceParents());
  const ctx: ApiContext = {
    db: options.db,
    actors: options.actors,
    gazetteer: options.gazetteer,
    situation: new SituationCache(options.db, options.actors, { places: placeParents }),
    token,
    pipeline: options.pipeline ?? defaultPipeline,
    placeParents,
    writeLock: serialLock(),
  };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    // Place names in the path ("Ālbū Kamāl", percent-encoded) are longer than Fastify's default of 100.
    routerOptions: { maxParamLength: 600 },
  });

  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    if (req.url.startsWith('/api/')) {
      reply.header('cache-control', 'no-store');
      reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
    }
    return payload;
  });

  app.setErrorHandler((error: unknown, req, reply) => {
    const api = toApiError(error);
    if (api.status >= 500) req.log.error({ err: error, url: req.url }, 'request failed');
    for (const [k, v] of Object.entries(api.extra.headers ?? {})) reply.header(k, v);
    return reply.code(api.status).type(JSON_TYPE).send(api.body());
  });

  for (const route of apiRoutes) register(app, ctx, route);
  const openapi = JSON.stringify(buildOpenApi());
  app.get(OPENAPI_PATH, async (req, reply) => {
    parseInput({ url: OPENAPI_PATH } as ApiRoute, req);
    return reply.type(JSON_TYPE).send(openapi);
  });

  const webRoot = options.webRoot === undefined ? join(PACKAGE_ROOT, 'web', 'dist') : options.webRoot;
  const serveWeb = webRoot !== false && existsSync(join(webRoot, 'index.html'));
  if (serveWeb) await app.register(fastifyStatic, { root: resolve(webRoot), prefix: '/', wildcard: true, index: ['index.html'] });

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.url === '/api' || !serveWeb || req.method !== 'GET') {
      const path = req.url.split('?')[0] ?? '';
      return reply
        .code(404)
        .type(JSON_TYPE)
        .send(new ApiError(404, ApiErrorCode.notFound, `no route ${req.method} ${path.slice(0, 200)}`, { remedy: `GET ${OPENAPI_PATH} lists every route` }).body());
    }
    // A path of the single-page web app (a deep link): its index.html routes it.
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
  return app;
}

function register(app: FastifyInstance, ctx: ApiContext, route: ApiRoute): void {
  app.route({
    method: route.method,
    url: route.url,
    // Before the body is even read: a client without the token learns nothing about the body's shape.
    ...(route.auth ? { onRequest: async (req: FastifyRequest) => checkToken(ctx.token, req) } : {}),
    handler: async (req: FastifyRequest, reply: FastifyReply) => {
      const input = parseInput(route, req);
      reply.type(route.contentType ?? JSON_TYPE);
      const out = await route.handle(ctx, input, req, reply);
      if (reply.sent) return reply;
      return out;
    },
  });
}

function checkToken(token: string | undefined, req: FastifyRequest): void {
  if (token === undefined) {
    throw new ApiError(403, ApiErrorCode.writeDisabled, 'writes are off on this server', {
      remedy: 'Start the server with --token <secret> (or SITREP_API_TOKEN) and send Authorization: Bearer <secret>',
    });
  }
  const header = req.headers.authorization ?? '';
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m || !sameSecret(m[1]!, token)) {
    throw new ApiError(401, ApiErrorCode.unauthorized, m ? 'wrong bearer token' : 'missing bearer token', {
      remedy: 'Send Authorization: Bearer <the token the server was started with>',
      headers: { 'www-authenticate': 'Bearer realm="sitrep"' },
    });
  }
}

/** Compares hashes, so neither the length nor the content of the token leaks through timing. */
function sameSecret(given: string, expected: string): boolean {
  const h = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(h(given), h(expected));
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isSitrepError(error)) return fromSitrepError(error);
  const e = error as { statusCode?: number; code?: string; message?: string };
  // Fastify's own 4xx (body too large, bad JSON, wrong content type): the message is safe to show.
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return new ApiError(e.statusCode, ApiErrorCode.body, String(e.message ?? 'bad request').slice(0, 300), {
      remedy: `Send JSON (content-type: application/json) of at most ${BODY_LIMIT / 1024 / 1024} MB`,
    });
  }
  return new ApiError(500, ApiErrorCode.internal, 'internal error', { remedy: 'The server log has the details; please report it' });
}

export interface StartServerOptions {
  /** A SQLite file, `sqlite:path` or `postgres://…` (the CLI's `--db`). */
  dbUrl: string;
  host?: string;
  port: number;
  token?: string;
  webRoot?: string | false;
}

export interface RunningServer {
  app: FastifyInstance;
  /** `http://127.0.0.1:8080` */
  url: string;
  close(): Promise<void>;
}

/** Opens the store, loads the actor lexicon and the place index, and listens (on 127.0.0.1 unless told otherwise). */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const db = await openStore({ url: options.dbUrl });
  try {
    const app = await buildServer({
      db,
      actors: cliActors(),
      gazetteer: loadGazetteer(),
      ...(options.token !== undefined ? { token: options.token } : {}),
      ...(options.webRoot !== undefined ? { webRoot: options.webRoot } : {}),
      logger: { level: process.env.SITREP_LOG_LEVEL ?? 'warn', stream: process.stderr },
    });
    app.addHook('onClose', async () => closeStore(db));
    await app.listen({ host: options.host ?? '127.0.0.1', port: options.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const host = options.host ?? '127.0.0.1';
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    return { app, url, close: () => app.close() };
  } catch (error) {
    await closeStore(db);
    throw error;
  }
}
