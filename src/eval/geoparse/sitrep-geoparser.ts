import type { AnalyzedReport } from '../../model/analyzed-report.js';
import type { PlaceMention } from '../../model/mention.js';
import type { Report } from '../../model/report.js';
import type { PartialDate } from '../../model/time.js';
import { emptyAnalysis } from '../../pipeline/run-pipeline.js';
import type { Gazetteer } from '../../resources/gazetteer/gazetteer.js';
import { createPlaceStage } from '../../stages/places/place-stage.js';
import { loadPlaceLexicons, type PlaceLexicons } from '../../stages/places/place-lexicon.js';
import { createSegmentStage } from '../../stages/segment/segment-stage.js';
import { resolveGoldSpans } from './gold-spans.js';
import type { OutletLocaleOf } from '../../stages/places/outlet-locale.js';
import { batchOutletLocales } from '../../pipeline/batch-outlet-locales.js';
import type { GeoDocument, Toponym } from './types.js';

/** Corpus articles carry no usable date here; the place stage never reads it, so any fixed value will do. */
export const PLACEHOLDER_DATE: PartialDate = { value: '2000', precision: 'year' };

/** A toponym Sitrep found, with the marks a corpus convention may need. */
export interface PredictedToponym extends Toponym {
  inFacilityName?: boolean;
}

export interface SitrepGeoparser {
  /** Toponyms the place stage finds on its own, each with its first candidate's point. */
  predict(doc: GeoDocument): PredictedToponym[];
  /** One resolution per gold toponym (undefined when the gazetteer has no entry for its surface). */
  resolveGold(doc: GeoDocument): (Toponym | undefined)[];
  /**
   * Learns each outlet's locale from these documents (unsupervised: the place stage's own choices, never the
   * gold), for every later `predict` and `resolveGold`. Documents without an outlet are left out.
   */
  learnOutletLocales(docs: readonly GeoDocument[]): void;
}

function toReport(doc: GeoDocument): Report {
  const source: Report['source'] = { origin: `eval:${doc.id}` };
  if (doc.outlet) source.outlet = doc.outlet;
  return { id: `eval:${doc.id}`, source, publishedAt: PLACEHOLDER_DATE, lang: 'en', text: doc.text, contentHash: '' };
}

function mentionToToponym(text: string, m: PlaceMention): PredictedToponym {
  const t: PredictedToponym = { surface: text.slice(m.span.start, m.span.end), start: m.span.start, end: m.span.end };
  if (m.inFacilityName) t.inFacilityName = true;
  const top = m.candidates[0];
  return top ? { ...t, lat: top.lat, lon: top.lon } : t;
}

/**
 * Sitrep as a geoparser: the segment stage (sentence spans, which the place stage uses for cues and sentence
 * starts) then the place stage, in English, exactly as the default pipeline runs them. Build once, reuse.
 */
export function createSitrepGeoparser(gazetteer: Gazetteer, lexicons: PlaceLexicons = loadPlaceLexicons()): SitrepGeoparser {
  let outletLocale: OutletLocaleOf | undefined;
  const segment = createSegmentStage(['en']);
  const stages = [segment, createPlaceStage(gazetteer, { lexicons, outletLocale: (r) => outletLocale?.(r) })];
  const ctx = { explain: false };
  const english = (doc: GeoDocument): AnalyzedReport => ({ ...emptyAnalysis(toReport(doc)), lang: 'en' });
  return {
    predict(doc) {
      const a = stages.reduce((acc, s) => s.run(acc, ctx), english(doc));
      return a.mentions.filter((m): m is PlaceMention => m.kind === 'place').map((m) => mentionToToponym(doc.text, m));
    },
    resolveGold(doc) {
      const a = segment.run(english(doc), ctx);
      return resolveGoldSpans(a, doc.toponyms, gazetteer, lexicons, outletLocale?.(a.report));
    },
    learnOutletLocales(docs) {
      // The first pass must not read what an earlier call learnt.
      outletLocale = undefined;
      outletLocale = batchOutletLocales(stages, docs.map(toReport));
    },
  };
}
