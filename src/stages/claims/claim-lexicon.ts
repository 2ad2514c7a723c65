import type { ClaimType } from '../../model/claim.js';
import { CLAIM_TYPES, INSTRUMENT_KINDS } from '../../model/claim.js';
import { readDataLines, type DataLine } from '../../resources/line-file.js';
import { escapeRegex, wordRegex } from '../../resources/word-regex.js';
import { loadNationalities, type Nationalities } from './nationality-targets.js';
import { expandLemmas, loadMorphology } from './inflect.js';
import type { Refinement } from './refine-type.js';
import { regexAnchors, regexPrefixes } from './regex-anchors.js';
import { compileClausePatterns, type ClausePatterns } from './clause-patterns.js';
import { loadGeneralVerbs, withOwnedForms, type GeneralVerbs } from './general-verbs.js';

export type Voice = 'active' | 'passive' | 'nominal' | 'participle' | 'beneficiary' | 'apposition' | 'adverbial' | 'obligation';
export type Role = 'agent' | 'co-agent' | 'supporter' | 'target' | 'from-actor' | 'from-place' | 'to-place' | 'identity';

export interface Trigger {
  id: string;
  type: ClaimType;
  voice: Voice;
  re: RegExp;
  ref: string;
  /** Lower-cased strings one of which every match contains (regex-anchors.ts); absent when none is known. */
  anchors?: string[];
  /** Read off the general verb list (general-verbs.ts), not a trigger line: weaker evidence. */
  general?: boolean;
}

export interface Cue<K extends string = string> {
  kind: K;
  re: RegExp;
  /** Extra column: a channel, a scope or a relation, depending on the file. */
  extra: string;
  ref: string;
}

/** Everything the claim stage knows about one language, compiled once. */
export interface ClaimLexicon {
  lang: string;
  triggers: Trigger[];
  /** Role cues, anchored to end right before a mention: `(?:cue)\s*$`. */
  roleCues: Cue<Role>[];
  attribution: Cue[];
  /** `future`: an intention cue that is a tense ("will", "va", a French future), placing the act after the report. */
  status: (Cue & { future?: boolean })[];
  anaphors: Cue[];
  selfRefs: Cue[];
  scope: Cue[];
  directions: Cue[];
  partNouns: Cue[];
  announce: Cue[];
  /** "la ville", "the town": the last town named. */
  placeAnaphors: Cue[];
  /** "Russian jets bombed": an attack whose clause names aircraft is an air strike. */
  refinements: Refinement[];
  /** "completed the recapture of", "carried out air strikes": the verb's subject is the noun's agent. */
  lightVerbs: Cue[];
  /** "Hundreds of people", "des milliers": a crowd may protest without an organisation named. */
  crowds: Cue[];
  /** Sport, show business, markets, weather: a clause holding one tells no conflict event. */
  offTopic: Cue[];
  /** Weapons and means of force (instruments.tsv): kind = an INSTRUMENT_KINDS value. */
  instruments: Cue[];
  /** "before the assault", "l'attaque": a verb form right after one of these is a noun (tail regex). */
  nounDeterminer: RegExp;
  /* Built from the articles and quantifiers of noun-determiners.tsv (kinds `article`, `quantifier`): */
  /** A claimant named outside the lexicon after "according to": an article or none, then a capitalised name. */
  namedLead: RegExp;
  /** What a speaker named after the verb of saying starts with: a capital or an article. */
  speakerLead: RegExp;
  /** Nothing but articles, amounts and numbers: what may open a clause's own subject ("when several militiamen"). */
  subjectLead: RegExp;
  /** Commas and at most an article: what may stand between a verb and the actor it governs. */
  articleGap: RegExp;
  /** A phrase opening with an article ("the attack", "l'attaque"): nothing before it can be its owner's modifier. */
  articleOpen: RegExp;
  /** What may stand between a cue and the actor mention it introduces (kind `mention-lead`: "the", "l'", "des"). */
  mentionLead: RegExp;
  /** The language's clause patterns (clause-patterns.tsv): function words and word order around triggers. */
  patterns: ClausePatterns;
  /** "claimed responsibility for", "a revendiqué l'attentat" (kind active), "claimed by" (kind passive). */
  responsibility: Cue[];
  /** "ordered his troops to withdraw": the ordering verbs (kind verb), what links their object to the infinitive
   *  (kind link, a tail regex), and an article opening an object no mention names (noun-determiners.tsv). */
  objectControl: { verbs: Cue[]; link: RegExp; article: RegExp };
  /** "demanded that Russia withdraw": the demanding verb with its "that" (kind mandate) and the words allowed between
   *  the bound actor and the act's verb (kind mandate-gap, a whole-string regex). */
  mandate: { verbs: Cue[]; gap: RegExp };
  /** "from released soldiers": a participle right after a preposition is an adjective, not the verb (tail regex
   *  over the text before the match, whole-match regex over the match); never when the file lists none. */
  participleAdjective: { before: RegExp; form: RegExp };
  /** A quantity phrase at the start of a string ("more than 100", "scores of"): skipped before a verb's object. */
  objectQuantity: RegExp;
  /** The same phrases at the end of a string: skipped between a role cue and its actor ("by hundreds of"). */
  trailingQuantity: RegExp;
  /** A whole phrase naming a speaker by role alone ("the regional governor", "un responsable local"), from the
   *  roles of actor-person-cues.tsv. */
  roleSpeaker: RegExp;
  /** Nationality words and country actors, for targets named only as "an Indian proposal" or "from Chad". */
  nationalities: Nationalities;
  /** Lower-cased group adjectives ("kurdish", "chiites"): words that may stand between a role cue and a named actor
   *  the mention does not take in ("by Kurdish Peshmerga forces"). */
  groupAdjectives: Set<string>;
  /** Lower-case words of a side's politics or manner (noun-determiners.tsv, kind `actor-qualifier`): "by leftist guerrillas". */
  actorQualifiers: Set<string>;
  /** The broad verb list read when no trigger matches a sentence (general-verbs.ts); absent for a language without one. */
  generalVerbs?: GeneralVerbs;
}

