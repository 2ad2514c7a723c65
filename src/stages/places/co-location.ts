import type { GazetteerEntry } from '../../resources/gazetteer/gazetteer-entry.js';
import { distanceKm } from './geo-distance.js';
import { isAreal } from './place-kind.js';

/** How close two readings of two names must lie to count as one neighbourhood (a town and its county). */
export const CO_LOCATION_KM = 40;
/** Grid cell in degrees; a cell and its eight neighbours cover CO_LOCATION_KM at any inhabited latitude. */
const CELL = 0.5;

const cellOf = (lat: number, lon: number): string => `${Math.floor(lat / CELL)}:${Math.floor(lon / CELL)}`;

/**
 * Which other names of a report have *some* reading near a candidate, whichever reading ranks first. Local news
 * names a town with its county and its neighbours ("Athens and Henderson County", "Paris and Henry County"): of
 * the dozen places called Athens, the one with a Henderson County beside it is the one meant. Only point-like
 * readings take part — countries, states and regions are near everything inside them. Built once per report over
 * a coarse grid, so a report with hundreds of candidates costs a few thousand distance checks, not millions.
 */
export class CoLocation {
  private readonly cells = new Map<string, { key: string; surface: string; entry: GazetteerEntry }[]>();
  /** Point-like readings per key: a name with eighty readings ("Washington") lies beside anything by chance. */
  private readonly readings = new Map<string, number>();
  /** Answers already given: ranking asks again on every pass. */
  private readonly memo = new Map<string, { surface: string; readings: number }[]>();

  constructor(groups: readonly { key: string; surface: string; entries: readonly GazetteerEntry[]; standalone: boolean }[]) {
    for (const g of groups) {
      if (!g.standalone) continue;
      for (const e of g.entries) {
        if (isAreal(e)) continue;
        this.readings.set(g.key, (this.readings.get(g.key) ?? 0) + 1);
        const c = cellOf(e.lat, e.lon);
        const list = this.cells.get(c) ?? [];
        list.push({ key: g.key, surface: g.surface, entry: e });
        this.cells.set(c, list);
      }
    }
  }

  /** The other names (one per key) with a reading within CO_LOCATION_KM of `e`, and how many readings each has. */
  neighbours(key: string, e: GazetteerEntry): { surface: string; readings: number }[] {
    if (isAreal(e) || this.cells.size === 0) return [];
    const id = `${key}\t${e.placeId}`;
    let out = this.memo.get(id);
    if (!out) this.memo.set(id, (out = this.find(key, e)));
    return out;
  }

  private find(key: string, e: GazetteerEntry): { surface: string; readings: number }[] {
    const found = new Map<string, { surface: string; readings: number }>();
    const la = Math.floor(e.lat / CELL);
    const lo = Math.floor(e.lon / CELL);
    for (let i = -1; i <= 1; i++) {
      for (let j = -1; j <= 1; j++) {
        for (const o of this.cells.get(`${la + i}:${lo + j}`) ?? []) {
          if (o.key === key || found.has(o.key) || o.entry.placeId === e.placeId) continue;
          if (distanceKm(e.lat, e.lon, o.entry.lat, o.entry.lon) <= CO_LOCATION_KM) found.set(o.key, { surface: o.surface, readings: this.readings.get(o.key) ?? 1 });
        }
      }
    }
    return [...found.values()];
  }
}
