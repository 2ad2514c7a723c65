import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ONTOLOGY_DIR } from '../../src/resources/ontology.js';

/**
 * Checks the committed code lists against the upstream CAMEO and PLOVER files. Those live in the shared data folder,
 * which a plain checkout does not have: the suite is then skipped, and says so.
 */
const SHARED = process.env.SITREP_SHARED_DATA ?? '/work/shared/data';
const CAMEO_CODEFILE = join(SHARED, 'cameo-plover', 'text_to_CAMEO.CAMEO_codefile.txt');
const PETRARCH_VERBS = join(SHARED, 'petrarch-phoenix-dictionaries', 'CAMEO.2.0.txt');
const CAMEO2PLOVER = join(SHARED, 'cameo-plover', 'PLOVER.CAMEO2PLOVER-2021.txt');
const PLOVER_MANUAL = join(SHARED, 'cameo-plover', 'PLOVER.PLOVER_MANUAL.tex');
const available = [CAMEO_CODEFILE, PETRARCH_VERBS, CAMEO2PLOVER, PLOVER_MANUAL].every((f) => existsSync(f));
if (!available) console.warn(`[ontology] upstream CAMEO/PLOVER files not found under ${SHARED}: upstream checks skipped`);

function rows(file: string): string[][] {
  return readFileSync(join(ONTOLOGY_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .slice(1)
    .map((l) => l.split('\t'));
}

describe.skipIf(!available)('ontology codes against upstream files', () => {
  it('every CAMEO code and label is in the CAMEO codefile, on the line given, and PETRARCH2 uses it or a sub-code', () => {
    const lines = readFileSync(CAMEO_CODEFILE, 'utf8').split('\n');
    const verbs = readFileSync(PETRARCH_VERBS, 'utf8');
    for (const [code, label, line] of rows('cameo-codes.tsv')) {
      expect(lines[Number(line) - 1]).toBe(`LABEL: ${code}= ${label}`);
      // PETRARCH2 codes 086 (allow international involvement) only through its sub-codes 0862 and 0863.
      expect(verbs).toMatch(new RegExp(`\\[${code}\\d*\\]`));
    }
  });

  it('every PLOVER event, mode and context is in the manual or CAMEO2PLOVER', () => {
    const manual = readFileSync(PLOVER_MANUAL, 'utf8');
    const table = readFileSync(CAMEO2PLOVER, 'utf8');
    for (const [kind, event, name] of rows('plover-vocabulary.tsv')) {
      if (kind === 'event') expect(manual).toContain(`\\section{${name}}`);
      if (kind === 'context') expect(manual).toMatch(new RegExp(`\\{${name}\\} & `));
      if (kind === 'mode') {
        const section = manual.slice(manual.indexOf(`\\section{${event}}`));
        const body = section.slice(0, section.indexOf('\\section', 1));
        expect(body, `${event}/${name}`).toMatch(new RegExp(`^${name} & `, 'm'));
      }
    }
    // And each claim type's PLOVER event is what CAMEO2PLOVER gives for its CAMEO code (modes may differ; see docs),
    // unless the file's header names it as a deliberate departure ("<type> uses the manual's <EVENT>/<mode>").
    const header = readFileSync(join(ONTOLOGY_DIR, 'claim-types.tsv'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .map((l) => l.replace(/^#\s*/, ''))
      .join(' ');
    for (const [type, , , , , code, , event, mode] of rows('claim-types.tsv')) {
      if (header.includes(`${type} uses the manual's ${event}/${mode}`)) continue;
      expect(table, `${type} ${code}`).toMatch(new RegExp(`^${code}: ${event},`, 'm'));
    }
  });
});
