/**
 * Events as circles drawn by MapLibre: colour by claim type, radius by the number of independent claimants. The count
 * of events shown is written to #event-count (text and `data-count`) for people and tests alike.
 */
import type * as maplibregl from 'maplibre-gl';
import { eventColorExpression } from './colors.js';
import type { EventCollection, EventProps } from './types.js';

const SOURCE = 'events';

export interface EventsLayer {
  update(data: EventCollection): void;
}

export function eventsLayer(map: maplibregl.Map, onSelect: (e: EventProps, lngLat: [number, number]) => void, onCount: (n: number) => void): EventsLayer {
  map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id: 'events',
    type: 'circle',
    source: SOURCE,
    paint: {
      'circle-color': eventColorExpression() as never,
      'circle-radius': ['interpolate', ['linear'], ['get', 'independentClaimants'], 1, 9, 4, 15, 10, 22],
      'circle-opacity': 0.45,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1,
    },
  });
  map.on('click', 'events', (e) => {
    const f = e.features?.[0];
    if (!f) return;
    onSelect(parseProps(f.properties), (f.geometry as GeoJSON.Point).coordinates as [number, number]);
  });
  map.on('mouseenter', 'events', () => (map.getCanvas().style.cursor = 'pointer'));
  map.on('mouseleave', 'events', () => (map.getCanvas().style.cursor = ''));
  return {
    update(data) {
      (map.getSource(SOURCE) as maplibregl.GeoJSONSource).setData(data);
      onCount(data.features.length);
    },
  };
}

/** Feature properties as MapLibre hands them back: nested objects arrive as JSON strings. */
function parseProps(raw: Record<string, unknown>): EventProps {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === 'string' && (v.startsWith('[') || v.startsWith('{'))) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        // a plain string after all
      }
    }
    out[k] = v;
  }
  return out as unknown as EventProps;
}
