import { spellingFold } from './toponym-key.js';
import { parseAdmin1 } from './admin1-reader.js';
import { dataLines } from './data-lines.js';
import { parseCities500, type SourceRecord } from './cities500-reader.js';
import { countryNames } from './country-names.js';
import { parseCurated, type CuratedRow } from './curated-reader.js';
import type { GazetteerEntry } from './gazetteer-entry.js';

export interface GazetteerInputs {
  cities500: string;
  admin1: string;
  curated: string;
  /** Admin-2 table (`CC.A1.A2`, name, ASCII name, geonameid); optional. */
  admin2?: string;
  /** Country reference points (`CC`, lat, lon); optional. A country without one gets the middle of its towns. */
  countryPoints?: string;
  /** Admin-1 reference points (`CC.NN`, lat, lon); optional, likewise. */
  admin1Points?: string;
}

type Points = Map<string, { lat: number; lon: number; name?: string }>;

/** Code → point, from a reference points table (code, latitude, longitude, the name the table gives it). */
function parsePoints(text: string): Points {
  const m: Points = new Map();
  for (const { fields } of dataLines(text)) {
    const [cc, lat, lon, name] = fields;
    if (cc && Number.isFinite(Number(lat)) && Number.isFinite(Number(lon))) m.set(cc, { lat: Number(lat), lon: Number(lon), ...(name ? { name } : {}) });
  }
  return m;
}

/** Share of outlying places ignored at each end when framing a unit (islands, exclaves, stray records). */
const TRIM = 0.01;

/**
 * Total population and representative point of a group of populated places. The point is the middle of the box
 * framing the places (less the outlying 1 % on each side): a unit's usual reference point is its geographic middle,
 * which a population-weighted centre drags towards the largest city (Texas towards Dallas and Houston).
 */
class Aggregate {
  population = 0;
  private readonly lats: number[] = [];
  private readonly lons: number[] = [];
  add(e: GazetteerEntry): void {
    this.population += e.population;
    this.lats.push(e.lat);
    this.lons.push(e.lon);
  }
  centre(): { lat: number; lon: number } {
    if (this.lats.length === 0) return { lat: 0, lon: 0 };
    return { lat: middle(this.lats), lon: middle(this.lons) };
  }
  /** Whether a point lies in the box framing the places (less the outlying 1 %), widened by `margin` degrees. */
  frames(p: { lat: number; lon: number }, margin: number): boolean {
    const [south, north] = extremes(this.lats);
    const [west, east] = extremes(this.lons);
    return p.lat >= south - margin && p.lat <= north + margin && p.lon >= west - margin && p.lon <= east + margin;
  }
  get size(): number {
    return this.lats.length;
  }
}

function extremes(xs: number[]): [number, number] {
  const s = [...xs].sort((a, b) => a - b);
  const k = Math.floor((s.length - 1) * TRIM);
  return [s[k]!, s[s.length - 1 - k]!];
}

function middle(xs: number[]): number {
  const [lo, hi] = extremes(xs);
  return (lo + hi) / 2;
}

/** Towns a unit needs in cities500 before they can overrule its reference point. */
const MIN_TOWNS_TO_CHECK = 5;
/** Degrees a unit's reference point may lie outside the box of its towns (coastal and empty units). */
const POINT_MARGIN_DEG = 1;

/** Two names of one unit, in any language or spelling: one folded name holds the other, or they open alike. */
function sameUnitName(a: string, b: string): boolean {
  const x = spellingFold(a);
  const y = spellingFold(b);
  return x.includes(y) || y.includes(x) || x.slice(0, 4) === y.slice(0, 4);
}

/**
 * The reference point of an admin-1 unit: Natural Earth's label point, unless NE gave the code to another unit —
 * its name differs and its point lies outside the unit's own towns (NE's Philippine provinces carry the codes
 * GeoNames gives its regions: "PH.03" is Agusan del Sur in NE, Central Luzon in GeoNames; France's departments
 * against its regions; Svalbard against Trøndelag). The middle of the towns is then the better point. A unit
 * whose towns crowd one corner keeps its NE point when the names agree (South Australia).
 */
function admin1Point(code: string, names: readonly string[], points: Points, towns: Aggregate | undefined): { lat: number; lon: number } {
  const point = points.get(code);
  if (!towns) return point ?? { lat: 0, lon: 0 };
  if (!point) return towns.centre();
  const named = !point.name || names.some((n) => sameUnitName(n, point.name!));
  if (!named && towns.size >= MIN_TOWNS_TO_CHECK && !towns.frames(point, POINT_MARGIN_DEG)) return towns.centre();
  return point;
}

function aggregateBy(records: SourceRecord[], keyOf: (e: GazetteerEntry, r: SourceRecord) => string | undefined): Map<string, Aggregate> {
  const m = new Map<string, Aggregate>();
  for (const r of records) {
    const { entry } = r;
    if (entry.featureClass !== 'P') continue;
    const k = keyOf(entry, r);
    if (!k) continue;
    let a = m.get(k);
    if (!a) m.set(k, (a = new Aggregate()));
    a.add(entry);
  }
  return m;
}

