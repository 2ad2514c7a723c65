import type { OutletLocaleOf } from '../stages/places/outlet-locale.js';
import type { AnalyzedReport, Layer } from '../model/analyzed-report.js';

export interface StageContext {
  /** When true, stages add `explain` entries; the shape of the normal output does not change. */
  explain: boolean;
  /** What the rest of the batch says about where each report's outlet has its readers (`batchOutletLocales`). */
  outletLocale?: OutletLocaleOf;
}

/**
 * A pure step of the pipeline: no database, network, clock or file access inside `run`.
 * Heavy resources are loaded once by the stage's factory and closed over.
 */
export interface Stage {
  /** `name@version`; bump the version when the output changes. */
  id: `${string}@${number}`;
  requires: Layer[];
  assigns: Layer[];
  run(doc: AnalyzedReport, ctx: StageContext): AnalyzedReport;
}
