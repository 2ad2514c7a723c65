/** The legend: holders visible on the chosen day, how contested/unknown/stale places look, event types and sizes. */
import { actorColor, EVENT_FAMILIES, TYPE_COLORS, UNKNOWN_COLOR } from './colors.js';
import { el } from './dom.js';
import { t, tOr } from './i18n/index.js';
import type { ControlCollection } from './types.js';

export function renderLegend(root: HTMLElement, control: ControlCollection | undefined): void {
  const holders = new Map<string, string>();
  for (const f of control?.features ?? []) {
    const p = f.properties;
    if (p.controllerId) holders.set(p.controllerId, p.controllerLabel ?? p.controllerId);
    for (const c of p.contenders) holders.set(c.actorId, c.label);
  }
  const swatch = (background: string, extra = '') => {
    const s = el('span', { class: `swatch ${extra}` });
    s.style.background = background;
    return s;
  };
  const rows: HTMLElement[] = [];
  for (const [id, label] of [...holders].sort((a, b) => a[1].localeCompare(b[1]))) {
    rows.push(el('div', { class: 'legend-row', 'data-actor-id': id }, swatch(actorColor(id)), `${t('legendControlled')} ${label}`));
  }
  rows.push(el('div', { class: 'legend-row' }, swatch(`repeating-linear-gradient(45deg, #222 0 3px, #d62728 3px 6px)`), t('legendContested')));
  rows.push(el('div', { class: 'legend-row' }, swatch(UNKNOWN_COLOR), t('legendUnknown')));
  const faded = swatch('#d62728');
  faded.style.opacity = '0.45';
  rows.push(el('div', { class: 'legend-row' }, faded, t('legendStale')));
  const eventRow = (color: string, label: string) => {
    const s = swatch(color);
    s.style.opacity = '0.7';
    rows.push(el('div', { class: 'legend-row legend-event' }, s, label));
  };
  for (const [type, color] of Object.entries(TYPE_COLORS)) eventRow(color, tOr(`type.${type}`, type));
  for (const f of EVENT_FAMILIES) eventRow(f.color, tOr(f.key, f.types.join(', ')));
  rows.push(el('div', { class: 'legend-row muted' }, t('legendEventSize')));
  root.replaceChildren(el('h2', {}, t('legend')), ...rows);
}
