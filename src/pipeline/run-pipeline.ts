import type { AnalyzedReport, Diagnostic, Layer } from '../model/analyzed-report.js';
import type { Report } from '../model/report.js';
import type { Stage, StageContext } from './stage.js';

/** An empty document for a report: every layer starts empty and stages fill them in order. */
export function emptyAnalysis(report: Report): AnalyzedReport {
  return { report, lang: report.lang ?? 'und', langReason: 'not yet identified', sentences: [], mentions: [], claims: [], diagnostics: [] };
}

/**
 * Checks once, when the pipeline is built, that each stage's inputs are assigned by an earlier stage:
 * the order is configuration, and a wrong order should fail at start-up, not halfway through a batch.
 */
export function checkStageOrder(stages: readonly Stage[]): void {
  const have = new Set<Layer>();
  for (const stage of stages) {
    const missing = stage.requires.filter((l) => !have.has(l));
    if (missing.length) throw new Error(`pipeline order: stage ${stage.id} needs ${missing.join(', ')} from an earlier stage; reorder the stages`);
    stage.assigns.forEach((l) => have.add(l));
  }
}

export interface Pipeline {
  stages: readonly Stage[];
  run(report: Report, ctx?: Partial<StageContext>): AnalyzedReport;
}

/** Runs stages in order. A stage that throws on one report leaves a diagnostic; later stages still run. */
export function runStages(stages: readonly Stage[], report: Report, ctx: Partial<StageContext> = {}): AnalyzedReport {
  const context: StageContext = { ...ctx, explain: ctx.explain ?? false };
  let doc = emptyAnalysis(report);
  for (const stage of stages) {
    try {
      doc = stage.run(doc, context);
    } catch (err) {
      const diagnostic: Diagnostic = { stage: stage.id, code: 'E_STAGE_FAILED', message: err instanceof Error ? err.message : String(err) };
      doc = { ...doc, diagnostics: [...doc.diagnostics, diagnostic] };
    }
  }
  return doc;
}

/** A pipeline of these stages, their order checked once, here. */
export function makePipeline(stages: readonly Stage[]): Pipeline {
  checkStageOrder(stages);
  return { stages, run: (report, ctx = {}) => runStages(stages, report, ctx) };
}
