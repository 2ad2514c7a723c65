/**
 * CAMEO-coded rows in the classic date–source–target–code layout (TABARI/PETRARCH output), tab-separated, after a
 * header row, followed by Sitrep's claim id, claim type and status. One row per happening claim (state claims too
 * with `includeStates`, at their nearest code). Actor codes are the actor lexicon's CAMEO codes (`SYRMIL`), else the
 * Sitrep actor id; an empty cell when the claim names no such actor.
 */
import type { ActorRef } from '../model/claim.js';
import { loadOntology } from '../resources/ontology.js';
import { compactDay, representativeDay } from './dates.js';
import { dyadOf, exportCodes, sortRecords } from './claim-codes.js';
import { tsvRecord } from './delimited.js';
import { defaultCameoActors } from './defaults.js';
import type { ExportOptions, ExportRecord } from './types.js';

export const CAMEO_COLUMNS = ['date', 'source', 'target', 'cameo_code', 'claim_id', 'claim_type', 'status'] as const;

export function cameoTsv(records: readonly ExportRecord[], opts: ExportOptions = {}): string {
  const ontology = loadOntology();
  const cameo = opts.cameoActors ?? defaultCameoActors();
  const code = (a: ActorRef | undefined) => (a ? (cameo.get(a.actorId) ?? a.actorId) : '');
  let body = tsvRecord(CAMEO_COLUMNS);
  for (const r of sortRecords(records)) {
    const c = r.claim;
    const entry = ontology.get(c.type);
    if (!entry || (entry.nature === 'state' && !opts.includeStates)) continue;
    const { sources, recipients } = dyadOf(c);
    body += tsvRecord([
      compactDay(representativeDay(c.time.from, c.time.to)),
      code(sources[0]),
      code(recipients[0]),
      exportCodes(c).cameo.code,
      c.id,
      c.type,
      c.status,
    ]);
  }
  return body;
}
