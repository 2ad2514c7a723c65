/**
 * Dictionary pass: every alias of the language tables that matches whole tokens, then a leftmost-longest choice
 * among overlapping candidates ("armée syrienne" beats the generic "l'armée" that shares its "armée").
 */
import { SECTOR_OF_FOCUS_ROLE, type ActorLexicon, type AliasEntry, type FocusRole, type LanguageTable } from '../../resources/actor-lexicon-types.js';
import type { Token } from '../../resources/actor-tokens.js';
import type { TokenTrie } from '../../resources/actor-trie.js';
import { FOCUS_ROLE_TYPE, type ActorDraft } from './actor-draft.js';
import { isIso3 } from './group-descriptions.js';
import { validAt, type DateRange } from './validity.js';

interface Candidate {
  start: number;
  end: number;
  alias: AliasEntry;
  chars: number;
  /** Every reading of an alias that names several actors ("RSF"): the report decides (`chooseReadings`). */
  readings?: AliasEntry[];
  /** A country or capital after a locative ("in Syria"): a place here, kept aside for "the president of Syria". */
  latent?: boolean;
  /** "Iraqi Republican Guard": the ISO-3 country of another nationality beside a `national` alias. */
  foreign?: string;
}

// Confidence by the kind of alias: acronyms are short and clash more often (AP, CTS); a country's name or a
// capital is the state only sometimes ("Washington a annoncé" vs a place); generic ones get theirs from focus.
const CONFIDENCE = { name: 0.9, acronym: 0.85, country: 0.6, metonym: 0.5, generic: 0.5 };

/** Case-sensitive aliases compare, token by token, only the tokens that hold a capital ("l'EI" matches "L'EI"). */
function caseMatches(alias: AliasEntry, tokens: readonly Token[], start: number): boolean {
  if (!alias.flags.has('cs')) return true;
  return alias.caseKeys.every((k, j) => k === k.toLowerCase() || tokens[start + j]?.caseKey === k);
}

/** "dans l'est de la Syrie", "in Syria": a country name after a locative is a place, not the state acting. */
function afterLocative(table: LanguageTable, tokens: readonly Token[], start: number, country = false): boolean {
  let p = start;
  for (;;) {
    const a = table.connectors.startOfFormEndingAt(tokens, p, 2);
    if (a < 0) return false;
    const roles = table.connectors.matchesAt(tokens, a).find((m) => m.end === p)?.values ?? [];
    // "called on Iran", "sanctions on Russia": before a country's name some locatives introduce a party, not a place.
    if (country && roles.includes('party-before-country')) return false;
    if (roles.includes('locative')) return true;
    // "in northern Burkina Faso": a compass word (a modifier) between the locative and the name, like an article.
    if (!roles.includes('article') && !roles.includes('modifier')) return false;
    p = a;
  }
}

const SENTENCE_END = new Set(['.', '!', '?', ':', '"', '«', '\u201c']);

/** The token before `i` is a capitalised word that opens no sentence and is no function word ("Real" Madrid). */
function nameBefore(table: LanguageTable, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev?.capitalised || !/^\p{L}/u.test(prev.key) || table.connectors.matchesAt(tokens, i - 1).length > 0) return false;
  const before = tokens[i - 2];
  return before !== undefined && !SENTENCE_END.has(before.key);
}

/**
 * A nationality word right beside the alias, on the side the language puts adjectives ("Mexican federal police",
 * « police fédérale mexicaine »): its ISO-3 country and the token span of alias and adjective together.
 */
function nationalityBeside(table: LanguageTable, tokens: readonly Token[], start: number, end: number): { tag: string; start: number; end: number } | undefined {
  const national = (j: number, fits: (mEnd: number) => boolean): { tag: string; end: number } | undefined => {
    for (const m of table.adjectives.matchesAt(tokens, j)) {
      if (!fits(m.end)) continue;
      const adj = m.values.find((v) => isIso3(v.tag) && (!v.capital || tokens[j]?.capitalised));
      if (adj) return { tag: adj.tag, end: m.end };
    }
    return undefined;
  };
  if (table.adjectiveOrder === 'after') {
    const after = national(end, () => true);
    return after ? { tag: after.tag, start, end: after.end } : undefined;
  }
  for (let j = Math.max(0, start - 3); j < start; j++) {
    const before = national(j, (mEnd) => mEnd === start);
    if (before) return { tag: before.tag, start: j, end };
  }
  return undefined;
}

