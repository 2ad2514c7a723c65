import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// The named export: under NodeNext the default import of this CommonJS module is not constructable.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CLAIM_SCHEMA_ID, claimJsonSchema, exportClaims } from '../../src/export/index.js';
import { PACKAGE_ROOT } from '../../src/resources/resource-paths.js';
import { cloneRecord, exampleRecords, MAYADIN_CAPTURE, recordById } from './example-records.js';

const SCHEMA_PATH = join(PACKAGE_ROOT, 'docs', 'schema', 'claim.v1.json');
const expectedSchema = `${JSON.stringify(claimJsonSchema(), null, 2)}\n`;
if (process.env.UPDATE_GOLDEN === '1') writeFileSync(SCHEMA_PATH, expectedSchema);

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);
}

function lines(body: string): Record<string, unknown>[] {
  expect(body.endsWith('\n')).toBe(true);
  return body
    .slice(0, -1)
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('docs/schema/claim.v1.json', () => {
  it('is the schema generated from src/export/claim-schema.ts (UPDATE_GOLDEN=1 rewrites it)', () => {
    expect(existsSync(SCHEMA_PATH)).toBe(true);
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(expectedSchema);
  });

  it('is draft 2020-12, versioned, and describes every field', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(CLAIM_SCHEMA_ID);
    expect(String(schema.$id)).toMatch(/v1$/);
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      const n = node as Record<string, unknown>;
      if (n.properties && typeof n.properties === 'object') {
        for (const [key, child] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          // acled/cameo/plover code members are described by their parent.
          if (!child.description && !/codes\.(acled|cameo|plover)$/.test(path)) undescribed.push(`${path}.${key}`);
          walk(child, `${path}.${key}`);
        }
      }
      if (n.items) walk(n.items, `${path}[]`);
    };
    walk(schema, '$');
    expect(undescribed).toEqual([]);
  });
});

describe('claims-jsonl', () => {
  it('writes one line per claim, each valid against claim.v1.json, with its evidence text and report', () => {
    const validate = validator();
    const records = exampleRecords();
    const out = lines(exportClaims('claims-jsonl', records).body);
    expect(out).toHaveLength(records.length);
    for (const line of out) {
      const ok = validate(line);
      expect(ok ? [] : validate.errors).toEqual([]);
    }
    const mayadin = out.find((l) => l.id === MAYADIN_CAPTURE)!;
    expect(mayadin.evidenceText).toEqual(recordById(MAYADIN_CAPTURE).evidence);
    expect(mayadin.report).toEqual({ id: 'r_0280fc3d36b70093', publishedAt: { value: '2017-10-14', precision: 'day' }, lang: 'en' });
    expect(mayadin.codes).toMatchObject({ cameo: { code: '192' }, acled: { subEventType: 'Government regains territory' } });
    expect(mayadin).not.toHaveProperty('explain');
  });

  it('keeps the explain trace when asked', () => {
    const validate = validator();
    const [line] = lines(exportClaims('claims-jsonl', [recordById(MAYADIN_CAPTURE)], { explain: true }).body);
    expect(Array.isArray(line!.explain)).toBe(true);
    expect(validate(line)).toBe(true);
  });

  it('rejects a line with a missing required field, a wrong status or an unknown field', () => {
    const validate = validator();
    const [good] = lines(exportClaims('claims-jsonl', [recordById(MAYADIN_CAPTURE)]).body);
    expect(validate(good)).toBe(true);
    const broken = (change: (l: Record<string, unknown>) => void) => {
      const l = structuredClone(good!);
      change(l);
      return validate(l);
    };
    expect(broken((l) => delete l.status)).toBe(false);
    expect(broken((l) => (l.status = 'rumoured'))).toBe(false);
    expect(broken((l) => delete l.evidenceText)).toBe(false);
    expect(broken((l) => (l.type = 'massacre'))).toBe(false);
    expect(broken((l) => ((l.time as Record<string, unknown>).from = '14 Oct 2017'))).toBe(false);
    expect(broken((l) => ((l.place as Record<string, unknown>).lat = 135))).toBe(false);
    expect(broken((l) => (l.schema = 'urn:sitrep:schema:claim:v2'))).toBe(false);
    expect(broken((l) => (l.extra = 1))).toBe(false);
  });

  it('refuses records read without their evidence text', () => {
    const r = cloneRecord(recordById(MAYADIN_CAPTURE));
    delete r.evidence;
    expect(() => exportClaims('claims-jsonl', [r])).toThrow(/E_EXPORT_EVIDENCE|withEvidence/);
  });

  it('keeps quotes, line breaks and HTML in evidence as text', () => {
    const r = cloneRecord(recordById(MAYADIN_CAPTURE));
    const nasty = 'He said "no",\nthen <b>left</b> & </script><script>alert(1)</script>';
    r.evidence = [nasty, ...r.evidence!.slice(1)];
    const body = exportClaims('claims-jsonl', [r]).body;
    expect(body.split('\n')).toHaveLength(2);
    expect((lines(body)[0]!.evidenceText as string[])[0]).toBe(nasty);
  });
});
