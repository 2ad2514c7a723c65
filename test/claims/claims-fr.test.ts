import { describe, expect, it } from 'vitest';
import { analyse, shapes } from './run-text.js';

// Sentences written by the team about real events of 2017; each row names the claim it must yield.
describe('French claims', () => {
  it.each([
    ["L'armée irakienne a repris Al-Qaïm à l'EI vendredi.", { type: 'take-control', status: 'asserted', agent: 'irq-army', from: 'isis', place: 'gn:92138', claimant: 'outlet' }],
    ["Selon l'OSDH, les jihadistes auraient repris Boukamal.", { type: 'take-control', status: 'hedged', place: 'gn:174448', claimant: 'sohr' }],
    ["Les forces irakiennes n'ont pas encore repris Rawa.", { type: 'take-control', status: 'negated', agent: 'irq-army', place: 'gn:92004', claimant: 'outlet' }],
    ["Les Forces démocratiques syriennes contrôlent Raqqa depuis octobre.", { type: 'control', status: 'asserted', agent: 'sdf', place: 'gn:172955', claimant: 'outlet' }],
    ["Hawija a été reprise par l'armée irakienne.", { type: 'take-control', status: 'asserted', agent: 'irq-army', place: 'gn:390188', claimant: 'outlet' }],
    ["Diverses sources indiquent que l'EI s'est retiré de Mayadine.", { type: 'withdraw', status: 'hedged', agent: 'isis', claimant: 'unnamed' }],
    ["L'armée syrienne a lancé une offensive pour reprendre Boukamal.", { type: 'take-control', status: 'intended', agent: 'syr-army', place: 'gn:174448', claimant: 'outlet' }],
    ["Une frégate russe a tiré des missiles depuis la Méditerranée contre des positions de l'EI près de Mayadine.", { type: 'shelling', status: 'asserted', place: 'gn:173480' }],
    ["Des jihadistes ont blessé trois soldats maliens près de Gao.", { type: 'attack', status: 'asserted', agent: 'group:jihadists', target: 'group:soldiers:MLI' }],
    ["Le Hezbollah a franchi la frontière, selon plusieurs sources.", { type: 'cross-border', status: 'hedged', agent: 'hezbollah', claimant: 'unnamed' }],
  ])('%s', (text, expected) => {
    const found = shapes(text, 'fr');
    expect(found).toContainEqual(expect.objectContaining(expected));
  });

  it('a statement in quotes belongs to whoever the closing cue names', () => {
    const [c] = analyse("« Nos unités ont libéré la ville de Mayadine », a indiqué l'armée syrienne dans un communiqué.", 'fr').claims;
    expect(c?.claimants[0]).toMatchObject({ actorId: 'syr-army', channel: 'communique' });
    expect(c?.roles.agent?.actorId).toBe('syr-army');
  });

  it('a speaker named after the verb and a day is the speaker, without the day', () => {
    const [c] = analyse("Les forces irakiennes ont repris la ville de Tal Afar, a annoncé jeudi le Premier ministre Haider al-Abadi.", 'fr').claims;
    expect(c?.claimants[0]?.actorId).toBe('person:haider-al-abadi');
    const [d] = analyse("Les forces maliennes ont repris la ville de Kidal, a annoncé jeudi le colonel Souleymane Dembélé.", 'fr').claims;
    expect(d?.claimants[0]?.label).toBe('le colonel Souleymane Dembélé');
  });

  it('"cette localité de la province de X" points back to the town, not to the province', () => {
    const claims = analyse("L'EI tenait Hawija depuis 2014. L'armée a lancé une offensive en vue de reprendre cette localité de la province de Kirkouk.", 'fr').claims;
    expect(claims.find((c) => c.type === 'take-control' && c.status === 'intended')?.place?.placeId).toBe('gn:390188');
  });

  it('a confirmation in the next sentence adds a second claimant', () => {
    const [c] = analyse("L'armée syrienne a repris Mayadine. L'information est confirmée par l'OSDH.", 'fr').claims;
    expect(c?.status).toBe('confirmed');
    expect(c?.claimants.map((k) => k.actorId)).toEqual([undefined, 'sohr']);
  });

  it('a denial in the next sentence yields the denied counterpart', () => {
    const claims = analyse("Selon l'OSDH, l'EI a repris Boukamal. L'armée syrienne a démenti.", 'fr').claims;
    expect(claims.map((c) => c.status).sort()).toEqual(['asserted', 'denied']);
    expect(claims.find((c) => c.status === 'denied')?.claimants[0]?.actorId).toBe('syr-army');
  });

  it('a pronoun subject takes the subject of the clause before', () => {
    const [c] = analyse("L'EI a perdu du terrain en Irak. Il a été chassé de Rawa jeudi.", 'fr').claims.filter((x) => x.type === 'lose-control' && x.place?.placeId === 'gn:92004');
    expect(c?.roles.fromActor?.actorId).toBe('isis');
    expect(c?.time).toMatchObject({ from: '2017-11-09', precision: 'day' });
  });

  it('background dated in the past keeps its own date', () => {
    const [c] = analyse("L'EI s'était emparé de Mossoul en juin 2014.", 'fr').claims;
    expect(c?.time).toMatchObject({ from: '2014-06-01', to: '2014-06-30', precision: 'month' });
  });

  it.each([
    ["La libération de la ville revêt une grande importance pour le pays."],
    ["Le projet du groupe a échoué dans la région."],
    ["L'Observatoire suit la situation depuis Londres."],
    ["Le club de Raqqa a attaqué en seconde période sans marquer."],
  ])('no claim: %s', (text) => {
    expect(shapes(text, 'fr').filter((c) => c.type !== 'fighting' || c.place)).toEqual([]);
  });

  it("ne lit aucun lieu dans le nom d'un acteur (« Cour pénale internationale », « Vladimir Poutine »)", () => {
    const doc = analyse("La Cour pénale internationale a émis un mandat d'arrêt contre Vladimir Poutine à La Haye.", 'fr', '2023-03-17');
    const placeTexts = doc.mentions.filter((m) => m.kind === 'place').map((m) => doc.report.text.slice(m.span.start, m.span.end));
    expect(placeTexts).not.toContain('Cour');
    expect(placeTexts).not.toContain('Vladimir');
    expect(placeTexts).toContain('La Haye');
  });

  it("lit « a été attaqué » au passif : la nationalité de la cible n'est pas l'auteur, et « mer » n'est pas mercredi", () => {
    // Phrase écrite pour ce test (le pétrolier Sounion, mer Rouge, 21 août 2024).
    const found = shapes('Le pétrolier grec Sounion a été attaqué mercredi en mer Rouge.', 'fr', '2024-08-22');
    expect(found[0]).toMatchObject({ type: 'attack', place: 'cur:red-sea' });
    expect(found[0]?.agent).toBeUndefined();
    const time = analyse('Un navire a été attaqué en mer Rouge.', 'fr', '2024-08-22').mentions.filter((m) => m.kind === 'time');
    expect(time).toEqual([]);
  });
});
