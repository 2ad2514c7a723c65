/**
 * ACLED-style CSV: one row per fused event (ACLED codes events, not reports of them), with ACLED's columns in ACLED's
 * order. Sitrep fills what it knows and leaves the rest empty rather than guess; docs/exports.md lists every column.
 * Events whose claims only plan, deny or negate the happening are left out (ACLED records what took place), as are
 * types ACLED keeps no event for (take-part: ACLED lists such an actor as associated with the event joined).
 */
import type { ActorRef } from '../model/claim.js';
import type { ActorDirectory } from '../model/situation.js';
import { acledGeoPrecision, type PlacePrecision } from '../model/place.js';
import { acledSubEvent } from '../resources/ontology.js';
import { acledInter, acledInteraction, countryName, countsDead, distinctActors } from './claim-codes.js';
import { acledTimePrecision, reportEpochSeconds, representativeDay } from './dates.js';
import { csvRecord } from './delimited.js';
import { defaultActors } from './defaults.js';
import { evidenceText, exportEvents, OCCURRED, statusSummary, type ExportEvent } from './export-events.js';
import type { ExportOptions, ExportRecord } from './types.js';

/** ACLED's columns, in ACLED's order (the 2023 layout with disorder_type, civilian_targeting and tags). */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];
export type AcledRow = Record<AcledColumn, string>;

export function acledCsv(records: readonly ExportRecord[], opts: ExportOptions = {}): string {
  const actors = opts.actors ?? defaultActors();
  let body = csvRecord(ACLED_COLUMNS);
  for (const e of exportEvents(records, opts)) {
    const row = acledRow(e, actors, opts);
    if (row) body += csvRecord(ACLED_COLUMNS.map((c) => row[c]));
  }
  return body;
}

/** The dead one claim counts (its "killed" counts, lowest figures, summed), or undefined when it gives none. */
function killedIn(r: ExportEvent['records'][number]): number | undefined {
  const killed = (r.claim.casualties ?? []).filter((k) => k.kind === 'killed');
  return killed.length ? killed.reduce((n, k) => n + k.min, 0) : undefined;
}

/**
 * ACLED's fatalities, conservatively: the lead claim's count of dead, else the lowest any other claim gives; empty
 * when no claim counts the dead (unknown, not zero).
 */
function fatalities(lead: ExportEvent['records'][number], occurred: ExportEvent['records']): string {
  const own = killedIn(lead);
  if (own !== undefined) return String(own);
  const others = occurred.map(killedIn).filter((n): n is number => n !== undefined);
  return others.length ? String(Math.min(...others)) : '';
}

