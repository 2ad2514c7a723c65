import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SitrepError } from '../errors.js';
import { ACTOR_TYPES, type ActorType } from '../model/actor.js';
import { CLAIM_TYPES, INSTRUMENT_KINDS, type ClaimType, type InstrumentKind } from '../model/claim.js';
import { RESOURCES_DIR } from './resource-paths.js';

/**
 * The claim-type ontology: for each Sitrep claim type, whether it is a happening or a state and its ACLED, CAMEO and
 * PLOVER codes. The data lives in resources/ontology/*.tsv (with sources and licences); this file only reads and
 * checks it, so a wrong code fails at load time, naming the file and line, not in an export weeks later.
 */

export type ClaimNature = 'happening' | 'state';

export interface AcledCode {
  eventType: string;
  subEventType: string;
}

/** Which actor an ACLED rule looks at: the claim's agent, or the side that gained the place (lose-control). */
export type AcledRuleRole = 'agent' | 'winner' | 'target';

export interface AcledRule {
  /** Undefined for the fallback row (`*`) and for an instrument rule. */
  role?: AcledRuleRole;
  /** `*`: the actor is known, whatever its type. */
  actorTypes?: readonly ActorType[] | '*';
  /** `instrument:suicide`: the claim's instrument is one of these kinds (a suicide bomb, a chemical weapon). */
  instruments?: readonly InstrumentKind[];
  /** `killed`: the claim counts dead (force that kills protesters is ACLED's excessive force). */
  killed?: true;
  acled: AcledCode;
}

export interface CameoCode {
  /** A string: the leading zero of `0874` is part of the code. */
  code: string;
  label: string;
}

export interface PloverCode {
  event: string;
  mode?: string;
  context?: string;
}

/** PLOVER 2021 ASSAULT modes a claim's instrument names (the manual's modes table). */
const ASSAULT_MODE_OF: Readonly<Partial<Record<InstrumentKind, string>>> = {
  suicide: 'suicide-attack',
  firearm: 'firearms',
  artillery: 'heavy-weapons',
  missile: 'heavy-weapons',
  rocket: 'heavy-weapons',
  aircraft: 'heavy-weapons',
  drone: 'heavy-weapons',
};

/**
 * A claim's PLOVER code: its type's, with the ASSAULT mode its instrument names where the type gives none ("Gunmen
 * opened fire on worshippers": firearms; "a drone strike": heavy weapons). A type's own mode stays.
 */
export function ploverCodeOf(code: PloverCode, instrument?: InstrumentKind): PloverCode {
  const mode = code.event === 'ASSAULT' && !code.mode && instrument ? ASSAULT_MODE_OF[instrument] : undefined;
  return mode ? { ...code, mode } : code;
}

export interface OntologyEntry {
  type: ClaimType;
  nature: ClaimNature;
  /** Tried in order; empty when ACLED records no event for this type (states, participation). */
  acledRules: readonly AcledRule[];
  cameo: CameoCode;
  plover: PloverCode;
  /** PLOVER 0.5 (2016) event, the 18-type set the PLOVER-GSR gold set is coded in. */
  plover05: string;
  /** `direct`: the codes name the same happening; `nearest`: the closest code of a scheme that lacks the type. */
  fit: 'direct' | 'nearest';
}

export type Ontology = ReadonlyMap<ClaimType, OntologyEntry>;

/** The three data files, as text, with the names used in error messages. */
export interface OntologySources {
  claimTypes: { name: string; text: string };
  cameoCodes: { name: string; text: string };
  ploverVocabulary: { name: string; text: string };
}

export const ONTOLOGY_DIR = join(RESOURCES_DIR, 'ontology');

const cache = new Map<string, Ontology>();

/** Reads and checks the ontology once per directory; later calls return the same map. */
export function loadOntology(dir: string = ONTOLOGY_DIR): Ontology {
  const cached = cache.get(dir);
  if (cached) return cached;
  const read = (file: string) => ({ name: join(dir, file), text: readFileSync(join(dir, file), 'utf8') });
  const ontology = parseOntology({
    claimTypes: read('claim-types.tsv'),
    cameoCodes: read('cameo-codes.tsv'),
    ploverVocabulary: read('plover-vocabulary.tsv'),
  });
  cache.set(dir, ontology);
  return ontology;
}

export interface AcledActors {
  /** The side that gained the place, for lose-control (whose agent is the side that lost it). */
  winner?: ActorType;
  /** Who was hit: civilians make a killing ACLED's violence against civilians. */
  target?: ActorType;
  /** What the force was delivered with: a suicide attack is ACLED's Suicide bomb whoever carried it out. */
  instrument?: InstrumentKind;
  /** The claim counts people killed. */
  killed?: boolean;
  ontology?: Ontology;
}

