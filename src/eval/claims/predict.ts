import { readPlainText } from '../../ingest/index.js';
import type { ActorRef, Claim } from '../../model/claim.js';
import type { Pipeline } from '../../pipeline/run-pipeline.js';
import type { Ontology } from '../../resources/ontology.js';
import { intentCodes } from '../../resources/intent-codes.js';
import { describedWithoutCountry, groupCountries } from '../../stages/actors/group-descriptions.js';
import { DIPLOMATIC, VIOLENT } from '../../stages/claims/type-families.js';
import type { ActorLookup } from './actor-codes.js';
import { cameoActorCode, codeActor, codeActors } from './actor-codes.js';
import type { CodedActor, PredictedEvent, SentencePrediction } from './types.js';

/** Gold sentences carry no usable date (PLOVER-GSR's are placeholders): every one is read as of this day. */
export const EVAL_DATE = '2000-01-01';

export interface PredictDeps {
  pipeline: Pipeline;
  ontology: Ontology;
  lookup: ActorLookup;
  /** ISO-2 → ISO-3, for a claim placed in a country and aimed at no actor. */
  iso3?: (iso2: string) => string | undefined;
}

/** Runs Sitrep on one gold sentence (English, fixed date) and maps its claims to the gold label spaces. */
export function predictSentence(id: string, text: string, deps: PredictDeps): SentencePrediction {
  const report = readPlainText(text, { date: EVAL_DATE, origin: id });
  if (!('text' in report)) return { id, events: [] };
  const doc = deps.pipeline.run({ ...report, lang: 'en' });
  const claims = [...doc.claims].sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  // "threatened to expel the foreign troops from Dili": the threat has no place of its own, the act threatened has
  // one, and the sentence's coder read the whole sentence as happening there.
  const sentenceWhere = claims.map((c) => eventCountry(c, deps)).find((cc) => cc !== undefined);
  return { id, events: claims.flatMap((c) => claimToEvent(c, deps, sentenceWhere)) };
}

/**
 * One claim in the gold spaces: PLOVER event and CAMEO code from the ontology (resources/ontology/claim-types.tsv).
 * A negated claim ("did not attack") asserts no event and is dropped. PLOVER's source is who acts: for
 * lose-control that is the side that lost the place (`fromActor`), and the winner (`agent`) is the target.
 */
