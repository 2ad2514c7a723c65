/** Builds the web app into web/dist/ without npm scripts: `npx tsx web/build.ts`. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));
await build({ configFile: join(root, 'vite.config.ts'), root, logLevel: 'warn' });
console.log(`built ${join(root, 'dist')}`);
