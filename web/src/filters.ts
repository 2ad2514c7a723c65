/**
 * The filter form (actor, type, status, claimant, minimum sources, date range) → the query for /api/map/events and
 * /api/claims. Empty fields are left out.
 */
import type { Query } from './api.js';
import { CLAIM_TYPES as MODEL_CLAIM_TYPES } from '../../src/model/claim.js';
import { el } from './dom.js';
import { t, tOr } from './i18n/index.js';

/** Every claim type, read from the model itself so the filter never falls behind it. */
export const CLAIM_TYPES: readonly string[] = MODEL_CLAIM_TYPES;
export const CLAIM_STATUSES = ['asserted', 'hedged', 'confirmed', 'denied', 'negated', 'intended'];

export interface Filters {
  actor?: string;
  type?: string;
  status?: string;
  claimant?: string;
  minSources?: string;
  from?: string;
  to?: string;
}

export function readFilters(form: HTMLFormElement): Filters {
  const data = new FormData(form);
  const out: Filters = {};
  for (const key of ['actor', 'type', 'status', 'claimant', 'minSources', 'from', 'to'] as const) {
    const v = String(data.get(key) ?? '').trim();
    if (v !== '') out[key] = v;
  }
  return out;
}

export function toQuery(f: Filters): Query {
  return { ...f };
}

/** Options of the type and status selects, in the interface language (keeps the chosen values). */
export function fillSelects(form: HTMLFormElement): void {
  const fill = (name: string, values: readonly string[], prefix: string) => {
    const select = form.elements.namedItem(name) as HTMLSelectElement;
    const chosen = select.value;
    select.replaceChildren(el('option', { value: '' }, t('any')), ...values.map((v) => el('option', { value: v }, tOr(`${prefix}.${v}`, v))));
    select.value = chosen;
  };
  fill('type', CLAIM_TYPES, 'type');
  fill('status', CLAIM_STATUSES, 'status');
}

/** Actor suggestions for the actor field, from the actors seen on the map. */
export function setActorOptions(list: HTMLDataListElement, actors: Map<string, string>): void {
  list.replaceChildren(...[...actors].sort((a, b) => a[1].localeCompare(b[1])).map(([id, label]) => el('option', { value: id }, label)));
}
