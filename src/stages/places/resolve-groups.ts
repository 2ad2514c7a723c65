import type { GazetteerEntry } from '../../resources/gazetteer/gazetteer-entry.js';
import type { ToponymGroup } from './document-context.js';
import { isAdmin1, isAreal } from './place-kind.js';
import { normalise, scoreCandidates, type DocumentContext, type ScoredCandidate } from './score-candidates.js';

export interface GroupResolution {
  ranked: ScoredCandidate[];
  shares: number[];
}

/**
 * Two passes: the first ranks every group on priors, cues, country focus and admin hints; the second adds
 * proximity to the other groups' first choices, so "Rawa" near "Al-Qaïm" lands in Iraq. Admin-1 units chosen in
 * the first pass become admin hints for the second.
 */
export function resolveGroups(groups: ToponymGroup[], ctx: DocumentContext): Map<string, GroupResolution> {
  const first = new Map<string, ScoredCandidate[]>();
  for (const g of groups) first.set(g.id, scoreCandidates(g.key, g.entries, g.prefer, g.cueLabel, ctx, g.within));
  const anchors: { key: string; entry: GazetteerEntry }[] = [];
  const adminHints = new Map(ctx.adminHints);
  for (const g of groups) {
    const top = first.get(g.id)?.[0]?.entry;
    if (!top) continue;
    if (!isAreal(top)) anchors.push({ key: g.key, entry: top });
    if (isAdmin1(top) && top.admin1 && !adminHints.has(`${top.countryCode}.${top.admin1}`)) {
      adminHints.set(`${top.countryCode}.${top.admin1}`, g.surface);
    }
  }
  const second: DocumentContext = { ...ctx, adminHints, anchors };
  const out = new Map<string, GroupResolution>();
  for (const g of groups) {
    const ranked = scoreCandidates(g.key, g.entries, g.prefer, g.cueLabel, second, g.within);
    out.set(g.id, { ranked, shares: normalise(ranked) });
  }
  return out;
}
