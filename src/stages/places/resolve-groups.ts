import type { GazetteerEntry } from '../../resources/gazetteer/gazetteer-entry.js';
import type { ToponymGroup } from './document-context.js';
import { isAdmin1, isAreal } from './place-kind.js';
import { normalise, scoreCandidates, type DocumentContext, type ScoredCandidate } from './score-candidates.js';

export interface GroupResolution {
  ranked: ScoredCandidate[];
  shares: number[];
}

/** Country focus one other toponym adds by its first-pass choice ("Atlanta" and "Texas" put "Georgia" in the US). */
const VOTE_WEIGHT = 1;
/** Ranking passes; each after the first reads the previous one's choices. */
const PASSES = 3;

/**
 * Two passes: the first ranks every group on priors, cues, country focus and admin hints; the second adds
 * proximity to the other groups' first choices, so "Rawa" near "Al-Qaïm" lands in Iraq, and the countries of the
 * other groups' first choices to the country focus. Admin-1 units chosen in the first pass become admin hints for
 * the second.
 */
export function resolveGroups(groups: ToponymGroup[], ctx: DocumentContext): Map<string, GroupResolution> {
  let first = new Map<string, ScoredCandidate[]>();
  for (const g of groups) first.set(g.id, scoreCandidates(g, ctx));
  for (let pass = 1; pass < PASSES; pass++) first = new Map([...rescore(groups, ctx, first)].map(([id, r]) => [id, r.ranked]));
  return rescore(groups, ctx, first);
}

function rescore(groups: ToponymGroup[], ctx: DocumentContext, first: Map<string, ScoredCandidate[]>): Map<string, GroupResolution> {
  const anchors: { key: string; entry: GazetteerEntry }[] = [];
  const adminHints = new Map(ctx.adminHints);
  // One vote per key, so a name split over several groups (cue, no cue) is not counted twice.
  const voteOf = new Map<string, { cc: string; name: string }>();
  const choices = new Map<string, GazetteerEntry>();
  // How often the report names each admin-1 unit, over every group whose first choice it is.
  const unitMentions = new Map<string, number>();
  for (const g of groups) {
    const top = first.get(g.id)?.[0]?.entry;
    if (!top) continue;
    if (!choices.has(g.key)) choices.set(g.key, top);
    if (!isAreal(top)) anchors.push({ key: g.key, entry: top });
    if (isAdmin1(top) && top.admin1) {
      const code = `${top.countryCode}.${top.admin1}`;
      unitMentions.set(code, (unitMentions.get(code) ?? 0) + (g.mentions ?? 1));
      if (!adminHints.has(code)) adminHints.set(code, { label: g.surface, key: g.key, mentions: 0 });
    }
    if (g.standalone && top.countryCode && !voteOf.has(g.key)) voteOf.set(g.key, { cc: top.countryCode, name: g.surface });
  }
  for (const [code, n] of unitMentions) adminHints.set(code, { ...adminHints.get(code)!, mentions: Math.max(n, adminHints.get(code)!.mentions) });
  const out = new Map<string, GroupResolution>();
  for (const g of groups) {
    const second: DocumentContext = { ...ctx, adminHints, anchors, choices, focus: focusWithVotes(ctx.focus, voteOf, g.key) };
    const ranked = scoreCandidates(g, second);
    out.set(g.id, { ranked, shares: normalise(ranked) });
  }
  return out;
}

function focusWithVotes(base: DocumentContext['focus'], votes: Map<string, { cc: string; name: string }>, self: string): DocumentContext['focus'] {
  const focus: DocumentContext['focus'] = new Map([...base].map(([cc, f]) => [cc, { weight: f.weight, evidence: [...f.evidence] }]));
  for (const [key, v] of votes) {
    if (key === self) continue;
    const f = focus.get(v.cc);
    if (f) {
      f.weight += VOTE_WEIGHT;
      f.evidence.push(v.name);
    } else {
      focus.set(v.cc, { weight: VOTE_WEIGHT, evidence: [v.name] });
    }
  }
  return focus;
}