export function claimToEvent(c: Claim, deps: Pick<PredictDeps, 'ontology' | 'lookup' | 'iso3'>, sentenceWhere?: string): PredictedEvent[] {
  // "failed to reach agreement", "would not resume talks with the government": Sitrep keeps the agreement or the
  // talks, negated; CAMEO and PLOVER code the refusal as a rejection (CAMEO 12).
  if (c.status === 'negated' && REFUSABLE.has(c.type)) return claimToEvent({ ...c, type: 'reject', status: 'asserted' }, deps, sentenceWhere);
  if (c.status === 'negated') return [];
  const entry = deps.ontology.get(c.type);
  if (!entry) return [];
  const r = c.roles;
  const src: ActorRef[] = c.type === 'lose-control' ? (r.fromActor ? [r.fromActor] : []) : [...(r.agent ? [r.agent] : []), ...r.coAgents];
  // "recaptured Cafunfo from UNITA rebels": the side a place was taken from is whom the capture is aimed at.
  const tgt: ActorRef[] = c.type === 'lose-control' ? (r.agent ? [r.agent] : []) : r.target ? [r.target] : c.type === 'take-control' && r.fromActor ? [r.fromActor] : [];
  const own = eventCountry(c, deps);
  const where = own ?? sentenceWhere;
  // A group of no nationality facing a state's side, with no place to give it one ("accepted demands from Shona
  // rebels"), is taken to be that state's own, as PLOVER's coders did for domestic rebels and opposition; so is one
  // acting with a state's side ("the Sudanese government and southern rebels agreed").
  // "Colombian rebels released 42 soldiers": rebels named by their country act at home, among its soldiers.
  // "The Philippine government resumed peace talks with Muslim separatists in Kuala Lumpur": an armed group of no
  // nationality that a state deals with is that state's own insurgency, not the host's.
  const ownInsurgents = DIPLOMATIC.has(c.type) && tgt[0]?.actorType === 'non-state-armed-group' && describedWithoutCountry(tgt[0]);
  const targetWhere = (ownInsurgents ? stateCountry(src, deps.lookup) : undefined) ?? where ?? stateCountry(src, deps.lookup) ?? homeOfRebels(src);
  // "Talks between the Sudanese government and southern rebels collapsed in Nairobi": in diplomacy a state's side
  // conducts with a group of no nationality, the group is that state's own, not the host country's.
  const jointHome = DIPLOMATIC.has(c.type) && src.length > 1 ? src.map((r) => stateCountry([r], deps.lookup)).find((cc) => cc !== undefined) : undefined;
  const sourceWhere = jointHome ?? where ?? stateCountry(tgt, deps.lookup) ?? stateCountry(src, deps.lookup);
  const sources = src.length > 0 ? src.flatMap((r) => codeActors(r, deps.lookup, sourceWhere).map((a) => armedArm(c, r, a))) : unnamedDoer(c, own);
  const sourceCountries = new Set(sources.map((s) => s.code));
  const severalSides = sourceCountries.size > 1;
  // "Palestinians and Israelis failed to reach agreement", "Hungarian and Romanian officials agreed … Romanian
  // refugees": in a joint act of several countries, one of those countries is a party, not what the act is aimed
  // at — PLOVER's coders leave such a target empty (every joint source of the tuning half has none).
  const jointParty = (t: CodedActor) => severalSides && !VIOLENT.has(c.type) && sourceCountries.has(t.code);
  // Sides named together ("the MPLA and UNITA rebels signed a peace accord in Lisbon") deal with each other, not
  // with their host, whatever their countries.
  const targets = tgt.length > 0 ? coded(tgt, deps.lookup, targetWhere).filter((t) => !jointParty(t)) : untargeted(c, deps.lookup, own, severalSides || r.coAgents.length > 0);
  // "will send aid" is coded as a promise (AGREE), "vowed to retake" as a threat (THREATEN).
  const intent = c.status === 'intended' ? intentCodes(c.type, c.qualifiers.includes('conditional')) : undefined;
  return [
    {
      claimType: c.type,
      plover: intent?.plover ?? entry.plover.event,
      plover05: intent?.plover05 ?? entry.plover05,
      cameo: intent?.cameo ?? entry.cameo.code,
      sources,
      targets,
      cameoSource: cameoActorCode(src[0], deps.lookup),
      cameoTarget: cameoActorCode(tgt[0], deps.lookup),
    },
  ];
}

/**
 * Dealings whose refusal or failure PLOVER codes as a rejection; so are concessions refused ("said Uganda would not
 * withdraw its troops", "refused to release the prisoners": CAMEO 124, refuse to yield).
 */
const REFUSABLE: ReadonlySet<string> = new Set(['agree', 'sign-agreement', 'consult', 'cooperate', 'withdraw', 'release', 'concede', 'allow-access']);

/** ISO-3 of the country a claim took place in, when it has an event place. */
function eventCountry(c: Claim, deps: Pick<PredictDeps, 'iso3'>): string | undefined {
  return c.place?.role === 'event' ? deps.iso3?.(c.place.countryCode) : undefined;
}

/**
 * "Israeli drone strikes killed …", "Russia shelled Kharkiv": a state named as the doer of violence acts through its
 * armed forces, which PLOVER's coders wrote MIL (6 of the 17 violent sources of the tuning half, none GOV; most of
 * the rest name no state).
 */
function armedArm(c: Claim, ref: ActorRef, a: CodedActor): CodedActor {
  return VIOLENT.has(c.type) && ref.actorType === 'state' && a.sector === 'GOV' ? { ...a, sector: 'MIL' } : a;
}

/** Hostile words and measures whose weight, aimed at a place, falls on the people there. */
const BURDENS_PEOPLE: ReadonlySet<string> = new Set(['threaten', 'sanction']);

const SELF_DIRECTED: ReadonlySet<string> = new Set(['withdraw', 'surrender', 'resign']);

/**
 * PLOVER codes a target for nearly every event: for a claim that names none, the people it killed, wounded or
 * seized ("killed one U.S. soldier", "arrested more than 100 Palestinians"), else the country it took place in
 * ("imposed a curfew in Cizre", "shelled targets in Jericho"), as PLOVER's coders did. `cc`: that country, ISO-3.
 */
