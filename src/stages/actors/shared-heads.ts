/**
 * Nationality words coordinated around one head noun share it: "Russian and Syrian warplanes" are two air forces,
 * "British and US forces" / "US and British troops" two armies, "les avions russes et syriens" two air forces. The
 * earlier passes give the head to one nationality only (the alias "Syrian warplanes", the description "British
 * forces"); this pass gives each other nationality its own country's row for the same role, or a group of the same
 * kind, so the claim builder sees a coordination of actors rather than one actor and a stray word.
 */
import type { ActorEntry } from '../../model/actor.js';
import type { ActorLexicon, FocusRole, GroupHead, LanguageTable } from '../../resources/actor-lexicon-types.js';
import type { Token } from '../../resources/actor-tokens.js';
import type { ActorDraft } from './actor-draft.js';
import { FOCUS_ROLE_TYPE } from './actor-draft.js';
import { groupId, isIso3 } from './group-descriptions.js';
import type { TokenCover } from './token-cover.js';

interface Context {
  table: LanguageTable;
  tokens: readonly Token[];
  cover: TokenCover;
  lexicon: ActorLexicon;
}

const FOCUS_ROLES = Object.keys(FOCUS_ROLE_TYPE) as FocusRole[];

/** One nationality coordinated with the head's: an adjective on free tokens, or a country's own mention ("US"). */
interface Partner {
  start: number;
  end: number;
  country: string;
  /** The country's mention, rewritten in place; absent for a bare adjective, which gets a new draft. */
  draft?: ActorDraft;
}

/** The head noun that ends `d` (English "Syrian warplanes") or starts it (French "avions syriens"). */
function headOf(ctx: Context, d: ActorDraft): GroupHead | undefined {
  const after = ctx.table.adjectiveOrder === 'after';
  for (let j = d.tokStart + (after ? 0 : 1); j < d.tokEnd; j++) {
    const m = ctx.table.heads.matchesAt(ctx.tokens, j).find((x) => (after ? j === d.tokStart : x.end === d.tokEnd));
    if (m?.values[0]) return m.values[0];
    if (after) break;
  }
  return undefined;
}

/** The country the draft stands for: its lexicon row's, else the nationality the description carries. */
function countryOf(ctx: Context, d: ActorDraft): string | undefined {
  const entry = d.actorId ? ctx.lexicon.get(d.actorId) : undefined;
  return entry?.country ?? d.nationality;
}

/** The focus role the row plays for its country ("gbr-army" is GBR's army), so a partner takes its own. */
function roleOf(ctx: Context, country: string, id: string | undefined): FocusRole | undefined {
  return id ? FOCUS_ROLES.find((r) => ctx.lexicon.forFocus(country, r)?.id === id) : undefined;
}

/** An ISO-3 nationality adjective exactly on [start, end), capitalised where the table asks. */
function adjectiveTag(ctx: Context, start: number, end: number): string | undefined {
  const m = ctx.table.adjectives.matchesAt(ctx.tokens, start).find((x) => x.end === end);
  const adj = m?.values.find((v) => isIso3(v.tag) && (!v.capital || ctx.tokens[start]?.capitalised));
  return adj?.tag;
}

/** A partner ending at `end` (English, walking left) or starting at `start` (French, walking right). */
function partnerEndingAt(ctx: Context, end: number): Partner | undefined {
  const d = ctx.cover.endingAt(end);
  if (d) return countryPartner(ctx, d);
  const s = ctx.table.adjectives.startOfFormEndingAt(ctx.tokens, end, 3);
  const tag = s >= 0 && ctx.cover.isFree(s, end) ? adjectiveTag(ctx, s, end) : undefined;
  return tag ? { start: s, end, country: tag } : undefined;
}

function partnerStartingAt(ctx: Context, start: number): Partner | undefined {
  const d = ctx.cover.startingAt(start);
  if (d) return countryPartner(ctx, d);
  const m = ctx.table.adjectives.longestAt(ctx.tokens, start);
  const tag = m && ctx.cover.isFree(start, m.end) ? adjectiveTag(ctx, start, m.end) : undefined;
  return m && tag ? { start, end: m.end, country: tag } : undefined;
}

