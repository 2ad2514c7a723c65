/**
 * "Sergei Shoigu ordered his troops to withdraw", "le Hezbollah a renforcé ses combattants": a description after a
 * possessive ("his", "ses") belongs to the side named last before it in its sentence. It becomes that country's row
 * ("his troops" → Russia's army) or that country's group, instead of a bare, countryless description.
 */
import type { ActorLexicon, LanguageTable } from '../../resources/actor-lexicon-types.js';
import type { Token } from '../../resources/actor-tokens.js';
import type { ActorDraft } from './actor-draft.js';
import { groupCountries, groupId, possessiveBefore } from './group-descriptions.js';

interface Ctx {
  table: LanguageTable;
  tokens: readonly Token[];
  lexicon: ActorLexicon;
}

const SENTENCE_END = new Set(['.', '!', '?', ';']);

/** The tag a description resolved through a possessive carries in its rule: whose it is, by label. */
export function possessiveTag(ownerLabel: string): string {
  return `;possessive:${ownerLabel}`;
}

export function resolvePossessives(ctx: Ctx, drafts: readonly ActorDraft[]): void {
  for (const d of drafts) {
    if (d.dropped || !d.generic || d.nationality || !d.head || !possessiveBefore(ctx, d.tokStart)) continue;
    const owner = ownerBefore(ctx, drafts, d.tokStart - 1, possessiveBefore(ctx, d.tokStart, 'one-owner'));
    const country = owner ? countryOf(ctx.lexicon, owner) : undefined;
    if (!owner || !country) continue;
    const row = d.head.resolvesTo ? ctx.lexicon.forFocus(country, d.head.resolvesTo) : undefined;
    const via = possessiveTag(owner.label);
    if (row) {
      Object.assign(d, { actorId: row.id, actorType: row.type, label: row.label.en, nationality: country, confidence: 0.65 });
      delete d.generic;
    } else {
      const demonym = ctx.lexicon.demonym(country);
      Object.assign(d, { actorId: groupId(d.head, [country]), nationality: country, label: demonym ? `${demonym} ${d.head.labelEn}` : d.label });
    }
    d.rule += via;
  }
}

/**
 * The nearest actor named before `end` in the same sentence that has a country. A possessive of one owner ("its",
 * « ses ») skips sides of several countries named together ("group:MIL:RUS+SYR"); one country's group with an
 * ethnic tag ("group:militia:CYP+ethnic-grc") is one owner.
 */
function ownerBefore(ctx: Ctx, drafts: readonly ActorDraft[], end: number, oneOwner: boolean): ActorDraft | undefined {
  let sentenceStart = end;
  while (sentenceStart > 0 && !SENTENCE_END.has(ctx.tokens[sentenceStart - 1]?.key ?? '')) sentenceStart--;
  const severalSides = (o: ActorDraft) => oneOwner && groupCountries(o.actorId ?? '').length > 1;
  return drafts
    .filter((o) => !o.dropped && o.tokEnd <= end && o.tokStart >= sentenceStart && countryOf(ctx.lexicon, o) && !severalSides(o))
    .sort((a, b) => b.tokEnd - a.tokEnd)[0];
}

function countryOf(lexicon: ActorLexicon, d: ActorDraft): string | undefined {
  const own = d.nationality ?? (d.actorId ? lexicon.get(d.actorId)?.country : undefined);
  return own || (d.affiliation ? lexicon.get(d.affiliation)?.country : undefined) || undefined;
}
