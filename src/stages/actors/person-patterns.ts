/**
 * Persons the lexicon does not know, from how reports introduce a spokesperson: "le directeur de l'OSDH, Rami
 * Abdel Rahmane", "SOHR director Rami Abdulrahman", "Talal Silo, spokesman of the SDF". The role word and the
 * organisation give the mention its `personRole` and `affiliation`. Known persons keep their lexicon role.
 */
import type { ActorLexicon, GroupHead, LanguageTable, PersonCue } from '../../resources/actor-lexicon-types.js';
import { foldAccents, tokenKeys, type Token } from '../../resources/actor-tokens.js';
import type { ActorDraft } from './actor-draft.js';
import { connectorEnd, headAt, titleAffiliation } from './group-descriptions.js';
import { validAt, type DateRange } from './validity.js';
import type { TokenCover } from './token-cover.js';

interface Ctx {
  table: LanguageTable;
  tokens: readonly Token[];
  cover: TokenCover;
  text: string;
}

const MAX_NAME = 5;
const SENTENCE_OPENERS = new Set(['.', '!', '?', '«', '"', ':', '\u201c']);

function cueStarting(ctx: Ctx, i: number, kind: PersonCue['kind']): { end: number; cue: PersonCue } | undefined {
  const m = ctx.table.personCues.matchesAt(ctx.tokens, i).filter((x) => x.values.some((v) => v.kind === kind)).pop();
  const cue = m?.values.find((v) => v.kind === kind);
  return m && cue ? { end: m.end, cue } : undefined;
}

function isParticle(ctx: Ctx, i: number): boolean {
  return cueStarting(ctx, i, 'particle')?.end === i + 1;
}

function nameToken(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && ctx.cover.isFree(i, i + 1) && (t.capitalised || isParticle(ctx, i));
}

/** "General Sessions Court", "King Street", "Premier League": a word no person's name holds. */
function stopWordIn(ctx: Ctx, [s, e]: [number, number]): boolean {
  for (let i = s; i < e; i++) if (ctx.table.personCues.matchesAt(ctx.tokens, i).some((m) => m.values.some((v) => v.kind === 'stop'))) return true;
  return false;
}

/** A name of `min` (2) to 5 tokens starting at `i`: capitalised words and lower-case particles, ending capitalised. */
function nameForward(ctx: Ctx, i: number, min = 2): [number, number] | undefined {
  let j = i;
  while (j < ctx.tokens.length && j - i < MAX_NAME && nameToken(ctx, j)) j++;
  while (j > i && !ctx.tokens[j - 1]?.capitalised) j--;
  return j - i >= min && ctx.tokens[i]?.capitalised ? [i, j] : undefined;
}

/** A name ending at `end` (exclusive). A capitalised sentence opener ("Selon Talal Silo") is not part of it. */
function nameBackward(ctx: Ctx, end: number): [number, number] | undefined {
  let i = end;
  while (i > 0 && end - i < MAX_NAME && nameToken(ctx, i - 1)) i--;
  while (i < end && !ctx.tokens[i]?.capitalised) i++;
  const before = ctx.tokens[i - 1];
  if (end - i >= 3 && (!before || SENTENCE_OPENERS.has(before.key))) i++;
  return end - i >= 2 && ctx.tokens[end - 1]?.capitalised ? [i, end] : undefined;
}

