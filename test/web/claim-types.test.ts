import { describe, expect, it } from 'vitest';
import { CLAIM_TYPES, INSTRUMENT_KINDS } from '../../src/model/claim.js';
import { EVENT_FAMILIES, EVENT_TYPE_COLORS, TYPE_COLORS } from '../../web/src/colors.js';
import { CLAIM_TYPES as WEB_TYPES } from '../../web/src/filters.js';
import { en } from '../../web/src/i18n/en.js';
import { fr } from '../../web/src/i18n/fr.js';

/** The web app is built apart from the pipeline: these keep its colours and names of claim types in step with the model. */
describe('web app claim types', () => {
  it('filters on every claim type of the model, in its order', () => {
    expect([...WEB_TYPES]).toEqual([...CLAIM_TYPES]);
  });

  it('colours every type once: its own colour or its family', () => {
    expect(Object.keys(EVENT_TYPE_COLORS).sort()).toEqual([...CLAIM_TYPES].sort());
    const inFamilies = EVENT_FAMILIES.flatMap((f) => f.types);
    expect(new Set(inFamilies).size).toBe(inFamilies.length);
    expect(inFamilies.some((t) => t in TYPE_COLORS)).toBe(false);
  });

  it('names every type and family in English and French', () => {
    for (const table of [en, fr] as Record<string, string>[]) {
      for (const type of CLAIM_TYPES) expect(table[`type.${type}`], type).toBeTruthy();
      for (const f of EVENT_FAMILIES) expect(table[f.key], f.key).toBeTruthy();
      for (const kind of INSTRUMENT_KINDS) expect(table[`instrument.${kind}`], kind).toBeTruthy();
    }
  });
});
