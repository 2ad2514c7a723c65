import type { AnalyzedReport } from '../../src/model/analyzed-report.js';
import type { PlaceMention } from '../../src/model/mention.js';
import type { Gazetteer } from '../../src/resources/gazetteer/gazetteer.js';
import { loadGazetteer } from '../../src/resources/gazetteer/load-gazetteer.js';
import { createPlaceStage } from '../../src/stages/places/place-stage.js';
import type { Stage } from '../../src/pipeline/stage.js';
import { makeDoc } from '../helpers/make-doc.js';

let gazetteer: Gazetteer | undefined;
let stage: Stage | undefined;

/** One gazetteer and stage per test process: loading (or a first build) is the slow part. */
export function placeStage(): Stage {
  gazetteer ??= loadGazetteer();
  stage ??= createPlaceStage(gazetteer);
  return stage;
}

export function sharedGazetteer(): Gazetteer {
  gazetteer ??= loadGazetteer();
  return gazetteer;
}

export function docFor(text: string, lang: string): AnalyzedReport {
  return makeDoc(text, lang);
}

export interface Found {
  text: string;
  placeId: string;
  mention: PlaceMention;
}

export function places(text: string, lang: string): Found[] {
  const out = placeStage().run(docFor(text, lang), { explain: false });
  expect0Diagnostics(out);
  return out.mentions
    .filter((m): m is PlaceMention => m.kind === 'place')
    .map((m) => ({ text: text.slice(m.span.start, m.span.end), placeId: m.candidates[0]?.placeId ?? '', mention: m }));
}

function expect0Diagnostics(doc: AnalyzedReport): void {
  if (doc.diagnostics.length > 0) throw new Error(doc.diagnostics.map((d) => d.message).join('; '));
}

/** Resolution of the first mention whose surface is `surface` (after `from`, when given). */
export function resolved(found: Found[], surface: string, nth = 0): Found | undefined {
  return found.filter((f) => f.text === surface)[nth];
}
