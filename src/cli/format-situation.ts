/**
 * Output of the situation commands (control, timeline, events, relations, contradictions): the JSON documents and the
 * readable tables. Every interval and contradiction is printed with the claims behind it — who says so, with what
 * status, in a report of what date — because a timeline without its sources is not something an analyst can check.
 */
import type { ActorDirectory, ActorLabel, Contradiction, ControlInterval, Relation, Situation, SituationEvent } from '../model/situation.js';
import { readFileSync } from 'node:fs';
import { loadActorLexicon } from '../resources/actor-lexicon.js';
import { parseCurated } from '../resources/gazetteer/curated-reader.js';
import { CURATED_PLACES_PATH } from '../resources/gazetteer/source-paths.js';
import { actorDirectory } from '../situation/actor-directory.js';
import { placeParents, type PlaceParents } from '../situation/derive-situation.js';
import type { ControlAnswer, ResolvedPlace } from '../situation/queries.js';
import { currentSituation } from '../situation/refresh.js';
import { closeStore, getClaims, openStore, type StoreDb } from '../store/index.js';

let actors: ActorDirectory | undefined;
let parents: PlaceParents | undefined;

/** The actor directory, built from the lexicon once per process. */
export function cliActors(): ActorDirectory {
  actors ??= actorDirectory(loadActorLexicon());
  return actors;
}

/** Parents of the curated places (districts, camps, crossings): only curated rows have one, so the file is enough. */
export function cliPlaceParents(): PlaceParents {
  parents ??= placeParents(parseCurated(readFileSync(CURATED_PLACES_PATH, 'utf8')));
  return parents;
}

/**
 * Opens the store, reads the situation (deriving it again first if it is missing or stale, with a note on stderr),
 * runs `fn` and closes the store.
 */
export async function withSituation<T>(dbUrl: string, fn: (db: StoreDb, situation: Situation) => Promise<T>): Promise<T> {
  const db = await openStore({ url: dbUrl });
  try {
    const { situation, refreshed } = await currentSituation(db, cliActors, { derivedAt: new Date().toISOString(), places: cliPlaceParents() });
    if (refreshed) {
      process.stderr.write(`note: the stored situation was missing or out of date; derived it again from ${refreshed.claims} claims (${refreshed.ms.total} ms)\n`);
    }
    return await fn(db, situation);
  } finally {
    await closeStore(db);
  }
}

/** Prints a JSON document on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** One claim as the situation commands show it. */
export interface ClaimView {
  id: string;
  type: string;
  status: string;
  reportId: string;
  /** The report's date as precise as it was given (`2017-11` or `2017-11-09`). */
  reportDate: string;
  outlet?: string;
  claimants: { kind: string; label: string; actorId?: string }[];
  agent?: ActorLabel;
  target?: ActorLabel;
  fromActor?: ActorLabel;
  time: { from: string; to: string; precision: string };
  qualifiers: string[];
  /** The first evidence span's text. */
  evidence: string;
}

export interface IntervalView extends ControlInterval {
  supportingClaims: ClaimView[];
  contradictingClaims: ClaimView[];
}

/** The claims with these ids, read from the store with their report date and evidence; unknown ids are absent. */
export async function claimViews(db: StoreDb, ids: readonly string[]): Promise<Map<string, ClaimView>> {
  const out = new Map<string, ClaimView>();
  for (const s of await getClaims(db, ids, { withEvidence: true })) {
    const c = s.claim;
    const view: ClaimView = {
      id: c.id,
      type: c.type,
      status: c.status,
      reportId: s.report.id,
      reportDate: s.report.publishedAt.value,
      claimants: c.claimants.map((k) => ({ kind: k.kind, label: k.label, ...(k.actorId ? { actorId: k.actorId } : {}) })),
      time: { from: c.time.from, to: c.time.to, precision: c.time.precision },
      qualifiers: c.qualifiers,
      evidence: oneLine(s.evidence?.[0] ?? ''),
    };
    if (s.report.outlet) view.outlet = s.report.outlet;
    if (c.roles.agent) view.agent = label(c.roles.agent);
    if (c.roles.target) view.target = label(c.roles.target);
    if (c.roles.fromActor) view.fromActor = label(c.roles.fromActor);
    out.set(c.id, view);
  }
  return out;
}

