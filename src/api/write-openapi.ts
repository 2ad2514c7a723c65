/** Rewrites docs/openapi.json from the routes' schemas: `npx tsx src/api/write-openapi.ts`. */
import { writeFileSync } from 'node:fs';
import { OPENAPI_FILE, openApiText } from './openapi.js';

writeFileSync(OPENAPI_FILE, openApiText());
process.stderr.write(`wrote ${OPENAPI_FILE}\n`);
