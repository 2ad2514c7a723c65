import type { ClaimType } from '../../model/claim.js';
import { actorRef, insideAny } from './mention-lookup.js';
import { matchesIn } from './claim-lexicon.js';
import { actWordsOf, crowdBefore, struckSpans, type ClaimDraft } from './claim-draft.js';
import type { SentenceContext } from './sentence-context.js';
import { groupCountries } from '../actors/group-descriptions.js';
import { nationalityOfNoun, ownerOfStruck } from './nationality-targets.js';
import { VIOLENT } from './type-families.js';

/** How far after a deployment's verb its object (what is sent) is looked for, in characters. */
const SENT_REACH = 30;

/** Ids of police forces: the sector `COP` of a described group, or a police row of the lexicon. */
const POLICE_ID = /(?:^|:)COP(?::|$)|police|gendarm/iu;

/** One row of claim-refinements.tsv: a generic type becomes a specific one when a cue shares its clause. */
export interface Refinement {
  from: ClaimType;
  to: ClaimType;
  re: RegExp;
  ref: string;
  /** The cue must start inside the trigger's own words ("seized four tonnes of cocaine", not "took X and seized"). */
  atTrigger?: boolean;
}

/**
 * "Russian jets bombed the market": the verb says attack, the clause says aircraft, so it is an air strike. Only
 * cues in the trigger's own clause count, and the first matching row of the language's file wins.
 */
