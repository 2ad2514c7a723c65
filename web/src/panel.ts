/**
 * The side panel: tabs (details, claims, contradictions), each filled by an async view. A newer request for a tab
 * wins over an older one still loading; errors show in the tab instead of breaking the app.
 */
import { el } from './dom.js';
import { t } from './i18n/index.js';

export type Tab = 'details' | 'claims' | 'contradictions';

export interface Panel {
  show(tab: Tab, render: () => Promise<HTMLElement>): Promise<void>;
  activate(tab: Tab): void;
  active(): Tab;
}

export function sidePanel(root: HTMLElement): Panel {
  const generation: Record<Tab, number> = { details: 0, claims: 0, contradictions: 0 };
  let current: Tab = 'details';
  const body = (tab: Tab) => root.querySelector<HTMLElement>(`#tab-${tab}`)!;
  const activate = (tab: Tab) => {
    current = tab;
    for (const b of root.querySelectorAll<HTMLElement>('#tabs button')) b.classList.toggle('active', b.dataset.tab === tab);
    for (const name of Object.keys(generation) as Tab[]) body(name).classList.toggle('active', name === tab);
  };
  return {
    async show(tab, render) {
      const mine = ++generation[tab];
      const target = body(tab);
      target.replaceChildren(el('p', { class: 'muted' }, t('loading')));
      target.dataset.loading = 'true';
      try {
        const content = await render();
        if (mine === generation[tab]) target.replaceChildren(content);
      } catch (e) {
        if (mine === generation[tab]) target.replaceChildren(el('p', { class: 'error' }, t('error', { message: (e as Error).message })));
      } finally {
        if (mine === generation[tab]) target.dataset.loading = 'false';
      }
    },
    activate,
    active: () => current,
  };
}
