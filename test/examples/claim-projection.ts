import type { ActorRef, Claim } from '../../src/model/claim.js';
import type { AnalyzedReport } from '../../src/model/analyzed-report.js';

/**
 * What a golden file keeps of a claim: the facts a reviewer checks by eye, nothing that is random, clock-bound or
 * explain-only. Absent values are `null` rather than missing keys, so every claim has the same keys in the same
 * order and a golden diff shows a changed value, never a reshuffled object.
 */
export interface ProjectedClaim {
  type: string;
  status: string;
  agent: string | null;
  coAgents: string[];
  target: string | null;
  fromActor: string | null;
  supporters: string[];
  place: { id: string; relation: string | null; role: string } | null;
  time: { from: string; to: string; precision: string };
  claimants: string[];
  qualifiers: string[];
  /** The instrument's kind and words ("drone: drone strike"). */
  instrument: string | null;
  evidence: string | null;
}

export interface ProjectedReport {
  /** `path` for a text file, `path:line` for a JSON Lines item, relative to the examples folder. */
  input: string;
  id: string;
  publishedAt: string;
  lang: string;
  claims: ProjectedClaim[];
}

const id = (r: ActorRef | undefined): string | null => r?.actorId ?? null;

export function projectClaim(doc: AnalyzedReport, c: Claim): ProjectedClaim {
  const ev = c.evidence[0];
  return {
    type: c.type,
    status: c.status,
    agent: id(c.roles.agent),
    coAgents: c.roles.coAgents.map((r) => r.actorId),
    target: id(c.roles.target),
    fromActor: id(c.roles.fromActor),
    supporters: c.roles.supporters.map((r) => r.actorId),
    place: c.place ? { id: c.place.placeId, relation: c.place.relation ?? null, role: c.place.role } : null,
    time: { from: c.time.from, to: c.time.to, precision: c.time.precision },
    claimants: c.claimants.map((k) => k.label),
    qualifiers: [...c.qualifiers],
    instrument: c.instrument ? `${c.instrument.kind}: ${c.instrument.text}` : null,
    evidence: ev ? doc.report.text.slice(ev.start, ev.end) : null,
  };
}

/**
 * Claims in text order (first evidence offset, then type), so a golden reads like the report and a new claim
 * lands where its sentence is instead of shifting the whole list.
 */
export function projectReport(doc: AnalyzedReport, input: string): ProjectedReport {
  const start = (c: Claim) => c.evidence[0]?.start ?? Number.MAX_SAFE_INTEGER;
  const claims = [...doc.claims].sort((a, b) => start(a) - start(b) || cmp(a.type, b.type) || cmp(a.id, b.id));
  return {
    input,
    id: doc.report.id,
    publishedAt: doc.report.publishedAt.value,
    lang: doc.lang,
    claims: claims.map((c) => projectClaim(doc, c)),
  };
}

// Code-unit order, not localeCompare: goldens must not depend on the machine's locale.
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
