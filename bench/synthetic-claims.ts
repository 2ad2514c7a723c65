import type { Claim, ClaimStatus, ClaimType } from '../src/model/claim.js';
import type { ActorDirectory, ClaimRecord } from '../src/model/situation.js';

/** A small deterministic PRNG (mulberry32), so every run of the bench sees the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: ClaimType[] = ['take-control', 'take-control', 'control', 'control', 'lose-control', 'withdraw', 'attack', 'fighting', 'presence', 'support', 'alliance', 'take-part'];
const STATUSES: ClaimStatus[] = ['asserted', 'asserted', 'asserted', 'confirmed', 'hedged', 'negated', 'denied'];
const ACTORS = ['isis', 'syr-army', 'sdf', 'irq-army', 'pmf', 'hezbollah', 'rus-air-force', 'usa', 'hts', 'fsa'];
const CLAIMANTS = ['sohr', 'syr-army', 'sana', 'amaq', 'irq-army', 'sdf', 'usa'];

export const SYNTHETIC_ACTORS: ActorDirectory = new Map(
  ACTORS.map((id) => [id, { id, label: id, type: id === 'usa' ? 'state' : id === 'isis' || id === 'sdf' || id === 'hts' || id === 'fsa' ? 'non-state-armed-group' : 'state-force' }] as const),
);

/**
 * `n` claims over `places` places and four years, in `n / 5` reports: dense enough that places have long
 * timelines and many claims fuse, like a year of reporting on one war.
 */
export function syntheticClaims(n: number, places = 2000, seed = 7): ClaimRecord[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: ClaimRecord[] = [];
  const start = Date.UTC(2014, 0, 1);
  for (let i = 0; i < n; i++) {
    const type = pick(TYPES);
    const day = new Date(start + Math.floor(rnd() * 4 * 365) * 86400000).toISOString().slice(0, 10);
    const placeNo = Math.floor(Math.pow(rnd(), 2) * places); // a few places get most of the news
    const agent = pick(ACTORS);
    let target = pick(ACTORS);
    if (target === agent) target = ACTORS[(ACTORS.indexOf(agent) + 1) % ACTORS.length]!;
    const claimant = pick(CLAIMANTS);
    const reportId = `r_${String(Math.floor(i / 5)).padStart(12, '0')}`;
    const claim: Claim = {
      id: `c_${String(i).padStart(12, '0')}`,
      reportId,
      type,
      roles: { agent: { actorId: agent, label: agent, via: 'synthetic' }, coAgents: [], supporters: [], ...(type === 'take-control' || type === 'attack' ? { target: { actorId: target, label: target, via: 'synthetic' } } : {}) },
      place: { placeId: `gn:${100000 + placeNo}`, name: `Place ${placeNo}`, lat: 30 + (placeNo % 100) / 10, lon: 35 + Math.floor(placeNo / 100) / 10, countryCode: placeNo % 2 ? 'SY' : 'IQ', admin1: String(placeNo % 14).padStart(2, '0'), precision: 'locality', role: 'event', mentionId: 'p1', span: { start: 0, end: 5 } },
      otherPlaces: [],
      time: { from: day, to: day, precision: 'day', resolvedBy: 'synthetic' },
      claimants: [{ kind: 'actor', actorId: claimant, label: claimant, cue: 'synthetic' }],
      status: pick(STATUSES),
      qualifiers: rnd() < 0.05 ? ['partial: 40 %'] : [],
      evidence: [{ start: 0, end: 10 }],
      confidence: 0.8,
      extractor: 'synthetic@1',
      explain: [],
    };
    out.push({ claim, report: { id: reportId, publishedAt: { value: day, precision: 'day' }, outlet: `outlet-${Math.floor(rnd() * 20)}` } });
  }
  return out;
}
