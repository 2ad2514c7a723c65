/**
 * The offline basemap style: GeoJSON files shipped with the app (public/basemap/), no tiles, no glyphs, no sprites,
 * so MapLibre never asks another host for anything. Labels are DOM overlays (see places-layer.ts).
 */
import type { StyleSpecification } from 'maplibre-gl';

export function basemapStyle(baseUrl: string): StyleSpecification {
  const file = (name: string) => new URL(`basemap/${name}`, baseUrl).href;
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: file('countries.json') },
      admin1: { type: 'geojson', data: file('admin1.json') },
      rivers: { type: 'geojson', data: file('rivers.json') },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#cfe3ef' } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f4f1ea' } },
      { id: 'admin1', type: 'line', source: 'admin1', paint: { 'line-color': '#b8b0a0', 'line-width': 0.6, 'line-dasharray': [3, 2] } },
      {
        id: 'rivers',
        type: 'line',
        source: 'rivers',
        paint: { 'line-color': '#6fa8d6', 'line-width': ['interpolate', ['linear'], ['get', 'scalerank'], 0, 2.2, 10, 0.6] },
      },
      { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': '#7d7468', 'line-width': 1.2 } },
    ],
  };
}
