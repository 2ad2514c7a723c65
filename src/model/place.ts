/**
 * How precisely a place is known. Maps onto ACLED's geo_precision:
 * 1 = exact locality, 2 = near / part of a locality or a small area, 3 = a larger region (admin, country).
 */
export type PlacePrecision = 'locality' | 'near-locality' | 'admin2' | 'admin1' | 'country' | 'region';

export function acledGeoPrecision(p: PlacePrecision): 1 | 2 | 3 {
  if (p === 'locality') return 1;
  if (p === 'near-locality' || p === 'admin2') return 2;
  return 3;
}

/** One gazetteer entry offered for a toponym. */
export interface PlaceCandidate {
  /** `gn:<geonameid>` for GeoNames, `cur:<slug>` for curated places, `adm1:<CC.NN>`, `country:<CC>`, and
   *  `unl:<key>@<place id>` for a name the gazetteer lacks, placed at the known place its sentence puts it in. */
  placeId: string;
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  /** GeoNames admin-1 code within the country (`07` for Deir ez-Zor in SY). */
  admin1?: string;
  admin1Name?: string;
  /** GeoNames feature class and code (P/PPLA2, A/ADM1 ...), or the curated kind (district, camp, border-crossing, oilfield, river, region). */
  featureClass: string;
  featureCode: string;
  population: number;
  /** Resolution score in [0,1]; the first candidate is the chosen one. */
  score: number;
}

/**
 * Where an outlet's readers live, as an admin-1 unit (`US.TX`): a local paper's "Paris" is the Paris of its readers
 * (Lieberman, Samet and Sankaranarayanan's "local lexicon"). Learned from the outlet's other reports
 * (`stages/places/outlet-locale.ts`); the place ranking reads it as one more piece of evidence, with its reason.
 */
export interface OutletLocale {
  /** `CC.NN`, the GeoNames admin-1 code within the country. */
  unit: string;
  /** The unit's name, for reasons ("Texas"). */
  label: string;
  /** Why: which outlet and how many of its reports ("theparisnews.com: 2 of 3 other reports name places there"). */
  evidence: string;
}
