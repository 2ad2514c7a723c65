import { describe, expect, it } from 'vitest';
import { places, resolved } from './helpers.js';

// Sentences written for this test. GeoNames ids: Islamabad 1176615 (PK capital), Anantnag 1278667 (IN, also known
// as Islamabad); Athens 264371 (GR capital), Athens, Georgia 4180386.
describe('a national capital written as its own name', () => {
  it('is the capital even in a report about the country of a namesake known by that name only as another name', () => {
    const found = places('India recalled its ambassador from Islamabad and said the envoy would stay in New Delhi.', 'en');
    const m = resolved(found, 'Islamabad');
    expect(m?.placeId).toBe('gn:1176615');
    expect(m?.mention.reasons.join('; ')).toMatch(/national capital/u);
  });

  it('gets no such help against a namesake going by the same own name', () => {
    const found = places('The University of Georgia in Athens, Georgia, closed its campus on Monday.', 'en');
    expect(resolved(found, 'Athens')?.placeId).not.toBe('gn:264371');
  });
});

describe('a regional people as a hint of the report country', () => {
  // Donostia / San Sebastián (GeoNames 3110044) against San Sebastián, Puerto Rico, whose own name it is.
  it('puts San Sebastian in Spain when the sentence speaks of Basques', () => {
    const found = places('Basque separatists shot dead a town councillor in San Sebastian.', 'en');
    expect(resolved(found, 'San Sebastian')?.mention.candidates[0]?.countryCode).toBe('ES');
  });

  it('does not make a regional people a place', () => {
    expect(places('Chechen rebels fought on.', 'en').map((f) => f.text)).not.toContain('Chechen');
  });
});
