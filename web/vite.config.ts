import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The web app: `npx vite build web` (or `npx tsx web/build.ts`) writes web/dist/, which the API server serves.
 * `npx vite web` runs a dev server that forwards /api to the API (SITREP_API, default http://127.0.0.1:3000).
 */
export default defineConfig({
  root: dirname(fileURLToPath(import.meta.url)),
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500, sourcemap: false },
  server: { host: '127.0.0.1', proxy: { '/api': process.env.SITREP_API ?? 'http://127.0.0.1:3000' } },
  preview: { host: '127.0.0.1' },
});
