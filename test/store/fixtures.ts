import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalyzedReport, Claim, ClaimStatus, ClaimType, Mention } from '../../src/model/index.js';

/** A fresh directory per test file; removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const INGESTED_AT = '2024-01-02T03:04:05.000Z';

interface ClaimSpec {
  n: number;
  type: ClaimType;
  status?: ClaimStatus;
  agent?: string;
  target?: string;
  supporters?: string[];
  placeId?: string;
  from: string;
  to?: string;
  claimant?: { kind: 'outlet' | 'actor' | 'person' | 'unnamed'; label: string; actorId?: string };
  start: number;
  confidence?: number;
}

/** Builds a small claim; ids follow the model's convention (report id, type, evidence offset). */
export function claim(reportId: string, spec: ClaimSpec): Claim {
  const ref = (actorId: string) => ({ actorId, label: actorId.toUpperCase(), via: 'lexicon' });
  const c: Claim = {
    id: `${reportId}:${spec.type}:${spec.start}:${spec.n}`,
    reportId,
    type: spec.type,
    roles: { coAgents: [], supporters: (spec.supporters ?? []).map(ref) },
    otherPlaces: [],
    time: { from: spec.from, to: spec.to ?? spec.from, precision: 'day', resolvedBy: 'explicit' },
    claimants: [{ cue: 'selon', ...(spec.claimant ?? { kind: 'outlet', label: 'Test Wire' }) }],
    status: spec.status ?? 'asserted',
    qualifiers: [],
    evidence: [{ start: spec.start, end: spec.start + 10 }],
    confidence: spec.confidence ?? 0.8,
    extractor: 'test.pattern@1',
    explain: [],
  };
  if (spec.agent) c.roles.agent = ref(spec.agent);
  if (spec.target) c.roles.target = ref(spec.target);
  if (spec.placeId) {
    c.place = {
      placeId: spec.placeId,
      name: spec.placeId,
      lat: 35,
      lon: 40,
      countryCode: 'SY',
      precision: 'locality',
      role: 'event',
      mentionId: 'p1',
      span: { start: spec.start, end: spec.start + 5 },
    };
  }
  return c;
}

interface ReportSpec {
  id: string;
  text: string;
  date: string;
  lang?: string;
  claims?: (reportId: string) => Claim[];
  mentions?: Mention[];
}

export function analyzed(spec: ReportSpec): AnalyzedReport {
  return {
    report: {
      id: spec.id,
      source: { outlet: 'Test Wire', origin: `fixtures/${spec.id}.txt` },
      publishedAt: { value: spec.date, precision: 'day' },
      lang: spec.lang ?? 'fr',
      title: `Title of ${spec.id}`,
      text: spec.text,
      contentHash: `hash-${spec.id}`,
    },
    lang: spec.lang ?? 'fr',
    langReason: 'declared',
    sentences: [{ index: 0, span: { start: 0, end: spec.text.length }, quotes: [] }],
    mentions: spec.mentions ?? [],
    claims: spec.claims?.(spec.id) ?? [],
    diagnostics: [],
  };
}

/** Two mentions of a report about a town taken by an armed group. */
export function sampleMentions(): Mention[] {
  return [
    { id: 'a1', kind: 'actor', span: { start: 0, end: 9 }, rule: 'test:1', confidence: 0.9, actorId: 'band-a', actorType: 'non-state-armed-group', label: 'Band A' },
    {
      id: 'p1',
      kind: 'place',
      span: { start: 20, end: 28 },
      rule: 'test:2',
      confidence: 0.7,
      candidates: [
        { placeId: 'gn:1', name: 'Townsend', lat: 35, lon: 40, countryCode: 'SY', featureClass: 'P', featureCode: 'PPL', population: 1000, score: 0.7 },
      ],
      precision: 'locality',
      reasons: ['only candidate'],
    },
    { id: 't1', kind: 'time', span: { start: 30, end: 36 }, rule: 'test:3', confidence: 1, interval: { from: '2017-11-08', to: '2017-11-08', precision: 'day', resolvedBy: 'weekday' } },
  ];
}
