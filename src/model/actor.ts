/** Kinds of actor the lexicon knows. Kept small: analysts filter on these. */
export const ACTOR_TYPES = [
  'state-force', // a state's army, police, air force, security services
  'state', // a government or country acting as a whole ("the United States", "the Syrian regime")
  'non-state-armed-group', // IS, al-Nusra, SDF ...
  'militia', // pro-government or communal militias (Hashd al-Shaabi, NDF, "Iraqi militiamen")
  'monitor', // NGOs and monitors that report on the conflict (SOHR, HRW, UN agencies)
  'media', // outlets and news agencies
  'international-org', // UN, coalitions, alliances
  'person', // a named person (with role and affiliation)
  'group', // an unnamed group known only by description ("Kurdish and Arab fighters")
  'civilians', // unarmed people as victims or protesters ("civilians", "villagers", "refugees"): ACLED's violence against civilians
] as const;

export type ActorType = (typeof ACTOR_TYPES)[number];

/** One actor of the curated lexicon. */
export interface ActorEntry {
  /** Stable id, e.g. `isis`, `syr-army`, `sohr`. */
  id: string;
  type: ActorType;
  /** ISO 3166-1 alpha-3 of the actor's home country, when it has one. */
  country?: string;
  label: { en: string; fr?: string };
  /** Parent organisation id (the SAA is part of the Syrian state). */
  partOf?: string;
  /** ISO dates bounding when the entry applies (a group can rename or dissolve). */
  validFrom?: string;
  validTo?: string;
  /** CAMEO-style actor code (e.g. `SYRMIL`, `IMGSYRMOS`), for exports. */
  cameo?: string;
  /** Where the entry came from: `phoenix:MilNonState:123` or `curated`. */
  source: string;
}
