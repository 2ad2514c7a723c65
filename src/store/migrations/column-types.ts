import { sql, type Expression, type Kysely } from 'kysely';
import { storeKind } from '../dialect.js';

export interface ColumnTypes {
  text: 'text' | Expression<unknown>;
  real: 'real' | 'double precision';
}

/**
 * Column types that behave the same on both engines.
 * - text: SQLite compares text byte by byte; PostgreSQL uses the database's collation, under which `en_US` would
 *   sort `r_B` after `r_a` and ignore `-` and `:` at first. Every listing orders by ids and ISO dates, so on
 *   PostgreSQL every text column is `collate "C"` (byte order, as SQLite): same order on both, byte for byte.
 * - real: PostgreSQL's `real` is 4 bytes (0.55 would come back 0.550000011920929 in arithmetic and comparisons);
 *   `double precision` is SQLite's REAL. SQLite keeps the type name it always had.
 */
export function columnTypes(db: Kysely<unknown>): ColumnTypes {
  return storeKind(db) === 'postgres' ? { text: sql`text collate "C"`, real: 'double precision' } : { text: 'text', real: 'real' };
}
