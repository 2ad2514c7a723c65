import type { ActorDraft } from './actor-draft.js';
import { connectorEnd, headAt } from './group-descriptions.js';
import { leaderBySurname, type TitleCtx } from './person-patterns.js';

/**
 * "the Clinton administration", "the Yeltsin government", « le gouvernement Netanyahou »: a government named after
 * its leader is that leader's country's government, not the person and not the report's focus country. The leader
 * is a known person written in full, or a surname alone that names one leader (actors/phoenix-actors.tsv, chosen
 * as after a title: the one in office at the report's date). English puts the name before the noun, French after.
 */
export function addLeaderGovernments(ctx: TitleCtx, drafts: readonly ActorDraft[]): ActorDraft[] {
  const added: ActorDraft[] = [];
  const before = ctx.table.adjectiveOrder === 'before';
  // A government noun already read as a draft ("le gouvernement", "the government", resolved to the focus country).
  const governing: Head[] = drafts.filter((d) => !d.dropped && governs(d)).map((d) => ({ start: d.tokStart, end: d.tokEnd, draft: d }));
  // English: a bare "administration" made no draft; only one right after a capitalised word or a person can name a
  // leader, so the head lexicon is asked there alone.
  const bare: Head[] = before
    ? ctx.tokens.flatMap((_, i) => {
        if (!ctx.tokens[i - 1]?.capitalised && ctx.cover.endingAt(i)?.actorType !== 'person') return [];
        const h = headAt(ctx, i);
        return h?.head.resolvesTo === 'government' && !h.head.title ? [{ start: i, end: h.end }] : [];
      })
    : [];
  for (const h of [...bare, ...governing]) {
    // English names the leader before a bare noun, French after the noun; "the government of Hamid Karzai",
    // « le gouvernement de Benjamin Netanyahou »: a full name after "of" in either language.
    const adjacent = before ? (h.draft ? undefined : leaderAt(ctx, h.start - 1, true)) : leaderAt(ctx, h.end, false);
    const of = connectorEnd(ctx, h.end, 'of');
    const leader = adjacent ?? (of > 0 ? knownLeaderAt(ctx, of) : undefined);
    const entry = leader ? ctx.lexicon.get(leader.id) : undefined;
    const row = entry?.country ? ctx.lexicon.forFocus(entry.country, 'government') : undefined;
    if (!leader || !row) continue;
    if (leader.draft) {
      ctx.cover.release(leader.draft);
      leader.draft.dropped = true;
    }
    const span: [number, number] = [Math.min(leader.start, h.start), Math.max(leader.end, h.end)];
    const rule = `actors:leader-government;leader:${leader.id}`;
    if (h.draft) {
      ctx.cover.release(h.draft);
      Object.assign(h.draft, { tokStart: span[0], tokEnd: span[1], actorId: row.id, actorType: row.type, label: row.label.en, rule: `${h.draft.rule};${rule}`, generic: false });
      delete h.draft.focusRole;
      ctx.cover.claim(h.draft);
      continue;
    }
    const d: ActorDraft = { tokStart: span[0], tokEnd: span[1], actorId: row.id, actorType: row.type, label: row.label.en, rule, confidence: 0.7 };
    ctx.cover.claim(d);
    added.push(d);
  }
  return added;
}

/** A government noun standing for a country's government: a head or a generic alias ("le gouvernement"). */
function governs(d: ActorDraft): boolean {
  if (d.actorType === 'person' || d.head?.title) return false;
  return d.head?.resolvesTo === 'government' || (d.generic === true && d.focusRole === 'government');
}

interface Head {
  start: number;
  end: number;
  draft?: ActorDraft;
}

interface Leader {
  id: string;
  start: number;
  end: number;
  draft?: ActorDraft;
}

/** A known person's mention starting at `at` (English: ending right after `at`, when `before`). */
function knownLeaderAt(ctx: TitleCtx, at: number, before = false): Leader | undefined {
  const known = before ? ctx.cover.endingAt(at + 1) : ctx.cover.startingAt(at);
  const info = known?.actorType === 'person' && known.actorId ? ctx.lexicon.persons.get(known.actorId) : undefined;
  return known && info ? { id: known.actorId!, start: known.tokStart, end: known.tokEnd, draft: known } : undefined;
}

/** The leader whose name ends right before `at` (English) or starts at `at` (French): known, or a surname alone. */
function leaderAt(ctx: TitleCtx, at: number, before: boolean): Leader | undefined {
  const known = knownLeaderAt(ctx, at, before);
  if (known) return known;
  if (!ctx.tokens[at]?.capitalised || !ctx.cover.isFree(at, at + 1)) return undefined;
  const id = leaderBySurname(ctx, at);
  return id ? { id, start: at, end: at + 1 } : undefined;
}