function candidatesOf(table: LanguageTable, tokens: readonly Token[], lexicon: ActorLexicon, trie: TokenTrie<AliasEntry> = table.aliases): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const m of trie.matchesAt(tokens, i)) {
      const fitting = m.values.filter((a) => caseMatches(a, tokens, i));
      const alias = fitting[0];
      if (!alias) continue;
      // "Iraqi Republican Guard", "Mexican federal police": a body named by its function (flag `national`) is
      // another country's when another nationality stands beside it; the adjective joins the mention.
      const beside = alias.flags.has('national') ? nationalityBeside(table, tokens, i, m.end) : undefined;
      const foreign = beside && beside.tag !== lexicon.get(alias.actorId as string)?.country ? beside : undefined;
      const [start, end] = foreign ? [foreign.start, foreign.end] : [i, m.end];
      const chars = (tokens[end - 1] as Token).end - (tokens[start] as Token).start;
      const c: Candidate = { start, end, alias, chars, ...(foreign ? { foreign: foreign.tag } : {}) };
      if (new Set(fitting.map((a) => a.actorId)).size > 1) c.readings = fitting;
      if (alias.flags.has('country') || alias.flags.has('metonym')) {
        // "London-based", "Paris-based" (hyphens are dropped): where an outlet or monitor sits, never the state.
        if (table.connectors.matchesAt(tokens, m.end).some((x) => x.values.includes('place-suffix'))) continue;
        if (afterLocative(table, tokens, i, alias.flags.has('country'))) c.latent = true;
        // "Real Madrid", "Inter Milan", "Dynamo Kyiv": a capital right after a capitalised word inside a sentence is
        // the end of a longer name (a club, "East Jerusalem"), not its state.
        if (alias.flags.has('metonym') && nameBefore(table, tokens, i)) continue;
      }
      out.push(c);
    }
  }
  return out;
}

/** The focus role of a body by the sector its CAMEO code ends with (`IRQCOP` → police); the first role of a sector wins (MIL → army). */
const ROLE_OF_SECTOR: ReadonlyMap<string, FocusRole> = new Map(
  (Object.entries(SECTOR_OF_FOCUS_ROLE) as Array<[FocusRole, string]>).reverse().map(([role, sector]) => [sector, role]),
);

/** "Iraqi Republican Guard": the row of the other country that does the same work (its army, its police). */
function foreignDraft(c: Candidate & { foreign: string }, lexicon: ActorLexicon): ActorDraft | undefined {
  const own = lexicon.get(c.alias.actorId as string);
  const role = ROLE_OF_SECTOR.get(own?.cameo?.slice(3, 6) ?? '');
  const row = role ? lexicon.forFocus(c.foreign, role) : undefined;
  if (!row) return undefined;
  return { tokStart: c.start, tokEnd: c.end, actorId: row.id, actorType: row.type, label: row.label.en, rule: `${c.alias.rule};national:${c.foreign}`, confidence: 0.75, nationality: c.foreign };
}

function draftOf(c: Candidate, lexicon: ActorLexicon, range: DateRange | undefined): ActorDraft | undefined {
  if (c.foreign) return foreignDraft({ ...c, foreign: c.foreign }, lexicon);
  const { alias } = c;
  if (alias.focusRole) {
    return {
      tokStart: c.start,
      tokEnd: c.end,
      focusRole: alias.focusRole,
      actorType: FOCUS_ROLE_TYPE[alias.focusRole],
      label: alias.alias,
      rule: alias.rule,
      confidence: CONFIDENCE.generic,
      generic: true,
    };
  }
  const entry = lexicon.get(alias.actorId as string);
  if (!entry) throw new Error(`alias ${alias.rule} points at a missing actor`); // the loader checked this
  const person = lexicon.persons.get(entry.id);
  let confidence = alias.flags.has('metonym')
    ? CONFIDENCE.metonym
    : alias.flags.has('country')
      ? CONFIDENCE.country
      : alias.flags.has('cs')
        ? CONFIDENCE.acronym
        : CONFIDENCE.name;
  let rule = alias.rule;
  const validFrom = person?.validFrom ?? entry.validFrom;
  const validTo = person?.validTo ?? entry.validTo;
  const roleHeld = validAt(range, validFrom, validTo);
  if (!validAt(range, alias.validFrom, alias.validTo) || !roleHeld) {
    // "Front al-Nosra" in a 2018 report: still that group, most likely under an older name; keep it, trust less.
    confidence = Math.round(confidence * 50) / 100;
    rule += ';outside-validity';
  }
  const draft: ActorDraft = {
    tokStart: c.start,
    tokEnd: c.end,
    actorId: entry.id,
    actorType: entry.type,
    label: entry.label.en,
    rule,
    confidence,
  };
  if (alias.flags.has('country') || alias.flags.has('metonym')) draft.weak = true;
  if (alias.flags.has('metonym')) draft.metonym = true;
  // A person's role and side hold only for the dates of the role: Ismail Haniyeh was the Palestinian prime minister
  // in 2006 and Hamas's political leader from 2017; outside them the report's own words (a title) say it.
  if (person && roleHeld) {
    if (person.roleEn) draft.personRole = person.roleEn;
    if (person.affiliation) draft.affiliation = person.affiliation;
  }
  return draft;
}

