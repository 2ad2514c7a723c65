import type { StoreDb } from './open-store.js';

export interface StoreCounts {
  reports: number;
  mentions: number;
  claims: number;
  /** Claims per type and per status, keys sorted for stable output. */
  claimsByType: Record<string, number>;
  claimsByStatus: Record<string, number>;
}

export async function countRows(db: StoreDb): Promise<StoreCounts> {
  const count = async (table: 'reports' | 'mentions' | 'claims'): Promise<number> => {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const byType = await db
    .selectFrom('claims')
    .select(['type', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('type')
    .orderBy('type')
    .execute();
  const byStatus = await db
    .selectFrom('claims')
    .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('status')
    .orderBy('status')
    .execute();
  return {
    reports: await count('reports'),
    mentions: await count('mentions'),
    claims: await count('claims'),
    // PostgreSQL returns count(*) as a bigint string; Number() keeps both dialects alike.
    claimsByType: Object.fromEntries(byType.map((r) => [r.type, Number(r.n)])),
    claimsByStatus: Object.fromEntries(byStatus.map((r) => [r.status, Number(r.n)])),
  };
}
