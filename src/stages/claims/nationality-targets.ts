import type { ActorRef } from '../../model/claim.js';
import type { PlaceMention } from '../../model/mention.js';
import { readDataLines } from '../../resources/line-file.js';
import { escapeRegex, wordRegex } from '../../resources/word-regex.js';
import type { SentenceContext } from './sentence-context.js';

/** A country as the actor a claim is aimed at. */
export interface CountryActor {
  actorId: string;
  label: string;
  iso3: string;
}

/** Whose a struck thing is, by its kind (lexicons/<lang>/struck-things.tsv). */
type ThingOwner = 'forces' | 'civilians' | 'government';

interface StruckThing {
  re: RegExp;
  owner: ThingOwner;
  ref: string;
}

/** The country tables the claim engine reads to name a target it only sees as an adjective or a place. */
export interface Nationalities {
  /** Lower-cased nationality word ("indian", "indienne") → its country. */
  byWord: Map<string, CountryActor>;
  /** ISO 3166-1 alpha-2 → country. */
  byIso2: Map<string, CountryActor>;
  /** Any of the words, whole words only, over lower-cased text. */
  re: RegExp | null;
  /** "rebel shelling", "des tirs rebelles": a lower-cased adjective → the described group that wields the force. */
  doers: Map<string, ActorRef>;
  /** Things a side owns ("helicopter", « bus »), and where the owner's adjective stands. */
  struck: { things: StruckThing[]; order: 'before' | 'after' };
}

