import type { CodedActor, PloverGold } from './types.js';

/**
 * Reads PLOVER_GSR_CAMEO (a JSON array). The DOCUMENT record is documentation, not an event, and is skipped.
 * Some records write an absent target as "" or a bare string ("diplomatic"): those have no target actor.
 */
export function readPloverGsr(json: string): PloverGold[] {
  const raw: unknown = JSON.parse(json);
  if (!Array.isArray(raw)) throw new Error('PLOVER-GSR: expected a JSON array of records');
  const out: PloverGold[] = [];
  for (const rec of raw) {
    if (!isRecord(rec) || rec.event === 'DOCUMENT') continue;
    const { id, text, event } = rec;
    if (typeof id !== 'string' || typeof text !== 'string' || typeof event !== 'string') continue;
    out.push({ id, index: out.length, text, event, sources: actors(rec.source), targets: actors(rec.target) });
  }
  return out;
}

function actors(v: unknown): CodedActor[] {
  if (!Array.isArray(v)) return [];
  const out: CodedActor[] = [];
  for (const a of v) {
    if (!isRecord(a) || typeof a.code !== 'string' || a.code === '') continue;
    out.push({
      code: a.code,
      ...(typeof a.sector === 'string' && a.sector !== '' ? { sector: a.sector } : {}),
      ...(typeof a.actorText === 'string' ? { text: a.actorText } : {}),
    });
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
