import type { PlacePrecision } from '../../model/place.js';
import type { TextSpan } from '../../model/span.js';

/**
 * Where a name with no gazetteer entry of its own lies: at the known place its sentence puts it in. Used by the place
 * stage for unlisted places (unlisted-places.ts) and by the gold-span resolver for gold names the gazetteer lacks.
 */

/** How far after the name the place it is put in may start ("Cellardyke in Fife", "Gondra district of Uttar Pradesh"). */
const ANCHOR_AFTER = 40;
/** How far before the name a place it is put in may end ("in Nairobi slum Kibera"). */
const ANCHOR_BEFORE = 30;

const FINENESS: PlacePrecision[] = ['locality', 'near-locality', 'admin2', 'admin1', 'region', 'country'];
/** Units large enough to hold whatever else their sentence names. */
const COARSE: ReadonlySet<PlacePrecision> = new Set(['admin2', 'admin1', 'region', 'country']);

/** Characters between two spans (0 when they touch or overlap). */
function distance(a: TextSpan, b: TextSpan): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/** What anchoring needs of a mention; the gold-span resolver passes resolved gold toponyms in this shape. */
export interface AnchorPlace {
  span: TextSpan;
  precision: PlacePrecision;
  candidates: readonly { countryCode: string; placeId: string }[];
}

/** Where to go when no place is named right beside the name: the nearest unit of its sentence, else the country the
 *  report names most (the place stage, which must not claim more precision than it has), or the place the report
 *  names most (the gold-span resolver: the mention is known to be a place, and local news names its own town most). */
export type AnchorFallback = 'country' | 'most-named';

/**
 * The place a name is put in: the finest of the places named just after it in the sentence ("the Cacuaco district
 * of Angola's capital city Luanda" → Luanda), else the nearest just before, else the fallback.
 */
export function anchorFor<M extends AnchorPlace>(
  text: string,
  run: TextSpan,
  mentions: readonly M[],
  sentence: TextSpan | undefined,
  /** Words between two places where the second names a part of the first (PlaceWords.narrowingGap). */
  narrowingGap: RegExp,
  fallback: AnchorFallback = 'country',
): M | undefined {
  const resolved = mentions.filter((m) => m.candidates.length > 0);
  const placed = resolved.filter((m) => inSameSentence(m, sentence));
  const after = placed.filter((m) => m.span.start >= run.end && m.span.start - run.end <= ANCHOR_AFTER);
  if (after.length) {
    // A finer place right after the first narrows it ("Angola's capital city Luanda"); one a clause away does not
    // ("en Ossétie du Sud, selon Tskhinvali").
    let best = after[0]!;
    for (const next of after.slice(1)) {
      if (!narrowingGap.test(text.slice(best.span.end, next.span.start))) break;
      if (FINENESS.indexOf(next.precision) < FINENESS.indexOf(best.precision)) best = next;
    }
    return best;
  }
  const before = [...placed].reverse().find((m) => m.span.end <= run.start && run.start - m.span.end <= ANCHOR_BEFORE);
  if (before) return before;
  if (fallback === 'most-named') return mostNamed(resolved);
  // A unit the sentence names further off still holds it ("officials in the state of Borno said … the town of
  // Ngamdu"): the nearest province, region or country of the sentence, else the report's most-named country.
  const unit = placed.filter((m) => COARSE.has(m.precision)).sort((a, b) => distance(a.span, run) - distance(b.span, run))[0];
  return unit ?? mostNamedCountry(resolved);
}

/** A mention of the place the report names most often. */
function mostNamed<M extends AnchorPlace>(resolved: readonly M[]): M | undefined {
  const top = mostCommon(resolved.map((m) => m.candidates[0]!.placeId));
  return resolved.find((m) => m.candidates[0]!.placeId === top);
}

/** A mention of the country the report's places lie in most often. */
function mostNamedCountry<M extends AnchorPlace>(resolved: readonly M[]): M | undefined {
  const top = mostCommon(resolved.map((m) => m.candidates[0]!.countryCode));
  return resolved.find((m) => m.precision === 'country' && m.candidates[0]!.countryCode === top);
}

/** The value seen most often; the first seen wins a tie. */
function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1])[0]?.[0];
}

/** Within the sentence (or anywhere, when sentences are unknown). */
export function inSameSentence(m: AnchorPlace, sentence: TextSpan | undefined): boolean {
  return !sentence || (m.span.start >= sentence.start && m.span.end <= sentence.end);
}
