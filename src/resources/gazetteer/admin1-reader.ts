import { dataLines } from './data-lines.js';

export interface Admin1Row {
  countryCode: string;
  admin1: string;
  name: string;
  asciiName: string;
  geonameId: string;
}

/** Parse `resources/places/admin1.tsv` (`CC.code`, name, ASCII name, geonameid). */
export function parseAdmin1(text: string): Admin1Row[] {
  return dataLines(text).map(({ fields }) => {
    const [code = '', name = '', asciiName = '', geonameId = ''] = fields;
    const dot = code.indexOf('.');
    return { countryCode: code.slice(0, dot), admin1: code.slice(dot + 1), name, asciiName, geonameId };
  });
}
