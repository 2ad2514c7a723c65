/** An event's panel: type, time, agents, statuses, number of independent sources, and the claims that tell it. */
import { api } from './api.js';
import { claimCard } from './claim-card.js';
import { formatRange } from './dates.js';
import { el } from './dom.js';
import { lang, t, tOr } from './i18n/index.js';
import type { ClaimView, EventProps } from './types.js';

const MAX_CLAIMS = 30;

export async function eventPanel(e: EventProps, onActor: (id: string) => void): Promise<HTMLElement> {
  const root = el('section', { class: 'event-panel', 'data-event-id': e.eventId });
  root.append(
    el('h2', {}, `${t('event')}: ${tOr(`type.${e.type}`, e.type)}`),
    el('div', {}, formatRange(e.from, e.to, lang()), e.placeName ? ` · ${e.placeName}` : ''),
    el('div', {}, t('independentSources', { n: e.independentClaimants })),
    el('div', { class: 'muted' }, Object.entries(e.statuses ?? {}).map(([s, n]) => `${tOr(`status.${s}`, s)} × ${n}`).join(', ')),
  );
  const agents = el('div', {}, `${t('agents')}: `);
  for (const a of [...(e.agents ?? []), ...(e.targets ?? [])]) {
    const b = el('button', { type: 'button', class: 'linkish', 'data-actor-id': a.actorId }, a.label);
    b.addEventListener('click', () => onActor(a.actorId));
    agents.append(b, ' ');
  }
  root.append(agents, el('h3', {}, t('claims')));
  for (const v of await claimsOf(e)) root.append(claimCard(v, { eager: true, onActor }));
  return root;
}

/** The event's own claims: the map feature has no claim ids, /api/events (same place, type and days) has them. */
async function claimsOf(e: EventProps): Promise<ClaimView[]> {
  const found = (await api.eventList({ place: e.placeId, type: e.type, from: e.from, to: e.to, limit: 1000 })).find((x) => x.id === e.eventId);
  return Promise.all((found?.claimIds ?? []).slice(0, MAX_CLAIMS).map((id) => api.claim(id)));
}
