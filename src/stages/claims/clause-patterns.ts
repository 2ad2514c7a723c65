import type { DataLine } from '../../resources/line-file.js';

/** Matches nothing: the default of a refinement a language has no pattern for. */
const NEVER = '(?!)';
/** At most one word between two things: the default of the gaps a language does not spell out. */
const ONE_WORD_GAP = '^\\s*(?:\\p{L}+\\s+)?$';

/**
 * The small grammar the claim stage reads around triggers, actors and places, one regular expression per name and
 * language (resources/lexicons/<lang>/clause-patterns.tsv): function words and word order differ between
 * languages, so the whole expression is data. A language that lacks a name gets its `fallback`, which turns the
 * refinement off (claims get coarser, not wrong). `what` says where each one is used.
 */
export const CLAUSE_PATTERNS = {
  'demand-complement': { flags: 'u', fallback: NEVER, what: 'a complementizer: "that", "que" — right after a demanding verb (fill-roles), or after the time of a verb of saying (claim-time)' },
  'genitive-link': { flags: 'iu', fallback: NEVER, what: 'all that stands between a nominal trigger and its owner: "of the" (fill-roles)' },
  'receiver-before': { flags: 'iu', fallback: NEVER, what: 'ends right before whom something goes to: " to the" (fill-roles)' },
  'recalled-from': { flags: 'iu', fallback: NEVER, what: 'from a recalling trigger to right before the country its envoy leaves: "recalled its ambassador from" (fill-roles: that country is the target)' },
  'giving-promise': { flags: 'iu', fallback: NEVER, what: 'a whole trigger text that promises to give: "pledged", "a promis" (fill-roles: the country after "to" receives)' },
  'condemned-act': { flags: 'diu', fallback: NEVER, what: 'right after a condemning verb, a determiner and the act condemned, the act noun captured: "the Israeli raid" (fill-roles)' },
  'declared-measure': { flags: 'iu', fallback: NEVER, what: 'a whole passive trigger text that declares a measure: "was declared" (build-claims: kept at a named place without its declarer)' },
  'raid-word': { flags: 'iu', fallback: NEVER, what: 'a whole trigger text that tells a raid: "raided" (refine-type: a police raid is coercion)' },
  'compass-before': { flags: 'u', fallback: NEVER, what: 'a lower-case compass word right before a town that also stands for its state: "west Beirut" is a part of the town (roles)' },
  'owner-facility-after': { flags: 'iu', fallback: NEVER, what: 'right after a country\'s name, a facility it owns abroad: " embassy" in "the U.S. embassy in Jakarta" (fill-roles: the country is no scene)' },
  'owner-facility-before': { flags: 'iu', fallback: NEVER, what: 'ends right before a country that owns a facility abroad: "l\'ambassade des" (fill-roles: the country is no scene)' },
  'flight-destination-before': { flags: 'iu', fallback: NEVER, what: 'ends right before where people fled to, which is not where the act happened: "forced to flee into" (fill-roles)' },
  'scene-before': { flags: 'iu', fallback: NEVER, what: 'ends right before the place where it happened: "in the town of" (fill-roles)' },
  'ceasefire-where': { flags: 'iu', fallback: NEVER, what: 'between a ceasefire and the place it holds in (fill-roles)' },
  'scene-cue': { flags: 'iu', fallback: NEVER, what: 'a preposition of place: "in", "near" (fill-roles)' },
  'scene-far': { flags: 'iu', fallback: NEVER, what: 'a preposition of place and up to three words before a place (fill-roles)' },
  'scene-or-target-cue': { flags: 'iu', fallback: NEVER, what: 'a preposition of place or of a target: "on" (fill-roles)' },
  'owner-gap': { flags: 'u', fallback: NEVER, what: 'between an owner and its force noun: nothing, "\'s", or one word that is no function word (fill-roles)' },
  'direction-tail': { flags: 'iu', fallback: NEVER, what: 'between a direction cue and its place: "of the", "river" (fill-roles)' },
  'inside-after': { flags: 'iu', fallback: NEVER, what: 'between a place and a wider one named after it: "\'s", "in the" (fill-roles)' },
  'inside-before': { flags: 'iu', fallback: NEVER, what: 'between a place and a wider one named before it: ", in" (fill-roles)' },
  'town-part': { flags: 'iu', fallback: NEVER, what: 'a part of a town between two places: "suburb of" (fill-roles)' },
  'holder-link': { flags: 'iu', fallback: NEVER, what: 'the end of a change-of-hands trigger naming the new holder after it: "control of", "aux mains de" (fill-roles)' },
  'link-at-end': { flags: 'iu', fallback: NEVER, what: 'a linking "of" at the end of the text before a mention (roles)' },
  'head-noun-filler': { flags: 'u', fallback: NEVER, what: 'a head noun and its "of" before a mention, dropped to find the role cue (roles)' },
  'non-placing-cue': { flags: 'u', fallback: NEVER, what: 'a whole place cue that may also mark a receiver: "à" (roles)' },
  demonstrative: { flags: 'iu', fallback: NEVER, what: 'a demonstrative right before a nominal trigger: "this" (build-claims)' },
  'verb-marked': { flags: 'iu', fallback: NEVER, what: 'a trigger text that is surely a verb: past forms, auxiliaries (build-claims)' },
  'noun-phrase-before': { flags: 'u', fallback: NEVER, what: 'a capitalised noun phrase before a trigger, making it a noun: "the Union" (build-claims)' },
  'adjunct-participle': { flags: 'u', fallback: NEVER, what: 'from a violent trigger to a violent participle after a comma: ", killing" (build-claims)' },
  'offensive-aim': { flags: 'iu', fallback: NEVER, what: 'between an offensive and the capture it aims at: "to", "pour" (build-claims)' },
  aside: { flags: 'u', fallback: NEVER, what: 'a participle opening an aside between commas: "backed", "soutenus" (build-claims)' },
  coordination: { flags: 'iu', fallback: NEVER, what: 'between two coordinated names: "and the", ", mais aussi par" (roles)' },
  'relative-before': { flags: 'iu', fallback: NEVER, what: 'a relative pronoun and up to three words before a trigger: "who", "qui" (roles)' },
  'modifier-after': { flags: 'iu', fallback: NEVER, what: 'a participle glued to a name: "-backed" (roles)' },
  arrival: { flags: 'iu', fallback: NEVER, what: 'a trigger text that tells an arrival, not talks: "arrived in" (refine-type)' },
  'force-words': { flags: 'iu', fallback: NEVER, what: 'before an arrival, words naming armed forces: "troops", "warships" (refine-type)' },
  'peacekeeping-words': { flags: 'iu', fallback: NEVER, what: 'before an arrival, words naming peacekeepers: "peacekeeping", "blue helmets" (refine-type)' },
  'exercise-words': { flags: 'iu', fallback: NEVER, what: 'a trigger that holds military exercises: "war games", "manœuvres" (refine-type)' },
  'possessive-owner-before': { flags: 'iu', fallback: NEVER, what: 'a possessive right before a verb form, making it a noun: "the army\'s assault" (find-triggers)' },
  'head-of-after': { flags: 'iu', fallback: NEVER, what: 'right after a bare verb form, what makes it the head of a noun phrase: " of " (find-triggers)' },
  'noun-head-form': { flags: 'iu', fallback: NEVER, what: 'a trigger form that may head a noun phrase: no third-person "-s" (find-triggers)' },
  'phrase-preposition-before': { flags: 'iu', fallback: NEVER, what: 'a preposition right before a form, making it part of a fixed phrase: "in control of" (find-triggers)' },
  'reduced-participle': { flags: 'iu', fallback: NEVER, what: 'a whole trigger text that is a participle of a verb that takes an object: "killed", "expelled" (find-triggers)' },
  'reduced-after': { flags: 'iu', fallback: NEVER, what: 'right after such a participle, a preposition instead of an object: " in", " from", " by" (find-triggers)' },
  'reduced-by': { flags: 'iu', fallback: NEVER, what: 'right after a past form, the agent phrase that makes it passive: " by" (find-triggers)' },
  'reduced-head-before': { flags: 'iu', fallback: NEVER, what: 'before such a participle, a word that can be the noun it describes (no auxiliary, pronoun or adverb) (find-triggers)' },
  'force-intent-gap': { flags: 'iu', fallback: ONE_WORD_GAP, what: 'between a word of willingness or promise and the force it announces: "resume" in "ready to resume fighting" (build-claims)' },
  'past-form': { flags: 'iu', fallback: NEVER, what: 'a whole word that is a past form, never a base form: "recaptured", "looted", "took" (status, find-triggers)' },
  'infinitive-auxiliary': { flags: 'iu', fallback: NEVER, what: 'between an infinitive marker and a past form, what keeps it an infinitive: "be", "have" (status)' },
  'finite-after-participle': { flags: 'u', fallback: NEVER, what: 'after a participle trigger, the finite auxiliary that ends its phrase: " were", " ont été" (fill-roles)' },
  'threat-content': { flags: 'iu', fallback: NEVER, what: 'between a threat and what it holds out: "Belarus with new", « Minsk de » (build-claims)' },
  'toll-link': { flags: 'iu', fallback: NEVER, what: 'between a killing and the violent noun it came from: " in", " dans" (build-claims)' },
  'aid-arrival': { flags: 'iu', fallback: NEVER, what: 'after an aid noun, up to the verb of its arrival: ", water and medicine crossed into", "est entrée" (build-claims)' },
  'road-block': { flags: 'iu', fallback: NEVER, what: 'a trigger that blocks roads: a protest when a crowd does it (refine-type)' },
  'relative-aside': { flags: 'giu', fallback: NEVER, what: 'a relative clause between commas: ", which control much of the bank," (build-claims)' },
  'subject-after-que': { flags: 'iu', fallback: NEVER, what: 'before a trigger, a "que" whose clause names its own subject: « que l\'Arménie a » (roles)' },
  'adverbial-break': { flags: 'iu', fallback: NEVER, what: 'between a hostile act and a later "against X", an adverbial that X belongs to: " during protests", « lors de manifestations » (fill-roles)' },
  'freed-word': { flags: 'iu', fallback: NEVER, what: 'a capture trigger that frees: "freed", « libérés » — people freed are released (fill-roles)' },
  'rioting-crowd': { flags: 'iu', fallback: NEVER, what: 'a crowd whose damage to property is a riot: "protesters", « manifestants » (refine-type)' },
  'labour-strike': { flags: 'iu', fallback: NEVER, what: 'a trigger that is a work stoppage when an unarmed crowd does it: "strike" (refine-type)' },
  'facility-before': { flags: 'iu', fallback: NEVER, what: 'a building a name owns, before it: "le quartier général de l\'armée" (roles)' },
  'facility-after': { flags: 'iu', fallback: NEVER, what: 'a building a name owns: "the army headquarters", "the Russian embassy" (roles)' },
  'speaker-noun': { flags: 'iu', fallback: '^\\s*$', what: 'between an organisation and its verb of saying: "spokesman" (attribution)' },
  'speaker-did-first': { flags: 'u', fallback: NEVER, what: 'a second verb of saying of the same subject: " and" (attribution)' },
  'relative-pronoun-speaker': { flags: 'iu', fallback: NEVER, what: 'the end of the text before a verb of saying: a comma, a relative pronoun and the speaker, ", which he" in "support the PLO, which he said would help" (attribution)' },
  'of-place': { flags: 'iu', fallback: NEVER, what: 'between a description with no country and the place it belongs to: " of " in "the government of Sindh province" (generic-of-place)' },
  'held-ground': { flags: 'u', fallback: NEVER, what: 'a holder participle on a struck object, the nationality before the holder word captured first, the holder word second: "albanian rebel-held" (nationality-targets: the holder is the target)' },
  'held-object-gap': { flags: 'iu', fallback: NEVER, what: 'between a violent verb and a holder participle inside its object: " the Albanian " in "shelled the Albanian rebel-held villages" (build-claims: the object reaches past the participle)' },
  'contact-relative-speaker': { flags: 'iu', fallback: NEVER, what: 'a pronoun speaking inside a relative clause with no "that", up to its verb: "companies it says fund" (attribution)' },
  'contrast-link': { flags: 'iu', fallback: NEVER, what: 'a contrast before a denial, to the end: ", but", "mais" (attribution)' },
  'complement-after': { flags: 'iu', fallback: NEVER, what: 'after a verb of denial, a few words and "that", "que" (attribution)' },
  // Without the pattern, only a single word may stand between ("air strikes killed", "Rebel shelling killed").
  'noun-subject-gap': { flags: 'iu', fallback: ONE_WORD_GAP, what: 'between a violent noun and the violent verb it is the subject of: "air strikes killed", "an attack on a checkpoint in Kidal killed" (build-claims)' },
  'no-determiner': { flags: 'iu', fallback: NEVER, what: 'a determiner that denies the noun after it: "no attack", "aucune frappe" (build-claims)' },
  'own-part-act': { flags: 'iu', fallback: NEVER, what: 'after the words of one\'s own part, what links them to the act denied: "involvement in", "implication dans" (attribution)' },
  'open-denial': { flags: 'iu', fallback: NEVER, what: 'right before a verb of denial, what makes it no denial: "neither confirmed nor", "ni confirmé ni" (attribution)' },
  'denied-any': { flags: 'iu', fallback: NEVER, what: 'after a verb of denial, "any" / "tout" opening the act denied: "denied any strike", "dément tout soutien" (attribution)' },
  'denied-own-act': { flags: 'iu', fallback: NEVER, what: 'after a verb of denial, the denier\'s own act: "bombing", "having bombed", "avoir bombardé" (attribution)' },
  'attribution-lead': { flags: 'iu', fallback: NEVER, what: 'a leading "according to" stripped from a claimant\'s label (attribution)' },
  'unnamed-tail': { flags: 'iu', fallback: NEVER, what: 'the verb of saying and what follows it, cut from unnamed sources\' label (attribution)' },
  'trailing-speaker-gap': { flags: 'iu', fallback: '^[\\s,]*(?:[\\p{L}-]+\\s+){0,3}$', what: 'between the last comma and a trailing speaker: a few words (attribution)' },
  'subject-slot': { flags: 'iu', fallback: '^[\\s,;:]*$', what: 'before a pronoun in subject position: punctuation, "in Geneva,", "today" (coreference)' },
  impersonal: { flags: 'iu', fallback: NEVER, what: 'right after a subject pronoun, an impersonal use: "il y a" (coreference)' },
  'leaving-gap': { flags: 'iu', fallback: NEVER, what: 'between a withdrawal and the place it leaves: "from the", "de la" (fill-roles)' },
  'clash-side': { flags: 'iu', fallback: NEVER, what: 'between a clash noun and the other side it names: "in a clash with", « dans des affrontements avec » (refine-type)' },
  'origin-cue': { flags: 'iu', fallback: NEVER, what: 'right before a place a force came from, not where it is: "entered Kosovo from Macedonia", « depuis la Turquie » (fill-roles)' },
  'names-its-town': { flags: 'u', fallback: NEVER, what: 'after "the town", a name of its own, not "of the province" (fill-roles)' },
  'unnamed-subject': { flags: 'u', fallback: NEVER, what: 'the whole text before a trigger when it is one capitalised noun phrase, in group `name`: "The Umma party has" (unnamed-subject)' },
  'cue-ends-with-link': { flags: 'u', fallback: NEVER, what: 'a place cue ending with its link word: "the town of", "le village de" (fill-roles)' },
  'apposition-gap': { flags: 'iu', fallback: '^\\s*,\\s*$', what: 'between a name and a generic description of it: ", the" (roles)' },
  'possessive-before': { flags: 'iu', fallback: NEVER, what: 'a possessive right before a mention: "its", "leurs" (fill-roles)' },
  'reflexive-end': { flags: 'u', fallback: NEVER, what: 'a reflexive pronoun at the end, stripped before an ordered infinitive: "se" (fill-roles)' },
  reciprocal: { flags: 'iu', fallback: NEVER, what: 'right after a verb of accusing, the accused being both sides: "each other" (attribution)' },
  'accusation-link': { flags: 'iu', fallback: NEVER, what: 'between the accused and what they are accused of: "of", "d\'avoir" (attribution)' },
  'clause-link': { flags: 'iu', fallback: NEVER, what: 'a link word opening the clause of a speaker: "while", "alors que" (attribution)' },
} as const satisfies Record<string, { flags: string; fallback: string; what: string }>;