/** Ids of every claim the intervals cite. */
export function intervalClaimIds(intervals: readonly (ControlInterval | undefined)[]): string[] {
  return intervals.flatMap((i) => (i ? [...i.supporting, ...i.contradicting] : []));
}

export function intervalView(i: ControlInterval, claims: ReadonlyMap<string, ClaimView>): IntervalView {
  const pick = (ids: string[]) => ids.map((id) => claims.get(id)).filter((c): c is ClaimView => c !== undefined);
  return { ...i, supportingClaims: pick(i.supporting), contradictingClaims: pick(i.contradicting) };
}

export function formatControl(place: ResolvedPlace, answer: ControlAnswer | { interval?: ControlInterval }, claims: ReadonlyMap<string, ClaimView>): string {
  const out: string[] = [];
  const day = 'day' in answer ? answer.day : undefined;
  const head = `${place.name} (${place.placeId})`;
  if (!answer.interval) {
    out.push(day ? `${head} on ${day}: no claim speaks of who held it` : `${head}: no control interval; no claim speaks of who held it`);
  } else {
    out.push(`${head} ${day ? `on ${day}` : 'latest'}: ${summary(answer.interval)}`);
    out.push(...intervalBlock(answer.interval, claims, '  '));
  }
  if ('previous' in answer && answer.previous) out.push(`  before: ${span(answer.previous)}  ${summary(answer.previous)}`);
  if ('next' in answer && answer.next) out.push(`  after:  ${span(answer.next)}  ${summary(answer.next)}`);
  if (place.alternatives.length) out.push(`  (the name could also mean ${place.alternatives.slice(0, 3).map((a) => `${a.name} ${a.placeId}`).join(', ')}; pass an id to choose)`);
  return out.join('\n');
}

export function formatTimeline(place: ResolvedPlace, intervals: readonly ControlInterval[], claims: ReadonlyMap<string, ClaimView>): string {
  const out = [`${place.name} (${place.placeId}): ${intervals.length} control interval${intervals.length === 1 ? '' : 's'}`];
  for (const i of intervals) {
    out.push(`${span(i)}  ${summary(i)}`);
    out.push(...intervalBlock(i, claims, '  '));
  }
  if (!intervals.length) out.push('  no claim speaks of who held it');
  return out.join('\n');
}

export function formatEvents(events: readonly SituationEvent[]): string {
  if (!events.length) return 'no events match';
  const out: string[] = [];
  for (const e of events) {
    const who = e.agents.map((a) => a.label).join(' + ') || '?';
    const whom = e.targets.length ? ` → ${e.targets.map((a) => a.label).join(' + ')}` : '';
    const where = e.place ? ` @ ${e.place.name} [${e.place.placeId}]` : '';
    const statuses = Object.entries(e.statuses).map(([k, v]) => `${k} ${v}`).join(', ');
    out.push(`${when(e.time.from, e.time.to)}  ${e.type}  ${who}${whom}${where}`);
    out.push(`  ${e.claimIds.length} claim${e.claimIds.length === 1 ? '' : 's'} in ${e.reportIds.length} report${e.reportIds.length === 1 ? '' : 's'}, ${e.independentClaimants} independent claimant${e.independentClaimants === 1 ? '' : 's'}: ${e.claimants.map((k) => k.label).join('; ')}  [${statuses}]  ${e.id}`);
    for (const c of e.conflicts) out.push(`  ! disagree on ${c.field}: ${c.values.map((v) => `${v.value} (${v.claimIds.length})`).join(' vs ')}`);
  }
  return out.join('\n');
}