/**
 * The ACLED event and sub-event type of a claim, or undefined when ACLED records no event for it (states such as
 * `control`, or `take-part`, which ACLED keeps as an associated actor of the event joined).
 * `take-control` by a state force → "Government regains territory", by anyone else → "Non-state actor overtakes
 * territory"; `lose-control` decides the same way on `winner`.
 */
export function acledSubEvent(type: ClaimType, agentActorType?: ActorType, actors: AcledActors = {}): AcledCode | undefined {
  const entry = (actors.ontology ?? loadOntology()).get(type);
  if (!entry) return undefined;
  const known: Record<AcledRuleRole, ActorType | undefined> = { agent: agentActorType, winner: actors.winner, target: actors.target };
  for (const rule of entry.acledRules) {
    if (rule.instruments) {
      if (actors.instrument && rule.instruments.includes(actors.instrument)) return rule.acled;
      continue;
    }
    if (rule.killed) {
      if (actors.killed) return rule.acled;
      continue;
    }
    if (rule.role === undefined) return rule.acled;
    const actorType = known[rule.role];
    if (actorType === undefined) continue;
    if (rule.actorTypes === '*' || rule.actorTypes?.includes(actorType)) return rule.acled;
  }
  return undefined;
}

const CLAIM_COLUMNS = [
  'type',
  'nature',
  'acled_rule',
  'acled_event_type',
  'acled_sub_event_type',
  'cameo_code',
  'cameo_label',
  'plover_event',
  'plover_mode',
  'plover_context',
  'plover05_event',
  'fit',
] as const;
type ClaimColumn = (typeof CLAIM_COLUMNS)[number];

/** Parses and cross-checks the three files; throws `E_ONTOLOGY` naming `file:line` on the first problem. */
export function parseOntology(sources: OntologySources): Ontology {
  const cameo = new Map(
    readTsv(sources.cameoCodes.name, sources.cameoCodes.text, ['code', 'label', 'codefile_line']).map(({ cells }) => [
      cells.code,
      cells.label,
    ]),
  );
  const plover = new Set(
    readTsv(sources.ploverVocabulary.name, sources.ploverVocabulary.text, ['kind', 'event', 'name']).map(
      ({ cells }) => `${cells.kind}:${cells.kind === 'mode' ? `${cells.event}/` : ''}${cells.name}`,
    ),
  );
  const name = sources.claimTypes.name;
  const entries = new Map<ClaimType, OntologyEntry>();
  const closed = new Set<ClaimType>();
  for (const { line, cells } of readTsv(name, sources.claimTypes.text, CLAIM_COLUMNS)) {
    const at = `${name}:${line}`;
    const type = cells.type as ClaimType;
    if (!CLAIM_TYPES.includes(type)) fail(at, `unknown claim type "${cells.type}"`);
    if (closed.has(type)) fail(at, `row for ${type} after its fallback (* or -) row`);
    const entry = entryOf(cells, at, cameo, plover);
    const rule = ruleOf(cells, at);
    const previous = entries.get(type);
    if (previous === undefined) {
      entries.set(type, { ...entry, acledRules: rule ? [rule] : [] });
    } else {
      if (JSON.stringify({ ...previous, acledRules: [] }) !== JSON.stringify({ ...entry, acledRules: [] })) {
        fail(at, `${type}: nature, CAMEO, PLOVER and fit must be the same on every row of a type`);
      }
      if (rule === undefined) fail(at, `${type}: "-" (no ACLED event) must be the only row of its type`);
      (previous.acledRules as AcledRule[]).push(rule);
    }
    if (rule === undefined || (rule.role === undefined && !rule.instruments && !rule.killed)) closed.add(type);
  }
  for (const type of CLAIM_TYPES) {
    if (!entries.has(type)) fail(name, `no row for claim type ${type}`);
    if (!closed.has(type)) fail(name, `${type}: the last row must be a fallback (* or -)`);
  }
  return entries;
}

