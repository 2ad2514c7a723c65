/**
 * Places on the map as DOM markers, coloured by who held them on the chosen day: a dot in the holder's colour,
 * hatched holder/contender when contested, grey when unknown, faded when stale. Each marker carries its state as
 * data attributes (`data-place-id`, `data-state`, `data-controller`, `data-stale`), which the browser tests read.
 */
import * as maplibregl from 'maplibre-gl';
import { actorColor, UNKNOWN_COLOR } from './colors.js';
import { el } from './dom.js';
import { t } from './i18n/index.js';
import type { ControlCollection, ControlProps } from './types.js';

export interface PlacesLayer {
  update(data: ControlCollection, day: string): void;
  props(placeId: string): ControlProps | undefined;
  select(placeId: string | undefined): void;
}

export function placesLayer(map: maplibregl.Map, onSelect: (placeId: string) => void): PlacesLayer {
  const markers = new Map<string, { marker: maplibregl.Marker; node: HTMLElement; props: ControlProps }>();
  const container = map.getContainer();
  let selected: string | undefined;

  function paint(node: HTMLElement, p: ControlProps): void {
    const dot = node.querySelector<HTMLElement>('.dot')!;
    const holder = p.state === 'unknown' ? UNKNOWN_COLOR : actorColor(p.controllerId);
    const rival = p.contenders.find((c) => c.actorId !== p.controllerId);
    dot.style.background =
      p.state === 'contested' && rival
        ? `repeating-linear-gradient(45deg, ${holder} 0 4px, ${actorColor(rival.actorId)} 4px 8px)`
        : holder;
    node.dataset.state = p.state;
    node.dataset.controller = p.controllerId ?? '';
    node.dataset.contenders = p.contenders.map((c) => c.actorId).join(' ');
    node.dataset.stale = String(p.stale === true);
    node.dataset.partial = String(p.partial);
    node.dataset.color = holder;
    node.title = describe(p);
  }

  return {
    update(data, day) {
      const seen = new Set<string>();
      for (const f of data.features) {
        const p = f.properties;
        seen.add(p.placeId);
        let entry = markers.get(p.placeId);
        if (!entry) {
          const node = el('div', { class: 'place', 'data-place-id': p.placeId, role: 'button', tabindex: 0 }, el('span', { class: 'dot' }), el('span', { class: 'name' }, p.name));
          node.addEventListener('click', (e) => {
            e.stopPropagation();
            onSelect(p.placeId);
          });
          node.addEventListener('keydown', (e) => {
            if (e.key === 'Enter') onSelect(p.placeId);
          });
          const marker = new maplibregl.Marker({ element: node, anchor: 'left', offset: [-9, 0] }).setLngLat(f.geometry.coordinates as [number, number]).addTo(map);
          entry = { marker, node, props: p };
          markers.set(p.placeId, entry);
        }
        entry.props = p;
        entry.node.hidden = false;
        entry.node.classList.toggle('selected', p.placeId === selected);
        paint(entry.node, p);
      }
      for (const [id, entry] of markers) if (!seen.has(id)) entry.node.hidden = true;
      container.dataset.controlDay = day;
      container.dataset.placeCount = String(seen.size);
    },
    props: (placeId) => markers.get(placeId)?.props,
    select(placeId) {
      selected = placeId;
      for (const [id, entry] of markers) entry.node.classList.toggle('selected', id === placeId);
    },
  };
}

/** One line for a tooltip or a panel header: "held by Islamic State", "contested: held by …, disputed by …". */
export function describe(p: ControlProps): string {
  const holder = p.controllerLabel ?? p.controllerId ?? '?';
  const others = p.contenders.filter((c) => c.actorId !== p.controllerId).map((c) => c.label);
  const base =
    p.state === 'contested'
      ? others.length > 0
        ? t('contestedBy', { actor: holder, others: others.join(', ') })
        : t('contested')
      : p.state === 'controlled'
        ? t('controlledBy', { actor: holder })
        : t('unknownState');
  return `${p.name}: ${base}${p.partial ? ` (${t('partial')})` : ''}`;
}