const VOICES: readonly Voice[] = ['active', 'passive', 'nominal', 'participle', 'beneficiary', 'apposition', 'adverbial', 'obligation'];
const ROLES: readonly Role[] = ['agent', 'co-agent', 'supporter', 'target', 'from-actor', 'from-place', 'to-place', 'identity'];


/** A cue that must end right before something (a mention): used for "par X", "selon X". */
function tailRegex(forms: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms})\\s*$`, 'iu');
}

export function loadClaimLexicon(lang: string, root?: string): ClaimLexicon {
  const morphology = loadMorphology(lang, root);
  const file = (name: string) =>
    readDataLines(`lexicons/${lang}/${name}`, root).map((l) => ({ ...l, fields: l.fields.map((f) => (f.includes('@') ? expandLemmas(f, morphology) : f)) }));
  const triggers: Trigger[] = file('claim-triggers.tsv').map(({ fields, ref }) => {
    const [id, type, voice, forms] = fields;
    if (!id || !forms || !CLAIM_TYPES.includes(type as ClaimType) || !VOICES.includes(voice as Voice)) {
      throw new Error(`${ref}: a trigger needs id, one of the claim types, a voice and forms; fix the line`);
    }
    // A lookahead on the literal prefixes every match starts with lets the engine reject most positions at once,
    // before the lookbehinds and alternations of a long pattern are tried there.
    const prefixes = regexPrefixes(`(?:${forms})`);
    // Triggers run on the lower-cased view (SentenceContext.lower), so without the costly case-insensitive flag.
    const re = prefixes ? wordRegex(`(?=${prefixes.map(escapeRegex).join('|')})(?:${forms})`, 'gu') : wordRegex(forms, 'gu');
    const anchors = regexAnchors(re.source);
    return { id, type: type as ClaimType, voice: voice as Voice, re, ref, ...(anchors ? { anchors } : {}) };
  });
  const roleCues = file('role-cues.tsv').map(({ fields, ref }) => {
    const [role, forms] = fields;
    if (!ROLES.includes(role as Role) || !forms) throw new Error(`${ref}: a role cue needs a known role and forms`);
    return { kind: role as Role, re: tailRegex(forms), extra: '', ref };
  });
  const toCues = (lines: DataLine[], shape: 'kind-extra-forms' | 'forms-kind-extra' | 'kind-forms' | 'forms') =>
    lines.map(({ fields, ref }): Cue => {
      const [a = '', b = '', c = ''] = fields;
      if (shape === 'kind-extra-forms') return { kind: a, extra: b, re: wordRegex(c), ref };
      if (shape === 'forms-kind-extra') return { kind: b, extra: c, re: wordRegex(a), ref };
      if (shape === 'kind-forms') return { kind: a, extra: '', re: wordRegex(b), ref };
      return { kind: 'form', extra: '', re: wordRegex(a), ref };
    });
  const cues = (name: string, shape: Parameters<typeof toCues>[1]) => toCues(file(name), shape);
  // Files that feed two fields are read once.
  const determiners = file('noun-determiners.tsv');
  const quantities = file('object-quantities.tsv');
  const control = file('object-control.tsv');
  const controlLinks = formsOf(control, 'link');
  const controlCues = toCues(control, 'kind-forms');
  const listed = loadGeneralVerbs(lang, morphology, root);
  const generalVerbs = listed && withOwnedForms(listed, (form) => triggers.some((t) => triggerMayMatch(t, form) && matchesIn(t.re, form, 0, form.length).length > 0));
  return {
    lang,
    ...(generalVerbs ? { generalVerbs } : {}),
    triggers,
    roleCues,
    attribution: cues('attribution-cues.tsv', 'kind-extra-forms'),
    status: file('status-cues.tsv').map(({ fields, ref }) => ({
      kind: fields[0] ?? '',
      re: wordRegex(fields[1] ?? ''),
      extra: fields[2] ?? 'before',
      ...(fields[3] === 'future' ? { future: true } : {}),
      ref,
    })),
    anaphors: cues('anaphors.tsv', 'forms-kind-extra'),
    selfRefs: cues('quote-self-refs.tsv', 'forms'),
    scope: cues('claim-scope.tsv', 'kind-forms'),
    directions: cues('claim-scope-direction.tsv', 'kind-forms'),
    partNouns: file('place-part-nouns.tsv').map(({ fields, ref }) => ({ kind: 'part', re: tailRegex(fields[0] ?? ''), extra: '', ref })),
    announce: cues('announce-cues.tsv', 'forms'),
    placeAnaphors: cues('place-anaphors.tsv', 'forms'),
    lightVerbs: file('light-verbs.tsv').map(({ fields, ref }) => ({ kind: fields[1] === 'patient' ? 'patient' : 'light', re: tailRegex(fields[0] ?? ''), extra: '', ref })),
    crowds: cues('crowd-words.tsv', 'forms'),
    offTopic: cues('off-topic-cues.tsv', 'forms'),
    instruments: instrumentCues(cues('instruments.tsv', 'kind-forms')),
    nounDeterminer: determinerRegex(determiners),
    ...articleRegexes(formsOf(determiners, 'article') || '(?!)', formsOf(determiners, 'quantifier') || '(?!)'),
    patterns: compileClausePatterns(readDataLines(`lexicons/${lang}/clause-patterns.tsv`, root)),
    // "ordered former President Carlos Menem", "tried to kill the outgoing prime minister": a word that dates a
    // title may stand between the determiner and the person.
    mentionLead: new RegExp(`^[\\s,'’]*(?:(?:${formsOf(determiners, 'mention-lead') || '(?!)'})\\s*)?(?:(?:${formsOf(determiners, 'title-qualifier') || '(?!)'})[\\s-]*)?$`, 'iu'),
    responsibility: cues('responsibility-cues.tsv', 'kind-forms'),
    objectControl: {
      verbs: controlCues.filter((c) => c.kind === 'verb'),
      link: controlLinks ? tailRegex(controlLinks) : /(?!)/u,
      // An object that opens with an article ("called on the president to resign") is a noun phrase told to act.
      article: new RegExp(`^\\s*(?:${formsOf(determiners, 'article') || '(?!)'})(?:(?<=['’])|(?![\\p{L}]))`, 'iu'),
    },
    mandate: {
      verbs: controlCues.filter((c) => c.kind === 'mandate'),
      gap: new RegExp(`^(?:\\s*(?:${formsOf(control, 'mandate-gap') || '(?!)'})(?![\\p{L}]))*\\s*$`, 'u'),
    },
    participleAdjective: participleRegexes(determiners),
    objectQuantity: prefixRegex(quantities),
    trailingQuantity: suffixRegex(quantities),
    roleSpeaker: roleSpeakerRegex(file('actor-person-cues.tsv').filter((l) => l.fields[1] === 'role').map((l) => l.fields[0] ?? ''), formsOf(determiners, 'article')),
    nationalities: loadNationalities(lang, root),
    actorQualifiers: new Set(determiners.filter((l) => l.fields[0] === 'actor-qualifier').flatMap((l) => (l.fields[1] ?? '').split('|')).filter(Boolean)),
    // Read as written: its "@order" setting row is no lemma to expand.
    groupAdjectives: new Set(readDataLines(`lexicons/${lang}/group-adjectives.tsv`, root).map(({ fields }) => (fields[0] ?? '').toLowerCase()).filter((w) => w && !w.startsWith('@'))),
    refinements: file('claim-refinements.tsv').map(({ fields, ref }) => {
      const [from, to, forms, where] = fields;
      if (!CLAIM_TYPES.includes(from as ClaimType) || !CLAIM_TYPES.includes(to as ClaimType) || !forms) {
        throw new Error(`${ref}: a refinement needs two claim types and forms; fix the line`);
      }
      if (where !== undefined && where !== '' && where !== 'at-trigger') throw new Error(`${ref}: the fourth column is empty or at-trigger, not "${where}"; fix the line`);
      return { from: from as ClaimType, to: to as ClaimType, re: wordRegex(forms), ref, ...(where === 'at-trigger' ? { atTrigger: true } : {}) };
    }),
  };
}

