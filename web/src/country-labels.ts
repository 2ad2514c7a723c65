/** Country names as DOM markers (the style has no glyphs, so MapLibre cannot draw text itself). */
import * as maplibregl from 'maplibre-gl';
import { el } from './dom.js';
import { lang } from './i18n/index.js';

const COUNTRIES: { en: string; fr: string; at: [number, number] }[] = [
  { en: 'Syria', fr: 'Syrie', at: [38.6, 35.4] },
  { en: 'Iraq', fr: 'Irak', at: [43.6, 32.6] },
  { en: 'Turkey', fr: 'Turquie', at: [37.5, 37.9] },
  { en: 'Jordan', fr: 'Jordanie', at: [36.9, 31.0] },
  { en: 'Lebanon', fr: 'Liban', at: [35.9, 34.0] },
  { en: 'Iran', fr: 'Iran', at: [47.6, 34.6] },
  { en: 'Saudi Arabia', fr: 'Arabie saoudite', at: [41.5, 29.7] },
];

export function countryLabels(map: maplibregl.Map): () => void {
  const nodes = COUNTRIES.map((c) => {
    const node = el('div', { class: 'country-label' });
    new maplibregl.Marker({ element: node }).setLngLat(c.at).addTo(map);
    return { node, c };
  });
  const render = () => {
    for (const { node, c } of nodes) node.textContent = lang() === 'fr' ? c.fr : c.en;
  };
  render();
  return render;
}
