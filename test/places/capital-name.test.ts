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