function slug(s: string): string {
  return foldAccents(s).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Start of the role phrase that ends right before the organisation ("directeur de l'" + OSDH), or -1. */
function roleBefore(ctx: Ctx, orgStart: number): { start: number; cue: PersonCue } | undefined {
  const { connectors, personCues } = ctx.table;
  let p = orgStart;
  for (const role of ['article', 'of'] as const) {
    const a = connectors.startOfFormEndingAt(ctx.tokens, p, 2);
    if (a >= 0 && connectors.matchesAt(ctx.tokens, a).some((m) => m.end === p && m.values.includes(role))) p = a;
  }
  const s = personCues.startOfFormEndingAt(ctx.tokens, p, 3);
  const cue = s >= 0 ? cueStarting(ctx, s, 'role') : undefined;
  return cue && cue.end === p ? { start: s, cue: cue.cue } : undefined;
}

function personDraft(ctx: Ctx, [s, e]: [number, number], cue: PersonCue, org: ActorDraft): ActorDraft {
  const name = ctx.text.slice((ctx.tokens[s] as Token).start, (ctx.tokens[e - 1] as Token).end);
  const d: ActorDraft = {
    tokStart: s,
    tokEnd: e,
    actorId: `person:${slug(name)}`,
    actorType: 'person',
    label: name,
    rule: `actors:person-pattern;cue:${ctx.table.lang}/actor-person-cues.tsv`,
    confidence: 0.7,
    personRole: cue.labelEn,
  };
  if (org.actorId) d.affiliation = org.actorId;
  ctx.cover.claim(d);
  return d;
}

export function addPersonPatterns(ctx: Ctx, drafts: readonly ActorDraft[]): ActorDraft[] {
  const added: ActorDraft[] = [];
  const comma = (i: number): number => (ctx.tokens[i]?.key === ',' ? i + 1 : i);
  for (const org of drafts) {
    if (org.actorType === 'person' || !org.actorId || org.actorId.startsWith('group:')) continue;
    const before = roleBefore(ctx, org.tokStart);
    const after = cueStarting(ctx, org.tokEnd, 'role');
    const known = (i: number): ActorDraft | undefined => {
      const d = ctx.cover.startingAt(i);
      return d?.actorType === 'person' ? d : undefined;
    };
    if (before) {
      // "le directeur de l'OSDH, Rami Abdel Rahmane"
      const at = comma(org.tokEnd);
      const k = known(at);
      if (k) {
        k.affiliation ??= org.actorId;
        continue;
      }
      const fwd = nameForward(ctx, at);
      if (fwd) {
        added.push(personDraft(ctx, fwd, before.cue, org));
        continue;
      }
      // "Talal Silo, porte-parole des FDS"
      if (ctx.tokens[before.start - 1]?.key === ',') {
        const back = nameBackward(ctx, before.start - 1);
        if (back) added.push(personDraft(ctx, back, before.cue, org));
      }
    } else if (after) {
      // "SOHR director Rami Abdulrahman"
      const at = comma(after.end);
      if (known(at)) continue;
      const fwd = nameForward(ctx, at);
      if (fwd) added.push(personDraft(ctx, fwd, after.cue, org));
    }
  }
  return added;
}

export type { Ctx as PersonContext };

export interface TitleCtx extends Ctx {
  lexicon: ActorLexicon;
  /** Countries named as places, by start token ("King Hassan of Morocco"). */
  latent?: Map<number, ActorDraft>;
  /** The report's dates, to choose between leaders of one surname. */
  range?: DateRange;
}

/**
 * "President Mugabe": a one-word name after a title is the leader of that surname (actors/phoenix-actors.tsv) in
 * office at the report's date; with none in office, the latest one if all share a state ("President Bush"). A
 * dependency's leader gives way to a sovereign state's.
 */
export function leaderBySurname(ctx: TitleCtx, i: number): string | undefined {
  const ids = ctx.lexicon.bySurname(ctx.tokens[i]?.key ?? '');
  if (ids.length === 0) return undefined;
  const info = (id: string) => ctx.lexicon.persons.get(id);
  const sovereign = ids.filter((id) => {
    const org = ctx.lexicon.get(ctx.lexicon.get(id)?.partOf ?? '');
    return !(org?.type === 'state' && org.partOf);
  });
  const pool = sovereign.length > 0 ? sovereign : ids;
  const inOffice = pool.filter((id) => validAt(ctx.range, info(id)?.validFrom, info(id)?.validTo));
  if (inOffice.length === 1) return inOffice[0];
  if (inOffice.length > 1) return undefined;
  const orgs = new Set(pool.map((id) => ctx.lexicon.get(id)?.partOf));
  if (orgs.size !== 1) return undefined;
  return [...pool].sort((a, b) => (info(b)?.validFrom ?? '').localeCompare(info(a)?.validFrom ?? ''))[0];
}

/**
 * "President Omar El Bashir": a longer name after a title is the leader of its last word's surname when its first
 * word is the leader's first name too (the lexicon has "Omar Hassan Ahmad al Bashir").
 */
function leaderByFirstAndLast(ctx: TitleCtx, name: [number, number]): string | undefined {
  const id = leaderBySurname(ctx, name[1] - 1);
  const first = ctx.tokens[name[0]]?.key;
  const label = id ? ctx.lexicon.get(id)?.label.en : undefined;
  if (!id || !first || !label) return undefined;
  return tokenKeys(label).keys[0] === first ? id : undefined;
}

/** French portfolios after a title: "ministre turc des Affaires étrangères", "ministre de la Défense". */
function portfolioEnd(ctx: TitleCtx, i: number): number {
  if (ctx.table.adjectiveOrder !== 'after') return i;
  let p = connectorEnd(ctx, i, 'of');
  if (p < 0) return i;
  for (let a = connectorEnd(ctx, p, 'article'); a > 0; a = connectorEnd(ctx, a, 'article')) p = a;
  if (!ctx.tokens[p]?.capitalised || !ctx.cover.isFree(p, p + 1)) return i;
  let j = p + 1;
  // "Affaires étrangères", "Intérieur", "Économie et des Finances": one capitalised word and what follows it in lower case.
  while (j < ctx.tokens.length && j - p < 3 && /^\p{Ll}/u.test(ctx.text.slice(ctx.tokens[j]?.start, ctx.tokens[j]?.end)) && ctx.cover.isFree(j, j + 1)) {
    if (connectorEnd(ctx, j, 'of') > 0 || connectorEnd(ctx, j, 'article') > 0) break;
    j++;
  }
  return j;
}

/**
 * "Pakistani President Zia ul-Haq": a known person whose country is not the one the title's nationality gives is
 * another person of that name (Bangladesh's Khaleda Zia here); the match is dropped so the name is read afresh.
 */
function ownNationKnown(ctx: TitleCtx, known: ActorDraft | undefined, nation: string | undefined): ActorDraft | undefined {
  if (!known || !ofAnotherNation(ctx, known.actorId, nation)) return known;
  ctx.cover.release(known);
  known.dropped = true;
  return undefined;
}

/** A lexicon actor whose country is known and is not `nation` (the nationality a title carries), when one is given. */
function ofAnotherNation(ctx: TitleCtx, actorId: string | undefined, nation: string | undefined): boolean {
  const country = actorId ? ctx.lexicon.get(actorId)?.country : undefined;
  return nation !== undefined && country !== undefined && country !== nation;
}

function knownPersonAt(ctx: TitleCtx, i: number): ActorDraft | undefined {
  const d = ctx.cover.startingAt(i);
  return d?.actorType === 'person' ? d : undefined;
}

function nationalityOf(ctx: TitleCtx, d: ActorDraft): string | undefined {
  return d.nationality ?? (d.actorId ? ctx.lexicon.get(d.actorId)?.country : undefined);
}

/** The title's role and country go to the person it introduces; the title draft is merged into it. */
function mergeInto(ctx: TitleCtx, title: ActorDraft, person: ActorDraft, widenTo?: [number, number]): void {
  ctx.cover.release(title);
  title.dropped = true;
  if (widenTo) {
    ctx.cover.release(person);
    [person.tokStart, person.tokEnd] = widenTo;
    ctx.cover.claim(person);
  }
  const head = title.head as GroupHead;
  const nat = nationalityOf(ctx, title);
  if (nat && !person.nationality) person.nationality = nat;
  if (title.actorId && !person.affiliation) person.affiliation = title.actorId;
  if (!person.personRole) person.personRole = head.labelEn;
  // A known person outside the dates of their role acts as this title says (focus-resolution's placeTitledByFocus).
  person.head ??= head;
  const tag = `;title:${head.rule.replace(/^actors:/, '')}`;
  if (!person.rule.includes(tag)) person.rule += tag;
}

function titledPerson(ctx: TitleCtx, span: [number, number], name: [number, number], head: GroupHead, nation?: string): ActorDraft {
  const label = ctx.text.slice((ctx.tokens[name[0]] as Token).start, (ctx.tokens[name[1] - 1] as Token).end);
  const d: ActorDraft = {
    tokStart: span[0],
    tokEnd: span[1],
    actorId: `person:${slug(label)}`,
    actorType: 'person',
    label,
    rule: `actors:person-pattern;title:${head.rule.replace(/^actors:/, '')}`,
    confidence: 0.75,
    personRole: head.labelEn,
    head,
  };
  const leader = name[1] - name[0] === 1 ? leaderBySurname(ctx, name[0]) : leaderByFirstAndLast(ctx, name);
  // "Pakistani President Zia": a leader of that surname from another country is someone else.
  const entry = leader && !ofAnotherNation(ctx, leader, nation) ? ctx.lexicon.get(leader) : undefined;
  if (leader && entry) {
    Object.assign(d, { actorId: leader, label: entry.label.en, confidence: 0.7 });
    d.rule += ';surname';
    if (entry.partOf) d.affiliation = entry.partOf;
    if (entry.country) d.nationality = entry.country;
  }
  ctx.cover.claim(d);
  return d;
}

/**
 * Persons introduced by a title: "Israeli Prime Minister Ehud Barak", "le ministre turc des Affaires étrangères,
 * Mevlüt Çavuşoğlu", "Ehud Barak, the Israeli prime minister", "President Francois Mitterrand", "King Hassan of
 * Morocco". The person takes the title's country (`nationality`) and the row or group the title resolved to
 * (`affiliation`: `isr`, `group:MIL:HUN`), which carries the sector. Titles with no name stay groups ("a Jordanian
 * official" → the Jordanian government).
 */
export function addTitledPersons(ctx: TitleCtx, drafts: readonly ActorDraft[]): ActorDraft[] {
  const added: ActorDraft[] = [];
  const comma = (i: number): number => (ctx.tokens[i]?.key === ',' ? i + 1 : i);
  for (const d of drafts) {
    const head = d.head;
    if (d.dropped || !head?.title || d.actorType === 'person') continue;
    const end = portfolioEnd(ctx, d.tokEnd);
    const at = comma(end);
    const known = ownNationKnown(ctx, knownPersonAt(ctx, at), d.nationality);
    if (known) {
      mergeInto(ctx, d, known, [d.tokStart, known.tokEnd]);
      continue;
    }
    const name = nameForward(ctx, at, head.title === 'short' ? 1 : 2);
    if (name && !stopWordIn(ctx, name)) {
      const p = titledPerson(ctx, [d.tokStart, name[1]], name, head, d.nationality);
      mergeInto(ctx, d, p);
      added.push(p);
      continue;
    }
    // "Ehud Barak, the Israeli prime minister": the name before a comma and an article.
    let b = d.tokStart;
    while (b > 0 && connectorEnd(ctx, b - 1, 'article') === b) b--;
    if (ctx.tokens[b - 1]?.key !== ',') continue;
    const before = ctx.cover.endingAt(b - 1);
    if (before?.actorType === 'person') {
      mergeInto(ctx, d, before);
      continue;
    }
    const back = nameBackward(ctx, b - 1);
    if (back && !stopWordIn(ctx, back)) {
      const p = titledPerson(ctx, back, back, head);
      mergeInto(ctx, d, p);
      added.push(p);
    }
  }
  // "President Francois Mitterrand", "King Hassan of Morocco": a bare title, capitalised in English — or in lower
  // case before a full name ("former president Carlos Menem"), never before a lone capitalised word ("the president
  // Sunday").
  for (let i = 0; i < ctx.tokens.length; i++) {
    const h = ctx.cover.isFree(i, i + 1) ? headAt(ctx, i, true) : undefined;
    if (!h?.head.title) continue;
    const lowerTitle = ctx.table.adjectiveOrder === 'before' && !ctx.tokens[i]?.capitalised;
    const at = portfolioEnd(ctx, h.end);
    const known = knownPersonAt(ctx, at);
    const name = known ? undefined : nameForward(ctx, at, h.head.title === 'short' && !lowerTitle ? 1 : 2);
    if (!known && (!name || stopWordIn(ctx, name))) continue;
    const person = known ?? titledPerson(ctx, [i, (name as [number, number])[1]], name as [number, number], h.head);
    if (known) {
      ctx.cover.release(known);
      known.tokStart = i;
      ctx.cover.claim(known);
      known.personRole ??= h.head.labelEn;
      known.head ??= h.head;
    } else {
      added.push(person);
    }
    qualifierBefore(ctx, person, h.head);
    countryAfter(ctx, person, h.head);
    i = person.tokEnd - 1;
  }
  return added;
}

/**
 * "former president Carlos Menem", "Former Israeli prime minister Ehud Barak", « l'ancien président Gbagbo »: a
 * title no longer held makes its holder one of the country's elites (PLOVER's ELI), speaking for no government or
 * army. Run once every person has its title, nationality and affiliation (a title merged into a known person leaves
 * the person no head: the qualifier's place is what counts).
 */
export function markFormerHolders(ctx: Pick<Ctx, 'table' | 'tokens'>, drafts: readonly ActorDraft[]): void {
  for (const d of drafts) {
    if (d.dropped || d.actorType !== 'person') continue;
    // The qualifier stands right before the mention, or opens it when a description took it in as a modifier.
    const former = (j: number) => j >= 0 && j < d.tokEnd && connectorEnd(ctx, j, 'former') >= Math.max(j + 1, d.tokStart);
    if (!former(d.tokStart - 1) && !former(d.tokStart)) continue;
    d.affiliation = d.nationality ? `group:ELI:${d.nationality}` : 'group:ELI';
    d.rule += ';former';
  }
}

/**
 * What stands before a bare title: an organisation ("U.N. Secretary-General Kofi Annan", "Arab League
 * Secretary-General"), or a nationality before a portfolio ("Serbian Labour Minister Dragan Milovanovic").
 */
function qualifierBefore(ctx: TitleCtx, person: ActorDraft, head: GroupHead): void {
  const org = ctx.cover.endingAt(person.tokStart);
  if (org && org !== person && org.actorType !== 'person' && org.actorId && !org.actorId.startsWith('group:')) {
    person.affiliation ??= org.actorId;
    const country = ctx.lexicon.get(org.actorId)?.country;
    if (country) person.nationality ??= country;
    return;
  }
  if (ctx.table.adjectiveOrder !== 'before') return;
  let b = person.tokStart;
  while (b > 0 && person.tokStart - b < 3 && ctx.tokens[b - 1]?.capitalised && ctx.cover.isFree(b - 1, b)) {
    const s = ctx.table.adjectives.startOfFormEndingAt(ctx.tokens, b, 3);
    const adj = s >= 0 ? ctx.table.adjectives.matchesAt(ctx.tokens, s).find((m) => m.end === b)?.values[0] : undefined;
    if (adj && /^[A-Z]{3}$/.test(adj.tag) && ctx.cover.isFree(s, b)) {
      ctx.cover.release(person);
      person.tokStart = s;
      ctx.cover.claim(person);
      person.nationality ??= adj.tag;
      person.affiliation ??= titleAffiliation(ctx.lexicon, head, adj.tag, ctx.lexicon.forFocus(adj.tag, 'government')?.id);
      return;
    }
    b--;
  }
}

/** "King Hassan of Morocco", "Ehud Barak of Israel": the country after "of" gives the person's. */
function countryAfter(ctx: TitleCtx, person: ActorDraft, head: GroupHead): void {
  const of = connectorEnd(ctx, person.tokEnd, 'of');
  if (of < 0) return;
  let p = of;
  for (let a = connectorEnd(ctx, p, 'article'); a > 0; a = connectorEnd(ctx, a, 'article')) p = a;
  const c = ctx.latent?.get(p) ?? ctx.cover.startingAt(p);
  const entry = c?.actorId ? ctx.lexicon.get(c.actorId) : undefined;
  if (entry?.type !== 'state' || !entry.country) return;
  person.nationality ??= entry.country;
  person.affiliation ??= titleAffiliation(ctx.lexicon, head, entry.country, entry.id);
}
