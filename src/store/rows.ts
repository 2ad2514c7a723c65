import type { AnalyzedReport } from '../model/analyzed-report.js';
import type { ActorRef, Claim } from '../model/claim.js';
import type { Mention } from '../model/mention.js';
import type { Report } from '../model/report.js';
import type { ClaimActorsTable, ClaimClaimantsTable, ClaimsTable, MentionsTable, ReportsTable } from './schema.js';

/** Everything one report writes, in insertion order (parents before children). */
export interface ReportRows {
  report: ReportsTable;
  mentions: MentionsTable[];
  claims: ClaimsTable[];
  claimActors: ClaimActorsTable[];
  claimClaimants: ClaimClaimantsTable[];
}

export function toReportRows(doc: AnalyzedReport, ingestedAt: string): ReportRows {
  const claims = doc.claims.map(claimRow);
  return {
    report: reportRow(doc, ingestedAt),
    mentions: doc.mentions.map((m) => mentionRow(doc.report.id, m)),
    claims,
    claimActors: doc.claims.flatMap(claimActorRows),
    claimClaimants: doc.claims.flatMap(claimantRows),
  };
}

function reportRow(doc: AnalyzedReport, ingestedAt: string): ReportsTable {
  const r = doc.report;
  return {
    id: r.id,
    content_hash: r.contentHash,
    published_value: r.publishedAt.value,
    published_precision: r.publishedAt.precision,
    // The analysed language (declared or detected) is what readers filter on; the declared one stays in `Report`.
    lang: doc.lang || r.lang || null,
    lang_reason: doc.langReason || null,
    title: r.title ?? null,
    url: r.source.url ?? null,
    outlet: r.source.outlet ?? null,
    origin: r.source.origin ?? null,
    text: r.text,
    analysis: JSON.stringify({ declaredLang: r.lang ?? null, sentences: doc.sentences, diagnostics: doc.diagnostics }),
    ingested_at: ingestedAt,
  };
}

export function rowToReport(row: ReportsTable): Report {
  const declared = (JSON.parse(row.analysis) as { declaredLang?: string | null }).declaredLang;
  const report: Report = {
    id: row.id,
    source: {},
    publishedAt: { value: row.published_value, precision: row.published_precision as Report['publishedAt']['precision'] },
    text: row.text,
    contentHash: row.content_hash,
  };
  if (row.url !== null) report.source.url = row.url;
  if (row.outlet !== null) report.source.outlet = row.outlet;
  if (row.origin !== null) report.source.origin = row.origin;
  if (declared) report.lang = declared;
  if (row.title !== null) report.title = row.title;
  return report;
}

function mentionRow(reportId: string, m: Mention): MentionsTable {
  return {
    report_id: reportId,
    mention_id: m.id,
    kind: m.kind,
    start: m.span.start,
    end: m.span.end,
    label: mentionLabel(m),
    entity_id: m.kind === 'actor' ? m.actorId : m.kind === 'place' ? (m.candidates[0]?.placeId ?? null) : null,
    data: JSON.stringify(m),
  };
}

function mentionLabel(m: Mention): string | null {
  switch (m.kind) {
    case 'actor':
      return m.label;
    case 'place':
      return m.candidates[0]?.name ?? null;
    case 'time':
      return `${m.interval.from}/${m.interval.to}`;
    case 'quantity':
      return `${m.min}-${m.max} ${m.unit}`;
  }
}

const NO_EVIDENCE = 2_147_483_647;

function claimRow(c: Claim): ClaimsTable {
  return {
    id: c.id,
    report_id: c.reportId,
    type: c.type,
    status: c.status,
    agent_id: c.roles.agent?.actorId ?? null,
    target_id: c.roles.target?.actorId ?? null,
    place_id: c.place?.placeId ?? null,
    place_role: c.place?.role ?? null,
    time_from: c.time.from,
    time_to: c.time.to,
    time_precision: c.time.precision,
    claimant_label: c.claimants[0]?.label ?? null,
    confidence: c.confidence,
    extractor: c.extractor,
    // A claim without evidence sorts last; 2^31 - 1 fits PostgreSQL's 4-byte integer as well as SQLite's.
    evidence_start: Math.min(...c.evidence.map((s) => s.start), NO_EVIDENCE),
    data: JSON.stringify(c),
  };
}

/** One row per (role, actor); an actor named twice in the same role ("l'EI ... l'EI") is kept once. */
function claimActorRows(c: Claim): ClaimActorsTable[] {
  const pairs: [string, ActorRef | undefined][] = [
    ['agent', c.roles.agent],
    ...c.roles.coAgents.map((a): [string, ActorRef] => ['co-agent', a]),
    ['target', c.roles.target],
    ...c.roles.supporters.map((a): [string, ActorRef] => ['supporter', a]),
    ['from-actor', c.roles.fromActor],
  ];
  const seen = new Set<string>();
  const rows: ClaimActorsTable[] = [];
  for (const [role, ref] of pairs) {
    if (ref === undefined) continue;
    const key = `${role}\u0000${ref.actorId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ claim_id: c.id, role, actor_id: ref.actorId });
  }
  return rows;
}

function claimantRows(c: Claim): ClaimClaimantsTable[] {
  return c.claimants.map((k, ordinal) => ({
    claim_id: c.id,
    ordinal,
    kind: k.kind,
    actor_id: k.actorId ?? null,
    label: k.label,
  }));
}
