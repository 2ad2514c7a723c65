/**
 * Descriptions built around a head noun: "des miliciens irakiens" (group:militia:IRQ), "Kurdish and Arab fighters"
 * (group:fighters:kurdish+arab), "des combattants du Hezbollah libanais" / "IS fighters" (the named actor), and
 * "soldats turcs" (the Turkish army: the head says which row of the country). Nationality qualifiers beside a name
 * ("Hezbollah libanais") set the mention's nationality.
 *
 * Group ids are `group:<K>:<tags>`: K is the head's PLOVER sector when the head has one ("Egyptian police" →
 * `group:COP:EGY`, "Iraqi civilians" → `group:CVL:IRQ`), else its kind (`group:militia:IRQ`); tags are the
 * qualifiers, upper-case ISO-3 for nationalities, lower-case for ethnic or sectarian ones. A head whose people a
 * country has a row for ("officials" → the government, "soldiers" → the army) resolves to that row instead.
 */
import { SECTOR_OF_FOCUS_ROLE, type ActorLexicon, type FocusRole, type GroupAdjective, type GroupHead, type LanguageTable, type LexiconActor } from '../../resources/actor-lexicon-types.js';
import type { Token } from '../../resources/actor-tokens.js';
import type { TrieMatch } from '../../resources/actor-trie.js';
import type { ActorDraft } from './actor-draft.js';
import type { TokenCover } from './token-cover.js';

export const isIso3 = (tag: string): boolean => /^[A-Z]{3}$/.test(tag);

interface Context {
  table: LanguageTable;
  tokens: readonly Token[];
  cover: TokenCover;
  lexicon: ActorLexicon;
  /** Countries named as places ("in Syria"), by start token: a head may still take them ("president of Syria"). */
  latent?: Map<number, ActorDraft>;
}

const capitalOk = (ctx: Context, i: number, v: { capital?: boolean }): boolean => !v.capital || ctx.tokens[i]?.capitalised === true;

/** The longest adjective at `i` whose case fits ("Polish", not "polish"), on free tokens. */
function adjectiveAt(ctx: Context, i: number): { end: number; adj: GroupAdjective } | undefined {
  const all = ctx.table.adjectives.matchesAt(ctx.tokens, i);
  for (let k = all.length - 1; k >= 0; k--) {
    const m = all[k] as TrieMatch<GroupAdjective>;
    const adj = m.values.find((v) => capitalOk(ctx, i, v));
    if (adj && ctx.cover.isFree(i, m.end)) return { end: m.end, adj };
  }
  return undefined;
}

/** The longest head noun at `i` whose case fits ("les Syriens", not "syriens"), on free tokens. */
export function headAt(ctx: Context, i: number, asTitle = false): { end: number; head: GroupHead } | undefined {
  const all = ctx.table.heads.matchesAt(ctx.tokens, i);
  for (let k = all.length - 1; k >= 0; k--) {
    const m = all[k] as TrieMatch<GroupHead>;
    // A title before a name needs no determiner: "freed opposition leader Aung San Suu Kyi" (`asTitle`).
    const determined = (v: GroupHead) => !v.determinedOnly || (asTitle && v.title !== undefined) || (!plainWordBefore(ctx, i) && !insideName(ctx, i));
    const head = m.values.find((v) => capitalOk(ctx, i, v) && (!v.possessiveOnly || possessiveBefore(ctx, i)) && determined(v));
    if (head && ctx.cover.isFree(i, m.end)) return { end: m.end, head };
  }
  return undefined;
}

/** "The General Sessions Court": a capitalised word after another is part of a name, not a noun standing alone. */
function insideName(ctx: Pick<Context, 'tokens'>, i: number): boolean {
  return !!ctx.tokens[i]?.capitalised && !!ctx.tokens[i - 1]?.capitalised;
}

