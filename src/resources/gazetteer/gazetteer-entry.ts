import type { PlaceCandidate } from '../../model/place.js';

/** One gazetteer record: a candidate (score 0 until the place stage ranks it) plus where it came from. */
export interface GazetteerEntry extends Omit<PlaceCandidate, 'score'> {
  /** Enclosing or owning place (`gn:92138` for the Al-Qaim crossing), when the data says so. */
  parent?: string;
  /** Data entry that produced the record: `cities500`, `curated.tsv:12`, `admin1.tsv`, `intl`. */
  source: string;
}

/** A name to index: the entry it points to and the source line it came from. */
export interface IndexedName {
  name: string;
  entryIndex: number;
}

const FIELD_SEP = '\t';

/** Serialise an entry as one cache line; tabs and newlines never occur in GeoNames or curated fields. */
export function encodeEntry(e: GazetteerEntry): string {
  return [
    e.placeId,
    e.name,
    e.lat.toFixed(5),
    e.lon.toFixed(5),
    e.countryCode,
    e.admin1 ?? '',
    e.admin1Name ?? '',
    e.featureClass,
    e.featureCode,
    String(e.population),
    e.parent ?? '',
    e.source,
  ].join(FIELD_SEP);
}

export function decodeEntry(line: string): GazetteerEntry {
  const f = line.split(FIELD_SEP);
  const entry: GazetteerEntry = {
    placeId: f[0] ?? '',
    name: f[1] ?? '',
    lat: Number(f[2]),
    lon: Number(f[3]),
    countryCode: f[4] ?? '',
    featureClass: f[7] ?? '',
    featureCode: f[8] ?? '',
    population: Number(f[9] ?? 0),
    source: f[11] ?? '',
  };
  if (f[5]) entry.admin1 = f[5];
  if (f[6]) entry.admin1Name = f[6];
  if (f[10]) entry.parent = f[10];
  return entry;
}
