import { dataLines } from './data-lines.js';

export interface CuratedRow {
  /** 1-based line in curated.tsv, for `rule` provenance. */
  line: number;
  id: string;
  names: string[];
  kind: string;
  lat?: number;
  lon?: number;
  countryCode: string;
  admin1?: string;
  parent?: string;
  note: string;
}

/** Parse `resources/places/curated.tsv`; the header row (first field `id`) is skipped. */
export function parseCurated(text: string): CuratedRow[] {
  const rows: CuratedRow[] = [];
  for (const { line, fields } of dataLines(text)) {
    const [id = '', names = '', kind = '', lat = '', lon = '', cc = '', admin1 = '', parent = '', note = ''] = fields;
    if (id === 'id') continue;
    const row: CuratedRow = {
      line,
      id,
      names: names.split('|').map((n) => n.trim()).filter(Boolean),
      kind,
      countryCode: cc,
      note,
    };
    if (lat !== '' && lon !== '') {
      row.lat = Number(lat);
      row.lon = Number(lon);
    }
    if (admin1) row.admin1 = admin1;
    if (parent) row.parent = parent;
    rows.push(row);
  }
  return rows;
}
