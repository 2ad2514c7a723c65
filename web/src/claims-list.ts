/** The claims matching the filters, newest first; evidence on demand. */
import { api, type Query } from './api.js';
import { claimCard } from './claim-card.js';
import { el } from './dom.js';
import { t } from './i18n/index.js';

const LIMIT = 100;

export async function claimsList(query: Query, onActor: (id: string) => void): Promise<HTMLElement> {
  const page = await api.claims({ ...query, limit: LIMIT });
  const root = el('section', { class: 'claims-list', 'data-count': page.items.length });
  root.append(el('h2', {}, t('filteredClaims')), el('div', { class: 'muted' }, page.hasMore ? t('firstN', { n: page.items.length }) : t('total', { n: page.items.length })));
  if (page.items.length === 0) root.append(el('p', { class: 'muted' }, t('nothing')));
  for (const v of page.items) root.append(claimCard(v, { eager: false, onActor }));
  return root;
}
