/**
 * Descriptions built around a head noun: "des miliciens irakiens" (group:militia:IRQ), "Kurdish and Arab fighters"
 * (group:fighters:kurdish+arab), "des combattants du Hezbollah libanais" / "IS fighters" (the named actor), and
 * "soldats turcs" (the Turkish army: the head says which row of the country). Nationality qualifiers beside a name
 * ("Hezbollah libanais") set the mention's nationality.
 */
import type { ActorLexicon, GroupAdjective, GroupHead, LanguageTable } from '../../resources/actor-lexicon-types.js';
import type { Token } from '../../resources/actor-tokens.js';
import type { TrieMatch } from '../../resources/actor-trie.js';
import type { ActorDraft } from './actor-draft.js';
import type { TokenCover } from './token-cover.js';

const isIso3 = (tag: string): boolean => /^[A-Z]{3}$/.test(tag);

interface Context {
  table: LanguageTable;
  tokens: readonly Token[];
  cover: TokenCover;
  lexicon: ActorLexicon;
}

function freeMatch<T>(ctx: Context, m: TrieMatch<T> | undefined, start: number): m is TrieMatch<T> {
  return m !== undefined && ctx.cover.isFree(start, m.end);
}

/** End of the connector of `role` that starts at `i`, or -1. */
function connectorEnd(ctx: Context, i: number, role: 'of' | 'article' | 'and'): number {
  const ms = ctx.table.connectors.matchesAt(ctx.tokens, i).filter((m) => m.values.includes(role));
  return ms.length > 0 ? (ms[ms.length - 1] as TrieMatch<unknown>).end : -1;
}

/** "kurdes et arabes", "Kurdish and Arab", "syriens": adjectives joined by "et"/"and"/",". */
function readAdjectives(ctx: Context, start: number): { end: number; adjs: GroupAdjective[] } {
  const adjs: GroupAdjective[] = [];
  let j = start;
  for (;;) {
    const m = ctx.table.adjectives.longestAt(ctx.tokens, j);
    if (!freeMatch(ctx, m, j)) break;
    adjs.push(m.values[0] as GroupAdjective);
    j = m.end;
    const and = connectorEnd(ctx, j, 'and');
    const next = and > 0 ? ctx.table.adjectives.longestAt(ctx.tokens, and) : undefined;
    if (and > 0 && freeMatch(ctx, next, and)) j = and;
  }
  return { end: j, adjs };
}

