/** Languages whose country names are indexed: the report languages plus Arabic for quoted names. */
export const COUNTRY_NAME_LANGUAGES = ['fr', 'en', 'ar'] as const;

/**
 * Country names from the runtime's ICU data (`Intl.DisplayNames`), so no list of names lives in the repository.
 * Returns the distinct names for one ISO 3166-1 alpha-2 code, English first.
 */
export function countryNames(countryCode: string): string[] {
  const names = new Set<string>();
  for (const lang of ['en', ...COUNTRY_NAME_LANGUAGES]) {
    const dn = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    const n = dn.of(countryCode);
    if (n) names.add(n);
  }
  return [...names];
}