/** The row of one event, or undefined when ACLED would record no event for it. */
export function acledRow({ event, records }: ExportEvent, actors: ActorDirectory, opts: ExportOptions): AcledRow | undefined {
  const occurred = records.filter((r) => OCCURRED.has(r.claim.status));
  const lead = occurred[0];
  if (!lead) return undefined;
  const typeOf = (ref: ActorRef | undefined) => (ref ? (actors.get(ref.actorId)?.type ?? ref.actorType) : undefined);

  // actor1: the lead claim's agent (the winner of a change of territory), else another claim's; the rest associated.
  // actor2: the target or the side that lost the place. A lone side is actor1, as in ACLED ("IS lost al-Qaim").
  const agents = distinctActors([lead.claim.roles.agent, ...occurred.map((r) => r.claim.roles.agent)]);
  const helpers = distinctActors(occurred.flatMap((r) => [...r.claim.roles.coAgents, ...r.claim.roles.supporters]));
  const others = distinctActors(occurred.flatMap((r) => [r.claim.roles.target, r.claim.roles.fromActor])).filter((a) => !agents.some((g) => g.actorId === a.actorId));
  const side1 = agents.length ? distinctActors([...agents, ...helpers]) : others;
  const side2 = agents.length ? others.filter((a) => !helpers.some((h) => h.actorId === a.actorId)) : [];
  const [actor1, ...assoc1] = side1;
  const [actor2, ...assoc2] = side2;

  // The agent of a take- or lose-control is the side that gained the place: ACLED's sub-event is decided by it.
  const agentType = typeOf(agents[0]);
  const targetType = typeOf(others[0]);
  // The weapon one telling names (the lead's first): "a suicide car bomb" makes the event a suicide bomb.
  const instrument = (lead.claim.instrument ?? occurred.find((r) => r.claim.instrument)?.claim.instrument)?.kind;
  const code = acledSubEvent(event.type, agentType, {
    ...(event.type === 'lose-control' && agentType ? { winner: agentType } : {}),
    ...(targetType ? { target: targetType } : {}),
    ...(instrument ? { instrument } : {}),
    killed: occurred.some((r) => countsDead(r.claim)),
  });
  if (!code) return undefined;

  const day = representativeDay(event.time.from, event.time.to);
  const inter1 = acledInter(typeOf(actor1), code.eventType);
  const inter2 = acledInter(typeOf(actor2), code.eventType);
  // ACLED flags an event whose target is civilians, violence against civilians always.
  const civilianTargeting = code.eventType === 'Violence against civilians' || typeOf(actor2) === 'civilians';
  const place = event.place;
  const known = place ? opts.place?.(place.placeId) : undefined;
  const claimPlace = occurred.map((r) => r.claim.place).find((p) => p && place && p.placeId === place.placeId);
  const country = claimPlace?.countryCode ?? known?.countryCode;
  const precision = place?.precision as PlacePrecision | undefined;
  // The admin-1 name comes from the place lookup (the gazetteer); an admin-1 event names its own region.
  const admin1Name = known?.admin1Name ?? (precision === 'admin1' ? place?.name : undefined);
  const latest = Math.max(...records.map((r) => reportEpochSeconds(r.report.publishedAt)));
  const tags = [
    `sitrep_claims=${event.claimIds.join(' ')}`,
    `statuses=${statusSummary(event.statuses)}`,
    `independent_claimants=${event.independentClaimants}`,
    `time=${event.time.from}..${event.time.to} (${event.time.precision})`,
    ...(event.conflicts.length ? [`conflicts=${event.conflicts.map((c) => c.field).join(' ')}`] : []),
    ...(place ? [`place_id=${place.placeId}`] : []),
  ];

  return {
    event_id_cnty: event.id,
    event_date: day,
    year: day.slice(0, 4),
    time_precision: String(acledTimePrecision(event.time.from, event.time.to)),
    disorder_type: code.eventType === 'Strategic developments' ? 'Strategic developments' : 'Political violence',
    event_type: code.eventType,
    sub_event_type: code.subEventType,
    actor1: actor1?.label ?? '',
    assoc_actor_1: assoc1.map((a) => a.label).join('; '),
    inter1: inter1 === undefined ? '' : String(inter1),
    actor2: actor2?.label ?? '',
    assoc_actor_2: assoc2.map((a) => a.label).join('; '),
    inter2: inter2 === undefined ? '' : String(inter2),
    interaction: actor1 || actor2 ? acledInteraction(inter1, inter2) : '',
    civilian_targeting: civilianTargeting ? 'Civilian targeting' : '',
    iso: '',
    region: '',
    country: countryName(country),
    admin1: admin1Name ?? '',
    admin2: precision === 'admin2' ? (place?.name ?? '') : '',
    admin3: '',
    location: place?.name ?? '',
    latitude: place ? String(place.lat) : '',
    longitude: place ? String(place.lon) : '',
    geo_precision: precision ? String(acledGeoPrecision(precision)) : '',
    source: event.claimants.map((c) => c.label).join('; '),
    source_scale: '',
    notes: evidenceText(lead),
    fatalities: fatalities(lead, occurred),
    tags: tags.join('; '),
    timestamp: String(latest),
  };
}
