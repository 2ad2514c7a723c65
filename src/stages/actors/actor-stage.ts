/**
 * The actor stage: dictionary names, head-noun descriptions, focus-resolved bare descriptions and persons, as
 * `ActorMention`s `a1`, `a2` ... in text order. Pure: the lexicon is loaded and compiled by the caller, once.
 */
import type { AnalyzedReport } from '../../model/analyzed-report.js';
import type { ActorMention, Mention } from '../../model/mention.js';
import type { ActorLexicon, LanguageTable } from '../../resources/actor-lexicon-types.js';
import { tokenize, type Token } from '../../resources/actor-tokens.js';
import type { Stage } from '../../pipeline/stage.js';
import type { ActorDraft } from './actor-draft.js';
import { findAliasDrafts } from './alias-matches.js';
import { placeTitledByFocus, resolveFocus } from './focus-resolution.js';
import { addGroupDescriptions, addNationality } from './group-descriptions.js';
import { addLeaderGovernments } from './leader-governments.js';
import { addPersonPatterns, addTitledPersons, markFormerHolders } from './person-patterns.js';
import { resolvePossessives } from './possessive-owners.js';
import { addSharedHeads } from './shared-heads.js';
import { TokenCover } from './token-cover.js';
import { reportRange } from './validity.js';

export const ACTOR_STAGE_ID = 'actors.lexicon@1';

/** The tables to run: the report's language, or every language when it is neither known nor supported. */
function tablesFor(lexicon: ActorLexicon, lang: string): LanguageTable[] {
  const own = lexicon.table(lang);
  if (own) return [own];
  return lexicon.languages.map((l) => lexicon.table(l)).filter((t): t is LanguageTable => t !== undefined);
}

export function findActorDrafts(lexicon: ActorLexicon, doc: AnalyzedReport): { drafts: ActorDraft[]; tokens: Token[] } {
  const text = doc.report.text;
  const tokens = tokenize(text);
  const tables = tablesFor(lexicon, doc.lang);
  const range = reportRange(doc.report.publishedAt);
  const found = findAliasDrafts(tables, tokens, lexicon, range);
  let drafts = found.drafts;
  // Countries named as places ("in Syria"), which "the president of Syria" may still take.
  const latent = new Map(found.latent.map((d) => [d.tokStart, d]));
  const cover = new TokenCover(tokens.length);
  drafts.forEach((d) => cover.claim(d));
  for (const table of tables) {
    const ctx = { table, tokens, cover, lexicon, latent };
    addNationality(ctx, drafts);
    drafts.push(...addGroupDescriptions(ctx, drafts));
    drafts.push(...addSharedHeads(ctx, drafts));
  }
  // Before focus: "le gouvernement Netanyahou" is Israel's, whatever country the report is about.
  for (const table of tables) drafts.push(...addLeaderGovernments({ table, tokens, cover, text, lexicon, latent, ...(range ? { range } : {}) }, drafts));
  resolveFocus(drafts, lexicon);
  for (const table of tables) drafts.push(...addTitledPersons({ table, tokens, cover, text, lexicon, latent, ...(range ? { range } : {}) }, [...drafts]));
  drafts = drafts.filter((d) => !d.dropped);
  placeTitledByFocus(drafts, lexicon);
  for (const table of tables) markFormerHolders({ table, tokens }, drafts);
  for (const table of tables) drafts.push(...addPersonPatterns({ table, tokens, cover, text }, [...drafts]));
  for (const table of tables) resolvePossessives({ table, tokens, lexicon }, drafts);
  drafts.sort((a, b) => a.tokStart - b.tokStart || b.tokEnd - a.tokEnd);
  return { drafts, tokens };
}

function toMention(d: ActorDraft, i: number, tokens: readonly Token[], lexicon: ActorLexicon): ActorMention {
  const m: ActorMention = {
    id: `a${i + 1}`,
    kind: 'actor',
    span: { start: (tokens[d.tokStart] as Token).start, end: (tokens[d.tokEnd - 1] as Token).end },
    rule: d.rule,
    confidence: d.confidence,
    actorId: d.actorId ?? 'generic:unknown',
    actorType: d.actorType,
    label: d.label,
  };
  if (d.nationality) m.nationality = d.nationality;
  if (d.personRole) m.personRole = d.personRole;
  if (d.affiliation) m.affiliation = d.affiliation;
  const affiliationType = d.affiliation ? lexicon.get(d.affiliation)?.type : undefined;
  if (affiliationType) m.affiliationType = affiliationType;
  if (d.generic) m.generic = true;
  return m;
}

export function createActorStage(lexicon: ActorLexicon): Stage {
  return {
    id: ACTOR_STAGE_ID,
    requires: [],
    assigns: ['actors'],
    run(doc: AnalyzedReport): AnalyzedReport {
      // Re-running the stage replaces its own layer rather than doubling it.
      const others: Mention[] = doc.mentions.filter((m) => m.kind !== 'actor');
      try {
        const { drafts, tokens } = findActorDrafts(lexicon, doc);
        return { ...doc, mentions: [...others, ...drafts.map((d, i) => toMention(d, i, tokens, lexicon))] };
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        return {
          ...doc,
          mentions: others,
          diagnostics: [...doc.diagnostics, { stage: ACTOR_STAGE_ID, code: 'E_ACTOR_STAGE', message }],
        };
      }
    },
  };
}
