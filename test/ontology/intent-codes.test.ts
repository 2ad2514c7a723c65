import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intentCodes } from '../../src/resources/intent-codes.js';
import { RESOURCES_DIR } from '../../src/resources/resource-paths.js';

const cameoCodes = new Set(
  readFileSync(join(RESOURCES_DIR, 'ontology', 'cameo-codes.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t')[0]),
);

/** How an intended claim is coded in CAMEO and PLOVER: by the kind of intention, not by the act intended. */
describe('codes of intended claims', () => {
  it.each([
    ['consult', false, '036', 'AGREE'],
    ['consult', true, '036', 'AGREE'],
    ['aid', false, '030', 'AGREE'],
    ['withdraw', true, '130', 'THREATEN'],
    ['attack', false, '130', 'THREATEN'],
  ] as const)('%s (conditional %s) → CAMEO %s, PLOVER %s', (type, conditional, cameo, plover) => {
    const codes = intentCodes(type, conditional);
    expect(codes).toMatchObject({ cameo, plover05: plover });
    expect(cameoCodes.has(codes!.cameo), `${codes!.cameo} is listed in cameo-codes.tsv`).toBe(true);
  });

  it('leaves verbal acts coded as themselves', () => {
    expect(intentCodes('demand')).toBeUndefined();
    expect(intentCodes('threaten', true)).toBeUndefined();
  });
});