function joinLabels(labels: string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

function groupDraft(ctx: Context, head: GroupHead, adjs: GroupAdjective[], start: number, end: number): ActorDraft {
  const tags = [...new Set(adjs.map((a) => a.tag))];
  const iso = tags.filter(isIso3);
  const rule = [head.rule, ...adjs.map((a) => `adj:${a.rule.replace(/^actors:/, '')}`)].join(';');
  const state = head.resolvesTo && iso.length === 1 ? ctx.lexicon.forFocus(iso[0] as string, head.resolvesTo) : undefined;
  if (state) {
    // "soldats turcs", "Russian troops": soldiers of one country are that country's army.
    return { tokStart: start, tokEnd: end, actorId: state.id, actorType: state.type, label: state.label.en, rule,
      confidence: 0.75, nationality: iso[0] as string };
  }
  const draft: ActorDraft = {
    tokStart: start,
    tokEnd: end,
    actorId: tags.length > 0 ? `group:${head.kind}:${tags.join('+')}` : `group:${head.kind}`,
    actorType: head.actorType,
    label: [joinLabels([...new Set(adjs.map((a) => a.labelEn))]), head.labelEn].filter(Boolean).join(' '),
    rule,
    confidence: tags.length > 0 ? 0.8 : 0.5,
    generic: true,
  };
  if (iso.length === 1) draft.nationality = iso[0] as string;
  return draft;
}

/** "combattants du Hezbollah", "fighters of the Islamic State": the named actor, its span widened to the head. */
function attachOf(ctx: Context, head: GroupHead, start: number, headEnd: number): ActorDraft | undefined {
  // The alias may begin right after the head ("du régime" holds its own "du"), after "de"/"of", or after an
  // article ("de la coalition"); "l'EI" holds its own article.
  const positions = [headEnd];
  const of = connectorEnd(ctx, headEnd, 'of');
  if (of > 0) {
    positions.push(of);
    for (let p = connectorEnd(ctx, of, 'article'); p > 0; p = connectorEnd(ctx, p, 'article')) positions.push(p);
  }
  for (const p of positions) {
    const d = ctx.cover.startingAt(p);
    if (d && d.actorType !== 'person' && !d.actorId?.startsWith('group:')) {
      widen(ctx, d, start, d.tokEnd, head);
      return d;
    }
  }
  return undefined;
}

function widen(ctx: Context, d: ActorDraft, start: number, end: number, head?: GroupHead): void {
  ctx.cover.release(d);
  d.tokStart = start;
  d.tokEnd = end;
  ctx.cover.claim(d);
  if (!head) return;
  d.rule += `;head:${head.rule.replace(/^actors:/, '')}`;
  const entry = d.actorId ? ctx.lexicon.get(d.actorId) : undefined;
  // "US soldiers", "soldats des États-Unis": the state's soldiers are its army.
  if (head.resolvesTo && entry?.type === 'state' && entry.country) {
    const army = ctx.lexicon.forFocus(entry.country, head.resolvesTo);
    if (army) Object.assign(d, { actorId: army.id, actorType: army.type, label: army.label.en });
  }
}

/** Nationality adjectives inside an alias ("armée syrienne") or right beside it ("Hezbollah libanais"). */
export function addNationality(ctx: Context, drafts: readonly ActorDraft[]): void {
  for (const d of drafts) {
    if (d.actorType === 'person' || d.actorId?.startsWith('group:') || d.nationality) continue;
    const tag = ctx.table.adjectiveOrder === 'after' ? nationalityAfter(ctx, d) : nationalityBefore(ctx, d);
    if (tag) d.nationality = tag;
  }
}

// French: the alias's last word ("régime syrien"), else the next word ("Hezbollah libanais").
function nationalityAfter(ctx: Context, d: ActorDraft): string | undefined {
  const { table, tokens, cover } = ctx;
  const inner = table.adjectives.startOfFormEndingAt(tokens, d.tokEnd, 3);
  if (inner > d.tokStart) {
    const m = table.adjectives.matchesAt(tokens, inner).find((x) => x.end === d.tokEnd);
    const tag = m?.values[0]?.tag;
    return tag && isIso3(tag) ? tag : undefined;
  }
  const m = table.adjectives.longestAt(tokens, d.tokEnd);
  const tag = m?.values[0]?.tag;
  if (!m || !tag || !isIso3(tag) || !cover.isFree(d.tokEnd, m.end)) return undefined;
  widen(ctx, d, d.tokStart, m.end);
  return tag;
}

// English: the alias's first word ("Syrian army"), else the word before ("Lebanese Hezbollah").
function nationalityBefore(ctx: Context, d: ActorDraft): string | undefined {
  const { table, tokens, cover } = ctx;
  const inner = table.adjectives.matchesAt(tokens, d.tokStart).filter((x) => x.end < d.tokEnd).pop();
  if (inner) {
    const tag = inner.values[0]?.tag;
    return tag && isIso3(tag) ? tag : undefined;
  }
  const s = table.adjectives.startOfFormEndingAt(tokens, d.tokStart, 3);
  if (s < 0 || !cover.isFree(s, d.tokStart)) return undefined;
  const tag = table.adjectives.matchesAt(tokens, s).find((x) => x.end === d.tokStart)?.values[0]?.tag;
  if (!tag || !isIso3(tag)) return undefined;
  widen(ctx, d, s, d.tokEnd);
  return tag;
}

/** Head-noun descriptions, in text order; returns the new drafts (attachments widen existing ones). */
export function addGroupDescriptions(ctx: Context, drafts: readonly ActorDraft[]): ActorDraft[] {
  const { table, tokens, cover } = ctx;
  const added: ActorDraft[] = [];
  const add = (d: ActorDraft): void => {
    cover.claim(d);
    added.push(d);
  };
  // "IS fighters", "Hezbollah fighters": in a prenominal language a name can qualify a head noun.
  if (table.adjectiveOrder === 'before') {
    for (const d of drafts) {
      const m = table.heads.longestAt(tokens, d.tokEnd);
      if (d.actorType !== 'person' && !d.generic && freeMatch(ctx, m, d.tokEnd)) {
        widen(ctx, d, d.tokStart, m.end, m.values[0]);
      }
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!cover.isFree(i, i + 1)) continue;
    if (table.adjectiveOrder === 'before') {
      const { end, adjs } = readAdjectives(ctx, i);
      const m = adjs.length > 0 ? table.heads.longestAt(tokens, end) : undefined;
      if (freeMatch(ctx, m, end)) {
        // "Kurdish and Arab fighters of the SDF" is the SDF, described.
        const head = m.values[0] as GroupHead;
        if (!attachOf(ctx, head, i, m.end)) add(groupDraft(ctx, head, adjs, i, m.end));
        continue;
      }
    }
    const m = table.heads.longestAt(tokens, i);
    if (!freeMatch(ctx, m, i)) continue;
    const head = m.values[0] as GroupHead;
    if (attachOf(ctx, head, i, m.end)) continue;
    if (table.adjectiveOrder === 'after') {
      const { end, adjs } = readAdjectives(ctx, m.end);
      if (adjs.length > 0) {
        if (!attachOf(ctx, head, i, end)) add(groupDraft(ctx, head, adjs, i, end));
        continue;
      }
    }
    if (head.bare) add(groupDraft(ctx, head, [], i, m.end));
  }
  return added;
}

export type { Context as GroupContext };
