import type { GazetteerEntry } from './gazetteer-entry.js';
import { keepAlternateName } from './name-filter.js';

export interface SourceRecord {
  entry: GazetteerEntry;
  names: string[];
  /** GeoNames admin-2 code of a cities500 row (the county), used only to place admin-2 units. */
  admin2?: string;
}

/**
 * Parse the GeoNames `geoname` table (19 tab-separated columns). The package's own loader reads byte by byte and
 * takes minutes; splitting the whole string takes about a second.
 */
export function parseCities500(text: string): SourceRecord[] {
  const out: SourceRecord[] = [];
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    pos = nl + 1;
    if (line === '') continue;
    const f = line.split('\t');
    if (f.length < 15) continue;
    const [id = '', name = '', ascii = '', alternates = '', lat = '', lon = '', fclass = '', fcode = '', cc = ''] = f;
    const entry: GazetteerEntry = {
      placeId: `gn:${id}`,
      name,
      lat: Number(lat),
      lon: Number(lon),
      countryCode: cc,
      featureClass: fclass,
      featureCode: fcode,
      population: Number(f[14] ?? 0) || 0,
      source: 'cities500',
    };
    if (f[10]) entry.admin1 = f[10];
    const names = new Set([name, ascii]);
    if (alternates) for (const a of alternates.split(',')) if (keepAlternateName(a)) names.add(a);
    for (const n of [name, ascii]) {
      const short = abbreviatedForm(n);
      if (short) names.add(short);
    }
    const rec: SourceRecord = { entry, names: [...names] };
    if (f[11]) rec.admin2 = f[11];
    out.push(rec);
  }
  return out;
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/^Saint /, 'St. '],
  [/^Sainte /, 'Ste. '],
  [/^Mount /, 'Mt. '],
  [/^Fort /, 'Ft. '],
];

/** The abbreviated spelling news uses for "Saint Petersburg", "Mount Pleasant", "Fort Worth", if any. */
export function abbreviatedForm(name: string): string | undefined {
  for (const [re, short] of ABBREVIATIONS) if (re.test(name)) return name.replace(re, short);
  return undefined;
}
