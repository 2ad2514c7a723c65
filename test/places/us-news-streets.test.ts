import { beforeAll, describe, expect, it } from 'vitest';
import { placeStage, places } from './helpers.js';

beforeAll(() => {
  placeStage();
}, 120_000);

/** Streets, newspaper titles, compass-word names and hyphenated names in English news. */
describe('English news: streets, papers, compass names', () => {
  it('reads a street as a place in the report\'s most-named town, not as the town it is named after', () => {
    const found = places('Police in Dublin, Ohio, closed Wichita Drive on Monday. The Dublin council met at 75 N. High St. on Friday.', 'en');
    const street = found.find((f) => f.text === 'Wichita Drive');
    expect(street?.mention.candidates[0]?.admin1).toBe('OH');
    expect(found.some((f) => f.text === 'Wichita')).toBe(false);
    expect(found.some((f) => f.text === 'N. High St.')).toBe(true);
    const ids = found.map((f) => f.mention.id);
    expect(ids).toEqual(ids.map((_, i) => `p${i + 1}`));
  });

  it('leaves out the place inside a newspaper\'s title', () => {
    const found = places('Mr. Kemp told the New York Times that the lab in Maryland was closed.', 'en');
    expect(found.some((f) => f.text === 'New York')).toBe(false);
    expect(found.some((f) => f.text === 'Maryland')).toBe(true);
  });

  it('keeps a compass word that opens a name, and particles inside hyphenated names', () => {
    const found = places('A child died in Northern Ireland. Cholera reached Port-au-Prince.', 'en');
    expect(found.find((f) => f.text === 'Northern Ireland')?.placeId).toBe('adm1:GB.NIR');
    expect(found.some((f) => f.text === 'Port-au-Prince')).toBe(true);
    expect(found.some((f) => f.text === 'Ireland' || f.text === 'Port')).toBe(false);
  });
});
