import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim, ClaimType } from '../../src/model/claim.js';
import { runCli } from '../cli/run-cli.js';
import { sharedPath } from '../helpers/shared-data.js';
import { readInputs } from '../../src/ingest/index.js';
import { defaultPipeline } from '../../src/pipeline/default-pipeline.js';

/**
 * The seed's `.expected.md`, point by point, against `sitrep extract <seed> --json` run as a user would.
 * Each expectation names actors by lexicon id and places by GeoNames id; nothing here is special-cased in code.
 */
const seed = sharedPath('seeds', '000_be4f02771fe48c33.txt');

interface Extracted {
  report: { lang: string; publishedAt: { value: string; precision: string } };
  claims: Claim[];
}

const run = async (): Promise<Extracted> => {
  const r = await runCli(['extract', seed!, '--json']);
  if (r.status !== 0) throw new Error(`sitrep extract exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Extracted;
};

const roleIds = (c: Claim) => ({
  agent: c.roles.agent?.actorId,
  co: c.roles.coAgents.map((r) => r.actorId),
  target: c.roles.target?.actorId,
  from: c.roles.fromActor?.actorId,
  supporters: c.roles.supporters.map((r) => r.actorId),
});
const find = (claims: Claim[], type: ClaimType | ClaimType[], pred: (c: Claim) => boolean) =>
  claims.filter((c) => ([] as ClaimType[]).concat(type).includes(c.type) && pred(c));

describe.skipIf(!seed)('the seed report (000_be4f02771fe48c33)', () => {
  let out = { claims: [], report: {} } as unknown as Extracted;
  let claims: Claim[] = [];
  beforeAll(async () => {
    out = await run();
    claims = out.claims;
  });

  it('is French, month-dated 2017-11', () => {
    expect(out.report.lang).toBe('fr');
    expect(out.report.publishedAt).toEqual({ value: '2017-11', precision: 'month' });
  });

  it('1. the Syrian army took Abu Kamal with auxiliaries and allies; army communiqué, confirmed by the SOHR', () => {
    const [c] = find(claims, 'take-control', (x) => x.place?.placeId === 'gn:174448' && x.roles.agent?.actorId === 'syr-army');
    expect(c, 'a take-control claim on Abu Kamal by the Syrian army').toBeDefined();
    expect(c!.status).toBe('confirmed');
    expect(c!.claimants.map((k) => k.actorId)).toEqual(['syr-army', 'sohr']);
    expect(c!.claimants[0]!.channel).toBe('communique');
    expect(c!.roles.coAgents.length).toBeGreaterThan(0);
    expect(c!.place?.role).toBe('event');
  });

  it('3. Hezbollah crossed the border to attack Abu Kamal; various sources, hedged', () => {
    const [cross] = find(claims, 'cross-border', (x) => x.roles.agent?.actorId === 'hezbollah');
    expect(cross?.status).toBe('hedged');
    expect(cross?.claimants[0]?.kind).toBe('unnamed');
    const [attack] = find(claims, 'attack', (x) => x.roles.agent?.actorId === 'hezbollah' && x.place?.placeId === 'gn:174448');
    expect(attack, 'an attack on Abu Kamal by Hezbollah').toBeDefined();
    expect(['hedged', 'intended']).toContain(attack!.status);
    expect(attack!.claimants[0]?.kind).toBe('unnamed');
  });

  it('4. the Hashd helped them ("ils" = Hezbollah), hedged; and the Hashd supports the Iraqi army', () => {
    const [help] = find(claims, 'support', (x) => x.roles.agent?.actorId === 'pmf' && x.roles.target?.actorId === 'hezbollah');
    expect(help?.status).toBe('hedged');
    expect(help?.roles.target?.via).toMatch(/anaphor/);
    expect(find(claims, 'support', (x) => x.roles.agent?.actorId === 'pmf' && x.roles.target?.actorId === 'irq-army')).toHaveLength(1);
  });

  it('5. Iraqi militiamen and the IRGC took part in the offensive against Abu Kamal, per the SOHR', () => {
    const [c] = find(claims, 'take-part', (x) => x.claimants[0]?.actorId === 'sohr');
    expect(c).toBeDefined();
    const ids = [roleIds(c!).agent, ...roleIds(c!).co];
    expect(ids).toContain('irgc');
    expect(ids.some((id) => id?.startsWith('group:militia') || id === 'irq-militias')).toBe(true);
    expect(c!.place?.placeId ?? c!.otherPlaces.find((p) => p.placeId === 'gn:174448')?.placeId).toBe('gn:174448');
  });

  it('6. the Syrian army took Deir ez-Zor city earlier, with Russian air support, as the army announced', () => {
    const [c] = find(claims, 'take-control', (x) => x.place?.placeId === 'gn:170794');
    expect(c?.roles.agent?.actorId).toBe('syr-army');
    expect(c?.roles.supporters.map((s) => s.actorId)).toContain('rus-air-force');
    expect(c?.time.relation).toBe('before');
    expect(c?.claimants[0]?.actorId).toBe('syr-army');
    expect(find(claims, 'support', (x) => x.roles.agent?.actorId === 'rus-air-force' && x.roles.target?.actorId === 'syr-army')).toHaveLength(1);
  });

  it('7. IS withdrew towards the desert of eastern Deir ez-Zor province, says Rami Abdel Rahmane of the SOHR', () => {
    const [c] = find(claims, 'withdraw', (x) => x.roles.agent?.actorId === 'isis');
    expect(c?.claimants[0]).toMatchObject({ kind: 'person', affiliation: 'sohr' });
    expect(c?.claimants[0]?.label).toMatch(/Rami Abdel Rahman/);
    expect(c?.place?.placeId).toMatch(/SY\.07|adm1/);
  });

  it('8. IS ("elle") was driven out of Al-Qaim, recently', () => {
    const [c] = find(claims, 'lose-control', (x) => x.place?.placeId === 'gn:92138');
    expect(c?.roles.fromActor?.actorId).toBe('isis');
    expect(c?.roles.fromActor?.via).toMatch(/anaphor/);
    expect(c?.roles.agent).toBeUndefined();
    expect(c?.qualifiers).toContain('recent');
  });

  it('9. IS controls only Rawah in that sector — "ne ... plus que" is not a negation', () => {
    const [c] = find(claims, 'control', (x) => x.place?.placeId === 'gn:92004');
    expect(c?.roles.agent?.actorId).toBe('isis');
    expect(c?.status).toBe('asserted');
    expect(c?.qualifiers).toContain('only');
  });

  it('10. IS is attacked in Deir ez-Zor province by the Syrian army and auxiliaries and by US-backed SDF fighters', () => {
    const cs = find(claims, ['attack', 'fighting'], (x) => x.roles.target?.actorId === 'isis');
    const attackers = cs.flatMap((c) => [roleIds(c).agent, ...roleIds(c).co]);
    expect(attackers).toContain('syr-army');
    expect(attackers).toContain('sdf');
    expect(cs.some((c) => /SY\.07/.test(c.place?.placeId ?? '') || c.place?.admin1 === '07')).toBe(true);
    expect(find(claims, 'support', (x) => x.roles.agent?.actorId === 'usa' && x.roles.target?.actorId === 'sdf')).toHaveLength(1);
  });

  it('11. the SDF are active east of the Euphrates; the army and auxiliaries control the west', () => {
    const [presence] = find(claims, 'presence', (x) => x.roles.agent?.actorId === 'sdf');
    expect(presence?.place?.relation).toBe('east-of');
    expect(presence?.place?.placeId).toMatch(/euphrates/);
    const [control] = find(claims, 'control', (x) => x.roles.agent?.actorId === 'syr-army');
    expect(control?.place?.relation).toBe('west-of');
    expect(control?.place?.placeId).toBe(presence?.place?.placeId);
  });

  it('12. per the SOHR, IS controls only a few villages of Deir ez-Zor province and an oil field', () => {
    const [c] = find(claims, 'control', (x) => x.roles.agent?.actorId === 'isis' && x.claimants[0]?.actorId === 'sohr');
    expect(c?.place?.placeId).toMatch(/SY\.07/);
    expect(c?.qualifiers).toContain('only');
  });

  it('13. IS remains present in Yarmouk, Hajar al-Aswad and Homs province', () => {
    const places = find(claims, 'presence', (x) => x.roles.agent?.actorId === 'isis').map((c) => c.place?.placeId);
    expect(places).toContain('gn:8419677');
    expect(places.some((p) => p?.startsWith('cur:yarmouk'))).toBe(true);
    expect(places.some((p) => /SY\.11|homs/i.test(p ?? ''))).toBe(true);
    expect(places).not.toContain('gn:170654');
  });

  it('relations: Hezbollah is allied with the Syrian government', () => {
    expect(find(claims, 'alliance', (x) => x.roles.agent?.actorId === 'hezbollah' && /^syr-/.test(x.roles.target?.actorId ?? ''))).toHaveLength(1);
  });

  it('must not: London is never where something happened', () => {
    expect(claims.filter((c) => c.place?.placeId === 'gn:2643743')).toEqual([]);
  });

  it('must not: the "failure of the IS project" sentence yields no claim of its own', () => {
    const { reports } = readInputs([seed!]);
    const text = reports[0]!.text;
    const start = text.indexOf('La libération de Boukamal revêt');
    const end = text.indexOf('\n', start);
    expect(start).toBeGreaterThan(0);
    const onlyThere = claims.filter((c) => c.evidence.every((e) => e.start >= start && e.end <= end));
    expect(onlyThere).toEqual([]);
  });

  it('must not: "EI", "l\'EI", "groupe terroriste EI" and "elle" for it are one actor; "ei" inside words never is', () => {
    const { reports } = readInputs([seed!]);
    const doc = defaultPipeline().run(reports[0]!);
    const text = doc.report.text;
    const surfaces = doc.mentions.filter((m) => m.kind === 'actor').map((m) => ({ s: text.slice(m.span.start, m.span.end), id: (m as { actorId: string }).actorId, start: m.span.start, end: m.span.end }));
    const isRefs = surfaces.filter((m) => /\bEI\b/.test(m.s));
    expect(isRefs.length).toBe(7);
    expect(isRefs.every((m) => m.id === 'isis')).toBe(true);
    for (const m of surfaces) {
      expect(/\p{L}/u.test(text[m.start - 1] ?? ' ') && !/['’]/.test(text[m.start - 1] ?? ''), `mention "${m.s}" starts inside a word`).toBe(false);
      expect(/\p{L}/u.test(text[m.end] ?? ' '), `mention "${m.s}" ends inside a word`).toBe(false);
    }
    const elle = surfaces.filter((m) => m.s === 'elle');
    expect(elle.length).toBeGreaterThan(0);
    expect(elle.every((m) => m.id === 'isis')).toBe(true);
  });
});
