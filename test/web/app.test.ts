/**
 * The web app in a real browser against the real API: build web/ with Vite, ingest the example reports (plus one
 * report carrying an HTML payload) into a temp SQLite store, start the API server on 127.0.0.1 (port 0) serving the
 * build, and drive headless Chromium with playwright-core. Every request must stay on 127.0.0.1.
 *
 * Needs /usr/bin/chromium: without it the suite fails under CI (process.env.CI) and is skipped, loudly, elsewhere.
 * Screenshots go to test-artifacts/web/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/cli/ingest-paths.js';
import { closeStore, openStore } from '../../src/store/index.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts', 'web');
const ABU_KAMAL = 'gn:174448';
const MAYADIN = 'gn:173480';
const PAYLOAD = '<img src=x onerror=alert(1)>';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  const why = `${CHROMIUM} not found: install it with \`apt-get install -y --no-install-recommends chromium\` (.ci/run does)`;
  if (process.env.CI) {
    describe('web app in Chromium', () => it('needs Chromium', () => expect.fail(why)));
  } else {
    console.warn(`\n  ⚠ test/web skipped: ${why}\n`);
  }
}

type Server = { url: string; close(): Promise<void> };

describe.runIf(haveChromium)('web app in Chromium against the real API', () => {
  let dir: string;
  let server: Server;
  let browser: Browser;
  let page: Page;
  const offsite: string[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    const dist = join(dir, 'dist');
    await build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });

    // A report whose text carries markup: the app must show it as text.
    const xss = join(dir, 'xss.txt');
    writeFileSync(xss, `date 2017-10-20\n\nSyrian government forces captured the town of Mayadin ${PAYLOAD} from Islamic State on Friday, the army said in a statement.\n`);
    const dbUrl = join(dir, 'web.sqlite');
    const db = await openStore({ url: dbUrl });
    try {
      const summary = await ingestPaths(db, [join(ROOT, 'examples'), xss], {});
      expect(summary.errors).toEqual([]);
    } finally {
      await closeStore(db);
    }

    const api = (await import('../../src/api/server.js')) as { startServer(o: { dbUrl: string; host: string; port: number; webRoot: string }): Promise<Server> };
    server = await api.startServer({ dbUrl, host: '127.0.0.1', port: 0, webRoot: dist });

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 850 }, locale: 'en-GB' });
    // Anything not for 127.0.0.1 is recorded and refused.
    await context.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (u.hostname === '127.0.0.1' || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
      offsite.push(u.href);
      return route.abort('blockedbyclient');
    });
    page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${server.url}/`);
    await page.waitForSelector(`#map[data-control-day] .place[data-place-id="${ABU_KAMAL}"]`, { timeout: 60_000 });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Moves the slider with the keyboard, one day per key press, and waits for the map of that day. */
  async function slideTo(day: string): Promise<void> {
    const current = await page.inputValue('#date-input');
    const steps = Math.round((Date.parse(day) - Date.parse(current)) / 86_400_000);
    await page.focus('#time-slider');
    for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps < 0 ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForSelector(`#map[data-control-day="${day}"]`, { timeout: 20_000 });
  }

  const abuKamal = () => page.locator(`.place[data-place-id="${ABU_KAMAL}"]`);

  it('starts on the last day in the data with an offline basemap', async () => {
    expect(await page.inputValue('#date-input')).toBe('2017-11-19');
    expect(await page.getAttribute('#time-slider', 'max')).toBe(String(Math.round((Date.parse('2017-11-19') - Date.parse('2014-01-01')) / 86_400_000)));
    expect(await page.locator('.place').count()).toBeGreaterThan(5);
    expect(Number(await page.getAttribute('#event-count', 'data-count'))).toBeGreaterThan(0);
    expect(await page.locator('#legend .legend-row').count()).toBeGreaterThan(3);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(ARTIFACTS, 'map-2017-11-19.png') });
  });

  it('colours Abu Kamal by who held it as the slider crosses November 2017', async () => {
    await slideTo('2017-11-09');
    await expect.poll(() => abuKamal().getAttribute('data-state')).toBe('controlled');
    expect(await abuKamal().getAttribute('data-controller')).toBe('syr-army');
    const armyColour = await abuKamal().getAttribute('data-color');
    await page.screenshot({ path: join(ARTIFACTS, 'map-2017-11-09.png') });

    await slideTo('2017-11-12');
    await expect.poll(() => abuKamal().getAttribute('data-state')).toBe('contested');
    expect(await abuKamal().getAttribute('data-controller')).toBe('isis');
    expect(await abuKamal().getAttribute('data-contenders')).toContain('syr-army');
    expect(await abuKamal().getAttribute('data-color')).not.toBe(armyColour);
    await page.screenshot({ path: join(ARTIFACTS, 'map-2017-11-12.png') });

    await slideTo('2017-11-08');
    expect(await abuKamal().getAttribute('data-controller')).toBe('isis');
    expect(await abuKamal().getAttribute('data-state')).toBe('controlled');
  });

  it("opens Abu Kamal's panel with claims, evidence sentences, its control timeline and contradictions", async () => {
    await slideTo('2017-11-12');
    await page.click(`.place[data-place-id="${ABU_KAMAL}"] .dot`);
    const panel = page.locator(`#tab-details .place-panel[data-place-id="${ABU_KAMAL}"]`);
    await panel.waitFor();
    await expect.poll(() => panel.locator('.evidence-text').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const evidence = await panel.locator('.evidence-text').allTextContents();
    expect(evidence.join(' ')).toMatch(/Boukamal|Abu Kamal|Albu Kamal/);
    expect(await panel.locator('.current-state').getAttribute('data-state')).toBe('contested');
    expect(await panel.locator('.timeline-bar .segment').count()).toBeGreaterThanOrEqual(4);
    expect(await panel.locator('.claim .status').count()).toBeGreaterThan(0);
    await expect.poll(() => panel.locator('.contradiction').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'panel-abu-kamal.png') });
  });

  it("shows an actor's relations over time", async () => {
    await page.locator('#tab-details .intervals button[data-actor-id="syr-army"]').first().click();
    const panel = page.locator('#tab-details .actor-panel[data-actor-id="syr-army"]');
    await panel.waitFor();
    await expect.poll(() => panel.locator('.relation').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'actor-syr-army.png') });
  });

  it('filters the events layer and the claims list', async () => {
    await slideTo('2017-11-19');
    const before = Number(await page.getAttribute('#event-count', 'data-count'));
    await page.selectOption('#filters select[name=type]', 'take-control');
    await page.click('#filters button[type=submit]');
    await expect.poll(() => page.getAttribute('#event-count', 'data-query')).toContain('take-control');
    const after = Number(await page.getAttribute('#event-count', 'data-count'));
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);

    await page.click('#tabs button[data-tab=claims]');
    const list = page.locator('#tab-claims .claims-list');
    await list.waitFor();
    const types = await list.locator('.claim .type').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['take control']));
    await page.screenshot({ path: join(ARTIFACTS, 'filtered.png') });

    // An event from the list opens with the claims that tell it.
    await page.click('#tabs button[data-tab=details]');
    await page.click('#event-list-box summary');
    expect(await page.locator('#event-list li').count()).toBe(after);
    await page.locator('#event-list button').first().click();
    const event = page.locator('#tab-details .event-panel');
    await event.waitFor();
    await expect.poll(() => event.locator('.claim .evidence-text').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'event.png') });

    await page.click('#filters button[type=reset]');
    await expect.poll(() => page.getAttribute('#event-count', 'data-count')).toBe(String(before));
  });

  it('states each claim of force with its toll and weapon', async () => {
    await page.selectOption('#filters select[name=type]', 'airstrike');
    await page.click('#filters button[type=submit]');
    await expect.poll(() => page.getAttribute('#event-count', 'data-query')).toContain('airstrike');
    await page.click('#tabs button[data-tab=claims]');
    const facts = page.locator('#tab-claims .claims-list .claim .facts[data-instrument=aircraft]');
    await expect.poll(() => facts.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await facts.first().textContent()).toContain('with aircraft');
    await page.selectOption('#filters select[name=type]', '');
    await page.click('#filters button[type=submit]');
    await page.click('#tabs button[data-tab=details]');
  });

  it('lists contradictions with both sources', async () => {
    await page.click('#tabs button[data-tab=contradictions]');
    const view = page.locator('#tab-contradictions .contradictions-view');
    await view.waitFor();
    const first = view.locator('.contradiction').first();
    await expect.poll(() => first.locator('.claim').count(), { timeout: 20_000 }).toBe(2);
  });

  it('shows report text containing markup as text, and runs none of it', async () => {
    await page.click('#tabs button[data-tab=details]');
    await slideTo('2017-10-20');
    await page.click(`.place[data-place-id="${MAYADIN}"] .dot`);
    const panel = page.locator(`#tab-details .place-panel[data-place-id="${MAYADIN}"]`);
    await panel.waitFor();
    await expect.poll(() => panel.locator('.evidence-text', { hasText: PAYLOAD }).count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('#panel img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'xss-as-text.png') });
  });

  it('switches the interface to French', async () => {
    await page.click('#lang-toggle');
    await expect.poll(() => page.textContent('#topbar h1')).toContain('contrôle et événements');
    expect(await page.textContent('#filters h2')).toBe('Filtres');
    await page.screenshot({ path: join(ARTIFACTS, 'french.png') });
    await page.click('#lang-toggle');
    await expect.poll(() => page.textContent('#filters h2')).toBe('Filters');
  });

  it('never asked anything of a host other than 127.0.0.1, and threw no page errors', () => {
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
