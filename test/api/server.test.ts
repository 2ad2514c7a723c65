import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/api/server.js';
import { PACKAGE_ROOT } from '../../src/resources/resource-paths.js';
import { closeStore, openStore } from '../../src/store/index.js';
import { call, startApi } from './api-fixture.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-api-server-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('startServer and sitrep serve', () => {
  it('binds to 127.0.0.1 by default and answers', async () => {
    const server = await startServer({ dbUrl: join(dir, 'start.db'), port: 0, webRoot: false });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const address = server.app.server.address();
      expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
      const r = await fetch(`${server.url}/api/health`);
      expect(await r.json()).toEqual({ ok: true, reports: 0, claims: 0 });
    } finally {
      await server.close();
    }
  });

  it('`sitrep serve --port 0` prints its address and serves the API', async () => {
    const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin', 'sitrep.js'), 'serve', '--db', join(dir, 'cli.db'), '--port', '0'], {
      env: { ...process.env, SITREP_FROM_SOURCE: '1', SITREP_API_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('\n')) resolve(out);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)\/api\/.*read-only/.exec(line);
      expect(m, line).not.toBeNull();
      const r = await fetch(`${m![1]}/api/health`);
      expect(r.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('refuses a bad --port with exit code 2', async () => {
    const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin', 'sitrep.js'), 'serve', '--db', join(dir, 'cli.db'), '--port', '80x'], {
      env: { ...process.env, SITREP_FROM_SOURCE: '1' },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(err).toMatch(/E_CLI_OPTION.*--port/);
  });
});

describe('the web app', () => {
  it('is served from webRoot at /, deep links get index.html, /api stays JSON', async () => {
    const web = join(dir, 'web');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Sitrep</title>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
    const db = await openStore({ url: join(dir, 'web.db') });
    const api = await startApi(db, { webRoot: web });
    try {
      const index = await call(api, '/');
      expect(index.status).toBe(200);
      expect(index.headers.get('content-type')).toMatch(/^text\/html/);
      expect(index.text).toContain('<title>Sitrep</title>');
      const js = await call(api, '/assets/app.js');
      expect(js.headers.get('content-type')).toMatch(/javascript/);
      const deep = await call(api, '/place/gn:174448');
      expect(deep.status).toBe(200);
      expect(deep.text).toContain('<title>Sitrep</title>');
      const traversal = await call(api, '/assets/..%2F..%2F..%2Fetc%2Fpasswd');
      expect(traversal.text).not.toMatch(/root:/);
      const missing = await call(api, '/api/nothing-here');
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe('E_NOT_FOUND');
    } finally {
      await api.close();
      await closeStore(db);
    }
  });
});

describe('unexpected failures', () => {
  it('are a 500 with a stable code and no stack trace or internals', async () => {
    const db = await openStore({ url: join(dir, 'broken.db') });
    const api = await startApi(db);
    await closeStore(db); // every query now fails inside the driver
    try {
      const r = await call(api, '/api/health');
      expect(r.status).toBe(500);
      expect(r.body).toEqual({ error: { code: 'E_INTERNAL', message: 'internal error', remedy: expect.any(String) } });
      expect(r.text).not.toMatch(/at |sqlite|\.ts|node_modules/i);
    } finally {
      await api.close();
    }
  });
});
