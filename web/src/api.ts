/** The HTTP API, same origin, relative paths only: the app never asks anything of another host. */
import type { ActorDetail, ClaimView, Contradiction, ControlCollection, EventCollection, ListPage, PlaceDetail, Relation, SituationEvent } from './types.js';
import { toClaimView } from './claim-shape.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** `api/...` resolved against the page, so the app works under any base path. */
function url(path: string, params: Record<string, string | number | undefined> = {}): string {
  const u = new URL(path.replace(/^\//, ''), document.baseURI);
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') u.searchParams.set(k, String(v));
  return u.pathname + u.search;
}

export async function getJson<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const res = await fetch(url(path, params), { headers: { accept: 'application/json' } });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = (await res.json()) as { message?: string; error?: string | { message?: string } };
      const m = typeof body.error === 'object' ? body.error.message : (body.message ?? body.error);
      if (m) message = m;
    } catch {
      // not JSON
    }
    throw new ApiError(res.status, message);
  }
  return (await res.json()) as T;
}

/** Lists come as `{items, …}`; a bare array is accepted too. */
function items<T>(body: ListPage<T> | T[]): T[] {
  return Array.isArray(body) ? body : body.items;
}

export type Query = Record<string, string | number | undefined>;

export const api = {
  control: (at: string) => getJson<ControlCollection>('api/map/control', { at }),
  events: (q: Query) => getJson<EventCollection>('api/map/events', q),
  place: (id: string, q: Query = {}) => getJson<PlaceDetail>(`api/places/${encodeURIComponent(id)}`, q),
  claims: async (q: Query): Promise<{ items: ClaimView[]; hasMore: boolean }> => {
    const body = await getJson<ListPage<unknown> | unknown[]>('api/claims', q);
    return { items: items(body).map(toClaimView), hasMore: !Array.isArray(body) && body.hasMore === true };
  },
  eventList: async (q: Query) => items(await getJson<ListPage<SituationEvent> | SituationEvent[]>('api/events', q)),
  claim: async (id: string): Promise<ClaimView> => toClaimView(await getJson<unknown>(`api/claims/${encodeURIComponent(id)}`)),
  actor: (id: string) => getJson<ActorDetail>(`api/actors/${encodeURIComponent(id)}`),
  relations: async (id: string, at?: string) => items(await getJson<ListPage<Relation> | Relation[]>(`api/actors/${encodeURIComponent(id)}/relations`, { at })),
  contradictions: async (q: Query) => items(await getJson<ListPage<Contradiction> | Contradiction[]>('api/contradictions', q)),
};
