import { languageCodes } from '../languages.js';

/** Languages whose country names are indexed: the report languages (languages.tsv) plus Arabic for quoted names. */
export function countryNameLanguages(): string[] {
  return [...new Set([...languageCodes(), 'ar'])];
}

let languages: string[] | undefined;

/**
 * Country names from the runtime's ICU data (`Intl.DisplayNames`), so no list of names lives in the repository.
 * Returns the distinct names for one ISO 3166-1 alpha-2 code, English first.
 */
export function countryNames(countryCode: string): string[] {
  languages ??= countryNameLanguages();
  const names = new Set<string>();
  for (const lang of ['en', ...languages]) {
    const dn = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    const n = dn.of(countryCode);
    if (n) names.add(n);
  }
  return [...names];
}