/** instruments.tsv rows, each kind checked against the model's list so a typo names the line to fix. */
function instrumentCues(rows: Cue[]): Cue[] {
  for (const r of rows) {
    if (!(INSTRUMENT_KINDS as readonly string[]).includes(r.kind)) throw new Error(`${r.ref}: unknown instrument kind "${r.kind}" (expected one of ${INSTRUMENT_KINDS.join(', ')})`);
  }
  return rows;
}

function articleRegexes(articles: string, quantifiers: string): Pick<ClaimLexicon, 'namedLead' | 'speakerLead' | 'subjectLead' | 'articleGap' | 'articleOpen'> {
  return {
    articleOpen: new RegExp(`^(?:${articles})(?:\\s|(?<=['’]))`, 'iu'),
    namedLead: new RegExp(`^\\s*((?:(?:${articles})\\s*)?[\\p{Lu}][^,;.]{1,60}?)(?=\\s*(?:[,;.]|$))`, 'u'),
    // "l'" needs no space after it.
    speakerLead: new RegExp(`^\\s*(?:\\p{Lu}|(?:${articles})(?:\\s|(?<=['’])))`, 'u'),
    subjectLead: new RegExp(`^\\s*(?:(?:${articles}|${quantifiers}|[\\d.,]+)\\s*)*$`, 'iu'),
    articleGap: new RegExp(`^[\\s,]*(?:(?:${articles})\\s*)?$`, 'iu'),
  };
}

