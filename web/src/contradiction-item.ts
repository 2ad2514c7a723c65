/** One contradiction: why the two claims cannot both be true, and each claim with its claimant and evidence. */
import { api } from './api.js';
import { claimCard } from './claim-card.js';
import { el } from './dom.js';
import { t, tOr } from './i18n/index.js';
import type { ClaimView, Contradiction } from './types.js';

export function contradictionItem(c: Contradiction, onActor: (id: string) => void, placeName?: string): HTMLElement {
  const sides = el('div', { class: 'pair' });
  const item = el(
    'article',
    { class: 'contradiction', 'data-kind': c.kind },
    el('div', { class: 'head' }, el('strong', {}, tOr(`kind.${c.kind}`, c.kind)), placeName ? ` · ${placeName}` : ''),
    el('div', {}, `${c.claimantA} ${t('versus')} ${c.claimantB}`),
    el('div', { class: 'muted' }, c.reason),
    sides,
  );
  for (const ref of [c.claimA, c.claimB]) {
    const slot = el('div', {}, el('span', { class: 'muted' }, t('loading')));
    sides.append(slot);
    void claimOf(ref)
      .then((view) => slot.replaceChildren(claimCard(view, { eager: true, onActor })))
      .catch((e: Error) => slot.replaceChildren(el('div', { class: 'error' }, t('error', { message: e.message }))));
  }
  return item;
}

/** The full claim (with report and evidence sentences), whatever summary the list carried. */
function claimOf(id: string): Promise<ClaimView> {
  return api.claim(id);
}
