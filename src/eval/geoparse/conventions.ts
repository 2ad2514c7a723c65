import type { CorpusName } from './types.js';

/**
 * What a corpus's annotators counted as a toponym, where that differs between corpora and Sitrep can tell the case
 * apart. Sitrep's own output does not change; only what the scorer compares with the gold does, and the report
 * prints the score over every mention beside it.
 */
export interface CorpusConvention {
  /** Are place names inside a facility's or institution's name ("Auckland Zoo", "University of Calgary") toponyms? */
  facilityNames: boolean;
  /** One line for the report. */
  note: string;
}

export const CORPUS_CONVENTIONS: Record<CorpusName, CorpusConvention> = {
  // LGL marks them: "Gainesville Police Department", "University of Georgia" (about 275 gold toponyms).
  lgl: { facilityNames: true, note: 'LGL counts place names inside facility and institution names' },
  // GeoVirus's annotators left out buildings and points of interest (its SOURCE.md); across the corpus no place
  // name right before University/Zoo/School(s)/Institute or after "University of" is gold.
  geovirus: {
    facilityNames: false,
    note: 'GeoVirus leaves out buildings and points of interest: place names Sitrep marks as part of a facility name ("Auckland Zoo", "University of Calgary") are not scored',
  },
};
