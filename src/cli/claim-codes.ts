import type { Claim } from '../model/claim.js';
import { acledSubEvent, loadOntology, ploverCodeOf } from '../resources/ontology.js';

export interface ClaimCodes {
  nature: 'happening' | 'state';
  acled?: { eventType: string; subEventType: string };
  cameo: { code: string; label: string };
  plover: { event: string; mode?: string; context?: string };
  /** PLOVER 0.5 (2016) event, as the PLOVER-GSR gold set codes it. */
  plover05: string;
}

/** ACLED, CAMEO and PLOVER codes of a claim, from the ontology data; computed at output, never stored twice. */
export function claimCodes(c: Claim): ClaimCodes | undefined {
  const entry = loadOntology().get(c.type);
  if (!entry) return undefined;
  const winner = c.type === 'lose-control' ? c.roles.agent?.actorType : undefined;
  const target = c.roles.target?.actorType;
  const instrument = c.instrument?.kind;
  const killed = (c.casualties ?? []).some((k) => k.kind === 'killed' && k.min > 0);
  const acled = acledSubEvent(c.type, c.roles.agent?.actorType, { ...(winner ? { winner } : {}), ...(target ? { target } : {}), ...(instrument ? { instrument } : {}), killed });
  const plover = ploverCodeOf(entry.plover, instrument);
  return {
    nature: entry.nature,
    ...(acled ? { acled: { eventType: acled.eventType, subEventType: acled.subEventType } } : {}),
    cameo: { code: entry.cameo.code, label: entry.cameo.label },
    plover: { event: plover.event, ...(plover.mode ? { mode: plover.mode } : {}), ...(plover.context ? { context: plover.context } : {}) },
    plover05: entry.plover05,
  };
}