export type ClausePatternName = keyof typeof CLAUSE_PATTERNS;
export type ClausePatterns = Readonly<Record<ClausePatternName, RegExp>>;

const isName = (name: string): name is ClausePatternName => Object.hasOwn(CLAUSE_PATTERNS, name);

/** Compiles the lines of clause-patterns.tsv (name, regex); several lines of one name are alternatives. */
export function compileClausePatterns(lines: readonly DataLine[]): ClausePatterns {
  const sources = new Map<ClausePatternName, string[]>();
  for (const { fields, ref } of lines) {
    const [name = '', source = ''] = fields;
    if (!isName(name)) throw new Error(`${ref}: unknown pattern "${name}"; the names are ${Object.keys(CLAUSE_PATTERNS).join(', ')}`);
    if (!source) throw new Error(`${ref}: a pattern needs a name and a regular expression`);
    try {
      new RegExp(source, CLAUSE_PATTERNS[name].flags);
    } catch (cause) {
      throw new Error(`${ref}: not a valid regular expression (${(cause as Error).message}); fix the line`);
    }
    sources.set(name, [...(sources.get(name) ?? []), source]);
  }
  const out = {} as Record<ClausePatternName, RegExp>;
  for (const [name, spec] of Object.entries(CLAUSE_PATTERNS) as [ClausePatternName, (typeof CLAUSE_PATTERNS)[ClausePatternName]][]) {
    const own = sources.get(name);
    const source = own ? (own.length === 1 ? own[0]! : own.map((s) => `(?:${s})`).join('|')) : spec.fallback;
    out[name] = new RegExp(source, spec.flags);
  }
  return out;
}
