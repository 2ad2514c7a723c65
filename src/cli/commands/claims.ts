import type { Command } from 'commander';
import type { ClaimStatus, ClaimType } from '../../model/claim.js';
import { CLAIM_STATUSES, CLAIM_TYPES } from '../../model/claim.js';
import { SitrepError } from '../../errors.js';
import { closeStore, getReport, listClaims, openStore } from '../../store/index.js';
import type { AnalyzedReport } from '../../model/analyzed-report.js';
import { formatClaimsTable, publicClaim } from '../format-claims.js';
import { defaultDbPath } from '../io.js';

interface ClaimsOptions {
  db: string;
  type?: string;
  status?: string;
  actor?: string;
  claimant?: string;
  place?: string;
  from?: string;
  to?: string;
  limit: string;
  json?: boolean;
  jsonl?: boolean;
  explain?: boolean;
}

/** `sitrep claims`: stored claims with filters. */
export function register(program: Command): void {
  program
    .command('claims')
    .description('list stored claims, filtered')
    .option('--db <path>', 'database file', defaultDbPath())
    .option('--type <types>', `comma-separated claim types (${CLAIM_TYPES.join(', ')})`)
    .option('--status <statuses>', `comma-separated statuses (${CLAIM_STATUSES.join(', ')})`)
    .option('--actor <id>', 'an actor id in any role (e.g. isis, syr-army)')
    .option('--claimant <who>', "a claimant's actor id or label")
    .option('--place <id>', 'a place id (e.g. gn:174448)')
    .option('--from <date>', 'claims whose time overlaps from this day (YYYY-MM-DD)')
    .option('--to <date>', 'claims whose time overlaps up to this day')
    .option('--limit <n>', 'at most this many claims', '200')
    .option('--json', 'a JSON array')
    .option('--jsonl', 'one JSON claim per line')
    .option('--explain', 'include why each field was chosen')
    .action(async (opts: ClaimsOptions) => {
      const types = listOption(opts.type, CLAIM_TYPES, '--type') as ClaimType[] | undefined;
      const statuses = listOption(opts.status, CLAIM_STATUSES, '--status') as ClaimStatus[] | undefined;
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new SitrepError('E_CLI_OPTION', `--limit must be a positive whole number, got "${opts.limit}"`, { input: '--limit' });
      const db = await openStore({ url: opts.db });
      try {
        const claims = await listClaims(db, {
          ...(types ? { type: types } : {}),
          ...(statuses ? { status: statuses } : {}),
          ...(opts.actor ? { actor: opts.actor } : {}),
          ...(opts.claimant ? { claimant: opts.claimant } : {}),
          ...(opts.place ? { placeId: opts.place } : {}),
          ...(opts.from ? { from: opts.from } : {}),
          ...(opts.to ? { to: opts.to } : {}),
          limit,
        });
        const explain = Boolean(opts.explain);
        if (opts.json) return void process.stdout.write(`${JSON.stringify(claims.map((c) => publicClaim(c, explain)), null, 2)}\n`);
        if (opts.jsonl) return void claims.forEach((c) => process.stdout.write(`${JSON.stringify(publicClaim(c, explain))}\n`));
        const byReport = new Map<string, typeof claims>();
        for (const c of claims) byReport.set(c.reportId, [...(byReport.get(c.reportId) ?? []), c]);
        const blocks: string[] = [];
        for (const [reportId, cs] of byReport) {
          const report = await getReport(db, reportId);
          if (!report) continue;
          const doc: AnalyzedReport = { report, lang: report.lang ?? '', langReason: '', sentences: [], mentions: [], claims: cs, diagnostics: [] };
          blocks.push(formatClaimsTable(doc, cs, explain));
        }
        process.stdout.write(`${blocks.join('\n\n') || 'no claims match'}\n`);
      } finally {
        await closeStore(db);
      }
    });
}

function listOption(value: string | undefined, allowed: readonly string[], flag: string): string[] | undefined {
  if (!value) return undefined;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((i) => !allowed.includes(i));
  if (bad.length) throw new SitrepError('E_CLI_OPTION', `unknown value(s) ${bad.map((b) => `"${b}"`).join(', ')}`, { input: flag, remedy: `Use one or more of: ${allowed.join(', ')}` });
  return items;
}
