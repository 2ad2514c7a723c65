import type { AnalyzedReport } from '../../src/model/analyzed-report.js';
import type { Claim } from '../../src/model/claim.js';
import { readPlainText } from '../../src/ingest/index.js';
import { defaultPipeline } from '../../src/pipeline/default-pipeline.js';

/** Runs the whole default pipeline on a short text, as `sitrep extract --date` would. */
export function analyse(text: string, lang: 'fr' | 'en', date = '2017-11-15'): AnalyzedReport {
  const report = readPlainText(text, { date, origin: 'test' });
  if (report instanceof Error) throw report;
  return defaultPipeline().run({ ...report, lang });
}

/** A compact, comparable view of a claim: type, status, actor ids, place id, claimant kind or id. */
export interface ClaimShape {
  type: string;
  status: string;
  agent?: string;
  target?: string;
  from?: string;
  place?: string;
  claimant: string;
}

export function shape(c: Claim): ClaimShape {
  const k = c.claimants[0];
  return {
    type: c.type,
    status: c.status,
    ...(c.roles.agent ? { agent: c.roles.agent.actorId } : {}),
    ...(c.roles.target ? { target: c.roles.target.actorId } : {}),
    ...(c.roles.fromActor ? { from: c.roles.fromActor.actorId } : {}),
    ...(c.place ? { place: c.place.placeId } : {}),
    claimant: k?.actorId ?? k?.kind ?? '?',
  };
}

export function shapes(text: string, lang: 'fr' | 'en', date?: string): ClaimShape[] {
  return analyse(text, lang, date).claims.map(shape);
}
