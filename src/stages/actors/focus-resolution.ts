/**
 * Bare descriptions ("l'armée", "the regime", "ses supplétifs") name no country: they are resolved to the row of
 * the report's focus country, the country its other actor mentions belong to ("armée syrienne", "régime syrien",
 * "OSDH" → SYR in the seed). A qualifier beside the description ("l'armée égyptienne") wins over the focus.
 */
import type { ActorType } from '../../model/actor.js';
import type { ActorLexicon, FocusRole } from '../../resources/actor-lexicon-types.js';
import type { ActorDraft } from './actor-draft.js';
import { groupId, qualifiedDescriptionId, titleAffiliation } from './group-descriptions.js';

// A state's own forces say most about whose war the report tells; outlets and international bodies say nothing.
const WEIGHT: Record<ActorType, number> = {
  'state-force': 2,
  state: 2,
  militia: 1,
  'non-state-armed-group': 1,
  monitor: 1,
  person: 1,
  group: 1,
  media: 0,
  'international-org': 0,
  civilians: 0,
};

export interface Focus {
  country: string;
  score: number;
  total: number;
}

export function focusCountry(drafts: readonly ActorDraft[], lexicon: ActorLexicon): Focus | undefined {
  const scores = new Map<string, number>();
  let total = 0;
  for (const d of drafts) {
    if (d.focusRole) continue; // a description waiting for the focus does not vote for it
    const entry = d.actorId ? lexicon.get(d.actorId) : undefined;
    // "…, Amnesty International said": an international body (CAMEO NGO…/IGO…) is based somewhere, it is not about there.
    if (entry && /^(?:NGO|IGO)/.test(entry.cameo ?? '')) continue;
    const country = d.nationality ?? entry?.country;
    if (!country) continue;
    const w = d.weak ? 1 : WEIGHT[d.actorType];
    if (w === 0) continue;
    scores.set(country, (scores.get(country) ?? 0) + w);
    total += w;
  }
  let best: Focus | undefined;
  // Map order is first-mention order, so a tie goes to the country named first.
  for (const [country, score] of scores) if (!best || score > best.score) best = { country, score, total };
  return best;
}

/** The English noun of a focus role, for the label of a country's group the lexicon has no row for. */
const ROLE_NOUN: Record<FocusRole, string> = { army: 'army', government: 'government', 'air-force': 'air force', auxiliaries: 'auxiliaries', police: 'police' };

export function resolveFocus(drafts: readonly ActorDraft[], lexicon: ActorLexicon): void {
  const focus = focusCountry(drafts, lexicon);
  for (const d of drafts) {
    const role = d.focusRole;
    if (!role) continue;
    const country = d.nationality ?? focus?.country;
    const entry = country ? lexicon.forFocus(country, role) : undefined;
    delete d.focusRole;
    if (!entry && d.nationality) {
      // "l'armée hongroise": a qualified description of a country with no such row is that country's group.
      d.actorId = qualifiedDescriptionId(role, d.nationality);
      // Named for what it is, not for the generic word it was read from: "l'armée nigériane" → "Nigerian army",
      // "l'armée birmane" → "Burmese army (Myanmar)" where the demonym hides the country, "Tuvalu's army" where
      // none is listed.
      const demonym = lexicon.demonym(d.nationality);
      const country = lexicon.get(d.nationality.toLowerCase())?.label.en;
      const noun = ROLE_NOUN[role];
      if (demonym) d.label = country && !demonym.startsWith(country.slice(0, 4)) ? `${demonym} ${noun} (${country})` : `${demonym} ${noun}`;
      else if (country) d.label = `${country}'s ${noun}`;
      d.rule += `;qualifier=${d.nationality}`;
      d.confidence = 0.7;
      continue;
    }
    if (!entry || !country) {
      d.actorId = `generic:${role}`;
      d.rule += `;focus=none`;
      d.confidence = 0.3;
      continue;
    }
    d.actorId = entry.id;
    d.actorType = entry.type;
    d.label = entry.label.en;
    if (d.nationality || !focus) {
      d.rule += `;qualifier=${country}`;
      d.confidence = 0.8;
    } else {
      d.rule += `;focus=${country}(${focus.score}/${focus.total})`;
      d.confidence = Math.round((0.5 + 0.4 * (focus.score / focus.total)) * 100) / 100;
    }
  }
}

/**
 * "President Laurent Gbago" in a report on Côte d'Ivoire: a titled person the lexicon does not know, whose title names
 * no country, holds that office in the report's focus country, when the focus is clear (at least half the weight of
 * the report's actors) — the state's government for "president", its army for "general". Otherwise the person
 * acts for the title's group of no country (`group:GOV`, `group:MIL`).
 */
export function placeTitledByFocus(drafts: readonly ActorDraft[], lexicon: ActorLexicon): void {
  const focus = focusCountry(drafts, lexicon);
  const clear = focus && focus.score * 2 >= focus.total ? focus : undefined;
  for (const d of drafts) {
    const head = d.head;
    if (d.dropped || d.actorType !== 'person' || d.nationality || d.affiliation || !head || !d.actorId?.startsWith('person:')) continue;
    const known = lexicon.get(d.actorId);
    if (known && !d.rule.includes(';outside-validity')) continue;
    // "opposition leader Aung San Suu Kyi" in 1999: a known person outside the dates of the lexicon's role acts as
    // the title says, in their own country (the lexicon's role, state counsellor from 2016, does not hold).
    const own = known?.country;
    if (own) {
      d.nationality = own;
      d.affiliation = titleAffiliation(lexicon, head, own, lexicon.forFocus(own, 'government')?.id);
      d.rule += ';title-outside-validity';
      continue;
    }
    if (known) continue;
    const row = clear && head.resolvesTo ? lexicon.forFocus(clear.country, head.resolvesTo) : undefined;
    if (clear && row) {
      d.nationality = clear.country;
      d.affiliation = row.id;
      d.rule += `;focus=${clear.country}(${clear.score}/${clear.total})`;
    } else if (head.sector) {
      // "President Mamadou Tandja threatened …" with no country to give him: he still acts for a government, the
      // title's group of no country, which a reader (or the PLOVER scorer) places where the claim happened.
      d.affiliation = groupId(head, []);
    }
  }
}