/**
 * An alias that names several actors ("RSF": Sudan's Rapid Support Forces or Reporters Without Borders) takes the
 * reading the rest of the report supports: the same actor named unambiguously elsewhere counts 2 ("the Rapid Support
 * Forces … the RSF"), its country named as an actor, a place or a nationality counts 1 ("Sudan", "Sudanese"). No support, or a
 * tie, and the alias names nobody: a wrong actor is worse than none.
 */
function chooseReadings(all: Candidate[], lexicon: ActorLexicon, tables: readonly LanguageTable[], tokens: readonly Token[]): Candidate[] {
  if (!all.some((c) => c.readings)) return all;
  const plain = all.filter((c) => !c.readings && !c.alias.block && c.alias.actorId);
  const ids = new Set(plain.map((c) => c.alias.actorId));
  const countries = new Set(plain.map((c) => lexicon.get(c.alias.actorId as string)?.country));
  // A nationality word names its country too ("the Sudanese army", "l'armée soudanaise").
  for (const t of tables) for (let i = 0; i < tokens.length; i++) for (const m of t.adjectives.matchesAt(tokens, i)) for (const v of m.values) countries.add(v.tag);
  return all.flatMap((c) => {
    if (!c.readings) return [c];
    const scored = c.readings.map((a) => {
      const country = a.actorId ? lexicon.get(a.actorId)?.country : undefined;
      return { a, score: (ids.has(a.actorId) ? 2 : 0) + (country && countries.has(country) ? 1 : 0) };
    });
    const best = Math.max(...scored.map((x) => x.score));
    const top = scored.filter((x) => x.score === best);
    const pick = top.length === 1 && best > 0 ? top[0] : undefined;
    return pick ? [{ start: c.start, end: c.end, chars: c.chars, alias: pick.a, ...(c.latent ? { latent: true } : {}) }] : [];
  });
}

/**
 * Non-overlapping alias drafts in text order, and the countries named as places (`latent`: "in Syria"), which a
 * head noun may still take ("the president of Syria", "rebels in Ivory Coast"). Blocking aliases ("Jordan River")
 * win their tokens and give nothing.
 */
export function findAliasDrafts(
  tables: readonly LanguageTable[],
  tokens: readonly Token[],
  lexicon: ActorLexicon,
  range: DateRange | undefined,
): { drafts: ActorDraft[]; latent: ActorDraft[] } {
  // Language tables first: at equal length their alias wins over a language-neutral name (the sort is stable).
  const all = tables.flatMap((t) => candidatesOf(t, tokens, lexicon));
  if (tables[0]) all.push(...candidatesOf(tables[0], tokens, lexicon, lexicon.names));
  const resolved = chooseReadings(all, lexicon, tables, tokens);
  // Longest first; at equal length the named actor beats the generic description, then text order.
  resolved.sort(
    (a, b) =>
      b.chars - a.chars ||
      Number(a.alias.flags.has('generic')) - Number(b.alias.flags.has('generic')) ||
      a.start - b.start,
  );
  const taken = new Uint8Array(tokens.length);
  const chosen: Candidate[] = [];
  for (const c of resolved) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  // "the Paris peace accords", "the Iraq war": a country's or capital's name that names an event is no actor.
  const namesEvent = (c: Candidate) =>
    (c.alias.flags.has('country') || c.alias.flags.has('metonym')) &&
    tables.some((t) => t.connectors.matchesAt(tokens, c.end).some((m) => m.values.includes('event-noun')));
  const draftsOf = (cs: Candidate[]): ActorDraft[] => cs.flatMap((c) => draftOf(c, lexicon, range) ?? []);
  const kept = chosen.filter((c) => !c.alias.block && !namesEvent(c));
  const drafts = draftsOf(kept.filter((c) => !c.latent));
  const latent = draftsOf(kept.filter((c) => c.latent));
  return { drafts, latent };
}