/** "the regional governor", "a military spokesman", "un responsable local": an article, up to three words, a role,
 *  up to two words after it, and nothing else. */
function roleSpeakerRegex(roles: string[], articles: string): RegExp {
  const forms = roles.filter((r) => r !== '').map(escapeRegex);
  if (forms.length === 0 || !articles) return /(?!)/u;
  return new RegExp(`^(?:${articles})\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:${forms.join('|')})s?(?:\\s+[\\p{L}-]+){0,2}$`, 'iu');
}

/** One of the file's expressions at the very end, with the spaces after it; never matches when there is none. */
function suffixRegex(lines: { fields: string[] }[]): RegExp {
  const forms = lines.map((l) => `(?:${l.fields[0] ?? ''})`).filter((f) => f !== '(?:)');
  return forms.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})\\s*$`, 'iu') : /(?!)/u;
}

/** One of the file's expressions at the very start, with the spaces after it; never matches when there is none. */
function prefixRegex(lines: { fields: string[] }[]): RegExp {
  const forms = lines.map((l) => `(?:${l.fields[0] ?? ''})`).filter((f) => f !== '(?:)');
  return forms.length > 0 ? new RegExp(`^\\s*(?:${forms.join('|')})(?![\\p{L}\\p{N}])[\\s'’]*`, 'iu') : /(?!)/u;
}

