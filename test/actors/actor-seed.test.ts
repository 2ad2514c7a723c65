import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorsIn, type Found } from './make-doc.js';

const SEED = '/work/shared/seeds/000_be4f02771fe48c33.txt';
const present = existsSync(SEED);
if (!present) console.log(`actor seed test skipped: ${SEED} not found`);

describe.skipIf(!present)('actor stage on the Boukamal seed (fr, 2017-11)', () => {
  // The header " date 2017-11 " is ingest's business; the stage sees the body.
  const text = present ? readFileSync(SEED, 'utf8').normalize('NFC').replace(/^\s*date\s+\S+\s+/, '') : '';
  const found: Found[] = present ? actorsIn(text, 'fr') : [];
  const ids = (surface: string): string[] => found.filter((f) => f.text === surface).map((f) => f.actorId);

  it.each([
    ['l’armée', 'syr-army'],
    ["l'armée", 'syr-army'],
    ['Observatoire syrien des droits de l’homme', 'sohr'],
    ['OSDH', 'sohr'],
    ['groupe terroriste EI', 'isis'],
    ["l'EI", 'isis'],
    ['l’EI', 'isis'],
    ['combattants de l’EI', 'isis'],
    ['combattants du Hezbollah libanais', 'hezbollah'],
    ['régime syrien', 'syr-government'],
    ['unités paramilitaires du Hachd al-Chaabi', 'pmf'],
    ['milices chiites', 'group:militia:shia'],
    ['armée irakienne', 'irq-army'],
    ['miliciens irakiens', 'group:militia:IRQ'],
    ['Gardiens de la révolution iranienne', 'irgc'],
    ['armée syrienne', 'syr-army'],
    ["armée de l'air russe", 'rus-air-force'],
    ['Rami Abdel Rahmane', 'person:rami-abdel-rahmane'],
    ['combattants kurdes et arabes', 'group:fighters:kurdish+arab'],
    ['États-Unis', 'usa'],
    ['Forces démocratiques syriennes', 'sdf'],
    ['supplétifs', 'syr-auxiliaries'],
    ['forces supplétives et alliées', 'syr-auxiliaries'],
  ])('finds %s → %s', (surface, id) => {
    expect(ids(surface)).toContain(id);
  });

  it('gives ids a1, a2 ... in text order and spans that rebuild the surface', () => {
    found.forEach((f, i) => {
      expect(f.mention.id).toBe(`a${i + 1}`);
      expect(text.slice(f.mention.span.start, f.mention.span.end)).toBe(f.text);
    });
    const starts = found.map((f) => f.mention.span.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('records why a bare "l’armée" is the Syrian army', () => {
    const army = found.find((f) => f.text === 'l’armée');
    expect(army?.mention.rule).toMatch(/^actors:fr\/actor-aliases\.tsv:\d+;focus=SYR\(\d+\/\d+\)$/);
    expect(army?.mention.generic).toBe(true);
  });

  it('sets qualifiers, roles and labels', () => {
    const hez = found.find((f) => f.actorId === 'hezbollah');
    expect(hez?.mention.nationality).toBe('LBN');
    const rami = found.find((f) => f.actorId === 'person:rami-abdel-rahmane');
    expect(rami?.mention).toMatchObject({ actorType: 'person', personRole: 'director', affiliation: 'sohr' });
    const irq = found.find((f) => f.actorId === 'group:militia:IRQ');
    expect(irq?.mention).toMatchObject({ actorType: 'militia', generic: true, nationality: 'IRQ', label: 'Iraqi militiamen' });
    const kurds = found.find((f) => f.actorId === 'group:fighters:kurdish+arab');
    expect(kurds?.mention).toMatchObject({ actorType: 'group', generic: true, label: 'Kurdish and Arab fighters' });
  });

  it('never reads "Syrie" after a locative, nor a place, as an actor', () => {
    expect(found.map((f) => f.text)).not.toContain('Syrie');
    expect(found.map((f) => f.text)).not.toContain('Londres');
    expect(found.filter((f) => f.actorId === 'isis').every((f) => /EI/.test(f.text))).toBe(true);
  });
});
