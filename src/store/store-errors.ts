/** Error codes raised by the store. Kept here so the base error list in `src/errors.ts` stays ingest-only. */
export const StoreErrorCode = {
  /** The store url names a database the store cannot open (mysql://), or a malformed PostgreSQL url or schema. */
  dialect: 'E_STORE_DIALECT',
  /** The database file cannot be opened or created, or the PostgreSQL server refused the connection. */
  open: 'E_STORE_OPEN',
  /** A migration failed; the database is left at the last migration that succeeded. */
  migrate: 'E_STORE_MIGRATE',
  /** One report could not be written (a constraint failed); nothing of it was kept. */
  write: 'E_STORE_WRITE',
} as const;

export type StoreErrorCode = (typeof StoreErrorCode)[keyof typeof StoreErrorCode];