/** "des manœuvres militaires": a lower-case word right before `i` that is no function word, number or quantity. */
function plainWordBefore(ctx: Pick<Context, 'table' | 'tokens'>, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (!prev || prev.capitalised || !/^\p{L}/u.test(prev.key)) return false;
  // "Kenya's opposition": the possessive's s is no word.
  if (prev.key === 's' && /^['’]$/u.test(ctx.tokens[i - 2]?.key ?? '')) return false;
  return ctx.table.connectors.matchesAt(ctx.tokens, i - 1).every((m) => m.end !== i);
}

/** End of the connector of `role` that starts at `i`, or -1. */
export function connectorEnd(ctx: Pick<Context, 'table' | 'tokens'>, i: number, role: 'of' | 'article' | 'and' | 'in' | 'modifier' | 'ethnic' | 'supporter-suffix' | 'supporter-prefix' | 'former' | 'armed-people'): number {
  const ms = ctx.table.connectors.matchesAt(ctx.tokens, i).filter((m) => m.values.includes(role));
  return ms.length > 0 ? (ms[ms.length - 1] as TrieMatch<unknown>).end : -1;
}

/** A possessive connector ("his", "ses", "its") ends right before token `tokStart`. */
export function possessiveBefore(ctx: Pick<Context, 'table' | 'tokens'>, tokStart: number, role: 'possessive' | 'one-owner' = 'possessive'): boolean {
  const p = ctx.table.connectors.startOfFormEndingAt(ctx.tokens, tokStart, 1);
  return p >= 0 && ctx.table.connectors.matchesAt(ctx.tokens, p).some((m) => m.end === tokStart && m.values.includes(role));
}

/** "senior", "top", "high-ranking", "ethnic": skipped before a description. */
function skipModifiers(ctx: Context, i: number): number {
  const next = (j: number): number => Math.max(connectorEnd(ctx, j, 'modifier'), connectorEnd(ctx, j, 'ethnic'));
  let j = i;
  for (let e = next(j); e > 0 && ctx.cover.isFree(j, e); e = next(j)) j = e;
  return j;
}

/** "rebel Serbs": the head of a people turned into that people's rebels (the id "Serb rebels" gets). */
function rebelsOf(people: GroupHead): GroupHead {
  const { sector: _sector, resolvesTo: _role, ...rest } = people;
  return { ...rest, kind: 'rebels', actorType: 'non-state-armed-group', labelEn: `rebel ${people.head}` };
}

/** "ethnic Albanians", "ethnic Serb militias": an 'ethnic' connector inside the description's span. */
function saysEthnic(ctx: Context, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (connectorEnd(ctx, i, 'ethnic') > 0) return true;
  return false;
}

/** A nationality tag read as an ethnicity: lower case, so no country is taken from it (`ALB` → `ethnic-alb`). */
const asEthnic = (tag: string): string => (isIso3(tag) ? `ethnic-${tag.toLowerCase()}` : tag);

/** "kurdes et arabes", "Kurdish and Arab", "syriens": adjectives joined by "et"/"and"/",". */
function readAdjectives(ctx: Context, start: number): { end: number; adjs: GroupAdjective[]; skipped: boolean } {
  const adjs: GroupAdjective[] = [];
  let skipped = false;
  let joined = false;
  let j = start;
  for (;;) {
    // "Pro-Iranian militias": a nationality after "pro" names whom the group sides with: it is skipped.
    const pro = connectorEnd(ctx, j, 'supporter-prefix');
    const sided = pro > 0 ? adjectiveAt(ctx, pro) : undefined;
    if (sided) {
      j = sided.end;
      skipped = true;
      continue;
    }
    const m = adjectiveAt(ctx, j);
    // "British Foreign Secretary": a longer head noun wins over the adjective it starts with ("foreign").
    if (!m || (headAt(ctx, j)?.end ?? 0) > m.end) break;
    // "Iranian-backed militias", "Turkish-backed factions": a nationality glued to "backed" names who supports the
    // group, not the group's own: it is skipped.
    const backed = connectorEnd(ctx, m.end, 'supporter-suffix');
    if (backed > 0) {
      j = backed;
      skipped = true;
      continue;
    }
    // "the Bosnian Serb parliament", "Bosnian Croat forces": a second nationality right after the first, with no
    // "and" between, is the ethnicity of people living in the first's country.
    // "Greek Cypriot leaders": unless the second names where people live and the first does not. A language that
    // puts adjectives after the noun stacks them only this way (« dirigeant chypriote turc »).
    const prev = adjs.at(-1);
    const stacks = ctx.table.adjectiveOrder === 'before' || prev?.residence || m.adj.residence;
    const apposed = stacks && !joined && prev && isIso3(prev.tag) && isIso3(m.adj.tag) && prev.tag !== m.adj.tag;
    if (apposed && m.adj.residence && !prev.residence) adjs.splice(-1, 1, m.adj, { ...prev, tag: asEthnic(prev.tag) });
    else adjs.push(apposed ? { ...m.adj, tag: asEthnic(m.adj.tag) } : m.adj);
    j = m.end;
    const and = connectorEnd(ctx, j, 'and');
    joined = and > 0 && adjectiveAt(ctx, and) !== undefined;
    if (joined) j = and;
  }
  return { end: j, adjs, skipped };
}

function joinLabels(labels: string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** `group:<sector or kind>[:<tags>]`. */
export function groupId(head: GroupHead, tags: readonly string[]): string {
  const k = head.sector ?? head.kind;
  return tags.length > 0 ? `group:${k}:${tags.join('+')}` : `group:${k}`;
}

/**
 * The row or group of `country` a title stands for: "president" → its government, "general" → its army; a title of
 * the government's sector with no row of its own → `state` (the country's government row) when given.
 */
export function titleAffiliation(lexicon: ActorLexicon, head: GroupHead, country: string, state?: string): string {
  const row = head.resolvesTo ? lexicon.forFocus(country, head.resolvesTo) : undefined;
  return row?.id ?? (head.sector === 'GOV' && state ? state : groupId(head, [country]));
}

/** The group of a bare description ("the army", "the government") qualified by its country: `group:MIL:EGY`. */
export function qualifiedDescriptionId(role: FocusRole, iso3: string): string {
  return `group:${SECTOR_OF_FOCUS_ROLE[role]}:${iso3}`;
}

/** A people named by its nationality ("Palestinians", "les Syriens"): a group id of the head kind `people`. */
export function namesAPeople(actorId: string): boolean {
  return actorId.startsWith('group:people:');
}

/** The ISO-3 countries among the tags of a group id (`group:GOV:HUN+ROU` → HUN, ROU); none for another id. */
export function groupCountries(actorId: string): string[] {
  return groupTags(actorId).filter((t) => /^[A-Z]{3}$/.test(t));
}

/** Every tag of a group id, countries and others (`group:rebels:BHR+shia` → BHR, shia); none for another id. */
function groupTags(actorId: string): string[] {
  if (!actorId.startsWith('group:')) return [];
  return (actorId.split(':')[2] ?? '').split('+').filter((t) => t.length > 0);
}

/** "troops", "police": a described group that no nationality qualifies (`group:troops`), so no side of its own. */
export function describedWithoutCountry(a: { actorId: string; nationality?: string | undefined }): boolean {
  return a.actorId.startsWith('group:') && groupCountries(a.actorId).length === 0 && !a.nationality;
}

/** The row a head resolves to in `country` ("soldiers" → its army, "officials" → its government), if any. */
function resolvedRow(ctx: Context, head: GroupHead, country: string) {
  return head.resolvesTo ? ctx.lexicon.forFocus(country, head.resolvesTo) : undefined;
}

function groupDraft(ctx: Context, head: GroupHead, adjs: GroupAdjective[], start: number, end: number): ActorDraft {
  // "Bosnian Serbs", "Bosnian Croats": a people of one nation qualified by another country's adjective lives in that
  // country; its own nation is its ethnicity there. A people named by where it lives ("Greek Cypriots", « Chypriotes
  // grecs ») is the other way round.
  const other = head.tag && isIso3(head.tag) && adjs.some((a) => isIso3(a.tag) && a.tag !== head.tag);
  const headTag = other && !head.residence ? asEthnic(head.tag!) : head.tag;
  const own = other && head.residence ? adjs.map((a) => (isIso3(a.tag) && a.tag !== head.tag && !a.residence ? asEthnic(a.tag) : a.tag)) : adjs.map((a) => a.tag);
  const written = [...new Set(head.residence ? [head.tag!, ...own] : [...own, ...(headTag ? [headTag] : [])])].filter(Boolean);
  // Ethnic Albanians of Serbia or ethnic Armenians of Karabakh are nobody's nationals: their country is where they are.
  const ethnic = saysEthnic(ctx, start, end);
  const tags = ethnic ? written.map(asEthnic) : written;
  const iso = tags.filter(isIso3);
  const rule = [head.rule, ...adjs.map((a) => `adj:${a.rule.replace(/^actors:/, '')}`)].join(';');
  const state = iso.length === 1 ? resolvedRow(ctx, head, iso[0] as string) : undefined;
  if (state) {
    // "soldats turcs", "Russian troops": soldiers of one country are that country's army.
    return { tokStart: start, tokEnd: end, actorId: state.id, actorType: state.type, label: state.label.en, rule,
      confidence: 0.75, nationality: iso[0] as string, head };
  }
  const draft: ActorDraft = {
    tokStart: start,
    tokEnd: end,
    actorId: groupId(head, tags),
    actorType: head.actorType,
    label: [ethnic ? 'ethnic' : '', joinLabels([...new Set(adjs.map((a) => a.labelEn))]), head.labelEn].filter(Boolean).join(' '),
    rule,
    confidence: tags.length > 0 ? 0.8 : 0.5,
    generic: true,
    head,
  };
  if (iso.length >= 1) draft.nationality = iso[0] as string;
  return draft;
}

/** A country named as a place right at `p`, taken by the description: it becomes a mention. */
function takeLatent(ctx: Context, p: number): ActorDraft | undefined {
  const d = ctx.latent?.get(p);
  if (!d || !ctx.cover.isFree(d.tokStart, d.tokEnd)) return undefined;
  ctx.latent?.delete(p);
  ctx.cover.claim(d);
  return d;
}

/**
 * "combattants du Hezbollah", "fighters of the Islamic State", "the president of Armenia": the named actor, its span
 * widened to the head. Returns the actor, and whether it was a country named as a place until now.
 */
function attachOf(ctx: Context, head: GroupHead, start: number, headEnd: number): { d: ActorDraft; fresh: boolean } | undefined {
  // The alias may begin right after the head ("du régime" holds its own "du"), after "de"/"of", or after an
  // article ("de la coalition"); "l'EI" holds its own article.
  const positions = [headEnd];
  // "retirer ses troupes du Liban": after a possessive, the head already has its owner; "du Liban" is where from.
  const of = possessiveBefore(ctx, start) ? -1 : connectorEnd(ctx, headEnd, 'of');
  if (of > 0) {
    positions.push(of);
    for (let p = connectorEnd(ctx, of, 'article'); p > 0; p = connectorEnd(ctx, p, 'article')) positions.push(p);
  }
  for (const p of positions) {
    const d = ctx.cover.startingAt(p);
    if (d && d.actorType !== 'person' && !d.actorId?.startsWith('group:') && takesHead(ctx, d, head)) {
      widen(ctx, d, start, d.tokEnd, head);
      return { d, fresh: false };
    }
  }
  // "le président de la Syrie", "King Hassan of Morocco": a country after "de"/"of" read as a place so far.
  for (const p of positions.slice(1)) {
    const d = takeLatent(ctx, p);
    if (d) {
      widen(ctx, d, start, d.tokEnd, head);
      return { d, fresh: true };
    }
  }
  return undefined;
}

const isGovHead = (head: GroupHead): boolean => head.sector === 'GOV' || head.resolvesTo === 'government';

/**
 * A title ("official", "général", "spokesman") describes one person: beside a state it is that state's, but
 * "SDF official" or "porte-parole des FDS" is a person of the organisation, left to the person patterns.
 */
function takesHead(ctx: Context, d: ActorDraft, head: GroupHead): boolean {
  return !head.title || (d.actorId !== undefined && ctx.lexicon.get(d.actorId)?.type === 'state');
}

/**
 * Widens `d` over a head noun. A state qualified by a head that names another part of it ("Ivory Coast rebels",
 * "Hungary's parliament", "US soldiers") becomes that part: its row for the head's role, else a described group
 * with the country's tag; government heads ("US officials", "le gouvernement de la Hongrie") stay the state.
 */
export function widen(ctx: Context, d: ActorDraft, start: number, end: number, head?: GroupHead): void {
  ctx.cover.release(d);
  d.tokStart = start;
  d.tokEnd = end;
  ctx.cover.claim(d);
  if (!head) return;
  d.rule += `;head:${head.rule.replace(/^actors:/, '')}`;
  d.head = head;
  const entry = d.actorId ? ctx.lexicon.get(d.actorId) : undefined;
  // "Myanmar's military government", "the army regime": an army that governs is the government.
  const ruling = entry?.type === 'state-force' && entry.country && head.kind === 'government' ? resolvedRow(ctx, head, entry.country) : undefined;
  if (ruling) Object.assign(d, { actorId: ruling.id, actorType: ruling.type, label: ruling.label.en });
  // "NATO troops", "UN soldiers": an international body's soldiers are its force, when the lexicon has one.
  const armed = head.resolvesTo === 'army' || head.sector === 'MIL' || head.kind === 'forces';
  const arm = entry?.type === 'international-org' && armed ? ctx.lexicon.forFocus(entry.id, 'army') : undefined;
  if (arm) Object.assign(d, { actorId: arm.id, actorType: arm.type, label: arm.label.en });
  if (entry?.type !== 'state' || !entry.country || isGovHead(head)) return;
  const row = resolvedRow(ctx, head, entry.country);
  if (row) {
    // "US soldiers", "soldats des États-Unis": the state's soldiers are its army.
    Object.assign(d, { actorId: row.id, actorType: row.type, label: row.label.en });
  } else {
    Object.assign(d, {
      actorId: groupId(head, [entry.country]),
      actorType: head.actorType,
      label: `${entry.label.en} ${head.labelEn}`,
      generic: true,
      nationality: entry.country,
    });
  }
  delete d.weak;
}

/**
 * "Kosovo Albanians", "Kosovo Serbs": a country's name before a people of another nation names where that people
 * lives, not the state acting; the people's own nation is its ethnicity there.
 */
function peopleOfCountry(ctx: Context, d: ActorDraft, h: { end: number; head: GroupHead }): void {
  const entry = d.actorId ? ctx.lexicon.get(d.actorId) : undefined;
  const nation = h.head.tag;
  if (entry?.type !== 'state' || !entry.country || !nation || !isIso3(nation) || nation === entry.country) return;
  widen(ctx, d, d.tokStart, h.end);
  Object.assign(d, {
    actorId: groupId(h.head, [entry.country, asEthnic(nation)]),
    actorType: h.head.actorType,
    label: `${entry.label.en} ${h.head.labelEn}`,
    rule: `${d.rule};people:${h.head.rule.replace(/^actors:/, '')}`,
    generic: true,
    nationality: entry.country,
    head: h.head,
  });
  delete d.weak;
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
  if (!m || !tag || !cover.isFree(d.tokEnd, m.end)) return undefined;
  widen(ctx, d, d.tokStart, m.end);
  // "les peshmergas kurdes": an ethnic adjective belongs to the name's mention but gives it no country.
  return isIso3(tag) ? tag : undefined;
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
  const adj = table.adjectives.matchesAt(tokens, s).find((x) => x.end === d.tokStart)?.values.find((v) => capitalOk(ctx, s, v));
  if (!adj || !isIso3(adj.tag)) return undefined;
  widen(ctx, d, s, d.tokEnd);
  return adj.tag;
}

const isWord = (t: Token | undefined): boolean => t !== undefined && /^[\p{L}\p{N}]/u.test(t.key);

/**
 * A free word that is no function word: in lower case ("paper" in "French paper workers"), or a name no lexicon
 * holds ("Contra" in "Nicaraguan Contra rebels").
 */
function plainWord(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  return isWord(t) && ctx.cover.isFree(i, i + 1) && ctx.table.connectors.matchesAt(ctx.tokens, i).length === 0;
}

/**
 * English possessives: "Israel's high court", "Romania's new government", "Taiwan's Vice Foreign Minister": a head
 * noun up to two words after "'s" describes the actor before it.
 */
function addPossessives(ctx: Context, drafts: readonly ActorDraft[]): void {
  const { tokens, cover } = ctx;
  for (const d of drafts) {
    if (d.actorType === 'person' || d.generic || d.actorId?.startsWith('group:')) continue;
    if (tokens[d.tokEnd]?.key !== "'") continue;
    const p = tokens[d.tokEnd + 1]?.key === 's' ? d.tokEnd + 2 : /s$/.test(tokens[d.tokEnd - 1]?.key ?? '') ? d.tokEnd + 1 : -1;
    if (p < 0) continue;
    for (let q = p; q <= p + 2 && q < tokens.length; q++) {
      const h = headAt(ctx, q);
      if (h && !h.head.tag && takesHead(ctx, d, h.head)) {
        widen(ctx, d, d.tokStart, h.end, h.head);
        break;
      }
      if (!isWord(tokens[q]) || !cover.isFree(q, q + 1)) break;
    }
  }
}

/** A described group with its adjectives, and the country it is said to be in when they name none. */
function placedGroupDraft(ctx: Context, head: GroupHead, adjs: GroupAdjective[], start: number, end: number): ActorDraft {
  const d = groupDraft(ctx, head, adjs, start, end);
  // "Shiite rebels in Bahrain" are Bahrain's; "foreign fighters in Syria" are not Syria's.
  if (!adjs.some((a) => a.elsewhere)) placeQualifier(ctx, d);
  return d;
}

/**
 * "rebels in Ivory Coast", "des rebelles en Côte d'Ivoire": a bare group takes the country it is in; "security forces
 * in Guinea", whose head names a part of a state, are that state's row for it when the lexicon has one.
 */
function placeQualifier(ctx: Context, d: ActorDraft): void {
  const head = d.head;
  if (!head || d.nationality || (head.resolvesTo && d.actorId !== groupId(head, []))) return;
  // "redeploying its troops in Lebanon": troops a possessive gives an owner are the owner's, wherever they are.
  if (possessiveBefore(ctx, d.tokStart)) return;
  const named = countryNamedAfter(ctx, d.tokEnd, 'in');
  if (!named) return;
  const { country, entry, iso3 } = named;
  // "Shiite rebels in Bahrain": a description's own tags of no country (a faith, a people) stay beside the country.
  const tags = d.actorId ? groupTags(d.actorId) : [];
  const row = tags.length === 0 ? resolvedRow(ctx, head, iso3) : undefined;
  if (row) {
    Object.assign(d, { actorId: row.id, actorType: row.type, label: row.label.en, nationality: iso3, confidence: 0.7 });
    d.rule += `;in:${country.rule.replace(/^actors:/, '')}`;
    delete d.generic;
    return;
  }
  d.actorId = groupId(head, [iso3, ...tags]);
  d.nationality = iso3;
  d.label = `${tags.length > 0 ? d.label : head.labelEn} in ${entry.label.en}`;
  d.rule += `;in:${country.rule.replace(/^actors:/, '')}`;
  d.confidence = 0.7;
}

/**
 * A country read as a place right after the connector of `role` at token `i`, articles skipped ("in Kenya", "of the
 * Sudan"): its latent draft, where that draft starts, its lexicon row and its ISO-3 code. "signed a deal with Aceh rebels in
 * Helsinki": a city is where they met, and a capital standing for its state is a metonym; only a country's name says
 * whose a description is.
 */
function countryNamedAfter(ctx: Context, i: number, role: 'in' | 'of'): { at: number; country: ActorDraft; entry: LexiconActor; iso3: string } | undefined {
  let p = connectorEnd(ctx, i, role);
  if (p < 0) return undefined;
  while (!ctx.latent?.has(p)) {
    p = connectorEnd(ctx, p, 'article');
    if (p < 0) return undefined;
  }
  const country = ctx.latent?.get(p);
  const entry = country?.actorId ? ctx.lexicon.get(country.actorId) : undefined;
  if (!country || country.metonym || entry?.type !== 'state' || !entry.country) return undefined;
  return { at: p, country, entry, iso3: entry.country };
}

/**
 * "the government of Nigeria", « le gouvernement du Niger »: a description waiting for the focus country takes the
 * country named right after "of" instead, the name joining its span.
 */
function ofCountry(ctx: Context, d: ActorDraft): void {
  const named = countryNamedAfter(ctx, d.tokEnd, 'of');
  if (!named) return;
  const { at, country, iso3 } = named;
  if (!ctx.cover.isFree(country.tokStart, country.tokEnd)) return;
  ctx.latent?.delete(at);
  d.nationality = iso3;
  d.rule += `;of:${country.rule.replace(/^actors:/, '')}`;
  widen(ctx, d, d.tokStart, country.tokEnd);
}

/** Head-noun descriptions, in text order; returns the new drafts (attachments widen existing ones). */
export function addGroupDescriptions(ctx: Context, drafts: readonly ActorDraft[]): ActorDraft[] {
  const { table, tokens, cover } = ctx;
  const added: ActorDraft[] = [];
  const add = (d: ActorDraft): void => {
    cover.claim(d);
    added.push(d);
  };
  const attach = (head: GroupHead, start: number, end: number): boolean => {
    const a = attachOf(ctx, head, start, end);
    if (a?.fresh) added.push(a.d);
    return a !== undefined;
  };
  // "IS fighters", "Hezbollah fighters", "Ivory Coast rebels": in a prenominal language a name can qualify a head.
  if (table.adjectiveOrder === 'before') {
    for (const d of ctx.latent?.values() ?? []) {
      // "the right of Russia troops": a country read as a place after "of" still names whose troops they are.
      const h = headAt(ctx, d.tokEnd);
      if (!h || h.head.tag || h.head.title || !takeLatent(ctx, d.tokStart)) continue;
      widen(ctx, d, d.tokStart, h.end, h.head);
      added.push(d);
    }
    for (const d of drafts) {
      const h = d.actorType !== 'person' && !d.generic ? headAt(ctx, d.tokEnd) : undefined;
      if (h && !h.head.tag && takesHead(ctx, d, h.head)) widen(ctx, d, d.tokStart, h.end, h.head);
      else if (h) peopleOfCountry(ctx, d, h);
    }
    addPossessives(ctx, drafts);
  }
  for (const d of drafts) if (d.focusRole && !d.nationality) ofCountry(ctx, d);
  for (let i = 0; i < tokens.length; i++) {
    if (!cover.isFree(i, i + 1)) continue;
    if (table.adjectiveOrder === 'before') {
      // "Senior Hungarian and Romanian officials", "top U.S. official" (the name is an actor: handled above).
      const unarmed = skipModifiers(ctx, i);
      // "rebel Serbs": no head starts with the connector ("rebel fighters" is one), and a people follows it.
      const armed = headAt(ctx, unarmed) ? -1 : connectorEnd(ctx, unarmed, 'armed-people');
      const j = armed > 0 && headAt(ctx, armed)?.head.kind === 'people' ? armed : unarmed;
      const { end, adjs, skipped } = readAdjectives(ctx, j);
      const k = skipModifiers(ctx, end);
      // "French paper workers", "Turkish ground troops": one plain word may stand between the adjective and the head.
      const m = adjs.length > 0 || j > i || skipped ? (headAt(ctx, k) ?? (adjs.length > 0 && plainWord(ctx, k) ? headAt(ctx, k + 1) : undefined)) : undefined;
      if (m && (adjs.length > 0 || m.head.bare)) {
        // "Kurdish and Arab fighters of the SDF" is the SDF, described.
        const head = j !== unarmed ? rebelsOf(m.head) : m.head;
        if (!attach(head, i, m.end)) add(placedGroupDraft(ctx, head, adjs, i, m.end));
        i = m.end - 1;
        continue;
      }
    }
    const m = headAt(ctx, i);
    if (!m) continue;
    const head = m.head;
    if (attach(head, i, m.end)) continue;
    if (table.adjectiveOrder === 'after') {
      const { end, adjs } = readAdjectives(ctx, m.end);
      if (adjs.length > 0) {
        if (!attach(head, i, end)) add(placedGroupDraft(ctx, head, adjs, i, end));
        continue;
      }
    }
    // "its forces", "leurs forces": a possessive stands in for the qualifier a head needs; its owner is found later.
    if (head.bare || possessiveBefore(ctx, i)) {
      const d = groupDraft(ctx, head, [], i, m.end);
      placeQualifier(ctx, d);
      add(d);
    }
  }
  return added;
}

export type { Context as GroupContext };
