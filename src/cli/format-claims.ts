import type { AnalyzedReport } from '../model/analyzed-report.js';
import type { ActorRef, Claim } from '../model/claim.js';
import type { ClaimCodes } from './claim-codes.js';
import { claimCodes } from './claim-codes.js';

const ref = (r?: ActorRef) => (r ? r.label : '—');

/** Claims without the explain trace: the normal output's shape. */
export function publicClaim(c: Claim, explain: boolean): Omit<Claim, 'explain'> & { explain?: Claim['explain']; codes?: ClaimCodes } {
  const codes = claimCodes(c);
  if (explain) return { ...c, ...(codes ? { codes } : {}) };
  const { explain: _drop, ...rest } = c;
  return { ...rest, ...(codes ? { codes } : {}) };
}

/** A readable block per claim, for a terminal. */
export function formatClaimsTable(doc: AnalyzedReport, claims: readonly Claim[], explain: boolean): string {
  const lines: string[] = [];
  const r = doc.report;
  lines.push(`${r.id}  ${r.publishedAt.value} (${r.publishedAt.precision})  lang ${doc.lang}${r.source.origin ? `  ${r.source.origin}` : ''}`);
  if (explain) lines.push(`  lang: ${doc.langReason}`);
  for (const c of claims) lines.push(...formatClaim(doc, c, explain));
  if (!claims.length) lines.push('  (no claims)');
  for (const d of doc.diagnostics) lines.push(`  ! ${d.stage} ${d.code}: ${d.message}`);
  if (explain) lines.push(...formatMentions(doc));
  return lines.join('\n');
}

function formatClaim(doc: AnalyzedReport, c: Claim, explain: boolean): string[] {
  const roles = c.roles;
  const who = [ref(roles.agent), ...roles.coAgents.map((x) => `+ ${x.label}`)].join(' ');
  const parts = [`[${c.status}] ${c.type}`, who];
  if (roles.target) parts.push(`→ ${roles.target.label}`);
  if (roles.fromActor) parts.push(`from ${roles.fromActor.label}`);
  if (roles.supporters.length) parts.push(`helped by ${roles.supporters.map((s) => s.label).join(', ')}`);
  if (c.place) parts.push(`@ ${c.place.name || c.place.placeId}${c.place.relation ? ` (${c.place.relation})` : ''} [${c.place.placeId}, ${c.place.precision}]`);
  parts.push(`${c.time.from === c.time.to ? c.time.from : `${c.time.from}..${c.time.to}`} (${c.time.precision})`);
  const out = [`  ${parts.join('  ')}`];
  out.push(`    says: ${c.claimants.map((k) => `${k.label}${k.role ? `, ${k.role}` : ''}${k.channel ? ` (${k.channel})` : ''}`).join('; ')}${c.qualifiers.length ? `   qualifiers: ${c.qualifiers.join(', ')}` : ''}`);
  if (c.casualties?.length) out.push(`    casualties: ${c.casualties.map(casualtyText).join('; ')}`);
  if (c.instrument) out.push(`    with: ${c.instrument.kind} ("${c.instrument.text}")`);
  const ev = c.evidence[0];
  if (ev) out.push(`    "${clip(doc.report.text.slice(ev.start, ev.end), 160)}"`);
  if (explain) for (const e of c.explain) out.push(`      why ${e.field} = ${e.value}: ${e.because}`);
  return out;
}

function formatMentions(doc: AnalyzedReport): string[] {
  const out = ['  mentions:'];
  for (const m of doc.mentions) {
    const text = doc.report.text.slice(m.span.start, m.span.end);
    if (m.kind === 'actor') out.push(`    ${m.id} actor "${text}" → ${m.actorId} (${m.actorType}) by ${m.rule}`);
    else if (m.kind === 'place') out.push(`    ${m.id} place "${text}" → ${m.candidates[0]?.placeId ?? 'unresolved'} ${m.candidates[0]?.name ?? ''} (${m.precision}): ${m.reasons.join('; ')}`);
    else if (m.kind === 'time') out.push(`    ${m.id} time "${text}" → ${m.interval.from}..${m.interval.to} (${m.interval.precision}) ${m.interval.resolvedBy}`);
    else out.push(`    ${m.id} quantity "${text}" ${m.min}–${m.max} ${m.unit}`);
  }
  return out;
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** "killed 75+ (soldats syriens)", "wounded 25–35 ~": a count as stated, with its bounds. */
function casualtyText(k: NonNullable<Claim['casualties']>[number]): string {
  const n = k.max === undefined ? `${k.min}+` : k.max === k.min ? `${k.min}` : `${k.min}–${k.max}`;
  return `${k.kind} ${n}${k.approximate ? ' ~' : ''}${k.victims ? ` (${k.victims.label}${k.victims.civilians ? ', civilians' : ''})` : ''}`;
}
