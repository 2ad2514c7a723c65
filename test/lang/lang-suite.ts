import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim } from '../../src/model/claim.js';
import { analyse } from '../claims/run-text.js';

/** One case of a language suite; see test/lang/README.md for the matching rules. */
export interface SuiteCase {
  id: string;
  date: string;
  text: string;
  claims?: ExpectedClaim[];
  note?: string;
  why?: string;
}

export interface ExpectedClaim {
  type?: string;
  status?: string;
  agent?: string;
  target?: string;
  from?: string;
  place?: string;
  claimant?: string;
  time?: string;
  killed?: string;
  wounded?: string;
  captured?: string;
  victims?: string;
  qualifier?: string;
  /** An INSTRUMENT_KINDS value: what the force was delivered with. */
  instrument?: string;
  absent?: string[];
}

export const SUITE_DIR = import.meta.dirname;

export function readSuite(lang: string, file: 'cases.jsonl' | 'false-positives.jsonl'): SuiteCase[] {
  const path = join(SUITE_DIR, lang, file);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line && !line.startsWith('//'))
    .map(({ line, n }) => {
      try {
        return JSON.parse(line) as SuiteCase;
      } catch (e) {
        throw new Error(`${path}:${n}: not a JSON object (${(e as Error).message}); fix the line`);
      }
    });
}

export function readGaps(lang: string): Map<string, string> {
  const path = join(SUITE_DIR, lang, 'known-gaps.txt');
  if (!existsSync(path)) return new Map();
  const out = new Map<string, string>();
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [id = '', why = ''] = line.split(/\s+#\s*/);
    out.set(id.trim(), why.trim());
  }
  return out;
}

export function writeGaps(lang: string, failures: Map<string, string>): void {
  const lines = [...failures].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, why]) => `${id}  # ${why}`);
  const header = '# Cases the extractor does not get right yet (see test/lang/README.md). Rewritten by UPDATE_GOLDEN=1.\n';
  writeFileSync(join(SUITE_DIR, lang, 'known-gaps.txt'), header + lines.join('\n') + (lines.length ? '\n' : ''));
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").trim();
const contains = (a: string, b: string) => fold(a).includes(fold(b)) || fold(b).includes(fold(a));

function actorMatches(ref: Claim['roles']['agent'], expected: string): boolean {
  if (!ref) return false;
  return ref.actorId === expected || contains(ref.label, expected);
}

function countMatches(c: Claim, kind: 'killed' | 'wounded' | 'captured', expected: string, victims?: string): boolean {
  return (c.casualties ?? []).some((k) => {
    if (k.kind !== kind) return false;
    const m = /^(\d+)(\+|-(\d+))?$/.exec(expected.trim());
    if (!m) throw new Error(`casualty expectation "${expected}" must be N, N+ or N-M`);
    const n = Number(m[1]);
    const ok = m[2] === '+' ? k.min === n && k.max === undefined : m[3] ? k.min === n && k.max === Number(m[3]) : k.min === n && k.max === n;
    if (!ok) return false;
    if (!victims) return true;
    if (victims === 'civilians') return k.victims?.civilians === true;
    return !!k.victims && contains(k.victims.label, victims);
  });
}

function timeMatches(c: Claim, expected: string): boolean {
  const before = /^before:(\d{4}-\d{2}-\d{2})$/.exec(expected);
  if (before) return c.time.to <= (before[1] as string);
  const from = expected.length === 4 ? `${expected}-01-01` : expected.length === 7 ? `${expected}-01` : expected;
  const to = expected.length === 4 ? `${expected}-12-31` : expected.length === 7 ? `${expected}-31` : expected;
  const rank = { year: 0, month: 1, week: 2, day: 3 } as const;
  const wanted = expected.length === 4 ? 0 : expected.length === 7 ? 1 : 3;
  return c.time.from >= from && c.time.to <= to && rank[c.time.precision] >= wanted;
}

/** Why a claim does not match an expectation, or undefined when it does. */
export function mismatch(c: Claim, e: ExpectedClaim): string | undefined {
  if (e.type && c.type !== e.type) return `type ${c.type}`;
  if (e.status && c.status !== e.status) return `status ${c.status}`;
  if (e.agent && !actorMatches(c.roles.agent, e.agent) && !c.roles.coAgents.some((a) => actorMatches(a, e.agent as string))) return `agent ${c.roles.agent?.label ?? '-'}`;
  if (e.target && !actorMatches(c.roles.target, e.target)) return `target ${c.roles.target?.label ?? '-'}`;
  if (e.from && !actorMatches(c.roles.fromActor, e.from)) return `from ${c.roles.fromActor?.label ?? '-'}`;
  if (e.place && !(c.place && (c.place.placeId === e.place || contains(c.place.name, e.place)))) return `place ${c.place?.name ?? '-'}`;
  if (e.claimant) {
    const k = c.claimants[0];
    const ok = k && (e.claimant === k.kind || (k.kind !== 'outlet' && k.kind !== 'unnamed' && contains(k.label, e.claimant)) || c.claimants.some((x) => x.actorId === e.claimant));
    if (!ok) return `claimant ${k?.kind ?? '-'}:${k?.label ?? '-'}`;
  }
  if (e.time && !timeMatches(c, e.time)) return `time ${c.time.from}..${c.time.to} (${c.time.precision})`;
  for (const kind of ['killed', 'wounded', 'captured'] as const) {
    const want = e[kind];
    if (want && !countMatches(c, kind, want, e.victims)) return `${kind} ${JSON.stringify((c.casualties ?? []).filter((k) => k.kind === kind).map((k) => [k.min, k.max, k.victims?.label]))}`;
  }
  if (e.qualifier && !c.qualifiers.some((q) => contains(q, e.qualifier as string))) return `qualifiers ${JSON.stringify(c.qualifiers)}`;
  if (e.instrument && c.instrument?.kind !== e.instrument) return `instrument ${c.instrument?.kind ?? '-'}`;
  return undefined;
}

/** Undefined when the case holds; otherwise a one-line reason naming what was found instead. */
export function checkCase(lang: 'fr' | 'en', k: SuiteCase, expectNone = false): string | undefined {
  const claims = analyse(k.text, lang, k.date).claims;
  if (expectNone) return claims.length ? `claims: ${claims.map((c) => `${c.type}/${c.status}`).join(', ')}` : undefined;
  for (const e of k.claims ?? []) {
    for (const absent of e.absent ?? []) if (claims.some((c) => c.type === absent)) return `unexpected ${absent}`;
    if (!e.type && !e.status && Object.keys(e).every((x) => x === 'absent')) continue;
    const reasons = claims.map((c) => mismatch(c, e));
    if (!reasons.includes(undefined)) {
      const nearest = reasons.find((r, i) => claims[i]?.type === e.type) ?? reasons[0];
      return `no ${e.type ?? 'claim'}${e.status ? `/${e.status}` : ''} (${claims.length ? `nearest: ${nearest}` : 'no claims'})`;
    }
  }
  return undefined;
}
