import type { ApiRoute } from '../route.js';
import { actorRoutes } from './actors.js';
import { claimRoutes } from './claims.js';
import { contradictionRoutes } from './contradictions.js';
import { eventRoutes } from './events.js';
import { exportRoutes } from './export.js';
import { healthRoutes } from './health.js';
import { ingestRoutes } from './ingest.js';
import { mapRoutes } from './map.js';
import { placeRoutes } from './places.js';
import { reportRoutes } from './reports.js';
import { searchRoutes } from './search.js';

/** Every route of the API, in the order the OpenAPI document lists them. */
export const apiRoutes: readonly ApiRoute[] = [
  ...healthRoutes,
  ...mapRoutes,
  ...placeRoutes,
  ...claimRoutes,
  ...eventRoutes,
  ...reportRoutes,
  ...ingestRoutes,
  ...searchRoutes,
  ...actorRoutes,
  ...contradictionRoutes,
  ...exportRoutes,
];
