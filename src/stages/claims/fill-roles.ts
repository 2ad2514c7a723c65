import type { ActorRef, ClaimType } from '../../model/claim.js';
import type { ActorMention, PlaceMention } from '../../model/mention.js';
import type { TextSpan } from '../../model/span.js';
import { possessiveTag } from '../actors/possessive-owners.js';
import { describedWithoutCountry } from '../actors/group-descriptions.js';
import type { ClaimDraft } from './claim-draft.js';
import { cueMayMatch, matchesIn } from './claim-lexicon.js';
import type { ReferenceTracker } from './coreference.js';
import { actorRef, insideAny, mentionAfter, mentionBefore } from './mention-lookup.js';
import { coordinated, describedBy, placeWithSpan, placesIn, roleOf, subjectOf, unmaskedActors } from './roles.js';
import type { SentenceContext } from './sentence-context.js';
import { countryTarget, holderOfHeldGround, ownerOfStruck, nationalityOfNoun, stateOfCapital, stateOfCountryPlace } from './nationality-targets.js';
import { unnamedSubject } from './unnamed-subject.js';
import { DIPLOMATIC, HOSTILE_WORDS, PATIENT_IN_NOUN, PROTESTS, RELATIONAL, SOLE_PARTY, SPEAKER_ACTS, VIOLENT } from './type-families.js';

const ARMED = new Set(['state-force', 'non-state-armed-group', 'militia', 'group']);
const SPEAKER_TYPES = new Set(['media']);
/** Nouns whose "de X" / "of X" right after them names who does it: force only an armed side wields ("une
 *  embuscade de l'EI"), and a withdrawal ("le retrait des troupes russes", "the withdrawal of US forces"). */
const DOER_AFTER_OF = new Set(['airstrike', 'shelling', 'offensive', 'withdraw', 'attack']);
/** How far after the trigger the country that receives may start ("supplied some 400 drones to Russia"). */
const RECEIVER_REACH = 60;

/**
 * Fills a draft's roles from the mentions around its trigger, by the trigger's voice.
 * `objectsEnd` is where the trigger's objects stop (the next trigger or the clause end).
 */
