import { join } from 'node:path';
import { expect } from 'vitest';
import { buildServer, type BuildServerOptions } from '../../src/api/server.js';
import { cliActors, cliPlaceParents } from '../../src/cli/format-situation.js';
import { readInputs } from '../../src/ingest/index.js';
import { defaultPipeline } from '../../src/pipeline/default-pipeline.js';
import { loadGazetteer } from '../../src/resources/gazetteer/index.js';
import { PACKAGE_ROOT } from '../../src/resources/resource-paths.js';
import { refreshSituation } from '../../src/situation/refresh.js';
import { storeMany, type StoreDb } from '../../src/store/index.js';

export const INGESTED_AT = '2024-01-01T00:00:00.000Z';

/** The bundled examples, read, analysed and stored as `sitrep ingest examples` does, then the situation derived. */
export async function ingestExamples(db: StoreDb): Promise<void> {
  const input = readInputs([join(PACKAGE_ROOT, 'examples')]);
  expect(input.errors).toEqual([]);
  const pipeline = defaultPipeline();
  const result = await storeMany(db, input.reports.map((r) => pipeline.run(r)), INGESTED_AT);
  expect(result.errors).toEqual([]);
  await refreshSituation(db, cliActors(), { derivedAt: INGESTED_AT, places: cliPlaceParents() });
}

export interface Api {
  base: string;
  close(): Promise<void>;
}

/** A real server on 127.0.0.1, any free port. */
export async function startApi(db: StoreDb, options: Partial<BuildServerOptions> = {}): Promise<Api> {
  const app = await buildServer({ db, actors: cliActors(), gazetteer: loadGazetteer(), webRoot: false, ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no address');
  return { base: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
}

/** fetch, then the body as text and (when it parses) as JSON. */
// Tests read deep into answers; typing each shape would only restate the OpenAPI document.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function call<T = any>(api: Api, path: string, init?: RequestInit): Promise<Answer<T>> {
  const res = await fetch(`${api.base}${path}`, init);
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, headers: res.headers, text, body: body as T };
}
