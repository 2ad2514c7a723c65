import type { ActorMention, Mention, PlaceMention } from '../../model/mention.js';
import type { TextSpan } from '../../model/span.js';
import type { Role } from './claim-lexicon.js';
import { insideAny } from './mention-lookup.js';
import type { SentenceContext } from './sentence-context.js';

const ACTOR_ROLES: ReadonlySet<Role> = new Set(['agent', 'co-agent', 'supporter', 'target', 'from-actor', 'identity']);
const PLACE_ROLES: ReadonlySet<Role> = new Set(['from-place', 'to-place', 'target']);

/**
 * The mention a name glued to a participle describes: in "by the U.S.-backed Syrian Democratic Forces" the SDF, not
 * the United States, is the one "by" names. Undefined when `m` is no such modifier.
 */
export function describedBy<M extends Mention>(ctx: SentenceContext, m: M, pool: readonly M[]): M | undefined {
  const mod = ctx.lex.patterns['modifier-after'].exec(ctx.view.slice(m.span.end, m.span.end + 12));
  if (!mod) return undefined;
  const from = m.span.end + mod[0].length;
  return pool.find((x) => x.span.start >= from && /^\s*$/u.test(ctx.view.slice(from, x.span.start)));
}

/** The possessive "'s" and the space after it. */
const POSSESSIVE_S = /^['’]s\s/u;

/** The last word before a mention, with the space before it. */
const TRAILING_WORD = /\s([\p{L}-]+)\s+$/u;

/** Monitors and media tell of fighting; they are never the ones who take a town. */
const SPEAKERS_ONLY: ReadonlySet<string> = new Set(['monitor', 'media']);

/** The role a cue right before a mention gives it, within its clause. */
export function roleOf(ctx: SentenceContext, m: Mention, clause: TextSpan): Role | undefined {
  const allowed = m.kind === 'place' ? PLACE_ROLES : ACTOR_ROLES;
  const before = ctx.view.slice(Math.max(clause.start, m.span.start - 80), m.span.start);
  const candidates = [before];
  // "by Kurdish Peshmerga forces": a nationality or group adjective the mention does not take in stands between cue
  // and name; "by hundreds of Islamist fighters": so may a quantity, before the adjective. Both are tried before the
  // head-noun filler, whose "of" would otherwise leave "attacked on" as the cue.
  const adjective = TRAILING_WORD.exec(before);
  const word = adjective?.[1]?.toLowerCase();
  // "from UNITA rebels", "by Seleka fighters": so may a name no lexicon holds, written with a capital; "by leftist
  // guerrillas": so may a word of the side's politics.
  const named = (w: string | undefined): boolean => w !== undefined && /^\p{Lu}[\p{Lu}\p{Ll}-]+$/u.test(w);
  let bare = adjective && word && (ctx.lex.nationalities.byWord.has(word) || ctx.lex.groupAdjectives.has(word) || ctx.lex.actorQualifiers.has(word) || named(adjective[1])) ? before.slice(0, adjective.index + 1) : before;
  // "against Abu Sayyaf rebels": a name of two such words.
  const second = bare !== before && named(adjective?.[1]) ? TRAILING_WORD.exec(bare) : null;
  if (second && named(second[1])) bare = bare.slice(0, second.index + 1);
  if (bare !== before) candidates.push(bare);
  const quantity = ctx.lex.trailingQuantity.exec(bare);
  if (quantity) candidates.push(bare.slice(0, quantity.index));
  // "de l'aide des unités paramilitaires du Hachd": the cue is "de l'aide des", the name comes after a head noun and
  // its "du" (`head-noun-filler`). That pattern is costly; it can only apply when the text ends with a link word.
  if (ctx.lex.patterns['link-at-end'].test(before)) candidates.push(before.replace(ctx.lex.patterns['head-noun-filler'], ' '));
  for (const text of candidates) {
    for (const cue of ctx.lex.roleCues) {
      if (allowed.has(cue.kind) && cue.re.test(text)) return cue.kind;
    }
  }
  return undefined;
}

/** Mentions coordinated with `first`, in text order, first included. */
export function coordinated<M extends Mention>(ctx: SentenceContext, first: M, pool: readonly M[], limit: number): M[] {
  const out: M[] = [first];
  const sorted = pool.filter((m) => m.span.start >= first.span.end && m.span.end <= limit).sort((a, b) => a.span.start - b.span.start);
  let last: M = first;
  for (const m of sorted) {
    if (!ctx.lex.patterns.coordination.test(ctx.view.slice(last.span.end, m.span.start))) break;
    out.push(m);
    last = m;
  }
  return out;
}

export function unmaskedActors(ctx: SentenceContext, span: TextSpan): ActorMention[] {
  return ctx.actors.filter((a) => a.span.start >= span.start && a.span.end <= span.end && !insideAny(a.span, ctx.masks) && !placedByCue(ctx, a));
}

/**
 * A name that is both an actor and a place, written with a place cue before it ("marched through London", "in
 * Syria", "à Moscou"), is the place: a capital standing for its government acts only where no cue places it.
 */
function placedByCue(ctx: SentenceContext, a: ActorMention): boolean {
  const place = placeWithSpan(ctx.places, a.span);
  const cue = place?.cue;
  // A cue that also marks whom something goes to ("a demandé à la Russie": `non-placing-cue`) does not decide for a
  // country; before a town ("à Dakar") it is where.
  if (place && ctx.lex.patterns['compass-before'].test(ctx.view.slice(Math.max(0, a.span.start - 8), a.span.start))) return true;
  return cue !== undefined && (!ctx.lex.patterns['non-placing-cue'].test(cue) || place?.precision === 'locality');
}

/** The report's places by span, indexed once per report: roles ask for the place under an actor name again and again. */
const placesBySpan = new WeakMap<readonly PlaceMention[], Map<string, PlaceMention>>();
export function placeWithSpan(places: readonly PlaceMention[], span: TextSpan): PlaceMention | undefined {
  let index = placesBySpan.get(places);
  if (!index) {
    index = new Map(places.map((p) => [`${p.span.start}:${p.span.end}`, p]));
    placesBySpan.set(places, index);
  }
  return index.get(`${span.start}:${span.end}`);
}

/** Places in a span; a name that is also an actor here ("appuyés par les États-Unis") is the actor. */
export function placesIn(ctx: SentenceContext, span: TextSpan): PlaceMention[] {
  return ctx.places.filter(
    (p) =>
      p.span.start >= span.start &&
      p.span.end <= span.end &&
      !insideAny(p.span, ctx.masks) &&
      !ctx.actors.some((a) => a.span.start < p.span.end && p.span.start < a.span.end && !ownsAsPlace(ctx, a) && !placedByCue(ctx, a)),
  );
}

/**
 * A name that is both a town and an actor (a capital standing for its government), written as the owner of what
 * follows: "Baghdad's busy Karrada district" is the place.
 */
export function ownsAsPlace(ctx: SentenceContext, a: ActorMention): boolean {
  // A country owning something is still the country acting ("Mali's junta expelled …"); a town is a place.
  return POSSESSIVE_S.test(ctx.view.slice(a.span.end, a.span.end + 4)) && placeWithSpan(ctx.places, a.span)?.precision === 'locality';
}

/**
 * The subject of a trigger: the first actor of the clause that no cue gives another role, skipping an
 * apposition between commas. For a relative clause ("des milices chiites qui appuient"), the antecedent
 * of "qui", reaching back over a descriptive apposition to the name it describes.
 */
export function subjectOf(ctx: SentenceContext, clause: TextSpan, triggerStart: number, speakersMayAct = false): ActorMention[] {
  // « une opération que l'Arménie a qualifiée d'agression », « a dit que l'armée avait repris »: a name between "que"
  // and the verb is its subject (whether "que" opens a relative or a complement).
  const que = ctx.lex.patterns['subject-after-que'].exec(ctx.view.slice(clause.start, triggerStart));
  const afterQue = que ? unmaskedActors(ctx, { start: clause.start + que.index + 1, end: triggerStart }) : [];
  if (afterQue.length) return [afterQue.at(-1)!];
  const relative = ctx.lex.patterns['relative-before'].exec(ctx.view.slice(clause.start, triggerStart));
  // "a support that Turkey opposes": a name between the pronoun and the verb is the verb's own subject.
  const relStartAt = relative ? clause.start + relative.index : -1;
  const inGap = relative ? unmaskedActors(ctx, { start: relStartAt + 1, end: triggerStart }) : [];
  if (inGap.length) return [inGap.at(-1)!];
  if (relative) {
    const relStart = relStartAt;
    const before = unmaskedActors(ctx, { start: clause.start, end: relStart + 1 });
    let head = before.at(-1);
    const prev = before.at(-2);
    if (head?.generic && prev && ctx.lex.patterns['apposition-gap'].test(ctx.view.slice(prev.span.end, head.span.start))) head = prev;
    if (head) return [head];
  }
  const candidates = unmaskedActors(ctx, { start: clause.start, end: triggerStart });
  // "Yemen's Houthis", "Iran's Revolutionary Guards": the owner before the possessive only says whose; the actor
  // after it acts. "Baghdad's busy Karrada district": a city owning what follows is where, not who.
  const owns = (a: ActorMention) => {
    const after = POSSESSIVE_S.exec(ctx.view.slice(a.span.end, a.span.end + 4));
    return after !== null && (candidates.some((b) => b.span.start === a.span.end + after[0].length) || ownsAsPlace(ctx, a));
  };
  const pool = candidates.filter(
    (a) =>
      roleOf(ctx, a, clause) === undefined &&
      (speakersMayAct || !SPEAKERS_ONLY.has(a.actorType)) &&
      !ctx.lex.patterns['modifier-after'].test(ctx.view.slice(a.span.end, a.span.end + 12)) &&
      !ctx.lex.patterns['facility-after'].test(ctx.view.slice(a.span.end, a.span.end + 16)) &&
      !ctx.lex.patterns['facility-before'].test(ctx.view.slice(Math.max(clause.start, a.span.start - 24), a.span.start)) &&
      !owns(a),
  );
  const first = pool[0];
  if (!first) return [];
  return coordinated(ctx, first, pool, triggerStart);
}