function entryOf(
  cells: Record<ClaimColumn, string>,
  at: string,
  cameo: ReadonlyMap<string, string>,
  plover: ReadonlySet<string>,
): Omit<OntologyEntry, 'acledRules'> {
  if (cells.nature !== 'happening' && cells.nature !== 'state') fail(at, `nature must be happening or state, not "${cells.nature}"`);
  if (cells.fit !== 'direct' && cells.fit !== 'nearest') fail(at, `fit must be direct or nearest, not "${cells.fit}"`);
  const label = cameo.get(cells.cameo_code);
  if (label === undefined) fail(at, `CAMEO code ${cells.cameo_code} is not in cameo-codes.tsv`);
  if (label !== cells.cameo_label) fail(at, `CAMEO ${cells.cameo_code} is "${label}" in cameo-codes.tsv, not "${cells.cameo_label}"`);
  const p: PloverCode = { event: cells.plover_event };
  if (!plover.has(`event:${p.event}`)) fail(at, `PLOVER event ${p.event} is not in plover-vocabulary.tsv`);
  if (cells.plover_mode !== '-') {
    if (!plover.has(`mode:${p.event}/${cells.plover_mode}`)) fail(at, `PLOVER mode ${p.event}/${cells.plover_mode} is not in plover-vocabulary.tsv`);
    p.mode = cells.plover_mode;
  }
  if (cells.plover_context !== '-') {
    if (!plover.has(`context:${cells.plover_context}`)) fail(at, `PLOVER context ${cells.plover_context} is not in plover-vocabulary.tsv`);
    p.context = cells.plover_context;
  }
  if (!plover.has(`event05:${cells.plover05_event}`)) fail(at, `PLOVER 0.5 event ${cells.plover05_event} is not in plover-vocabulary.tsv`);
  return {
    type: cells.type as ClaimType,
    nature: cells.nature,
    plover05: cells.plover05_event,
    cameo: { code: cells.cameo_code, label: cells.cameo_label },
    plover: p,
    fit: cells.fit,
  };
}

/** `-` → undefined (no ACLED event); `*` → fallback; `agent:state-force,state` / `winner:*` → conditional. */
function ruleOf(cells: Record<ClaimColumn, string>, at: string): AcledRule | undefined {
  const rule = cells.acled_rule;
  const code = { eventType: cells.acled_event_type, subEventType: cells.acled_sub_event_type };
  if (rule === '-') {
    if (code.eventType !== '-' || code.subEventType !== '-') fail(at, 'acled_rule "-" needs "-" ACLED types');
    return undefined;
  }
  if (code.eventType === '-' || code.subEventType === '-') fail(at, `acled_rule "${rule}" needs ACLED types`);
  if (rule === '*') return { acled: code };
  if (rule === 'killed') return { killed: true, acled: code };
  const inst = /^instrument:(.+)$/.exec(rule);
  if (inst) {
    const kinds = (inst[1] ?? '').split(',');
    for (const k of kinds) {
      if (!(INSTRUMENT_KINDS as readonly string[]).includes(k)) fail(at, `unknown instrument kind "${k}" in acled_rule (expected one of ${INSTRUMENT_KINDS.join(', ')})`);
    }
    return { instruments: kinds as InstrumentKind[], acled: code };
  }
  const m = /^(agent|winner|target):(.+)$/.exec(rule);
  if (!m) fail(at, `acled_rule must be -, *, agent:<types>, winner:<types>, target:<types>, instrument:<kinds> or killed, not "${rule}"`);
  const role = m[1] as AcledRuleRole;
  if (m[2] === '*') return { role, actorTypes: '*', acled: code };
  const types = (m[2] ?? '').split(',');
  for (const t of types) {
    if (!(ACTOR_TYPES as readonly string[]).includes(t)) fail(at, `unknown actor type "${t}" in acled_rule`);
  }
  return { role, actorTypes: types as ActorType[], acled: code };
}

/** Tab-separated rows after a header row; `#` lines and blank lines are comments. Line numbers are 1-based. */
function readTsv<C extends string>(
  name: string,
  text: string,
  columns: readonly C[],
): { line: number; cells: Record<C, string> }[] {
  const rows: { line: number; cells: Record<C, string> }[] = [];
  let header = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const fields = raw.split('\t');
    if (!header) {
      if (fields.join('\t') !== columns.join('\t')) fail(`${name}:${i + 1}`, `header must be: ${columns.join(' ⇥ ')}`);
      header = true;
      return;
    }
    if (fields.length !== columns.length) fail(`${name}:${i + 1}`, `expected ${columns.length} tab-separated fields, got ${fields.length}`);
    const cells = Object.fromEntries(columns.map((c, j) => [c, (fields[j] ?? '').trim()])) as Record<C, string>;
    rows.push({ line: i + 1, cells });
  });
  if (!header) fail(name, 'no header row');
  return rows;
}

function fail(input: string, problem: string): never {
  throw new SitrepError('E_ONTOLOGY', problem, {
    input,
    remedy: 'Fix the ontology data in resources/ontology (see docs/ontology.md for the columns)',
  });
}
