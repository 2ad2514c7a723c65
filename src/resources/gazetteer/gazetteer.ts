import type { PlaceCandidate } from '../../model/place.js';
import { decodeEntry, type GazetteerEntry } from './gazetteer-entry.js';
import type { IndexSections } from './index-file.js';
import { spellingFold, toponymKey } from './toponym-key.js';

export interface Admin1Info {
  placeId: string;
  countryCode: string;
  admin1: string;
  name: string;
}

/** Read-only view of the built index. Construct it through `loadGazetteer()`. */
export class Gazetteer {
  private readonly decoded = new Map<number, GazetteerEntry>();
  private readonly idToIndex = new Map<string, number>();
  private readonly admin1ByCode = new Map<string, Admin1Info>();
  private readonly countryIds: string[] = [];

  constructor(private readonly idx: IndexSections) {
    // One pass over entry ids (cheap string prefixes) so byId and admin-1 names need no search.
    const { lines, entryStart, entryCount } = idx;
    for (let i = 0; i < entryCount; i++) {
      const line = lines[entryStart + i] ?? '';
      const id = line.slice(0, line.indexOf('\t'));
      this.idToIndex.set(id, i);
      if (id.startsWith('adm1:')) {
        const e = this.entryAt(i);
        const code = id.slice(5);
        e.admin1Name = e.name;
        this.admin1ByCode.set(code, { placeId: id, countryCode: e.countryCode, admin1: e.admin1 ?? '', name: e.name });
      } else if (id.startsWith('country:')) {
        this.countryIds.push(id);
      }
    }
  }

  get inputHash(): string {
    return this.idx.inputHash;
  }

  get size(): number {
    return this.idx.entryCount;
  }

  /** Entries whose match key equals `key` (already normalised with toponymKey). */
  lookup(key: string): PlaceCandidate[] {
    return this.lookupEntries(key).map(toCandidate);
  }

  /** Same as lookup, with provenance (`source`, `parent`). */
  lookupEntries(key: string): GazetteerEntry[] {
    return this.keyItems(key).map((item) => this.entryAt(parseInt(item, 36)));
  }

  /**
   * Ids of the entries under `key` that have a name spelled as `surface` up to case, accents and punctuation
   * ("Iraq" is the country's spelling, not Arāk's, though both share the key `irak`).
   */
  spelledAs(key: string, surface: string): Set<string> {
    const want = spellingFold(surface);
    const out = new Set<string>();
    for (const item of this.keyItems(key)) {
      const colon = item.indexOf(':');
      const spelled = colon < 0 ? want === key : item.slice(colon + 1).split('/').includes(want);
      if (spelled) out.add(this.entryAt(parseInt(colon < 0 ? item : item.slice(0, colon), 36)).placeId);
    }
    return out;
  }

  private keyItems(key: string): string[] {
    const line = this.findKeyLine(key);
    return line === undefined ? [] : line.slice(key.length + 1).split(',');
  }

  /** Look a raw name up after normalising it. */
  lookupName(name: string): PlaceCandidate[] {
    return this.lookup(toponymKey(name));
  }

  /** True when some entry has this key; cheaper than lookup for n-gram scanning. */
  hasKey(key: string): boolean {
    return this.findKeyLine(key) !== undefined;
  }

  byId(placeId: string): GazetteerEntry | undefined {
    const i = this.idToIndex.get(placeId);
    return i === undefined ? undefined : this.entryAt(i);
  }

  admin1(countryCode: string, admin1Code: string): Admin1Info | undefined {
    return this.admin1ByCode.get(`${countryCode}.${admin1Code}`);
  }

  /** Country entries (`country:SY` ...), with names from ICU. */
  countries(): GazetteerEntry[] {
    return this.countryIds.map((id) => this.byId(id)).filter((e): e is GazetteerEntry => e !== undefined);
  }

  private entryAt(i: number): GazetteerEntry {
    let e = this.decoded.get(i);
    if (!e) {
      e = decodeEntry(this.idx.lines[this.idx.entryStart + i] ?? '');
      if (e.admin1 && !e.admin1Name) {
        const a = this.admin1ByCode.get(`${e.countryCode}.${e.admin1}`);
        if (a) e.admin1Name = a.name;
      }
      this.decoded.set(i, e);
    }
    return e;
  }

  private findKeyLine(key: string): string | undefined {
    const { lines, keyStart, keyCount } = this.idx;
    let lo = 0;
    let hi = keyCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const line = lines[keyStart + mid] ?? '';
      const k = line.slice(0, line.indexOf('\t'));
      if (k === key) return line;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

export function toCandidate(e: GazetteerEntry): PlaceCandidate {
  const c: PlaceCandidate = {
    placeId: e.placeId,
    name: e.name,
    lat: e.lat,
    lon: e.lon,
    countryCode: e.countryCode,
    featureClass: e.featureClass,
    featureCode: e.featureCode,
    population: e.population,
    score: 0,
  };
  if (e.admin1) c.admin1 = e.admin1;
  if (e.admin1Name) c.admin1Name = e.admin1Name;
  return c;
}
