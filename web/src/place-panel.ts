/** A place's panel: its state on the chosen day, its control timeline bar, its claims with evidence, its contradictions. */
import { api } from './api.js';
import { claimCard } from './claim-card.js';
import { toClaimView } from './claim-shape.js';
import { contradictionItem } from './contradiction-item.js';
import { el } from './dom.js';
import { t } from './i18n/index.js';
import { describe } from './places-layer.js';
import { timelineBar } from './timeline-bar.js';
import type { ControlProps } from './types.js';

/** Evidence is fetched at once for this many claims; the rest on demand. */
const EAGER = 25;
const MAX_CLAIMS = 200;

export async function placePanel(placeId: string, day: string, current: ControlProps | undefined, onActor: (id: string) => void): Promise<HTMLElement> {
  const [detail, contradictions] = await Promise.all([api.place(placeId, { limit: MAX_CLAIMS }), api.contradictions({ place: placeId }).catch(() => [])]);
  const views = detail.claims.items.map(toClaimView).sort((a, b) => (a.claim.time.from < b.claim.time.from ? 1 : a.claim.time.from > b.claim.time.from ? -1 : 0));
  const root = el('section', { class: 'place-panel', 'data-place-id': detail.placeId });
  root.append(el('h2', {}, detail.name), el('div', { class: 'muted' }, detail.placeId));
  if (current) root.append(el('p', { class: 'current-state', 'data-state': current.state }, describe(current)));
  root.append(el('h3', {}, t('controlTimeline')), timelineBar(detail.intervals, day, onActor));
  root.append(el('h3', {}, `${t('claims')} (${detail.claims.total ?? views.length})`));
  const list = el('div', { class: 'claims' });
  views.forEach((v, i) => list.append(claimCard(v, { eager: i < EAGER, onActor })));
  if (views.length === 0) list.append(el('p', { class: 'muted' }, t('nothing')));
  root.append(list, el('h3', {}, t('contradictions')));
  if (contradictions.length === 0) root.append(el('p', { class: 'muted' }, t('noContradictions')));
  for (const c of contradictions) root.append(contradictionItem(c, onActor));
  return root;
}