/**
 * A country's own name used as a modifier ("US and British forces", "U.K. and French jets"): a bare state row
 * written as an abbreviation. A full name is a noun: in "Russia and Syrian warplanes" Russia acts as a state.
 */
function countryPartner(ctx: Context, d: ActorDraft): Partner | undefined {
  const entry: ActorEntry | undefined = d.actorId ? ctx.lexicon.get(d.actorId) : undefined;
  const words = ctx.tokens.slice(d.tokStart, d.tokEnd).filter((t) => /\p{L}/u.test(t.caseKey));
  const abbreviation = words.length > 0 && words.every((t) => t.caseKey === t.caseKey.toUpperCase());
  return entry?.type === 'state' && entry.country && !d.head && abbreviation ? { start: d.tokStart, end: d.tokEnd, country: entry.country, draft: d } : undefined;
}

/** The 'and' connector ("and", ",", "et") ending at `end`: its start, or -1. */
function andEndingAt(ctx: Context, end: number): number {
  const s = ctx.table.connectors.startOfFormEndingAt(ctx.tokens, end, 1);
  return s >= 0 && ctx.table.connectors.matchesAt(ctx.tokens, s).some((m) => m.end === end && m.values.includes('and')) ? s : -1;
}

function andStartingAt(ctx: Context, start: number): number {
  const m = ctx.table.connectors.matchesAt(ctx.tokens, start).find((x) => x.values.includes('and'));
  return m ? m.end : -1;
}

/** The nationalities coordinated with `d`: leftwards in English, rightwards in French. */
function partnersOf(ctx: Context, d: ActorDraft): Partner[] {
  const out: Partner[] = [];
  if (ctx.table.adjectiveOrder === 'after') {
    for (let pos = d.tokEnd, a = andStartingAt(ctx, pos); a > 0; a = andStartingAt(ctx, pos)) {
      const p = partnerStartingAt(ctx, a);
      if (!p || p.draft) break;
      out.push(p);
      pos = p.end;
    }
  } else {
    for (let pos = d.tokStart, a = andEndingAt(ctx, pos); a >= 0; a = andEndingAt(ctx, pos)) {
      const p = partnerEndingAt(ctx, a);
      if (!p) break;
      out.push(p);
      pos = p.start;
    }
  }
  return out;
}

/** What a partner of `country` becomes: its row for the head's role (or the draft's role), else a group. */
function sharedActor(ctx: Context, head: GroupHead, role: FocusRole | undefined, country: string): Pick<ActorDraft, 'actorId' | 'actorType' | 'label' | 'generic'> {
  const want = head.resolvesTo ?? role;
  const row = want ? ctx.lexicon.forFocus(country, want) : undefined;
  if (row) return { actorId: row.id, actorType: row.type, label: row.label.en };
  const name = ctx.lexicon.get(country.toLowerCase())?.label.en ?? country;
  return { actorId: groupId(head, [country]), actorType: head.actorType, label: `${name} ${head.labelEn}`, generic: true };
}

/** New drafts for coordinated bare adjectives; a coordinated country mention ("US") is rewritten in place. */
export function addSharedHeads(ctx: Context, drafts: readonly ActorDraft[]): ActorDraft[] {
  const added: ActorDraft[] = [];
  for (const d of drafts) {
    if (d.dropped || d.actorType === 'person') continue;
    const country = countryOf(ctx, d);
    const head = country ? headOf(ctx, d) : undefined;
    if (!country || !head || head.title) continue;
    const role = roleOf(ctx, country, d.actorId);
    for (const p of partnersOf(ctx, d)) {
      if (p.country === country) continue;
      const shared = sharedActor(ctx, head, role, p.country);
      const rule = `actors:shared-head;head:${head.rule.replace(/^actors:/, '')}`;
      if (p.draft) {
        Object.assign(p.draft, shared, { rule: `${p.draft.rule};${rule}`, nationality: p.country, head });
        delete p.draft.weak;
        continue;
      }
      const nd: ActorDraft = { tokStart: p.start, tokEnd: p.end, ...shared, rule, confidence: 0.7, nationality: p.country, head };
      ctx.cover.claim(nd);
      added.push(nd);
    }
  }
  return added;
}
