/** Every contradiction in the store, each with both sources. */
import { api } from './api.js';
import { contradictionItem } from './contradiction-item.js';
import { el } from './dom.js';
import { t } from './i18n/index.js';

export async function contradictionsView(onActor: (id: string) => void, placeName: (id: string) => string | undefined): Promise<HTMLElement> {
  const list = await api.contradictions({ limit: 200 });
  const root = el('section', { class: 'contradictions-view', 'data-count': list.length });
  root.append(el('h2', {}, t('allContradictions')));
  if (list.length === 0) root.append(el('p', { class: 'muted' }, t('noContradictions')));
  for (const c of list) root.append(contradictionItem(c, onActor, c.placeId ? (placeName(c.placeId) ?? c.placeId) : undefined));
  return root;
}
