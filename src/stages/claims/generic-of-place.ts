import type { ActorRef } from '../../model/claim.js';
import { FOCUS_ROLES, type FocusRole } from '../../resources/actor-lexicon-types.js';
import { qualifiedDescriptionId } from '../actors/group-descriptions.js';
import type { SentenceContext } from './sentence-context.js';

/**
 * "The government of Sindh province has ordered patrols", « le gouvernement de la province du Sind »: a bare
 * description the report's focus left without a country (`generic:government`) with "of" and a place right after it
 * is that place's country's, as a qualifier would make it ("l'armée égyptienne" → `group:MIL:EGY`). Returns the
 * actor with the country, or undefined when the rule does not apply.
 */
export function genericOfPlace(ctx: SentenceContext, actor: ActorRef | undefined): ActorRef | undefined {
  const span = actor?.span;
  if (!actor || !span || !actor.actorId.startsWith('generic:') || actor.nationality) return undefined;
  const role = actor.actorId.slice('generic:'.length) as FocusRole;
  const place = ctx.places.find((p) => p.span.start >= span.end && ctx.lex.patterns['of-place'].test(ctx.view.slice(span.end, p.span.start)));
  const cc = place?.candidates[0]?.countryCode;
  const country = cc ? ctx.lex.nationalities.byIso2.get(cc) : undefined;
  if (!place || !FOCUS_ROLES.includes(role) || !country) return undefined;
  const name = ctx.view.slice(place.span.start, place.span.end);
  return { ...actor, actorId: qualifiedDescriptionId(role, country.iso3), label: `${actor.label} of ${name} (${country.iso3})`, nationality: country.iso3, via: `${actor.via}; the country of "${name}", named after it` };
}
