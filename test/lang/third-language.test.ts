import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/model/claim.js';
import { readLanguages } from '../../src/resources/languages.js';
import { PACKAGE_ROOT, RESOURCES_DIR } from '../../src/resources/resource-paths.js';
import { runCli } from '../cli/run-cli.js';

/**
 * The promise: "a third language must be addable by data files alone". A copy of resources/ gets the
 * starter Spanish folder of test/fixtures/lang-es and one row in languages.tsv; the unchanged CLI, pointed at the
 * copy by SITREP_RESOURCES_DIR, must then identify Spanish and draw sourced, dated, placed claims from it.
 */
const FIXTURE = join(PACKAGE_ROOT, 'test', 'fixtures', 'lang-es', 'es');

// Written for this test, about the fall of Raqqa (17 October 2017). No `lang` header: the language is detected.
const REPORT = [
  'Las Fuerzas Democráticas Sirias tomaron el martes el control total de la ciudad de Raqa, según un portavoz de la alianza.',
  'Los yihadistas del Estado Islámico se retiraron de Raqa tras cuatro meses de combates.',
  'Al menos 25 combatientes murieron el lunes en combates cerca de Raqa, según el Observatorio Sirio de Derechos Humanos.',
  'El Estado Islámico no ha recuperado Tabqa.',
  'Las tropas de Siria habrían capturado la ciudad de Mayadín.',
].join(' ');

let dir: string;
let resources: string;
let reportPath: string;

async function extract(resourcesDir: string): Promise<{ lang: string; claims: Claim[] }> {
  // Its own cache: the copy's index (country names in Spanish too) must not replace the project's.
  const r = await runCli(['extract', reportPath, '--date', '2017-10-18', '--json'], { ...process.env, SITREP_FROM_SOURCE: '1', SITREP_RESOURCES_DIR: resourcesDir, SITREP_CACHE_DIR: join(dir, 'cache') });
  expect(r.status, r.stderr).toBe(0);
  const out = JSON.parse(r.stdout) as { report: { lang: string }; claims: Claim[] };
  return { lang: out.report.lang, claims: out.claims };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-third-language-'));
  resources = join(dir, 'resources');
  cpSync(RESOURCES_DIR, resources, { recursive: true });
  cpSync(FIXTURE, join(resources, 'lexicons', 'es'), { recursive: true });
  appendFileSync(join(resources, 'lexicons', 'languages.tsv'), 'es\tspa\tes\n');
  reportPath = join(dir, 'raqqa.txt');
  writeFileSync(reportPath, REPORT);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a third language from data files alone', () => {
  it('is identified and read: who, what, where, when, status and claimant', { timeout: 120_000 }, async () => {
    const { lang, claims } = await extract(resources);
    expect(lang).toBe('es');
    const brief = claims.map((c) => ({
      type: c.type,
      agent: c.roles.agent?.actorId,
      place: c.place?.placeId,
      day: c.time?.from,
      status: c.status,
      claimant: c.claimants[0]?.label,
      killed: c.casualties?.find((k) => k.kind === 'killed')?.min,
    }));
    expect(brief).toContainEqual({ type: 'take-control', agent: 'sdf', place: 'gn:172955', day: '2017-10-17', status: 'asserted', claimant: 'un portavoz de la alianza', killed: undefined });
    expect(brief).toContainEqual(expect.objectContaining({ type: 'withdraw', agent: 'isis', place: 'gn:172955', status: 'asserted' }));
    // The monitor is named by its Spanish alias; the casualty count and the Monday come from the Spanish lists.
    expect(brief).toContainEqual(expect.objectContaining({ type: 'fighting', day: '2017-10-16', claimant: 'Syrian Observatory for Human Rights', killed: 25 }));
    expect(brief).toContainEqual(expect.objectContaining({ type: 'take-control', agent: 'isis', place: 'gn:172374', status: 'negated' }));
    // "Siria" is no row of the fixture: the country's Spanish name comes from ICU, as for any listed language.
    expect(brief).toContainEqual(expect.objectContaining({ type: 'take-control', agent: 'syr-government', place: 'gn:173480', status: 'hedged' }));
    // --explain cites the Spanish files.
    expect(claims.find((c) => c.type === 'withdraw')?.extractor).toMatch(/^es\./);
  });

  it('without its row in languages.tsv the same files are not read', { timeout: 120_000 }, async () => {
    const bare = join(dir, 'without-row');
    cpSync(resources, bare, { recursive: true });
    writeFileSync(join(bare, 'lexicons', 'languages.tsv'), 'fr\tfra\tfr\nen\teng\ten\n');
    const { lang, claims } = await extract(bare);
    expect(lang).not.toBe('es');
    expect(claims.filter((c) => c.extractor.startsWith('es.'))).toEqual([]);
  });
});

describe('languages.tsv', () => {
  const tree = (rows: string, folders: string[]) => {
    const root = mkdtempSync(join(dir, 'langs-'));
    for (const f of folders) mkdirSync(join(root, 'lexicons', f), { recursive: true });
    mkdirSync(join(root, 'lexicons'), { recursive: true });
    writeFileSync(join(root, 'lexicons', 'languages.tsv'), rows);
    return root;
  };

  it('lists the shipped languages, French first (the fallback for texts too short to identify)', () => {
    expect(readLanguages().map((l) => [l.lang, l.iso639_3])).toEqual([
      ['fr', 'fra'],
      ['en', 'eng'],
    ]);
  });

  it('names the row and the remedy when a folder is missing, a code is malformed or a row repeats', () => {
    expect(() => readLanguages(tree('es\tspa\tes\n', []))).toThrow(/languages\.tsv:1: no folder lexicons\/es\/.*add its lexicon files or remove the row/);
    expect(() => readLanguages(tree('spanish\tspa\n', ['spanish']))).toThrow(/languages\.tsv:1: expected an ISO 639-1 code and an ISO 639-3 code/);
    expect(() => readLanguages(tree('es\tspa\nes\tspa\n', ['es']))).toThrow(/languages\.tsv:2: "es" is listed twice/);
    expect(() => readLanguages(tree('# none yet\n', []))).toThrow(/no languages listed/);
  });

  it('reads the chrono locale, and "-" as none', () => {
    expect(readLanguages(tree('es\tspa\tes\nsw\tswh\t-\n', ['es', 'sw']))).toEqual([
      { lang: 'es', iso639_3: 'spa', chrono: 'es' },
      { lang: 'sw', iso639_3: 'swh' },
    ]);
  });
});
