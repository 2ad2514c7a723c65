/**
 * The instrument of a use of force: what the clause says it was done with ("a drone strike", "des tirs d'obus de
 * mortier", "a suicide car bomb"). Read from the language's instruments.tsv inside the words of the act only
 * (`actWords`), so a weapon named in another clause or a condition of the sentence never lends itself.
 */
import { INSTRUMENT_KINDS, type ClaimType, type ExplainEntry, type Instrument, type InstrumentKind } from '../../model/claim.js';
import { actWordsOf, struckSpans, type ClaimDraft } from './claim-draft.js';
import { matchesIn } from './claim-lexicon.js';
import { insideAny } from './mention-lookup.js';
import type { SentenceContext } from './sentence-context.js';

/** The types that are a use of force, for which an instrument is read. */
export const INSTRUMENTED: ReadonlySet<ClaimType> = new Set<ClaimType>(['attack', 'offensive', 'fighting', 'cross-border', 'shelling', 'airstrike', 'bombing', 'killing']);

/** Kinds that change what ACLED calls the event (a suicide bomb, a chemical weapon): they win over a nearer word. */
const DECISIVE: ReadonlySet<InstrumentKind> = new Set<InstrumentKind>(['suicide', 'chemical']);

interface Hit {
  kind: InstrumentKind;
  start: number;
  end: number;
  text: string;
  ref: string;
}

/**
 * The draft's instrument: a word inside the trigger itself first ("drone strike"), then a decisive kind anywhere in
 * the clause, then the word nearest the trigger (ties: the kind listed first in INSTRUMENT_KINDS).
 */
export function findInstrument(ctx: SentenceContext, d: ClaimDraft): { instrument: Instrument; explain: ExplainEntry } | undefined {
  if (!INSTRUMENTED.has(d.type)) return undefined;
  const { start, end } = actWordsOf(ctx, d);
  const t = d.triggerSpan;
  const struck = struckSpans(d);
  const hits: Hit[] = ctx.lex.instruments.flatMap((cue) =>
    matchesIn(cue.re, ctx.view, start, end)
      // Attribution words are no part of the act ("…, the air force said").
      .filter((m) => !insideAny(m, ctx.masks))
      .filter((m) => !insideAny(m, struck))
      .map((m) => ({ kind: cue.kind as InstrumentKind, start: m.start, end: m.end, text: ctx.doc.report.text.slice(m.start, m.end), ref: cue.ref })),
  );
  if (hits.length === 0) return undefined;
  const inTrigger = (h: Hit) => (h.start < t.end && t.start < h.end ? 0 : 1);
  const decisive = (h: Hit) => (DECISIVE.has(h.kind) ? 0 : 1);
  const distance = (h: Hit) => (h.end <= t.start ? t.start - h.end : Math.max(0, h.start - t.end));
  const rank = (h: Hit) => INSTRUMENT_KINDS.indexOf(h.kind);
  const best = hits.sort((a, b) => inTrigger(a) - inTrigger(b) || decisive(a) - decisive(b) || distance(a) - distance(b) || rank(a) - rank(b))[0] as Hit;
  const why = inTrigger(best) === 0 ? 'named in the trigger' : DECISIVE.has(best.kind) ? 'named in its clause (decides the kind of event)' : 'the weapon named nearest the trigger in its clause';
  return {
    instrument: { kind: best.kind, text: best.text, span: { start: best.start, end: best.end }, rule: best.ref },
    explain: { field: 'instrument', value: best.kind, because: `"${best.text}" (${best.ref}): ${why}` },
  };
}