export function fillRoles(ctx: SentenceContext, d: ClaimDraft, objectsEnd: number, refs: ReferenceTracker): void {
  const clause = d.clause.span;
  // "des soldats tués dans l'embuscade ont été inhumés à Bamako": a participle's phrase ends at the finite verb of
  // the sentence; what follows is that verb's.
  const finite = d.trigger.voice === 'participle' ? ctx.lex.patterns['finite-after-participle'].exec(ctx.view.slice(d.triggerSpan.end, objectsEnd)) : null;
  const rightEnd = finite ? d.triggerSpan.end + finite.index : objectsEnd;
  const right: TextSpan = { start: d.triggerSpan.end, end: rightEnd };
  const rightActors = unmaskedActors(ctx, right);
  const rightPlaces = placesIn(ctx, right);
  const explainActor = (field: string, r: ActorRef | undefined, because: string) => {
    if (r) d.explain.push({ field, value: r.actorId, because: `${because} (${r.via})` });
  };

  const subject = (): ActorMention[] => {
    // "Shoigu ordered his troops to withdraw": the one ordered does what the infinitive says.
    let ordered = orderedToAct(ctx, clause, d.triggerSpan.start);
    if (ordered.unnamed) {
      d.orderedBy = ordered.words;
      d.explain.push({ field: 'agent', value: '-', because: `the one told to act ("${ordered.words} …") is named by no actor mention` });
      return [];
    }
    if (!ordered.actors.length) ordered = mandatedToAct(ctx, d.sentenceSpan, d.triggerSpan.start);
    if (ordered.actors.length) {
      d.orderedBy = ordered.words;
      return ordered.actors;
    }
    const found = subjectOf(ctx, clause, d.triggerSpan.start, SPEAKER_ACTS.has(d.type)).map((m) => possessiveOwner(ctx, d, m) ?? m);
    if (found.length) return found;
    const pronoun = refs.resolveAt(ctx.view, { start: clause.start, end: d.triggerSpan.start }, ctx.masks);
    if (pronoun) return [pronoun];
    const self = speakerSelfReference(ctx, clause, d.triggerSpan.start);
    return self ? [self] : [];
  };
  const nationalityAgent = (side: 'before' | 'either') => {
    // A word inside the trigger names the doer only of force ("une frappe israélienne"), never of an expulsion of
    // "diplomates russes".
    d.agent = nationalityOfNoun(ctx, d.triggerSpan, side, VIOLENT.has(d.type));
    explainActor('agent', d.agent, 'the nationality or side the noun carries');
  };
  const setAgents = (ms: ActorMention[], because: string) => {
    const [first, ...rest] = ms;
    if (!first) return;
    d.agent = actorRef(first);
    d.coAgents.push(...rest.map((m) => actorRef(m)));
    explainActor('agent', d.agent, because);
  };
  // "by the U.S.-backed SDF": a cue's role passes from a modifier to the name it describes.
  const byCue = (role: string) => rightActors.filter((a) => roleOf(ctx, a, clause) === role).map((a) => describedBy(ctx, a, rightActors) ?? a);
  const addCued = () => {
    for (const a of unmaskedActors(ctx, clause)) {
      if (a.span.start >= rightEnd) continue;
      const role = roleOf(ctx, a, clause);
      // "se sont affrontés avec des jihadistes": a cue the trigger takes in marks its object, not a partner.
      if (role === 'co-agent' && a.id !== d.target?.mentionId) d.coAgents.push(actorRef(a));
      if (role === 'supporter' && d.trigger.voice !== 'beneficiary') d.supporters.push(actorRef(a));
      // "pris aux rebelles": the side a place was taken from — only a change of hands has one ("se sont rendus aux FDS"
      // names who they surrendered to).
      if (role === 'from-actor' && a.span.start >= d.triggerSpan.end && (d.type === 'take-control' || d.type === 'lose-control')) d.fromActor = actorRef(a);
    }
  };

  switch (d.trigger.voice) {
    case 'active': {
      // "civilians wounded by Russian shelling": a gerund right after a nationality or side word is a noun, and that
      // word names its doer before the clause's subject does.
      const gerund = /ing$/u.test(ctx.lower.slice(d.triggerSpan.start, d.triggerSpan.end));
      if (gerund && d.type !== 'lose-control') nationalityAgent('before');
      // "troops fired on students demonstrating outside the university": a protest's present participle right after
      // a noun describes that noun, the one who protests, not the clause's subject.
      const described = gerund && !d.agent && PROTESTS.has(d.type) ? actorsRightBefore(ctx, d.triggerSpan.start) : [];
      if (described.length > 0) setAgents(described, 'the noun a present participle describes');
      const subj = d.agent ? [] : subject();
      if (d.type === 'lose-control') {
        if (subj[0]) d.fromActor = actorRef(subj[0]);
      } else setAgents(subj, 'subject of the trigger');
      // "des émeutiers ont incendié": a pattern that takes in its own subject names the doer at its start.
      const own = d.agent || d.type === 'lose-control' ? undefined : ctx.actors.find((a) => a.span.start === d.triggerSpan.start && a.span.end < d.triggerSpan.end);
      if (own) setAgents([own], 'the subject the trigger takes in');
      // "Russian shelling", "Palestinian riots": a verb's form right after a nationality word is a noun it carries.
      if (!d.agent && !gerund && d.type !== 'lose-control') nationalityAgent('before');
      // "Ethopia has agreed to …": words and diplomacy keep a subject the lexicon does not know, as written.
      const unnamed = !d.agent && DIPLOMATIC.has(d.type) ? unnamedSubject(ctx, clause, d.triggerSpan.start) : undefined;
      if (unnamed) {
        d.agent = unnamed;
        explainActor('agent', d.agent, 'subject of the trigger, a name the actor lexicon does not know (kept as written)');
      }
      // The object is the actor right after the verb ("attacked IS positions"), or one a cue marks as target.
      const hostile = VIOLENT.has(d.type) || HOSTILE_WORDS.has(d.type);
      // Diplomacy names its object further off ("demanded that the Turkish government provide", "rejected an appeal
      // from President X"): the first actor within a short phrase.
      const reach = DIPLOMATIC.has(d.type) ? 40 : 16;
      // A pattern may take in its object ("expelled two Russian diplomats"), or part of it.
      const inner = actorInsideTrigger(ctx, d) ?? (RUNS_ON.has(d.type) ? objectRunningOn(ctx, d) : undefined);
      // "arrested more than 100 Palestinians": a quantity before the object is skipped.
      // "a abattu vendredi l'ancien Premier ministre": a time between the verb and its object is no part of the gap.
      const verbEnd = timeRightAfter(ctx, d.triggerSpan.end) ?? d.triggerSpan.end;
      const quantity = ctx.lex.objectQuantity.exec(ctx.view.slice(verbEnd, verbEnd + 60));
      // "demanded that Hamas renounce …", "exige que Moscou retire …": whom a demand binds opens its complement.
      const complement = d.type === 'demand' ? ctx.lex.patterns['demand-complement'].exec(ctx.view.slice(verbEnd, verbEnd + 8)) : null;
      const objectFrom = unknownNameEnd(ctx, verbEnd + (quantity?.[0].length ?? complement?.[0].length ?? 0));
      let named = SOLE_PARTY.has(d.type)
        ? undefined
        : (mentionAfter(rightActors, ctx.view, objectFrom, ctx.lex.mentionLead, reach) ??
          (hostile ? rightActors.find((a) => roleOf(ctx, a, clause) === 'target' && !pastAdverbial(ctx, objectFrom, a)) : undefined) ??
          (inner && inner.actorId !== d.agent?.actorId && !sentForces(ctx, d, inner) ? inner : undefined));
      // "a demandé à Israël de …": a country read as a place right after a cue that also marks an addressee is the party.
      const party = DIPLOMATIC.has(d.type) && !SOLE_PARTY.has(d.type) ? countryAsParty(ctx, objectFrom, objectFrom + reach) : undefined;
      const addressed = party && (!named || party.span.start < named.span.start) && ctx.lex.patterns['non-placing-cue'].test(ctx.view.slice(objectFrom, party.span.start).trim()) ? party : undefined;
      if (addressed) named = addressed;
      // "willing to withdraw its troops from Lebanon": the agent's own forces, named through its possessive, are
      // not what it acts on; the country the act concerns is (below).
      const ownForces = !!named && !hostile && ownedByAgent(named, d);
      if (ownForces && named) d.explain.push({ field: 'target', value: '-', because: `"${named.label}" are the agent's own, named through a possessive` });
      // "The Lebanese army deployed troops in Sidon": the forces a deployment names as its object are the ones sent.
      const sent = !!named && !ownForces && sentForces(ctx, d, named);
      if (sent && named) d.explain.push({ field: 'target', value: '-', because: `"${named.label}" are the forces sent, not whom the deployment is aimed at` });
      const object = ownForces || sent ? undefined : named;
      // "is supplying drones to Russia", "a livré des drones à la Russie": a country after the giving's "to" is who
      // receives, though read as a place after "to"/"à"; "suspended loans to Kenya": whom a sanction stops giving to;
      // "pledged food aid to North Korea": whom a promise to give is made to; "recalled its ambassador from New Delhi":
      // the country an envoy is called back from.
      const near = (m: { span: TextSpan }) => m.span.start - d.triggerSpan.end <= RECEIVER_REACH;
      const textBefore = (m: { span: TextSpan }) => ctx.view.slice(d.triggerSpan.start, m.span.start);
      const afterTo = (m: { span: TextSpan }) => near(m) && ctx.lex.patterns['receiver-before'].test(textBefore(m));
      const recalledFrom = d.type === 'sanction' ? rightPlaces.find((p) => near(p) && ctx.lex.patterns['recalled-from'].test(textBefore(p))) : undefined;
      // What is promised ("pledged emergency food aid to …") is itself a trigger that ends the promise's objects: its
      // receiver is looked for up to the end of the clause.
      const promise = d.type === 'agree' && ctx.lex.patterns['giving-promise'].test(ctx.view.slice(d.triggerSpan.start, d.triggerSpan.end));
      const receiverPlaces = promise ? placesIn(ctx, { start: d.triggerSpan.end, end: clause.end }) : rightPlaces;
      const gives = d.type === 'support' || d.type === 'aid' || d.type === 'sanction' || promise;
      // « a fourni des armes à des rebelles chiites au Bahreïn »: an actor named right after the giving's "à" is who
      // receives; the country after it is where they are.
      const receivingActor = gives ? rightActors.find((a) => a.actorId !== d.agent?.actorId && afterTo(a)) : undefined;
      const receiver = gives && !receivingActor ? (recalledFrom ?? receiverPlaces.find(afterTo)) : undefined;
      // "The Taliban seized Kabul", "entered Kabul", "besieged Kyiv": a capital or a country taken, entered or
      // besieged is the place, not the state it stands for elsewhere.
      const takenPlace = object && PLACE_OBJECT.has(d.type) && object.actorType === 'state' ? placeWithSpan(ctx.places, object.span) : undefined;
      if (takenPlace) {
        rightPlaces.push(takenPlace);
        rightPlaces.sort((a, b) => a.span.start - b.span.start);
        d.explain.push({ field: d.type === 'take-control' ? 'fromActor' : 'target', value: '-', because: `"${object!.label}" is taken as a place, not a side` });
      } else if (object && d.type === 'take-control') {
        // "l'EI avait chassé les forces gouvernementales de la ville": the object lost the place.
        d.fromActor = actorRef(object);
        explainActor('fromActor', d.fromActor, 'object of a take-control verb');
      } else if (receivingActor) {
        d.target = actorRef(receivingActor);
        explainActor('target', d.target, 'the actor that receives');
      } else if (receiver) {
        // "sent warplanes to Taiwan", "livrer des avions de combat à l'Ukraine": what is given may read as an actor
        // (aircraft name an air force); the country it goes to is the target.
        // An envoy is recalled from a capital as often as from a country: the capital stands for its state there.
        const recalled = receiver === recalledFrom;
        d.target = countryTarget(ctx, receiver.span.start, receiver.span.end, [receiver], d.agent) ?? (recalled ? stateOfCapital(ctx, receiver, d.agent) : undefined);
        explainActor('target', d.target, recalled ? 'the country its envoy is recalled from' : 'the country that receives');
      } else if (object && d.type !== 'withdraw') {
        d.target = actorRef(object);
        explainActor('target', d.target, 'object of the trigger');
      } else if (RELATIONAL.has(d.type) && !SOLE_PARTY.has(d.type)) {
        // "threatened to launch an offensive in its war with Iraq", "surrendered to Kurdish forces", "mobilized
        // reservists for a possible war against Iraq": an act between parties names the other one in its complement.
        const aimed = unmaskedActors(ctx, { start: d.triggerSpan.end, end: d.sentenceSpan.end }).find(
          (a) => a.actorId !== d.agent?.actorId && !SPEAKER_TYPES.has(a.actorType) && !ownedByAgent(a, d) && !pastAdverbial(ctx, d.triggerSpan.end, a) && !(sentForces(ctx, d, a) && describedWithoutCountry(a)),
        );
        if (aimed) {
          d.target = actorRef(aimed);
          explainActor('target', d.target, 'first other actor in the complement of an act between parties');
        }
      }
      if (!d.target && PROTESTS.has(d.type)) {
        // "to press their demands … from President Bouteflika's government": whom a protest addresses is the first
        // other actor of its clause after it.
        const addressed = rightActors.find((a) => a.actorId !== d.agent?.actorId && !SPEAKER_TYPES.has(a.actorType) && a.actorType !== 'civilians');
        if (addressed) {
          d.target = actorRef(addressed);
          explainActor('target', d.target, 'the actor the protest addresses');
        }
      }
      // "Syria condemned the Israeli raid on the PLO headquarters": the side a condemned act's nationality names is
      // whom the condemnation is aimed at, not the one the act struck.
      const doerOfCondemned = d.type === 'disapprove' ? condemnedActDoer(ctx, d) : undefined;
      if (doerOfCondemned) {
        d.target = doerOfCondemned;
        explainActor('target', d.target, 'the nationality on the act condemned');
      }
      // Co-agents are the other side already ("Putin and Trump spoke by phone"): no country stands in for them.
      if (!d.target && !d.coAgents.length && !SOLE_PARTY.has(d.type) && (RELATIONAL.has(d.type) || PROTESTS.has(d.type) || d.type === 'withdraw')) {
        d.target = countryTarget(ctx, d.triggerSpan.end, rightEnd, rightPlaces, d.agent);
        explainActor('target', d.target, 'the country the act concerns');
      }
      break;
    }
    case 'passive': {
      if (d.type === 'support') {
        const supported = mentionBefore(ctx.actors, d.triggerSpan.start, 4);
        if (supported) d.target = actorRef(supported);
        const by = mentionAfter(rightActors, ctx.view, d.triggerSpan.end, ctx.lex.mentionLead);
        if (by) d.agent = actorRef(by);
        break;
      }
      // "Ras al-Aïn est passée samedi sous le contrôle des forces turques", "fell under the control of": a change of hands
      // whose trigger ends on its link names the new holder right after it, as a state of control does.
      const endsOnLink = d.type === 'take-control' && ctx.lex.patterns['holder-link'].test(ctx.view.slice(d.triggerSpan.start, d.triggerSpan.end));
      if (d.type === 'control' || endsOnLink) {
        // "ces localités restent aux mains de l'EI": the holder follows the trigger, the place precedes it.
        const holder = mentionAfter(rightActors, ctx.view, d.triggerSpan.end, ctx.lex.mentionLead);
        if (holder) setAgents(coordinated(ctx, holder, rightActors, rightEnd), 'holder named after "aux mains de" / "held by"');
        break;
      }
      // "Ghanaians expelled from Nigeria": a reduced relative's patient is the noun right before it, if an actor.
      const patient = d.reduced ? actorsRightBefore(ctx, d.triggerSpan.start) : subject();
      if (d.reduced) d.explain.push({ field: 'target', value: patient[0]?.actorId ?? '-', because: 'a participle after a noun and before a preposition describes that noun (reduced relative clause): read as passive' });
      // "Two French hostages were freed": people freed are released; only a place freed changes hands.
      if (d.type === 'take-control' && patient[0] && FREEABLE.has(patient[0].actorType ?? '') && ctx.lex.patterns['freed-word'].test(ctx.view.slice(d.triggerSpan.start, d.triggerSpan.end))) {
        d.type = 'release';
        d.explain.push({ field: 'type', value: 'release', because: `"${patient[0].label}", people, were freed: a release, not a capture` });
      }
      if (d.type === 'lose-control' && patient[0]) d.fromActor = actorRef(patient[0]);
      else if (d.type !== 'take-control' && patient[0]) d.target = actorRef(patient[0]);
      const agents = byCue('agent');
      if (agents[0]) setAgents(coordinated(ctx, agents[0], rightActors, rightEnd), 'agent of the passive ("par"/"by")');
      // "where they are besieged by the SDF": a pronoun read as the SDF is no target of the SDF's own siege.
      if (d.target && d.target.actorId === d.agent?.actorId) delete d.target;
      break;
    }
    case 'nominal':
    case 'participle': {
      const agents = byCue('agent');
      // "des combats opposent l'armée aux rebelles du M23", "clashes pitting X against Y": the two sides follow.
      const sides = d.type === 'fighting' && /oppos|pit/u.test(ctx.lower.slice(d.triggerSpan.start, d.triggerSpan.end)) ? rightActors.slice(0, 2) : [];
      // "completed the recapture of", "survived a drone attack": a verb carrying the noun, when nothing above names who.
      const carrier = d.trigger.voice === 'nominal' && !sides.length && !agents[0] ? carryingVerb(ctx, d) : undefined;
      if (sides.length) setAgents(sides, 'the sides the fighting sets against each other');
      else if (agents[0]) setAgents(coordinated(ctx, agents[0], rightActors, rightEnd), 'agent after the noun or participle ("par"/"by")');
      else if (carrier?.kind === 'patient') {
        // "al-Kadhimi survived a drone attack", "came under shelling": the subject is who it struck.
        const [struck] = subject();
        if (struck) {
          d.target = actorRef(struck);
          explainActor('target', d.target, `subject of a verb that undergoes the noun (${carrier.ref})`);
        }
      } else if (carrier) {
        setAgents(subject(), `subject of the verb carrying the noun (${carrier.ref})`);
      } else if (d.trigger.voice === 'nominal') {
        // "Russian air strikes", "the army's shelling", "coalition raids", "U.S. air strikes" (one lower-case modifier
        // between): the actor right before the noun.
        // A noun phrase opening with its article ("condemned the attack") has no owner before it but a possessive.
        const articled = ctx.lex.articleOpen.test(ctx.view.slice(d.triggerSpan.start, d.triggerSpan.end));
        const ownerGap = (a: ActorMention) => ctx.view.slice(a.span.end, d.triggerSpan.start);
        const owner = unmaskedActors(ctx, clause)
          .filter((a) => a.span.end <= d.triggerSpan.start && ctx.lex.patterns['owner-gap'].test(ownerGap(a)) && (!articled || /^\s*(?:['’]s)?\s*$/u.test(ownerGap(a))))
          .at(-1);
        // A pattern may take in the one whose strike it is ("une frappe de X").
        const inner = actorInsideTrigger(ctx, d);
        // "une frappe aérienne de la coalition", "the shelling of the army": whose strikes, for the kinds of force
        // only an armed side wields (a killing "of" someone names the victim).
        // The trigger's own last word may be the link ("une embuscade de" l'EI).
        const ownLast = /\S+$/u.exec(ctx.view.slice(d.triggerSpan.start, d.triggerSpan.end))?.[0] ?? '';
        const linked = (gap: string) => ctx.lex.patterns['genitive-link'].test(gap) || (/^\s+$/u.test(gap) && ctx.lex.patterns['genitive-link'].test(`${ownLast}${gap}`));
        const genitive = DOER_AFTER_OF.has(d.type)
          ? rightActors.find((a) => a.actorType !== 'civilians' && linked(ctx.view.slice(d.triggerSpan.end, a.span.start)))
          : undefined;
        if (owner) setAgents([owner], 'the actor the noun is attached to ("Russian air strikes")');
        else if (inner && !PATIENT_IN_NOUN.has(d.type)) setAgents([inner], 'the actor named inside the noun phrase ("une frappe de X")');
        else if (genitive) setAgents([genitive], 'the actor the strikes belong to ("de la coalition")');
        // "Israeli air strikes", "a Turkish drone strike", "les frappes israéliennes": a nationality word on the noun.
        // After a noun whose complement is its patient it names the patient: « la libération de 90 prisonniers
        // palestiniens » was no Palestinian act.
        else nationalityAgent(PATIENT_IN_NOUN.has(d.type) ? 'before' : 'either');
      }
      const target = rightActors.find((a) => roleOf(ctx, a, clause) === 'target');
      if (target) d.target = actorRef(target);
      // "des soldats tués dans l'embuscade", "civilians wounded by shelling": a participle of harm right after a
      // name tells what was done to it.
      const harmed = !d.target && d.trigger.voice === 'participle' && (VIOLENT.has(d.type) || d.type === 'arrest') ? actorsRightBefore(ctx, d.triggerSpan.start).find((a) => a.actorId !== d.agent?.actorId) : undefined;
      if (harmed) {
        d.target = actorRef(harmed);
        explainActor('target', d.target, 'the name a participle of harm follows ("des soldats tués")');
      }
      // "any support for the M23", "tout soutien aux rebelles": the noun's own "for" / "à" names who is helped.
      const helped = d.type === 'support' && !d.target ? mentionAfter(rightActors, ctx.view, d.triggerSpan.end, ctx.lex.mentionLead) : undefined;
      if (helped) {
        d.target = actorRef(helped);
        explainActor('target', d.target, 'named right after the noun of help ("support for", "soutien à")');
      }
      // "la répression des manifestants", "a crackdown on protesters": the noun names who it fell on.
      const patient = d.trigger.voice === 'nominal' && PATIENT_IN_NOUN.has(d.type) && !d.target ? actorInsideTrigger(ctx, d) : undefined;
      if (patient) {
        d.target = actorRef(patient);
        explainActor('target', d.target, 'named inside the noun phrase as who it fell on ("la répression des manifestants")');
      }
      // "announced a suspension of air links with Serbia", "a rejected Indian proposal": a diplomatic noun names the
      // country it concerns in its complement, as the verb does.
      if (!d.target && d.trigger.voice === 'nominal' && DIPLOMATIC.has(d.type) && !SOLE_PARTY.has(d.type)) {
        // Every place counts here: a country named after "with" is also read as an actor, and so is out of rightPlaces.
        d.target = countryTarget(ctx, d.triggerSpan.end, rightEnd, ctx.places, d.agent);
        explainActor('target', d.target, 'the country the act concerns');
      }
      break;
    }
    case 'beneficiary': {
      const subj = subject();
      if (subj[0]) d.target = actorRef(subj[0]);
      const giver = rightActors[0];
      if (giver) setAgents([giver], 'the one whose help was received');
      break;
    }
    case 'apposition': {
      const host = mentionBefore(unmaskedActors(ctx, clause), d.triggerSpan.start, 4);
      if (host) setAgents([host], 'the name the apposition describes');
      const other = mentionAfter(rightActors, ctx.view, d.triggerSpan.end, ctx.lex.mentionLead);
      if (other) d.target = actorRef(other);
      break;
    }
    case 'obligation': {
      // "Britain said Sudan must reach an agreement": the speaker demands, the one who must is the target.
      const scope = ctx.scopes.filter((s) => s.span.start <= d.triggerSpan.start && d.triggerSpan.end <= s.span.end).sort((a, b) => b.span.start - a.span.start)[0];
      const k = scope?.claimant;
      const speaker = scope?.speaker ?? (k?.actorId ? { actorId: k.actorId, label: k.label, via: 'claimant of the sentence' } : undefined);
      if (speaker) {
        d.agent = speaker;
        explainActor('agent', speaker, 'the one who says another must act');
      }
      const who = subjectOf(ctx, clause, d.triggerSpan.start)[0];
      if (who) {
        d.target = actorRef(who);
        explainActor('target', d.target, 'subject of "must"/"doit"');
      }
      break;
    }
    case 'adverbial': {
      const giver = mentionAfter(rightActors, ctx.view, d.triggerSpan.end, ctx.lex.mentionLead, 16);
      if (giver) setAgents([giver], 'the helper named after the cue');
      break;
    }
  }
  if (d.type !== 'support' && d.type !== 'alliance') addCued();
  // "shot down a Russian helicopter", "fired on an Israeli bus": no side named as object, but what was struck is one's;
  // "shelled Albanian rebel-held villages": ground a side holds is the holder's first.
  if (!d.target && VIOLENT.has(d.type) && (d.trigger.voice === 'active' || d.trigger.voice === 'nominal')) {
    d.target = holderOfHeldGround(ctx, d.triggerSpan.end, rightEnd, d.agent);
    explainActor('target', d.target, 'who holds the ground struck');
    if (!d.target) {
      d.target = ownerOfStruck(ctx, d.triggerSpan.end, rightEnd, d.agent);
      explainActor('target', d.target, 'whose the struck thing is');
    }
  }
  fillPlaces(ctx, d, rightPlaces);
}

/** How far after a ceasefire the place it applies to may start ("un cessez-le-feu dans la province syrienne
 *  d'Idleb", "a truce in Gaza"; the words between are the language's `ceasefire-where` pattern). */
const CEASEFIRE_REACH = 50;

/** Actor types a place name before them describes ("Idlib rebels", "Fano militiamen"). */
const ARMED_GROUP: ReadonlySet<string> = new Set(['non-state-armed-group', 'militia', 'group']);

const DIRECTIONS = new Set(['north-of', 'south-of', 'east-of', 'west-of', 'near']);
/** Types whose object is where they happen ("seized Kabul", "entered Kabul", "besieged Kyiv", "controls Idlib"). */
const PLACE_OBJECT: ReadonlySet<ClaimType> = new Set<ClaimType>(['take-control', 'presence', 'besiege', 'control']);

/** Who holds or takes a place: a scene-setting place before the verb is not the place held. */
const TERRITORIAL: ReadonlySet<ClaimType> = new Set<ClaimType>(['control', 'presence', 'take-control', 'lose-control', 'withdraw']);

/** Actor mentions that end right before `at`, only spaces between ("soldiers killed", « soldats tués »). */
function actorsRightBefore(ctx: SentenceContext, at: number): ActorMention[] {
  return ctx.actors.filter((a) => a.span.end <= at && /^\s*$/u.test(ctx.view.slice(a.span.end, at)));
}

/**
 * "killed 30 Maoist rebels", "attacked UNITA positions": a capitalised word no mention covers, right before an actor,
 * names which ones; the object is looked for after it. Returns `at` when no such word stands there.
 */
function unknownNameEnd(ctx: SentenceContext, at: number): number {
  const m = /^(\s*)\p{Lu}[\p{L}-]+\s+(?=\p{L})/u.exec(ctx.view.slice(at, at + 40));
  if (!m) return at;
  const wordStart = at + (m[1]?.length ?? 0);
  const end = at + m[0].length;
  const covered = ctx.doc.mentions.some((x) => x.span.start <= wordStart && x.span.end > wordStart);
  const actorNext = ctx.actors.some((a) => a.span.start === end);
  return !covered && actorNext ? end : at;
}

/**
 * An actor past an adverbial that opens after `from` belongs to it, not to the act ("arrested 200 people during
 * protests against the government": the government is what the protests were against).
 */
function pastAdverbial(ctx: SentenceContext, from: number, a: ActorMention): boolean {
  return ctx.lex.patterns['adverbial-break'].test(ctx.view.slice(from, a.span.start));
}

/** Who can be freed as a captive rather than taken as ground. */
const FREEABLE: ReadonlySet<string> = new Set(['person', 'civilians', 'monitor', 'media', 'group']);

/**
 * "would send 3,000 more troops", "deployed troops in Sidon", « envoyer 5 000 casques bleus »: forces a deployment
 * names are the ones sent, not its target.
 */
function sentForces(ctx: SentenceContext, d: ClaimDraft, forces: ActorMention): boolean {
  if (d.type !== 'mobilize') return false;
  return forces.actorType === 'state-force' || forces.actorType === 'militia' || ctx.lex.patterns['peacekeeping-words'].test(ctx.view.slice(forces.span.start, forces.span.end));
}

/** The country a nationality names on the act right after a condemning verb ("the Israeli raid", « le raid israélien »). */
function condemnedActDoer(ctx: SentenceContext, d: ClaimDraft): ActorRef | undefined {
  const m = ctx.lex.patterns['condemned-act'].exec(ctx.view.slice(d.triggerSpan.end, d.triggerSpan.end + 60));
  const noun = m?.indices?.[1];
  if (!noun) return undefined;
  const doer = nationalityOfNoun(ctx, { start: d.triggerSpan.end + noun[0], end: d.triggerSpan.end + noun[1] });
  return doer && doer.actorId !== d.agent?.actorId && doer.actorType === 'state' ? doer : undefined;
}

/** Marks the id of an actor mention made from a place by `countryAsParty`. */
const PARTY_SUFFIX = ':party';

/** The state of a country named only as a place between `start` and `end` ("demandé à Israël de …"), as a mention. */
function countryAsParty(ctx: SentenceContext, start: number, end: number): ActorMention | undefined {
  const p = ctx.places.find((m) => m.span.start >= start && m.span.end <= end && stateOfCountryPlace(ctx, m));
  const country = p ? stateOfCountryPlace(ctx, p) : undefined;
  if (!p || !country) return undefined;
  return { kind: 'actor', id: `${p.id}${PARTY_SUFFIX}`, span: p.span, rule: `place-as-party:${p.rule}`, confidence: 0.6, actorId: country.actorId, actorType: 'state', label: country.label };
}

/** The end of a time mention that follows `at` with only spaces between ("a abattu vendredi …"), if any. */
function timeRightAfter(ctx: SentenceContext, at: number): number | undefined {
  const t = ctx.doc.mentions.find((m) => m.kind === 'time' && m.span.start >= at && /^\s*$/u.test(ctx.view.slice(at, m.span.start)));
  return t?.span.end;
}

/** "its troops", "ses soldats" said of the agent: the actor stage resolved the possessive to the agent itself. */
function ownedByAgent(a: ActorMention, d: ClaimDraft): boolean {
  return !!d.agent && a.rule.includes(possessiveTag(d.agent.label));
}

/** Picks where it happened: the object place, the passive subject place, or the participle's host place. */
function fillPlaces(ctx: SentenceContext, d: ClaimDraft, rightPlaces: PlaceMention[]): void {
  const clause = d.clause.span;
  const all = placesIn(ctx, clause);
  const containers = new Set(all.filter((p) => isContainerOfParts(ctx, p, clause)).map((p) => p.id));
  // "Fano militiamen", "Idlib rebels": a name right before an armed group describes the group, not where it acted.
  const describing = new Set(all.filter((p) => ctx.actors.some((a) => ARMED_GROUP.has(a.actorType) && a.span.start > p.span.end && /^\s+$/u.test(ctx.view.slice(p.span.end, a.span.start)))).map((p) => p.id));
  // "forced civilians to flee into Thailand": where people fled to.
  const refuge = new Set(all.filter((p) => ctx.lex.patterns['flight-destination-before'].test(ctx.view.slice(Math.max(clause.start, p.span.start - 60), p.span.start))).map((p) => p.id));
  // "outside the U.S. embassy in Jakarta", « devant l'ambassade de France à Alger »: a country that owns a
  // facility abroad is not where it stands.
  const owning = new Set(
    all
      .filter((p) => p.precision === 'country' && (ctx.lex.patterns['owner-facility-after'].test(ctx.view.slice(p.span.end, p.span.end + 24)) || ctx.lex.patterns['owner-facility-before'].test(ctx.view.slice(Math.max(clause.start, p.span.start - 30), p.span.start))))
      .map((p) => p.id),
  );
  const usable = (p: PlaceMention) => !containers.has(p.id) && !describing.has(p.id) && !refuge.has(p.id) && !owning.has(p.id);
  const withRelation = (mention: PlaceMention, relation = relationOf(ctx, mention)) => ({ mention, ...(relation ? { relation } : {}) });
  let chosen: { mention: PlaceMention; relation?: string }[] = [];
  const relational = d.type === 'support' || d.type === 'alliance';

  if (relational) chosen = [];
  else if (DIPLOMATIC.has(d.type)) {
    // Talks, demands and sanctions happen where they are held ("in Geneva"), not at the country they concern; a
    // ceasefire holds where its own phrase puts it ("agreed in Moscow on a ceasefire in Idlib province").
    const holds = d.type === 'ceasefire' ? rightPlaces.find((p) => usable(p) && p.span.start - d.triggerSpan.end <= CEASEFIRE_REACH && ctx.lex.patterns['ceasefire-where'].test(ctx.view.slice(d.triggerSpan.end, p.span.start))) : undefined;
    // The state addressed ("a demandé à Israël", read from the place: `countryAsParty`) is the target, not the scene.
    const isTarget = (p: PlaceMention) => d.target?.mentionId === `${p.id}${PARTY_SUFFIX}`;
    const scene = holds ?? all.find((p) => usable(p) && !isTarget(p) && ctx.lex.patterns['scene-before'].test(ctx.view.slice(Math.max(clause.start, p.span.start - 50), p.span.start)));
    d.eventPlaces = scene ? [withRelation(scene)] : [];
    d.otherPlaces = all.filter((p) => p !== scene).map((mention) => withRelation(mention));
    return;
  }
  else if (d.trigger.voice === 'participle') {
    const host = mentionBefore(all, d.triggerSpan.start, 4) ?? apposedPlace(ctx, d, all);
    if (host) chosen = [withRelation(host)];
  }
  if (!relational && !chosen.length && d.type === 'withdraw') {
    // "troops left Afghanistan", "ont commencé à quitter la Somalie": a country right after the verb, its article
    // aside, is the place left, though it is also an actor.
    const left = ctx.places.find((p) => p.span.start >= d.triggerSpan.end && p.span.end <= clause.end && ctx.lex.articleGap.test(ctx.view.slice(d.triggerSpan.end, p.span.start)));
    const first = rightPlaces[0] ?? left;
    if (first) {
      // "se retirer de X" leaves X; "se retirer vers des zones ... de X" goes towards X. The one withdrawing may stand
      // between ("le retrait des troupes russes de Kherson").
      const doer = [d.agent, ...d.coAgents].map((a) => a?.span).filter((sp): sp is TextSpan => !!sp && sp.start >= d.triggerSpan.end && sp.end <= first.span.start);
      const gap = ctx.view.slice(Math.max(d.triggerSpan.end, ...doer.map((sp) => sp.end)), phraseStart(ctx, first));
      // Nothing between verb and place ("troops left Afghanistan") leaves it too.
      const leaving = ctx.lex.patterns['leaving-gap'].test(gap);
      const rel = relationOf(ctx, first);
      chosen = [leaving ? withRelation(first) : withRelation(first, `towards${rel ? ` ${rel}` : ''}`)];
    }
  }
  // "shells fired from Syria landed in Akcakale": for violence, where it came from is not where it struck.
  // A place placed by a direction ("près de Mayadine": its "de" is no "from") is where it struck.
  // The "de" of a kind-naming cue ("pilonné le village de Khetagourovo", "the town of") is the cue's, not a "from":
  // the role is read before the whole phrase ("tirées depuis la ville de Gaza" is still a launch site).
  const phrase = (p: PlaceMention): PlaceMention => (p.cue && ctx.lex.patterns['cue-ends-with-link'].test(p.cue) ? { ...p, span: { start: phraseStart(ctx, p), end: p.span.end } } : p);
  const launchSite = (p: PlaceMention) => VIOLENT.has(d.type) && roleOf(ctx, phrase(p), clause) === 'from-place' && !relationOf(ctx, p);
  // "entered Kosovo from Macedonia", "crossed the border from Congo": where a force came from is not where it is.
  const origin = (p: PlaceMention) => ctx.lex.patterns['origin-cue'].test(ctx.view.slice(Math.max(clause.start, phraseStart(ctx, p) - 12), phraseStart(ctx, p)));
  if (!relational && !chosen.length && d.type !== 'control' && d.type !== 'presence') {
    // "to retake the city, some 60 km west of Mosul": "the city" comes first and is the object; so it is after a
    // launch site ("tiré des missiles depuis la Méditerranée contre des positions autour de la ville").
    const back = placeAnaphor(ctx, d);
    const firstPlace = rightPlaces.filter((p) => usable(p) && !launchSite(p))[0];
    if (back && (!firstPlace || back.at < firstPlace.span.start)) chosen = [{ mention: back.mention, ...(back.relation ? { relation: back.relation } : {}) }];
  }
  if (!relational && !chosen.length) {
    const usableObjects = rightPlaces.filter(usable);
    const objects = [...usableObjects.filter((p) => !launchSite(p)), ...usableObjects.filter(launchSite)];
    if (d.type === 'control' || d.type === 'presence') {
      // A list of places is one claim each; a place placed by a direction after the first ("Rawa, à l'est
      // d'Al-Qaïm") only locates it, and a country holding another listed place ("en Syrie ... Deir Ezzor") is scope.
      const [head, ...rest] = objects;
      // "entered Kosovo from Macedonia": where a force came from is not where it is.
      const listed = head ? [head, ...rest.filter((p) => !DIRECTIONS.has(relationOf(ctx, p) ?? '') && !(d.type === 'presence' && origin(p)))] : [];
      chosen = listed.filter((p) => !listed.some((q) => q !== p && contains(p, q))).map((m) => withRelation(m));
    } else chosen = (d.type === 'cross-border' ? objects.filter((p) => !origin(p)) : objects).slice(0, 1).map((m) => withRelation(m));
    // "shelled residential districts of Kharkiv": when no part is named, the town holding them is the place.
    if (!chosen.length && d.type !== 'control' && d.type !== 'presence') chosen = rightPlaces.filter((p) => containers.has(p.id)).slice(0, 1).map((m) => withRelation(m));
  }
  if (!relational && d.trigger.voice === 'passive' && (d.type === 'take-control' || d.type === 'control' || d.type === 'besiege') && (!chosen.length || d.type === 'control')) {
    const before = all.filter((p) => p.span.end <= d.triggerSpan.start && usable(p));
    if (before.length) chosen = (d.type === 'control' ? before.filter((p) => !DIRECTIONS.has(relationOf(ctx, p) ?? '')) : before.slice(0, 1)).map((m) => withRelation(m));
  }
  if (!relational && !chosen.length) {
    const back = placeAnaphor(ctx, d);
    if (back) chosen = [{ mention: back.mention, ...(back.relation ? { relation: back.relation } : {}) }];
  }
  if (!relational && !chosen.length && d.type !== 'cross-border') {
    // A phrase before the trigger that sets the scene: "Dans la province de Deir Ezzor, l'EI est attaquée".
    // The window runs to the name itself: a bare "in" may be the place's own cue ("A military camp in Inates, western
    // Niger, was attacked", "sont entrés dans Kaboul et ont pris le contrôle du palais"). Who holds a place is not
    // told by a province or country set so: "the last major city in Darfur still held by the army" is no control of
    // Darfur.
    const scene = all.find((p) => {
      if (p.span.end > d.triggerSpan.start || !usable(p)) return false;
      const wide = !TERRITORIAL.has(d.type) || p.precision === 'locality' || p.precision === 'near-locality';
      const end = wide ? p.span.start + 1 : phraseStart(ctx, p) + 1;
      // Violence lands "on" a place too: "les bombardements … sur la Ghouta orientale ont tué", "strikes on Gaza".
      const cue = VIOLENT.has(d.type) ? ctx.lex.patterns['scene-or-target-cue'] : ctx.lex.patterns['scene-cue'];
      if (cue.test(ctx.view.slice(Math.max(clause.start, phraseStart(ctx, p) - 12), end))) return true;
      // "Police in the eastern German city of Leipzig arrested …": a few describing words between "in" and the cue.
      return (wide || p.cue) && ctx.lex.patterns['scene-far'].test(ctx.view.slice(Math.max(clause.start, phraseStart(ctx, p) - 40), phraseStart(ctx, p)));
    });
    if (scene) chosen = [withRelation(scene)];
  }
  if (!relational && !chosen.length && d.trigger.voice === 'passive' && VIOLENT.has(d.type)) {
    // "Kharkiv was shelled on Tuesday": a place that is what was struck, with no scene set, is where it was struck.
    const struck = all.find((p) => p.span.end <= d.triggerSpan.start && usable(p));
    if (struck) chosen = [withRelation(struck)];
  }
  if (!relational && !chosen.length && VIOLENT.has(d.type)) {
    // "Russian missiles struck Kyiv": violence lands on a city even where its name also stands for the state; the
    // first such town after the trigger, in its clause, is where it happened.
    const city = ctx.places.find(
      (p) =>
        p.span.start >= d.triggerSpan.end &&
        p.span.end <= clause.end &&
        p.precision === 'locality' &&
        !insideAny(p.span, ctx.masks) &&
        ctx.actors.some((a) => a.actorType === 'state' && a.span.start === p.span.start && a.span.end === p.span.end),
    );
    if (city) chosen = [withRelation(city)];
  }
  if (!relational && !chosen.length) {
    const direction = ellipticalDirection(ctx, d);
    if (direction) chosen = [direction];
  }
  if (!relational && !chosen.length && d.clause.sharesScene) {
    // "Violence broke out in Tripoli on Thursday as protesters hurled petrol bombs at police": a "when"/"as" clause
    // without a place of its own happened where the clause it hangs on set the scene.
    const main = ctx.clauses.find((c) => c.span.end === clause.start);
    const scene = main && placesIn(ctx, main.span).find((p) => ctx.lex.patterns['scene-cue'].test(ctx.view.slice(Math.max(main.span.start, phraseStart(ctx, p) - 12), p.span.start + 1)));
    if (scene) chosen = [withRelation(scene)];
  }
  chosen = chosen.map((c) => narrowest(ctx, c, all, withRelation));
  d.eventPlaces = chosen;
  const chosenIds = new Set(chosen.map((c) => c.mention.id));
  d.otherPlaces = all.filter((p) => !chosenIds.has(p.id)).map((mention) => withRelation(mention));
  for (const c of chosen) {
    d.explain.push({
      field: 'place',
      value: c.mention.candidates[0]?.placeId ?? '(unresolved)',
      because: `${d.trigger.voice} ${d.type} takes "${ctx.view.slice(c.mention.span.start, c.mention.span.end)}" as where it happened${c.relation ? `, ${c.relation}` : ''}`,
    });
  }
}

/**
 * "Albu Kamal, the last town held by Islamic State": a participle whose host is a short noun phrase in apposition to
 * a place name (a comma, then up to five words and no actor) describes that place.
 */
function apposedPlace(ctx: SentenceContext, d: ClaimDraft, all: readonly PlaceMention[]): PlaceMention | undefined {
  const before = all.filter((p) => p.span.end <= d.triggerSpan.start && d.triggerSpan.start - p.span.end <= APPOSITION_REACH).at(-1);
  if (!before || ctx.actors.some((a) => a.span.start >= before.span.end && a.span.end <= d.triggerSpan.start)) return undefined;
  return /^\s*,\s*(?:[\p{L}'’-]+\s+){1,5}$/u.test(ctx.view.slice(before.span.end, d.triggerSpan.start)) ? before : undefined;
}
const APPOSITION_REACH = 40;

/** Where a place's phrase starts, its cue included ("la province de Deir Ezzor"). */
function phraseStart(ctx: SentenceContext, p: PlaceMention): number {
  if (!p.cue) return p.span.start;
  const cue = p.cue.replace(/[’]/g, "'").toLowerCase();
  const before = ctx.view.slice(Math.max(0, p.span.start - cue.length - 4), p.span.start).toLowerCase();
  const at = before.lastIndexOf(cue);
  return at >= 0 ? p.span.start - (before.length - at) : p.span.start;
}

/** A direction right before the place ("à l'est du fleuve Euphrate") wins over the mention's own relation. */
function relationOf(ctx: SentenceContext, p: PlaceMention): string | undefined {
  const start = Math.max(0, p.span.start - 40);
  for (const cue of ctx.lex.directions) {
    const hit = matchesIn(cue.re, ctx.view, start, p.span.start).at(-1);
    if (hit && ctx.lex.patterns['direction-tail'].test(ctx.view.slice(hit.end, p.span.start))) return cue.kind;
  }
  return p.relation && p.relation !== 'in' ? p.relation : undefined;
}

/** Whether place `outer` holds place `inner`: a country its admin areas and towns, an admin-1 its towns. */
function contains(outer: PlaceMention, inner: PlaceMention): boolean {
  const o = outer.candidates[0];
  const i = inner.candidates[0];
  if (!o || !i || o.placeId === i.placeId || o.countryCode !== i.countryCode) return false;
  // An unlisted name is inside the known place it was put at ("Jangebe, in northwestern Zamfara state").
  if (i.placeId.startsWith('unl:') && i.placeId.endsWith(`@${o.placeId}`)) return true;
  if (outer.precision === 'country') return inner.precision !== 'country';
  if (outer.precision === 'admin1') return inner.precision !== 'admin1' && inner.precision !== 'country' && o.admin1 === i.admin1;
  return false;
}

/**
 * A place the phrase names inside the chosen one: "in the Tigray town of Axum", "in the Idlib province town of
 * Maarat al-Numan", "at Somalia's education ministry in Mogadishu" (after it), "in Jangebe, in northwestern Zamfara
 * state" (before it), "in Colombia's Catatumbo region" (its possessive). The narrower place is where it happened;
 * the wider one stays a mentioned place. The words between are the language's `inside-after`, `inside-before` and
 * `town-part` patterns, within INSIDE_REACH characters.
 */
const INSIDE_REACH = 40;

function narrowest<T extends { mention: PlaceMention; relation?: string }>(ctx: SentenceContext, c: T, all: readonly PlaceMention[], again: (m: PlaceMention) => T): T {
  const p = c.mention;
  const inner = all.find((q) => {
    // "the Paris suburb of Nanterre": a town's part named after it, the same country's place.
    const part = q.span.start >= p.span.end && ctx.lex.patterns['town-part'].test(ctx.view.slice(p.span.end, q.span.start)) && q.candidates[0]?.countryCode === p.candidates[0]?.countryCode;
    if (q === p || !(contains(p, q) || part)) return false;
    if (q.span.start >= p.span.end) return q.span.start - p.span.end <= INSIDE_REACH && ctx.lex.patterns['inside-after'].test(ctx.view.slice(p.span.end, q.span.start));
    return q.span.end <= p.span.start && p.span.start - q.span.end <= INSIDE_REACH && ctx.lex.patterns['inside-before'].test(ctx.view.slice(q.span.end, phraseStart(ctx, p)));
  });
  return inner ? again(inner) : c;
}

/** "deux quartiers périphériques de Damas, Yarmouk et ..." — Damascus only locates the named parts. */
function isContainerOfParts(ctx: SentenceContext, p: PlaceMention, clause: TextSpan): boolean {
  const before = ctx.view.slice(Math.max(clause.start, p.span.start - 60), p.span.start);
  return ctx.lex.partNouns.some((c) => c.re.test(before));
}

/** "l'armée contrôle les secteurs à l'ouest": the place is the last one named before, in this sentence. */
function ellipticalDirection(ctx: SentenceContext, d: ClaimDraft): { mention: PlaceMention; relation: string } | undefined {
  for (const cue of ctx.lex.directions) {
    const m = matchesIn(cue.re, ctx.view, d.triggerSpan.end, d.clause.span.end)[0];
    if (!m) continue;
    const previous = placesIn(ctx, { start: d.sentenceSpan.start, end: d.clause.span.start }).at(-1);
    if (previous) return { mention: previous, relation: cue.kind };
  }
  return undefined;
}

/** In a quotation, "nos forces armées" is the speaker: an army communiqué speaks of the army. */
function speakerSelfReference(ctx: SentenceContext, clause: TextSpan, triggerStart: number): ActorMention | undefined {
  const scope = ctx.scopes.find((s) => s.speaker && s.span.start <= triggerStart && triggerStart < s.span.end);
  if (!scope?.speaker) return undefined;
  const hit = ctx.lex.selfRefs.flatMap((c) => matchesIn(c.re, ctx.view, Math.max(clause.start, scope.span.start), triggerStart))[0];
  if (!hit) return undefined;
  const speaker = ctx.actors.find((a) => a.id === scope.speaker?.mentionId);
  if (!speaker || !ARMED.has(speaker.actorType)) return undefined;
  return { ...speaker, span: { start: hit.start, end: hit.end }, antecedent: speaker.id, rule: `self-reference in a quotation → ${speaker.id}` };
}

/** "repris le contrôle total de la ville": the town is the last one named before, in this report. */
function placeAnaphor(ctx: SentenceContext, d: ClaimDraft): { mention: PlaceMention; at: number; relation?: string } | undefined {
  const end = d.trigger.voice === 'passive' ? d.triggerSpan.start : d.clause.span.end;
  const start = d.trigger.voice === 'passive' ? d.clause.span.start : d.triggerSpan.end;
  // "la localité de Rawa", "the town of Mayadin" name their town: not an anaphor; "cette localité de la province de
  // Kirkouk", "the town in the province of Anbar" still are.
  const namesItsTown = (h: { end: number }) => ctx.lex.patterns['names-its-town'].test(ctx.view.slice(h.end, h.end + 30));
  const hit = ctx.lex.placeAnaphors.flatMap((c) => matchesIn(c.re, ctx.view, start, end)).find((h) => !namesItsTown(h));
  if (!hit) return undefined;
  const towns = ctx.places.filter((p) => (p.precision === 'locality' || p.precision === 'near-locality') && !ctx.actors.some((a) => a.span.start < p.span.end && p.span.start < a.span.end));
  const antecedent = salientTown(towns, hit.start);
  if (!antecedent) return undefined;
  const near = ctx.lex.directions.find((c) => c.kind === 'near' && matchesIn(c.re, ctx.view, Math.max(0, hit.start - 30), hit.start).some((m) => ctx.lex.patterns['direction-tail'].test(ctx.view.slice(m.end, hit.start))));
  if (near) d.explain.push({ field: 'place.relation', value: 'near', because: `${near.ref} before "${ctx.view.slice(hit.start, hit.end)}"` });
  d.explain.push({ field: 'place', value: antecedent.candidates[0]?.placeId ?? '', because: `"${ctx.view.slice(hit.start, hit.end)}" points back to the report's most named town among those already named (${antecedent.id})` });
  return { mention: antecedent, at: hit.start, ...(near ? { relation: 'near' } : {}) };
}

/**
 * "the town" in a report about Albu Kamal is Albu Kamal even right after a sentence on al-Qaim: among the towns
 * named before the phrase, the one the whole report names most; ties go to the latest.
 */
function salientTown(towns: readonly PlaceMention[], before: number): PlaceMention | undefined {
  const id = (p: PlaceMention) => p.candidates[0]?.placeId ?? '';
  const count = new Map<string, number>();
  for (const t of towns) count.set(id(t), (count.get(id(t)) ?? 0) + 1);
  let best: PlaceMention | undefined;
  for (const t of towns.filter((x) => x.span.end <= before)) if (!best || (count.get(id(t)) ?? 0) >= (count.get(id(best)) ?? 0)) best = t;
  return best;
}

/**
 * The verb right before a nominal trigger that carries it: one that undergoes it ("survived a drone attack", kind
 * patient) before one that does it ("completed the recapture of", kind light), with its lexicon reference.
 */
function carryingVerb(ctx: SentenceContext, d: ClaimDraft): { kind: 'light' | 'patient'; ref: string } | undefined {
  const before = ctx.view.slice(Math.max(d.clause.span.start, d.triggerSpan.start - 60), d.triggerSpan.start);
  const cue = ctx.lex.lightVerbs.find((c) => c.kind === 'patient' && c.re.test(before)) ?? ctx.lex.lightVerbs.find((c) => c.kind === 'light' && c.re.test(before));
  return cue ? { kind: cue.kind === 'patient' ? 'patient' : 'light', ref: cue.ref } : undefined;
}

/**
 * "Rwanda denied that its soldiers had crossed", "Hezbollah said its fighters clashed": an unnamed group owned by a
 * possessive acts for the named actor nearest before it in the sentence.
 */
function possessiveOwner(ctx: SentenceContext, d: ClaimDraft, m: ActorMention): ActorMention | undefined {
  if (!m.actorId.startsWith('group:') || !ctx.lex.patterns['possessive-before'].test(ctx.view.slice(Math.max(d.sentenceSpan.start, m.span.start - 8), m.span.start))) return undefined;
  const owner = ctx.actors
    .filter((a) => a.span.end <= m.span.start && a.span.start >= d.sentenceSpan.start && !a.actorId.startsWith('group:') && a.actorType !== 'media' && a.actorType !== 'monitor')
    .at(-1);
  if (!owner) return undefined;
  // "Wagner chief Yevgeny Prigozhin said his fighters …": a leader's fighters are his organisation's, when the report
  // names it.
  const org = owner.actorType === 'person' && owner.affiliation ? ctx.actors.find((a) => a.actorId === owner.affiliation) : undefined;
  const whose = org ?? owner;
  d.explain.push({ field: 'agent', value: whose.actorId, because: `"${ctx.view.slice(m.span.start - 4, m.span.end)}": the possessive names ${whose.label}'s own forces${org ? ` (${owner.label} leads it)` : ''}` });
  return { ...m, actorId: whose.actorId, label: whose.label, actorType: whose.actorType, antecedent: owner.id, rule: `possessive → ${whose.id}` };
}

/** An actor a trigger's own match takes in after its first word ("expelled two Russian diplomats", "frappe de X"). */
function actorInsideTrigger(ctx: SentenceContext, d: ClaimDraft): ActorMention | undefined {
  return unmaskedActors(ctx, { start: d.triggerSpan.start + 1, end: d.triggerSpan.end })[0];
}

/** Acts on people whose pattern may take in part of the object's name (« a libéré les otages », « a fermé le journal »). */
const RUNS_ON: ReadonlySet<ClaimType> = new Set<ClaimType>(['release', 'coerce', 'arrest']);

/** « a libéré les otages français », « a fermé le journal d'opposition »: an object the pattern took in part of, its name running on past the trigger. */
function objectRunningOn(ctx: SentenceContext, d: ClaimDraft): ActorMention | undefined {
  return unmaskedActors(ctx, { start: d.triggerSpan.start + 1, end: d.clause.span.end }).find((a) => a.span.start < d.triggerSpan.end && a.span.end > d.triggerSpan.end);
}

/**
 * The one a demand binds when the trigger is the verb of its complement ("demanded that Russia withdraw its troops",
 * "exige que Moscou retire ses troupes"): the actors right after the "that", with only the gap words of the lexicon
 * ("should", "se") between them and the trigger; none otherwise. The demand may sit in an earlier clause.
 */
function mandatedToAct(ctx: SentenceContext, sentence: TextSpan, triggerStart: number): { actors: ActorMention[]; words: string } {
  const none = { actors: [], words: '' };
  const { verbs, gap } = ctx.lex.mandate;
  const lower = ctx.lower.slice(sentence.start, triggerStart);
  const verb = verbs.filter((v) => cueMayMatch(v, lower)).flatMap((v) => matchesIn(v.re, ctx.view, sentence.start, triggerStart)).sort((a, b) => b.end - a.end)[0];
  if (!verb) return none;
  const between = unmaskedActors(ctx, { start: verb.end, end: triggerStart });
  const first = between[0];
  const last = between.at(-1);
  if (!first || !last || !ctx.lex.articleGap.test(ctx.view.slice(verb.end, first.span.start))) return none;
  if (!gap.test(ctx.view.slice(last.span.end, triggerStart))) return none;
  return { actors: coordinated(ctx, first, between, triggerStart), words: ctx.view.slice(verb.start, verb.end) };
}

/**
 * The object of an ordering verb when the trigger is the infinitive it orders ("ordered the roughly 1,000 U.S. troops
 * in northern Syria to pull out", "a ordonné à ses troupes de se retirer"), with the actors coordinated with it;
 * none otherwise.
 */
function orderedToAct(ctx: SentenceContext, clause: TextSpan, triggerStart: number): { actors: ActorMention[]; words: string; unnamed?: boolean } {
  const none = { actors: [], words: '' };
  const { verbs, link } = ctx.lex.objectControl;
  const before = ctx.view.slice(clause.start, triggerStart);
  // "to pull out", "de se retirer": only an infinitive right after the link is ordered.
  const linked = link.exec(before.replace(ctx.lex.patterns['reflexive-end'], ''));
  if (!linked) return none;
  const linkAt = clause.start + linked.index;
  const verb = verbs.flatMap((v) => matchesIn(v.re, ctx.view, clause.start, linkAt)).sort((a, b) => b.end - a.end)[0];
  if (!verb) return none;
  const between = unmaskedActors(ctx, { start: verb.end, end: linkAt });
  const object = between[0];
  const words = ctx.view.slice(verb.start, verb.end);
  if (object) return { actors: coordinated(ctx, object, between, linkAt), words };
  // "L'ONU a demandé à Israël de retirer ses troupes": a country read as a place after "à" is the state told to act.
  const state = countryAsParty(ctx, verb.end, linkAt);
  if (state) return { actors: [state], words };
  // "called on the president to resign": someone no mention names is told to act — not the one telling.
  return ctx.lex.objectControl.article.test(ctx.view.slice(verb.end, linkAt)) ? { actors: [], words, unnamed: true } : none;
}
