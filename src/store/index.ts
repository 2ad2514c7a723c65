export { closeStore, migrateToLatest, openStore, storeMigrator, type OpenStoreOptions, type StoreDb } from './open-store.js';
export { parseStoreUrl, storeKind, type StoreKind, type StoreTarget } from './dialect.js';
export { storeAnalyzedReport, storeMany, type StoreManyOptions, type StoreManyResult, type StoreResult } from './store-report.js';
export { listClaims, type ClaimFilters } from './list-claims.js';
export { countRows, type StoreCounts } from './count-rows.js';
export { storedOutletPlaces, STORED_REPORTS_PER_OUTLET, type OutletReportPlaces } from './outlet-places.js';
export { getReport, getReportByHash } from './get-report.js';
export { searchReports, type ReportSearchHit, type SearchReportsOptions } from './search-reports.js';
export { getClaims, type GetClaimsOptions, type StoredClaim } from './get-claims.js';
export {
  loadClaimRecords,
  loadSituation,
  saveSituation,
  situationStatus,
  type SaveSituationOptions,
  type SituationStatus,
} from './situation-store.js';
export { StoreErrorCode } from './store-errors.js';
export type { SitrepDatabase } from './schema.js';