function admin1Records(text: string, agg: Map<string, Aggregate>, points: Points): SourceRecord[] {
  return parseAdmin1(text).map((r) => {
    const a = agg.get(`${r.countryCode}.${r.admin1}`);
    const c = admin1Point(`${r.countryCode}.${r.admin1}`, [r.name, r.asciiName], points, a);
    const entry: GazetteerEntry = {
      placeId: `adm1:${r.countryCode}.${r.admin1}`,
      name: r.name,
      lat: c.lat,
      lon: c.lon,
      countryCode: r.countryCode,
      admin1: r.admin1,
      featureClass: 'A',
      featureCode: 'ADM1',
      population: a?.population ?? 0,
      source: 'admin1.tsv',
    };
    return { entry, names: [...new Set([r.name, r.asciiName])] };
  });
}

/**
 * Admin-2 units (US counties, British and Irish counties) placed at the middle of their cities500 towns; those
 * without a town are left out. Rows: code, names (|-separated), then an ASCII name or the geonameid.
 */
function admin2Records(text: string, agg: Map<string, Aggregate>): SourceRecord[] {
  const out: SourceRecord[] = [];
  for (const { fields } of dataLines(text)) {
    const [code = '', nameField = '', third = ''] = fields;
    const names = [...nameField.split('|'), third].filter((n) => n !== '' && !/^\d+$/.test(n));
    const name = names[0] ?? code;
    const [cc = '', a1 = ''] = code.split('.');
    const a = agg.get(code);
    if (!a) continue;
    const c = a.centre();
    const entry: GazetteerEntry = {
      placeId: `adm2:${code}`,
      name,
      lat: c.lat,
      lon: c.lon,
      countryCode: cc,
      admin1: a1,
      featureClass: 'A',
      featureCode: 'ADM2',
      population: a.population,
      source: 'admin2',
    };
    out.push({ entry, names: [...new Set(names)] });
  }
  return out;
}

function countryRecords(agg: Map<string, Aggregate>, points: Points): SourceRecord[] {
  const out: SourceRecord[] = [];
  for (const [cc, a] of [...agg].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const names = countryNames(cc);
    if (names.length === 0) continue;
    // The published reference point where there is one: the middle of the towns sits far off where they crowd
    // one side of the country (Libya's coast, Angola's west).
    const c = points.get(cc) ?? a.centre();
    const entry: GazetteerEntry = {
      placeId: `country:${cc}`,
      name: names[0] ?? cc,
      lat: c.lat,
      lon: c.lon,
      countryCode: cc,
      featureClass: 'A',
      featureCode: 'PCLI',
      population: a.population,
      source: 'intl',
    };
    out.push({ entry, names });
  }
  return out;
}

function curatedRecord(r: CuratedRow): SourceRecord {
  const entry: GazetteerEntry = {
    placeId: r.id,
    name: r.names[0] ?? r.id,
    lat: r.lat ?? 0,
    lon: r.lon ?? 0,
    countryCode: r.countryCode,
    // A curated town is a populated place like a cities500 one: cues that ask for a locality find it.
    featureClass: r.kind === 'town' ? 'P' : r.kind,
    featureCode: r.kind === 'town' ? 'PPL' : r.kind,
    population: 0,
    source: `curated.tsv:${r.line}`,
  };
  if (r.admin1) entry.admin1 = r.admin1;
  if (r.parent) entry.parent = r.parent;
  return { entry, names: r.names };
}

/**
 * All gazetteer records in a stable order: cities500 rows, admin-1 divisions, countries, then curated places.
 * Curated rows whose id names an existing entry (admin-1, country or cities500 town) only add names to it.
 */
export function assembleEntries(inputs: GazetteerInputs): SourceRecord[] {
  const cities = parseCities500(inputs.cities500);
  const byAdmin1 = aggregateBy(cities, (e) => (e.admin1 ? `${e.countryCode}.${e.admin1}` : undefined));
  const byCountry = aggregateBy(cities, (e) => e.countryCode);
  const byAdmin2 = aggregateBy(cities, (e, r) => (e.admin1 && r.admin2 ? `${e.countryCode}.${e.admin1}.${r.admin2}` : undefined));
  const records = [
    ...cities,
    ...admin1Records(inputs.admin1, byAdmin1, parsePoints(inputs.admin1Points ?? '')),
    ...(inputs.admin2 ? admin2Records(inputs.admin2, byAdmin2) : []),
    ...countryRecords(byCountry, parsePoints(inputs.countryPoints ?? '')),
  ];
  const byId = new Map(records.map((r) => [r.entry.placeId, r]));
  for (const row of parseCurated(inputs.curated)) {
    const existing = byId.get(row.id);
    if (existing) {
      existing.names = [...new Set([...existing.names, ...row.names])];
      // A curated point replaces the computed one where the places' frame misleads (Alaska and Hawaii, Russia's
      // span across the antimeridian).
      if (row.lat !== undefined && row.lon !== undefined) {
        existing.entry.lat = row.lat;
        existing.entry.lon = row.lon;
      }
      existing.entry.source += `+curated.tsv:${row.line}`;
      continue;
    }
    const rec = curatedRecord(row);
    records.push(rec);
    byId.set(row.id, rec);
  }
  return records;
}
