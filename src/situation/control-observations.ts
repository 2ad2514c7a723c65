/**
 * Claims → control observations: what one claimant says about who holds one place on one day.
 * Rules (see docs/situation.md):
 * - only `claim.place` with role `event`, at a locality-like precision and without a relation such as "east of";
 *   fighting or an attack "near" / "at the edges of" a town is kept, as a contest signal for the town;
 * - denied, intended and negated claims give no positive observation; a negated `control` says "not this actor";
 * - take-control: agent holds (fromActor is excluded); lose-control: fromActor excluded, agent holds if named;
 *   withdraw: agent excluded; control: agent holds ("only" is fine); presence: weak, never sets control;
 *   fighting / attack: a contest signal; take-control or control with a `partial: …` qualifier: a partial hold;
 * - a claim about a district (its place has a parent) also gives the parent a partial hold / contest signal.
 */
import type { ActorRef, Claim, Claimant, ClaimStatus } from '../model/claim.js';
import type { ActorDirectory, ActorLabel, ClaimRecord } from '../model/situation.js';
import { partialDateBounds, type TimePrecision } from '../model/time.js';
import { claimantKey, claimantLabel } from './claimant-key.js';
import { dayNumber } from './control-days.js';

export type ObservationKind = 'holds' | 'partial' | 'excludes' | 'signal' | 'presence';

export interface Observation {
  claimId: string;
  placeId: string;
  placeName: string;
  /** Effective day number (see `effectiveDay`). */
  day: number;
  kind: ObservationKind;
  /** Canonical side (root of the actor's partOf chain); unset for a signal or an unresolved agent. */
  side?: string;
  /** The actor as named by the claim, resolved through the directory (the interval shows this one). */
  actor?: ActorLabel;
  claimantKey: string;
  claimantLabel: string;
  /** The claimant's own side, when the claimant is an actor ("the army says the army holds it"). */
  claimantSide?: string;
  /** Claim confidence × status factor × precision factor. */
  weight: number;
  hedged: boolean;
  /** The claim's time was coarser than a day (month / year): a background or summary statement. */
  coarse: boolean;
  /** Set when the observation is derived from a claim about this district of the place. */
  viaDistrict?: string;
  /** One-line summary for reasons: "Islamic State took control — partial: 40 percent". */
  what: string;
}

export type PlaceParents = ReadonlyMap<string, { parentId?: string }>;

const STATUS_FACTOR: Partial<Record<ClaimStatus, number>> = { asserted: 1, confirmed: 1, hedged: 0.5, negated: 1 };
const PRECISION_FACTOR: Record<TimePrecision, number> = { day: 1, week: 0.9, month: 0.7, year: 0.5 };
/** Place precisions that can be held: a country or a province is not "controlled" by one claim about a town in it. */
const HOLDABLE = new Set(['locality', 'near-locality', 'admin2']);

function claimantLabelOf(claimant: Claimant, report: ClaimRecord['report'], actors: ActorDirectory): string {
  return (claimant.actorId ? actors.get(claimant.actorId)?.label : undefined) ?? claimantLabel(claimant, report);
}

/** The side an actor fights for: the root of its partOf chain (the SAA and the Syrian government agree). */
export function sideOf(actorId: string, actors: ActorDirectory): string | undefined {
  let id = actorId;
  let info = actors.get(id);
  // "group:troops", "group:jihadists": descriptions the extractor did not resolve to an actor are no side.
  if (!info) return actorId.startsWith('group:') ? undefined : actorId;
  const seen = new Set<string>([id]);
  while (info?.partOf && !seen.has(info.partOf)) {
    id = info.partOf;
    seen.add(id);
    info = actors.get(id);
  }
  return id;
}

function labelOf(ref: ActorRef, actors: ActorDirectory): ActorLabel {
  return { actorId: ref.actorId, label: actors.get(ref.actorId)?.label ?? ref.label };
}

/**
 * The day an observation speaks for. Day precision: `from` (or `to` for "before …"); coarser precision: `to`
 * clipped to the report's last day ("IS seized the city in 2014" speaks as of the end of 2014; a September-dated
 * report as of its month), so a background sentence stays in its year and never lands on the report's day.
 */
export function effectiveDay(claim: Claim, report: ClaimRecord['report']): number | undefined {
  const t = claim.time;
  const pick = t.precision === 'day' && t.relation !== 'before' ? t.from : t.to;
  const reportEnd = partialDateBounds(report.publishedAt).to;
  const day = dayNumber(pick);
  const end = dayNumber(reportEnd);
  if (day === undefined) return undefined;
  return end !== undefined && day > end ? end : day;
}

const isPartial = (claim: Claim) => claim.qualifiers.some((q) => q.startsWith('partial'));

interface Draft {
  kind: ObservationKind;
  ref?: ActorRef;
  what: string;
}

