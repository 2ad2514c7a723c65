import type { Command } from 'commander';
import { startServer } from '../../api/server.js';
import { defaultDbPath } from '../io.js';
import { parsePort } from '../options.js';

interface ServeOptions {
  db: string;
  host: string;
  port: string;
  token?: string;
  web?: boolean;
}

/** `sitrep serve`: the HTTP API (and the web app when built) over the store, on 127.0.0.1 unless told otherwise. */
export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (GET /api/openapi.json describes it) and the web app, over the database')
    .option('--db <path>', 'database file or postgres:// url', defaultDbPath())
    .option('--host <host>', 'address to listen on (0.0.0.0 exposes it to the network)', '127.0.0.1')
    .option('--port <port>', 'port (0: any free port)', '8080')
    .option('--token <secret>', 'turn POST /api/reports on, for clients sending Authorization: Bearer <secret> (or SITREP_API_TOKEN)')
    .option('--no-web', 'do not serve the web app from web/dist')
    .action(async (opts: ServeOptions) => {
      const port = parsePort(opts.port);
      const token = opts.token ?? (process.env.SITREP_API_TOKEN || undefined);
      const server = await startServer({ dbUrl: opts.db, host: opts.host, port, ...(token ? { token } : {}), ...(opts.web === false ? { webRoot: false } : {}) });
      process.stdout.write(`sitrep API listening on ${server.url}/api/ (OpenAPI: ${server.url}/api/openapi.json)${token ? ', writes on (bearer token)' : ', read-only'}\n`);
      const stop = () => {
        server.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
