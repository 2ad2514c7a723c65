/** The events on the map as a list (type, place, days), for keyboards and for events hidden under a place's dot. */
import { formatRange } from './dates.js';
import { el } from './dom.js';
import { lang, tOr } from './i18n/index.js';
import type { EventCollection, EventProps } from './types.js';

const MAX_ITEMS = 300;

export function renderEventList(root: HTMLElement, data: EventCollection, onSelect: (e: EventProps) => void): void {
  const items = data.features.slice(0, MAX_ITEMS).map((f) => {
    const p = f.properties;
    const button = el('button', { type: 'button', class: 'linkish', 'data-event-id': p.eventId }, `${tOr(`type.${p.type}`, p.type)} · ${p.placeName} · ${formatRange(p.from, p.to, lang())}`);
    button.addEventListener('click', () => onSelect(p));
    return el('li', {}, button);
  });
  root.replaceChildren(...items);
}
