import { describe, expect, it } from 'vitest';
import { defaultPredictDeps, predictSentence } from '../../src/eval/claims/index.js';

// Sentences written for this test about real events (Colombia, 2001; Mozambique, 1992; Lebanon, 1982; Congo, 1999;
// Turkey, 1995).
const deps = defaultPredictDeps();
const first = (text: string) => predictSentence('t', text, deps).events[0];
const codes = (as: ReadonlyArray<{ code: string; sector?: string }> | undefined) => (as ?? []).map((a) => `${a.code}/${a.sector ?? ''}`);

describe('coding a claim in the gold sets’ actor codes', () => {
  it('places soldiers of no nationality in the country of the rebels who hold them', () => {
    const e = first('Colombian rebels released 42 soldiers they had held for months.');
    expect(codes(e?.sources)).toEqual(['COL/REB']);
    expect(codes(e?.targets)).toEqual(['COL/MIL']);
  });

  it('codes a rebel movement the lexicon knows by its own country, not where it signed', () => {
    const e = first("Mozambique's government and Renamo rebels signed a peace agreement in Rome on Sunday.");
    expect(codes(e?.sources)).toEqual(['MOZ/GOV', 'MOZ/REB']);
  });

  it('codes the side a nationality names before a struck base', () => {
    const e = first('Israeli jets attacked Palestinian guerrilla bases in southern Lebanon on Tuesday.');
    expect(codes(e?.targets)).toEqual(['PSE/REB']);
  });

  it('codes a withdrawal refused as a rejection (CAMEO 124)', () => {
    const e = first('President Museveni said Uganda would not withdraw its troops from Congo.');
    expect(e?.plover05).toBe('REJECT');
    expect(codes(e?.sources)).toEqual(['UGA/GOV']);
  });

  it('codes separatists a state holds talks with abroad as its own, not the host country’s', () => {
    const e = first('The Philippine government resumed peace talks with Muslim separatists in Kuala Lumpur on Monday.');
    expect(codes(e?.sources)).toEqual(['PHL/GOV']);
    expect(codes(e?.targets)).toEqual(['PHL/REB']);
  });

  it('codes a known person before the dates of her lexicon role as her title says', () => {
    const e = first('The Burmese junta freed opposition leader Aung San Suu Kyi from house arrest on Saturday.');
    expect(codes(e?.targets)).toEqual(['MMR/OPP']);
  });

  it('codes a struck army post as the forces of its nationality', () => {
    const e = first('Kurdish rebels attacked a Turkish army post near Sirnak, killing nine soldiers.');
    expect(codes(e?.sources)).toEqual(['TUR/REB']);
    expect(codes(e?.targets)).toEqual(['TUR/MIL']);
  });
});