export function refineType(ctx: SentenceContext, d: ClaimDraft): void {
  // Roads blocked by a crowd are a protest (CAMEO 144, obstruct passage), not a restriction imposed by authorities.
  if (d.type === 'coerce' && d.agent?.actorType === 'civilians' && ctx.lex.patterns['road-block'].test(ctx.view.slice(d.triggerSpan.start, d.triggerSpan.end))) {
    d.type = 'protest';
    d.explain.push({ field: 'type', value: 'protest', because: `roads blocked by ${d.agent.label}, a crowd: a protest (obstructing passage)` });
    return;
  }
  if (d.type === 'attack' && d.agent?.actorType === 'civilians' && !d.target && ctx.lex.patterns['labour-strike'].test(ctx.view.slice(d.triggerSpan.start, d.triggerSpan.end))) {
    d.type = 'protest';
    d.explain.push({ field: 'type', value: 'protest', because: `a "strike" by an unarmed crowd ("${d.agent.label}") is a work stoppage: a protest` });
    return;
  }
  // "Pakistani police raided a religious school and arrested 12 suspected militants": a raid by the police is a search
  // made by force (CAMEO 17, coerce), not an armed attack.
  if (d.type === 'attack' && d.agent && POLICE_ID.test(d.agent.actorId) && ctx.lex.patterns['raid-word'].test(ctx.view.slice(d.triggerSpan.start, d.triggerSpan.end))) {
    d.type = 'coerce';
    d.explain.push({ field: 'type', value: 'coerce', because: `a raid by the police ("${d.agent.label}") is a search by force, not an armed attack` });
    return;
  }
  // "China protested the warship's passage", "la France a protesté contre l'arrestation": a state's protest is a
  // complaint made through diplomacy (CAMEO 11, disapprove), not people taking to the streets.
  // A crowd named by its nationality ("des milliers d'Irakiens ont manifesté") still demonstrates.
  // Only a state that is the verb's own subject, a few adverbials before it at most ("China protested", "Beijing on
  // Monday formally protested", "la Chine a protesté"), not one of another clause.
  const subjectRightBefore = () => !!d.agent?.span && d.agent.span.end <= d.triggerSpan.start && /^[^,;]{0,30}$/u.test(ctx.view.slice(d.agent.span.end, d.triggerSpan.start));
  if (d.type === 'protest' && (d.agent?.actorType === 'state' || d.agent?.actorType === 'international-org') && d.trigger.voice === 'active' && !crowdBefore(ctx, d) && subjectRightBefore()) {
    d.type = 'disapprove';
    d.explain.push({ field: 'type', value: 'disapprove', because: `a protest by "${d.agent.label}", a state or organisation, is a complaint, not a demonstration` });
    return;
  }
  // "French and Egyptian warships launched war games": exercises that forces of several countries hold together are
  // military cooperation (CAMEO 062); held by one side they stay a show of force.
  if (d.type === 'mobilize' && ctx.lex.patterns['exercise-words'].test(ctx.view.slice(d.triggerSpan.start, d.triggerSpan.end)) && severalCountries(d)) {
    d.type = 'cooperate';
    d.explain.push({ field: 'type', value: 'cooperate', because: `exercises held together by several countries' forces ("${d.agent?.label}"): military cooperation` });
    return;
  }
  // "The Security Council voted to send 7,000 peacekeepers to Sierra Leone": peacekeepers sent give protection
  // (CAMEO 074), which is aid, not a show of force.
  if (d.type === 'mobilize' && ctx.lex.patterns['peacekeeping-words'].test(ctx.view.slice(d.triggerSpan.start, Math.min(d.clause.span.end, d.triggerSpan.end + SENT_REACH)))) {
    d.type = 'aid';
    d.explain.push({ field: 'type', value: 'aid', because: 'peacekeepers sent give protection (CAMEO 074): aid' });
    return;
  }
  // "Russian troops arrived in Kazakhstan": forces that arrive are deployed, not visiting; "NATO peacekeeping troops have
  // arrived in Bosnia": peacekeepers deployed give protection (CAMEO 074), which is aid.
  if (d.type === 'consult' && ctx.lex.patterns.arrival.test(ctx.view.slice(d.triggerSpan.start, d.triggerSpan.end))) {
    const before = ctx.view.slice(d.clause.span.start, d.triggerSpan.start);
    const to = ctx.lex.patterns['peacekeeping-words'].test(before) ? 'aid' : ctx.lex.patterns['force-words'].test(before) || d.agent?.actorType === 'state-force' ? 'mobilize' : undefined;
    if (to) {
      d.type = to;
      d.explain.push({ field: 'type', value: to, because: to === 'aid' ? 'peacekeepers arriving give protection (CAMEO 074): aid' : 'armed forces arriving are deployed, not visiting' });
      return;
    }
  }
  // "Protesters stormed the president's residence": violence by unarmed crowds is a riot (ACLED's violent
  // demonstration), whatever the verb; so is damage done by a crowd out protesting ("protesters set fire to the US
  // embassy"), not by villagers or residents.
  // « des étudiants ont affronté la police »: a crowd fighting the police or troops riots; so does one the police
  // "clashed with" ("Riot police clashed with students hurling petrol bombs"): the crowd is the rioter.
  if (d.type === 'fighting' && d.agent?.actorType === 'state-force' && d.target?.actorType === 'civilians') {
    [d.agent, d.target] = [d.target, d.agent];
    d.explain.push({ field: 'agent', value: d.agent.actorId, because: `in a clash between "${d.target.label}", a force, and "${d.agent.label}", a crowd, the crowd is the one rioting` });
  }
  const crowdAgainstForces = d.type === 'fighting' && d.target?.actorType === 'state-force';
  if (d.agent?.actorType === 'civilians' && (d.type === 'attack' || crowdAgainstForces || (d.type === 'looting' && !!d.agent.span && ctx.lex.patterns['rioting-crowd'].test(ctx.view.slice(d.agent.span.start, d.agent.span.end))))) {
    const was = d.type;
    d.type = 'riot';
    d.explain.push({ field: 'type', value: 'riot', because: `the ${was}'s doer ("${d.agent.label}") is an unarmed crowd: a riot` });
    return;
  }
  const struck = struckSpans(d);
  for (const r of ctx.lex.refinements) {
    if (r.from !== d.type) continue;
    const own = actWordsOf(ctx, d);
    const atTrigger = (m: { start: number }) => !r.atTrigger || (m.start >= d.triggerSpan.start && m.start < d.triggerSpan.end);
    const hit = matchesIn(r.re, ctx.view, own.start, own.end).find((m) => !insideAny(m, struck) && atTrigger(m));
    if (!hit) continue;
    d.type = r.to;
    d.explain.push({ field: 'type', value: r.to, because: `"${ctx.view.slice(hit.start, hit.end)}" in the clause makes a ${r.from} a ${r.to} (${r.ref})` });
    // "two soldiers were killed in a clash with Kurdish guerrillas": the side the clash was fought with killed them.
    const side = !d.agent && r.to === 'fighting' ? ctx.actors.find((a) => a.span.start >= hit.end && a.span.end <= d.clause.span.end && ctx.lex.patterns['clash-side'].test(ctx.view.slice(hit.end, a.span.start))) : undefined;
    if (side && side.actorId !== d.target?.actorId) {
      d.agent = actorRef(side);
      d.explain.push({ field: 'agent', value: side.actorId, because: `the side "${ctx.view.slice(hit.start, hit.end)}" was fought with (${d.agent.via})` });
    }
    // "tués dans un bombardement russe", "killed in Russian shelling": the nationality on the noun that names the
    // force names who used it.
    if (!d.agent && VIOLENT.has(r.to)) {
      const owner = nationalityOfNoun(ctx, hit, 'either');
      if (owner) {
        d.agent = owner;
        d.explain.push({ field: 'agent', value: owner.actorId, because: `the nationality on "${ctx.view.slice(hit.start, hit.end)}", the force that made the claim a ${r.to} (${owner.via})` });
      }
    }
    // "seized 20 soldiers": people a capture took, read as the side a place was taken from, are who was seized.
    if (r.to === 'abduction' && !d.target && d.fromActor) {
      d.target = d.fromActor;
      delete d.fromActor;
      d.explain.push({ field: 'target', value: d.target.actorId, because: 'the people captured, not a side a place was taken from' });
    }
    if (r.to === 'abduction' && !d.target) {
      const seized = ctx.actors.find((a) => a.span.start >= d.triggerSpan.end && a.span.end <= d.clause.span.end && a.actorType !== 'state' && a.actorId !== d.agent?.actorId);
      if (seized) {
        d.target = actorRef(seized);
        d.explain.push({ field: 'target', value: seized.actorId, because: `"${seized.label}", the first side or people named after the capture (no state), were seized` });
      }
    }
    // "Somali pirates seized a Saudi oil tanker": a capture that became a seizure of property hit the thing's owner,
    // as a strike would (fill-roles reads it only for the types that are violent from the start).
    if (!d.target && VIOLENT.has(r.to) && !VIOLENT.has(r.from)) {
      d.target = ownerOfStruck(ctx, d.triggerSpan.end, d.clause.span.end, d.agent);
      if (d.target) d.explain.push({ field: 'target', value: d.target.actorId, because: `whose the seized thing is (${d.target.via})` });
    }
    return;
  }
}

/** Two or more parties act: co-agents, or one described group of several nationalities (`group:MIL:FRA+EGY`). */
function severalCountries(d: ClaimDraft): boolean {
  return d.coAgents.length > 0 || groupCountries(d.agent?.actorId ?? '').length > 1;
}