export function formatRelations(actor: { id: string; label: string }, at: string | undefined, relations: readonly Relation[]): string {
  const out = [`${actor.label} (${actor.id})${at ? ` on ${at}` : ''}: ${relations.length} relation${relations.length === 1 ? '' : 's'}`];
  for (const r of relations) {
    const [self, other] = r.a.actorId === actor.id ? [r.a, r.b] : [r.b, r.a];
    const verb = r.a.actorId === actor.id ? r.kind : inverse(r.kind);
    out.push(`  ${self.label} ${verb} ${other.label} (${other.actorId})  ${when(r.from, r.to)}  ${r.source === 'lexicon' ? 'from the actor lexicon' : `${r.claimIds.length} claim${r.claimIds.length === 1 ? '' : 's'}`}`);
  }
  return out.join('\n');
}

export function formatContradictions(list: readonly Contradiction[], claims: ReadonlyMap<string, ClaimView>): string {
  if (!list.length) return 'no contradictions';
  const out: string[] = [];
  for (const c of list) {
    out.push(`${c.kind}${c.placeId ? ` @ ${c.placeId}` : ''}: ${c.reason}`);
    for (const id of [c.claimA, c.claimB]) out.push(...claimLines(id, claims, '  '));
  }
  return out.join('\n');
}

function intervalBlock(i: ControlInterval, claims: ReadonlyMap<string, ClaimView>, indent: string): string[] {
  const out: string[] = [];
  out.push(`${indent}${i.from} … ${i.to}, confidence ${i.confidence.toFixed(2)}${i.partial ? ', partial' : ''}`);
  if (i.supporting.length) out.push(`${indent}supporting:`);
  for (const id of i.supporting) out.push(...claimLines(id, claims, `${indent}  `));
  if (i.contradicting.length) out.push(`${indent}contradicting:`);
  for (const id of i.contradicting) out.push(...claimLines(id, claims, `${indent}  `));
  return out;
}

function claimLines(id: string, claims: ReadonlyMap<string, ClaimView>, indent: string): string[] {
  const c = claims.get(id);
  if (!c) return [`${indent}${id} (no longer stored: run \`sitrep derive\`)`];
  const who = c.type === 'lose-control' ? `${c.fromActor?.label ?? c.agent?.label ?? '?'} lost it${c.agent && c.fromActor ? ` to ${c.agent.label}` : ''}` : `${c.agent?.label ?? '?'}${c.fromActor ? ` from ${c.fromActor.label}` : ''}${c.target ? ` → ${c.target.label}` : ''}`;
  const says = c.claimants.map((k) => k.label).join(' + ') || '?';
  const q = c.qualifiers.length ? `; ${c.qualifiers.join(', ')}` : '';
  return [
    `${indent}${when(c.time.from, c.time.to)}  ${c.type} ${who}  [${c.status}${q}]  says ${says}  (report ${c.reportId} of ${c.reportDate}${c.outlet ? `, ${c.outlet}` : ''})`,
    `${indent}  "${clip(c.evidence, 160)}"`,
  ];
}

function summary(i: ControlInterval): string {
  const holder = i.controller ? `${i.controller.label} (${i.controller.actorId})` : 'nobody known';
  const rivals = i.contenders.filter((c) => c.actorId !== i.controller?.actorId).map((c) => c.label);
  if (i.state === 'contested') return `contested — held by ${holder}${rivals.length ? `, disputed by ${rivals.join(', ')}` : ''}`;
  if (i.state === 'unknown') return 'unknown';
  return `controlled by ${holder}${i.partial ? ' (part of it)' : ''}`;
}

function span(i: ControlInterval): string {
  return when(i.from, i.to);
}

function when(from: string, to: string): string {
  return from === to ? from : `${from}..${to}`;
}

function inverse(kind: Relation['kind']): string {
  if (kind === 'supports') return 'supported by';
  if (kind === 'part-of') return 'has part';
  return kind;
}

function label(a: ActorLabel): ActorLabel {
  return { actorId: a.actorId, label: a.label };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