/** The forms of one kind of a kind-forms file, as one alternation ('' when none). */
function formsOf(lines: { fields: string[] }[], kind: string): string {
  return lines.filter((l) => l.fields[0] === kind).map((l) => `(?:${l.fields[1] ?? ''})`).join('|');
}

/** Prepositions before, participle forms for the whole match ("from released soldiers"); never match when a
 *  language lists none. */
function participleRegexes(lines: { fields: string[] }[]): { before: RegExp; form: RegExp } {
  const preps = formsOf(lines, 'preposition');
  const parts = formsOf(lines, 'participle');
  if (!preps || !parts) return { before: /(?!)/u, form: /(?!)/u };
  return { before: new RegExp(`(?:^|[\\s(])(?:${preps})\\s+$`, 'iu'), form: new RegExp(`^(?:${parts})$`, 'iu') };
}

/** `(?:^|\s)(?:the|a)\s*(?:(?:new|fresh)\s+)?$` from the determiner file; never matches when a language has none. */
function determinerRegex(lines: { fields: string[] }[]): RegExp {
  const dets = formsOf(lines, 'determiner');
  if (!dets) return /(?!)/u;
  const adjs = formsOf(lines, 'adjective');
  return new RegExp(`(?:^|[\\s(])(?:${dets})\\s*${adjs ? `(?:(?:${adjs})\\s+)?` : ''}$`, 'iu');
}

/**
 * All matches of a global regex within [start, end) of the text. The regex runs on that slice only: run on the
 * whole text from `start`, a pattern that does not occur in the sentence would scan to the end of the report, once
 * per sentence and per pattern.
 */
export function matchesIn(re: RegExp, text: string, start: number, end: number): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  if (end <= start) return out;
  const slice = text.slice(start, end);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** False when the lower-cased text lacks every literal anchor of the trigger: its regex need not run there. */
export function triggerMayMatch(trigger: Trigger, lowerText: string): boolean {
  return !trigger.anchors || trigger.anchors.some((a) => lowerText.includes(a));
}

/** The literal anchors of a cue (regex-anchors.ts), computed once per cue; a cue without a safe set may always match. */
const cueAnchors = new WeakMap<Cue, string[] | null>();

/** False when the lower-cased text lacks every literal a match of the cue must contain: its regex need not run. */
export function cueMayMatch(cue: Cue, lowerText: string): boolean {
  if (!cueAnchors.has(cue)) cueAnchors.set(cue, regexAnchors(cue.re.source) ?? null);
  const anchors = cueAnchors.get(cue);
  return !anchors || anchors.some((a) => lowerText.includes(a));
}
