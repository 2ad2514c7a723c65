import type { Claim } from '../model/claim.js';
import { exportCodes } from '../export/claim-codes.js';
import { loadOntology } from '../resources/ontology.js';

export interface ClaimCodes {
  nature: 'happening' | 'state';
  acled?: { eventType: string; subEventType: string };
  cameo: { code: string; label: string };
  plover: { event: string; mode?: string; context?: string };
  /** PLOVER 0.5 (2016) event, as the PLOVER-GSR gold set codes it. */
  plover05: string;
}

/**
 * ACLED, CAMEO and PLOVER codes of a claim, from the ontology data; computed at output, never stored twice. The
 * exports' `exportCodes` decides them; this is its shape for the CLI's JSON (no `fit`, no empty keys).
 */
export function claimCodes(c: Claim): ClaimCodes | undefined {
  const ontology = loadOntology();
  if (!ontology.get(c.type)) return undefined;
  const { nature, acled, cameo, plover, plover05 } = exportCodes(c, ontology);
  return {
    nature,
    ...(acled ? { acled: { eventType: acled.eventType, subEventType: acled.subEventType } } : {}),
    cameo: { code: cameo.code, label: cameo.label },
    plover: { event: plover.event, ...(plover.mode ? { mode: plover.mode } : {}), ...(plover.context ? { context: plover.context } : {}) },
    plover05,
  };
}
