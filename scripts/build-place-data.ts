/**
 * One-off: derive the small committed place data files from the shared GeoNames extracts.
 * Run from the package root: `npx tsx scripts/build-place-data.ts [shared-data-dir]`.
 * The pipeline never reads the shared folder; it reads only the files written here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

writeAdmin1();
writeEnglishDemonyms();
