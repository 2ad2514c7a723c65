import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/index.js';
import { closeStore, countRows, getReport, openStore } from '../../src/store/index.js';
import { runCli, type Run } from './run-cli.js';

/**
 * The real CLI on a batch with one good report among bad inputs: every bad input gets exactly one stderr line
 * naming it and its code, the good ones still land, the exit code says something failed, and a re-run is a no-op.
 * Fixture texts are the test's own wording about 2017 events.
 */
const GOOD = 'date 2017-09-21\nIraqi forces retook the town of Anah from the Islamic State group on Thursday, the Joint Operations Command said.\n\nAnah lies on the Euphrates in Anbar province.\n';
const WIRE_GOOD = JSON.stringify({
  date: '2017-07-09',
  lang: 'en',
  outlet: 'Test Wire',
  text: 'Prime Minister Haider al-Abadi arrived in Mosul on Sunday to congratulate the armed forces on retaking the city from the Islamic State group.',
});
// Cut off mid-string, as a truncated download would leave it.
const WIRE_BROKEN = '{"date": "2017-07-10", "text": "Iraqi forces raised the flag over the ruins of the al-Nuri mos';
const UNDATED = 'The Syrian army broke the siege of Deir ez-Zor, linking up with the troops of its besieged garrison.\n';
// Latin-1 bytes: "é" is the single byte 0xE9, which is not valid UTF-8.
const LATIN1 = Buffer.from('date 2017-10-17\nLes FDS ont annoncé la libération de Raqqa.\n', 'latin1');
const PNG_LIKE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);

let dir: string;
let batch: string;

const sitrep = (...args: string[]): Promise<Run> => runCli(args);

const stderrLines = (run: Run) => run.stderr.split('\n').filter((l) => l.trim() !== '');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  batch = join(dir, 'batch');
  mkdirSync(batch);
  writeFileSync(join(batch, 'good.txt'), GOOD);
  writeFileSync(join(batch, 'photo.txt'), PNG_LIKE);
  writeFileSync(join(batch, 'empty.txt'), '');
  writeFileSync(join(batch, 'latin1.txt'), LATIN1);
  writeFileSync(join(batch, 'wire.jsonl'), `${WIRE_GOOD}\n${WIRE_BROKEN}\n`);
  writeFileSync(join(batch, 'undated.md'), UNDATED);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('sitrep ingest on a batch with bad inputs', () => {
  const expectedErrors = (): Array<[string, string]> => [
    [join(batch, 'empty.txt'), 'E_INPUT_EMPTY'],
    [join(batch, 'latin1.txt'), 'E_INPUT_UTF8'],
    [join(batch, 'photo.txt'), 'E_INPUT_BINARY'],
    [join(batch, 'undated.md'), 'E_INPUT_DATE'],
    [`${join(batch, 'wire.jsonl')}:2`, 'E_INPUT_JSONL'],
  ];

  it('stores the good inputs, names each bad one once on stderr and exits 1; a re-run changes nothing', async () => {
    const db = join(dir, 'batch.sqlite');
    const first = await sitrep('ingest', batch, '--db', db);
    expect(first.status, first.stderr).toBe(1);
    expect(first.stdout).toMatch(/2 new, 0 unchanged/);
    const lines = stderrLines(first);
    expect(lines).toHaveLength(expectedErrors().length);
    for (const [input, code] of expectedErrors()) {
      const matching = lines.filter((l) => l.includes(code) && l.includes(`${input}:`));
      expect(matching, `one stderr line for ${input} with ${code}:\n${first.stderr}`).toHaveLength(1);
    }

    // The ids ingest gives the two good reports, computed the same way in-process.
    const goodIds = readInputs([join(batch, 'good.txt'), join(batch, 'wire.jsonl')]).reports.map((r) => r.id);
    expect(goodIds).toHaveLength(2);
    const store = await openStore({ url: db });
    try {
      expect((await countRows(store)).reports).toBe(2);
      for (const id of goodIds) expect(await getReport(store, id), id).toBeDefined();
    } finally {
      await closeStore(store);
    }
    const claims = await sitrep('claims', '--db', db, '--json');
    expect(claims.status, claims.stderr).toBe(0);
    const listed = JSON.parse(claims.stdout) as Array<{ reportId: string }>;
    expect(listed.every((c) => goodIds.includes(c.reportId))).toBe(true);

    const again = await sitrep('ingest', batch, '--db', db);
    expect(again.status).toBe(1);
    expect(again.stdout).toMatch(/0 new, 2 unchanged/);
    expect(stderrLines(again)).toEqual(lines);
    const recount = await sitrep('claims', '--db', db, '--json');
    expect(JSON.parse(recount.stdout)).toEqual(listed);
  });

  it('dates a plain text with --date and stores it', async () => {
    const db = join(dir, 'dated.sqlite');
    const run = await sitrep('ingest', join(batch, 'undated.md'), '--date', '2017-09-05', '--db', db, '--json');
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ read: 1, stored: 1, failed: 0 });
    const extracted = await sitrep('extract', join(batch, 'undated.md'), '--date', '2017-09-05', '--json');
    expect(extracted.status, extracted.stderr).toBe(0);
    expect(JSON.parse(extracted.stdout).report.publishedAt).toEqual({ value: '2017-09-05', precision: 'day' });
  });
});

describe('sitrep extract', () => {
  it('exits 0 on a good file', async () => {
    const run = await sitrep('extract', join(batch, 'good.txt'), '--json');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).report.publishedAt).toEqual({ value: '2017-09-21', precision: 'day' });
  });

  it('exits 1 on a missing path and names it', async () => {
    const missing = join(dir, 'no-such-report.txt');
    const run = await sitrep('extract', missing);
    expect(run.status).toBe(1);
    expect(stderrLines(run)).toEqual([expect.stringContaining(`E_INPUT_MISSING: ${missing}:`)]);
  });
});
