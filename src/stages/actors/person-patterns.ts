/**
 * Persons the lexicon does not know, from how reports introduce a spokesperson: "le directeur de l'OSDH, Rami
 * Abdel Rahmane", "SOHR director Rami Abdulrahman", "Talal Silo, spokesman of the SDF". The role word and the
 * organisation give the mention its `personRole` and `affiliation`. Known persons keep their lexicon role.
 */
import type { LanguageTable, PersonCue } from '../../resources/actor-lexicon-types.js';
import { foldAccents, type Token } from '../../resources/actor-tokens.js';
import type { ActorDraft } from './actor-draft.js';
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

/** A name of 2 to 5 tokens starting at `i`: capitalised words and lower-case particles, ending capitalised. */
function nameForward(ctx: Ctx, i: number): [number, number] | undefined {
  let j = i;
  while (j < ctx.tokens.length && j - i < MAX_NAME && nameToken(ctx, j)) j++;
  while (j > i && !ctx.tokens[j - 1]?.capitalised) j--;
  return j - i >= 2 && ctx.tokens[i]?.capitalised ? [i, j] : undefined;
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
