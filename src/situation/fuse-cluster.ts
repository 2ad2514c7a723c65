/**
 * Groups fusable claims into happenings, independently of input order.
 *
 * Plain connected components chain through vague claims: "fighting in Albu Kamal" with no agent matches both the
 * army's capture on 9 Nov and IS's counter-attack on 11 Nov and would glue them into one event. So clustering goes
 * by vagueness level (see `FuseItem.vagueness`): claims that are precise on agent, place and time form connected
 * components first; then each vaguer claim joins the one existing cluster it matches, and claims that match none
 * or several form components with claims of the same vague signature (see `FuseItem.signature`), level by level.
 * Every step depends on sets, not on order.
 */
import type { ActorIndex } from './fuse-actors.js';
import type { FuseItem } from './fuse-compat.js';
import { fusable, indexKeys, probeKeys } from './fuse-compat.js';

/** Longest interval, in months, filed month by month in the index. */
const MAX_MONTHS = 14;
const LONG = -1;

/** Clusters of one block as lists of item positions. */
export function clusterBlock(items: readonly FuseItem[], actors: ActorIndex): number[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const up = parent[parent[i]!]!;
      parent[i] = up;
      i = up;
    }
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    // The smaller root wins, so the structure (not only the partition) is the same whatever the order.
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // Keys are computed once per item: they are read by every level that follows.
  const filed = items.map((item) => indexKeys(item, actors));
  const probes = items.map((item) => probeKeys(item, actors));
  const placed = new KeyIndex(items);
  const levels = new Map<number, number[]>();
  items.forEach((item, i) => pushTo(levels, item.vagueness, i));

  for (const level of [...levels.keys()].sort((a, b) => a - b)) {
    const members = levels.get(level)!;
    const pool: number[] = [];
    if (placed.size === 0) pool.push(...members);
    else {
      const joins: [number, number][] = [];
      for (const i of members) {
        const clusters = new Set<number>();
        for (const j of placed.candidates(items[i]!, probes[i]!)) {
          if (fusable(items[i]!, items[j]!, actors)) clusters.add(find(j));
        }
        if (clusters.size === 1) joins.push([i, [...clusters][0]!]);
        else pool.push(i);
      }
      // Joins are applied after every member has looked, so one member's join never widens another's choice.
      for (const [i, root] of joins) union(i, root);
    }
    const local = new KeyIndex(items);
    for (const i of pool) local.add(i, filed[i]!);
    for (const i of pool) {
      for (const j of local.candidates(items[i]!, probes[i]!)) {
        if (j !== i && items[i]!.signature === items[j]!.signature && fusable(items[i]!, items[j]!, actors)) union(i, j);
      }
    }
    for (const i of members) placed.add(i, filed[i]!);
  }

  const byRoot = new Map<number, number[]>();
  items.forEach((_, i) => pushTo(byRoot, find(i), i));
  return [...byRoot.values()];
}

function pushTo<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Item positions filed under string keys and, within a key, under the months their interval reaches, so a probe
 * only meets items of nearby times. An item spanning more than MAX_MONTHS months (rare: a multi-year background)
 * is filed under LONG, which every probe reads.
 */
class KeyIndex {
  private readonly map = new Map<string, Map<number, number[]>>();
  size = 0;

  constructor(private readonly items: readonly FuseItem[]) {}

  add(i: number, keys: readonly string[]): void {
    const { monthFrom, monthTo } = this.items[i]!;
    const long = monthTo - monthFrom > MAX_MONTHS;
    for (const key of keys) {
      let months = this.map.get(key);
      if (!months) this.map.set(key, (months = new Map()));
      if (long) pushTo(months, LONG, i);
      else for (let m = monthFrom; m <= monthTo; m++) pushTo(months, m, i);
    }
    this.size++;
  }

  /** Items under any of the keys whose months meet the probing item's, each once. */
  candidates(probe: FuseItem, keys: readonly string[]): Set<number> {
    const out = new Set<number>();
    const long = probe.monthTo - probe.monthFrom > MAX_MONTHS;
    for (const key of keys) {
      const months = this.map.get(key);
      if (!months) continue;
      if (long) {
        for (const list of months.values()) for (const i of list) out.add(i);
        continue;
      }
      for (const i of months.get(LONG) ?? []) out.add(i);
      for (let m = probe.monthFrom; m <= probe.monthTo; m++) for (const i of months.get(m) ?? []) out.add(i);
    }
    return out;
  }
}