function drafts(claim: Claim, actors: ActorDirectory): Draft[] {
  const agent = claim.roles.agent;
  const from = claim.roles.fromActor;
  const name = (r?: ActorRef) => (r ? labelOf(r, actors).label : 'an unnamed side');
  if (claim.status === 'negated') {
    return claim.type === 'control' && agent ? [{ kind: 'excludes', ref: agent, what: `${name(agent)} does not hold it` }] : [];
  }
  const partial = isPartial(claim) ? ` — ${claim.qualifiers.filter((q) => q.startsWith('partial')).join(', ')}` : '';
  switch (claim.type) {
    case 'take-control': {
      const out: Draft[] = [{ kind: partial ? 'partial' : 'holds', ...(agent ? { ref: agent } : {}), what: `${name(agent)} took control${from ? ` from ${name(from)}` : ''}${partial}` }];
      if (from && !partial) out.push({ kind: 'excludes', ref: from, what: `${name(from)} lost it` });
      return out;
    }
    case 'control':
      return [{ kind: partial ? 'partial' : 'holds', ...(agent ? { ref: agent } : {}), what: `${name(agent)} holds it${partial}` }];
    case 'lose-control': {
      const out: Draft[] = [];
      if (from) out.push({ kind: 'excludes', ref: from, what: `${name(from)} lost it${agent ? ` to ${name(agent)}` : ''}` });
      if (agent) out.push({ kind: 'holds', ref: agent, what: `${name(agent)} took it${from ? ` from ${name(from)}` : ''}` });
      return out;
    }
    case 'withdraw':
      return agent ? [{ kind: 'excludes', ref: agent, what: `${name(agent)} withdrew` }] : [];
    case 'presence':
      return agent ? [{ kind: 'presence', ref: agent, what: `${name(agent)} present` }] : [];
    case 'fighting':
    case 'attack':
      return [{ kind: 'signal', what: claim.type === 'attack' ? `attack${agent ? ` by ${name(agent)}` : ''}` : 'fighting' }];
    default:
      return [];
  }
}

/** Parent of the claim's place: the `places` map first, else an other-place the extractor marked `part-of`. */
function parentOf(claim: Claim, places: PlaceParents | undefined): { placeId: string; name: string } | undefined {
  const id = claim.place ? places?.get(claim.place.placeId)?.parentId : undefined;
  if (id) {
    const named = claim.otherPlaces.find((p) => p.placeId === id);
    return { placeId: id, name: named?.name ?? id };
  }
  const part = claim.otherPlaces.find((p) => p.relation === 'part-of');
  return part ? { placeId: part.placeId, name: part.name } : undefined;
}

/** Every observation one record gives, one per (draft × claimant), plus district → parent copies. */
export function observationsOf(record: ClaimRecord, actors: ActorDirectory, places?: PlaceParents): Observation[] {
  const { claim, report } = record;
  const place = claim.place;
  if (!place || place.role !== 'event' || !HOLDABLE.has(place.precision)) return [];
  // Fighting "at the edges of the town" contests the town; a capture "east of" it says nothing of who holds it.
  const atEdges = place.relation === 'near' && (claim.type === 'fighting' || claim.type === 'attack');
  if (place.relation !== undefined && !atEdges) return [];
  const statusFactor = STATUS_FACTOR[claim.status];
  if (statusFactor === undefined) return [];
  const day = effectiveDay(claim, report);
  if (day === undefined) return [];
  const coarse = claim.time.precision !== 'day';
  const weight = clamp01(claim.confidence) * statusFactor * PRECISION_FACTOR[claim.time.precision];
  const parent = parentOf(claim, places);
  const claimants = claim.claimants.length > 0 ? claim.claimants : [{ kind: 'outlet', label: 'the outlet', cue: '' } satisfies Claimant];
  const out: Observation[] = [];
  for (const d of drafts(claim, actors)) {
    const side = d.ref ? sideOf(d.ref.actorId, actors) : undefined;
    for (const c of claimants) {
      const base: Observation = {
        claimId: claim.id, placeId: place.placeId, placeName: place.name, day, kind: d.kind,
        ...(side !== undefined ? { side } : {}),
        ...(d.ref ? { actor: labelOf(d.ref, actors) } : {}),
        claimantKey: claimantKey(c, report), claimantLabel: claimantLabelOf(c, report, actors),
        ...(c.actorId && sideOf(c.actorId, actors) ? { claimantSide: sideOf(c.actorId, actors)! } : {}),
        weight, hedged: claim.status === 'hedged', coarse, what: d.what,
      };
      out.push(base);
      // A district held by another side makes its city partly held: a partial hold (or a signal) at the parent.
      if (parent && (d.kind === 'holds' || d.kind === 'partial' || d.kind === 'signal')) {
        out.push({ ...base, placeId: parent.placeId, placeName: parent.name, kind: d.kind === 'signal' ? 'signal' : 'partial', viaDistrict: place.placeId, what: `${d.what} in ${place.name}` });
      }
    }
  }
  return out;
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