/** Country actors from resources/actors/countries.tsv and the language's nationality words (place-demonyms.tsv). */
export function loadNationalities(lang: string, root?: string): Nationalities {
  const byIso2 = new Map<string, CountryActor>();
  for (const { fields } of readDataLines('actors/countries.tsv', root)) {
    const [iso3, iso2, id, labelEn] = fields;
    if (iso3 && iso2 && id && labelEn) byIso2.set(iso2, { actorId: id, label: labelEn, iso3 });
  }
  const byWord = new Map<string, CountryActor>();
  for (const { fields } of readDataLines(`lexicons/${lang}/place-demonyms.tsv`, root)) {
    const [form, iso2] = fields;
    const country = iso2 ? byIso2.get(iso2.trim()) : undefined;
    if (form && country && !byWord.has(form.toLowerCase())) byWord.set(form.toLowerCase(), country);
  }
  const forms = [...byWord.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
  // Over the lower-cased view, as the triggers are: no case flag.
  const re = forms.length ? wordRegex(forms.join('|'), 'gu') : null;
  const doers = new Map<string, ActorRef>();
  for (const { fields, ref } of readDataLines(`lexicons/${lang}/doer-adjectives.tsv`, root)) {
    const [word, actorId, actorType, label] = fields;
    if (!word || !actorId || !actorType || !label) throw new Error(`${ref}: a doer adjective needs the word, an actor id, its type and a label`);
    doers.set(word.toLowerCase(), { actorId, label, actorType: actorType as ActorRef['actorType'], via: `adjective on the noun ("${word}", ${ref})` });
  }
  return { byWord, byIso2, re, doers, struck: loadStruckThings(lang, root) };
}

function loadStruckThings(lang: string, root?: string): Nationalities['struck'] {
  const things: StruckThing[] = [];
  let order: 'before' | 'after' = 'before';
  for (const { fields, ref } of readDataLines(`lexicons/${lang}/struck-things.tsv`, root)) {
    const [form, owner] = fields;
    if (form === '@order' && (owner === 'before' || owner === 'after')) order = owner;
    else if (form && (owner === 'forces' || owner === 'civilians' || owner === 'government')) things.push({ re: wordRegex(form, 'gu'), owner, ref });
    else throw new Error(`${ref}: a struck thing needs a form and an owner (forces, civilians or government), or is the row "@order before|after"`);
  }
  return { things, order };
}

/** The agent's own ids, lower-cased (its row, its affiliation, its nationality): its own side is never its target. */
function ownSide(agent: ActorRef | undefined): Set<string> {
  return new Set([agent?.actorId, agent?.affiliation, agent?.nationality].filter((x): x is string => !!x).map((x) => x.toLowerCase()));
}

/** English writes nationalities with a capital: "polish" and "chinese" in lower case are not them. */
function writtenAsNationality(ctx: SentenceContext, written: string): boolean {
  return ctx.lex.lang !== 'en' || /^\p{Lu}/u.test(written);
}

/** How far after a verb its object phrase reaches when looking for the nationality of what it acts on. */
const OBJECT_REACH = 40;

/**
 * The country a verbal or diplomatic act is aimed at when no actor is named as its object: the nationality of the
 * thing acted on ("rejected an Indian proposal", "an Australian ultimatum") or a country named as the place it
 * concerns ("will withdraw its force from Chad", "a suspension of air links with Serbia"). Returns undefined when
 * the complement names neither, or only the agent's own country.
 */
export function countryTarget(ctx: SentenceContext, from: number, to: number, places: readonly PlaceMention[], agent?: ActorRef): ActorRef | undefined {
  const n = ctx.lex.nationalities;
  // The agent's own country is no target ("Putin ordered Russia's first mobilisation").
  const own = ownSide(agent);
  const phraseEnd = Math.min(to, from + OBJECT_REACH, commaAfter(ctx.view, from, to));
  if (n.re) {
    for (const m of ctx.lower.slice(from, phraseEnd).matchAll(n.re)) {
      const country = n.byWord.get(m[0]);
      const written = ctx.view.slice(from + m.index, from + m.index + m[0].length);
      if (!country || own.has(country.actorId) || !writtenAsNationality(ctx, written)) continue;
      return { actorId: country.actorId, label: country.label, actorType: 'state', via: `nationality of the object ("${written}")` };
    }
  }
  for (const p of places) {
    if (p.span.start < from || p.span.end > to) continue;
    const country = stateOfCountryPlace(ctx, p);
    if (country && !own.has(country.actorId)) {
      return { actorId: country.actorId, label: country.label, actorType: 'state', mentionId: p.id, span: p.span, via: 'country named in the complement' };
    }
  }
  return undefined;
}

/** The state a place names when its best reading is a country ("Israël" in « a demandé à Israël »), else undefined. */
export function stateOfCountryPlace(ctx: SentenceContext, p: PlaceMention): CountryActor | undefined {
  const top = p.candidates[0];
  return top?.featureCode === 'PCLI' ? ctx.lex.nationalities.byIso2.get(top.countryCode) : undefined;
}

/** The state whose capital a place's best reading is ("recalled its ambassador from Rome"), unless it is the agent's own. */
export function stateOfCapital(ctx: SentenceContext, p: PlaceMention, agent?: ActorRef): ActorRef | undefined {
  const top = p.candidates[0];
  const country = top?.featureCode === 'PPLC' ? ctx.lex.nationalities.byIso2.get(top.countryCode) : undefined;
  if (!country || ownSide(agent).has(country.actorId)) return undefined;
  return { actorId: country.actorId, label: country.label, actorType: 'state', mentionId: p.id, span: p.span, via: 'the capital stands for its state' };
}

function commaAfter(text: string, from: number, to: number): number {
  const i = text.slice(from, to).search(/[,;:]/);
  return i < 0 ? to : from + i;
}

/**
 * The country a nationality word right on a noun names: before it in English ("Israeli air strikes", "a Turkish
 * drone strike"), after it in French ("les frappes israéliennes", "des tirs d'artillerie russes").
 */
export function nationalityOfNoun(ctx: SentenceContext, noun: { start: number; end: number }, side: 'before' | 'either' = 'either', inside = false): ActorRef | undefined {
  const n = ctx.lex.nationalities;
  if (!n.re) return undefined;
  // "Saudi-led air strikes": the nationality leading the force wields it.
  const before = /(\p{L}+)(?:-led)?\s+$/u.exec(ctx.view.slice(Math.max(ctx.sentence.span.start, noun.start - 30), noun.start));
  const after = /^\s+(\p{L}+)/u.exec(ctx.view.slice(noun.end, Math.min(ctx.sentence.span.end, noun.end + 30)));
  // "une frappe israélienne": a pattern may take in the adjective itself.
  const within = inside && side === 'either' ? (ctx.view.slice(noun.start, noun.end).match(/\p{L}+/gu) ?? []).slice(1) : [];
  for (const word of [before?.[1], ...within, side === 'either' ? after?.[1] : undefined]) {
    if (!word) continue;
    const country = n.byWord.get(word.toLowerCase());
    if (country && writtenAsNationality(ctx, word)) return { actorId: country.actorId, label: country.label, actorType: 'state', via: `nationality on the noun ("${word}")` };
  }
  // "Rebel shelling", "des tirs rebelles": no nationality, but the kind of side that fired.
  for (const word of [before?.[1], side === 'either' ? after?.[1] : undefined]) {
    const doer = word ? n.doers.get(word.toLowerCase()) : undefined;
    if (doer) return doer;
  }
  return undefined;
}

/**
 * "shot down a Russian helicopter", "fired on an Israeli bus", "shelled Kurdish rebel positions", « a abattu un
 * hélicoptère russe »: when a strike names no side as its object, a thing a side owns (struck-things.tsv) with the
 * owner's nationality or side adjective beside it names whom it struck — the country's forces, its civilians or the
 * state itself. Never the agent's own side. One plain word may stand between ("a Russian military helicopter").
 */
export function ownerOfStruck(ctx: SentenceContext, from: number, to: number, agent?: ActorRef): ActorRef | undefined {
  const n = ctx.lex.nationalities;
  const own = ownSide(agent);
  const end = Math.min(to, from + OBJECT_REACH, commaAfter(ctx.view, from, to));
  const phrase = ctx.lower.slice(from, end);
  const hits = n.struck.things.flatMap((t) => [...phrase.matchAll(t.re)].map((m) => ({ t, at: m.index, len: m[0].length })));
  for (const { t, at, len } of hits.sort((a, b) => a.at - b.at)) {
    // The two words nearest the noun on the owner's side.
    const near = n.struck.order === 'before'
      ? [...phrase.slice(0, at).matchAll(/[\p{L}-]+/gu)].slice(-2).reverse().map((m) => ({ word: m[0], at: m.index }))
      : [...phrase.slice(at + len).matchAll(/[\p{L}-]+/gu)].slice(0, 2).map((m) => ({ word: m[0], at: at + len + m.index }));
    const nationalityAt = (i: number) => {
      const hit = near[i];
      const country = hit ? n.byWord.get(hit.word) : undefined;
      return hit && country && writtenAsNationality(ctx, ctx.view.slice(from + hit.at, from + hit.at + hit.word.length)) ? country : undefined;
    };
    for (const [i, { word }] of near.entries()) {
      const country = nationalityAt(i);
      const via = `owner of what was struck ("${word}" on "${phrase.slice(at, at + len)}", ${t.ref})`;
      if (country && !own.has(country.actorId)) return ownedBy(country, t.owner, via);
      const doer = n.doers.get(word);
      if (!doer || t.owner !== 'forces' || own.has(doer.actorId)) continue;
      // "Palestinian guerrilla bases": a nationality before the side's word names whose side it is.
      return sideOf(doer, i === 0 ? nationalityAt(1) : undefined, via);
    }
  }
  return undefined;
}

/**
 * "shelled rebel-held areas of Aleppo", "bombed Albanian rebel-held territory", "Serb-held villages": ground a side
 * holds, struck, names the holder as whom the strike was aimed at — a side adjective (with the nationality before it)
 * or a nationality before the holder participle (`held-ground`). Never the agent's own side.
 */
export function holderOfHeldGround(ctx: SentenceContext, from: number, to: number, agent?: ActorRef): ActorRef | undefined {
  const n = ctx.lex.nationalities;
  const end = Math.min(to, from + OBJECT_REACH, commaAfter(ctx.view, from, to));
  const m = ctx.lex.patterns['held-ground'].exec(ctx.lower.slice(from, end));
  const word = m?.[2];
  if (!m || !word) return undefined;
  const own = ownSide(agent);
  const via = `holder of the ground struck ("${m[0].trim()}")`;
  const country = n.byWord.get(word);
  if (country) return own.has(country.actorId) ? undefined : ownedBy(country, 'forces', via);
  const doer = n.doers.get(word);
  if (!doer || own.has(doer.actorId)) return undefined;
  return sideOf(doer, m[1] ? n.byWord.get(m[1]) : undefined, via);
}

/** A side's word, of the country named before it when there is one ("Palestinian guerrilla", "Albanian rebel"). */
function sideOf(doer: ActorRef, whose: CountryActor | undefined, via: string): ActorRef {
  if (!whose || doer.actorId.split(':').length !== 2) return { ...doer, via };
  return { ...doer, actorId: `${doer.actorId}:${whose.iso3}`, label: `${whose.label} ${doer.label}`, via };
}

function ownedBy(country: CountryActor, owner: ThingOwner, via: string): ActorRef {
  if (owner === 'government') return { actorId: country.actorId, label: country.label, actorType: 'state', via };
  if (owner === 'civilians') return { actorId: `group:CVL:${country.iso3}`, label: `civilians of ${country.label}`, actorType: 'civilians', via };
  return { actorId: `group:forces:${country.iso3}`, label: `${country.label} forces`, actorType: 'state-force', via };
}