function untargeted(c: Claim, lookup: ActorLookup, cc: string | undefined, joint: boolean): CodedActor[] {
  // Withdrawing, surrendering and resigning are done by the source alone: neither the place they happen at nor the
  // fighters a surrender counts as captured (who are the source themselves) is a target.
  if (SELF_DIRECTED.has(c.type)) return [];
  // "Ethiopia and Eritrea signed a peace agreement in Algiers", "Chinese and Russian leaders held talks in Moscow":
  // words and diplomacy between the countries named together are aimed at each other, not at where they meet.
  if (DIPLOMATIC.has(c.type) && !BURDENS_PEOPLE.has(c.type) && joint) return [];
  const victims = (c.casualties ?? []).flatMap((k) => (k.victims?.actorId ? [{ actorId: k.victims.actorId, label: k.victims.label }] : []));
  const struck = victims.flatMap((v) => codeActor(v, lookup) ?? []);
  if (struck.length > 0) return struck.slice(0, 1);
  // A protest is addressed to the state where it takes place, else to the protesters' own state.
  if (c.type === 'protest' || c.type === 'riot') {
    const own = cc ?? coded(c.roles.agent ? [c.roles.agent] : [], lookup)[0]?.code;
    return own && isCountryCode(own) ? [{ code: own, sector: 'GOV', text: c.place?.name ?? own }] : [];
  }
  // Force and coercion at a place fall on its people, whom PLOVER codes as civilians (CVL), and so do threats and
  // sanctions ("threatened to impose a curfew in Algiers", "suspended aid deliveries in Baghdad"); words and
  // diplomacy at a place ("opened an embassy in Tehran") concern its state (GOV). A gold target without a sector
  // takes any.
  const onPeople = !DIPLOMATIC.has(c.type) || BURDENS_PEOPLE.has(c.type);
  return cc ? [{ code: cc, sector: onPeople ? 'CVL' : 'GOV', text: c.place?.name ?? cc }] : [];
}

/**
 * The source of an act no one is named for, from the country it happened in. "A roadside bombing near Samarra killed
 * one U.S. soldier": violence is done by unidentified armed forces there, CAMEO's and PLOVER's `UAF` sector.
 */
function unnamedDoer(c: Claim, where: string | undefined): CodedActor[] {
  if (!where) return [];
  if (VIOLENT.has(c.type)) return [{ code: where, sector: 'UAF', text: 'unidentified armed forces' }];
  // "Hundreds of Kashmiri Muslims took to the streets of Srinagar": a crowd no one names is that country's people.
  if (c.type === 'protest' || c.type === 'riot') return [{ code: where, sector: 'CVL', text: `people of ${where}` }];
  // "A US national has been put under investigation in Italy": state power with no one named is the state's where
  // it is used — its police for an arrest, its government otherwise.
  const power = STATE_POWER[c.type];
  return power ? [{ code: where, sector: power, text: `authorities of ${where}` }] : [];
}

/** Acts only a state's organs perform, with the sector that performs them when none is named. */
const STATE_POWER: Readonly<Partial<Record<string, string>>> = { arrest: 'COP', investigate: 'GOV', coerce: 'GOV' };

/** The country of the first actor of a role when it is a state or its forces (ISO-3), else undefined. */
function stateCountry(refs: readonly ActorRef[], lookup: ActorLookup): string | undefined {
  const first = refs[0];
  if (!first || (first.actorType !== 'state' && first.actorType !== 'state-force')) return undefined;
  const code = codeActor(first, lookup)?.code;
  return code && isCountryCode(code) ? code : undefined;
}

/** The one country a described armed group is named by ("Colombian rebels" → COL), if the first source is one. */
function homeOfRebels(refs: readonly ActorRef[]): string | undefined {
  const first = refs[0];
  if (!first || first.actorType !== 'non-state-armed-group') return undefined;
  const countries = groupCountries(first.actorId);
  return countries.length === 1 ? countries[0] : undefined;
}

/** An ISO-3 country, not one of PLOVER's own codes for bodies and groups in the country slot. */
function isCountryCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && !['IGO', 'NGO', 'IMG'].includes(code);
}

function coded(refs: readonly ActorRef[], lookup: ActorLookup, where?: string): CodedActor[] {
  return refs.flatMap((r) => codeActors(r, lookup, where));
}
