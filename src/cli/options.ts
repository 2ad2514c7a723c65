import { SitrepError } from '../errors.js';

/** `--port`: a whole number from 0 (any free port) to 65535. */
export function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d{1,5}$/.test(text) || port > 65535) {
    throw new SitrepError('E_CLI_OPTION', `--port must be a number from 0 to 65535, got "${text}"`, { input: '--port' });
  }
  return port;
}
