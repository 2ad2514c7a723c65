import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPENAPI_FILE, openApiText } from '../../src/api/openapi.js';

describe('docs/openapi.json', () => {
  it('is the document generated from the routes’ zod schemas', () => {
    const committed = readFileSync(OPENAPI_FILE, 'utf8');
    const generated = openApiText();
    expect(committed === generated, 'docs/openapi.json is out of date: run `npx tsx src/api/write-openapi.ts` and commit the result').toBe(true);
  });

  it('documents every parameter with a JSON Schema, and the error shape', () => {
    const doc = JSON.parse(openApiText());
    const claims = doc.paths['/api/claims'].get;
    expect(claims.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['type', 'status', 'actor', 'claimant', 'place', 'from', 'to', 'limit', 'offset']));
    const limit = claims.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 1000, default: 100 });
    expect(doc.components.schemas.Error.properties.error).toBeDefined();
    expect(doc.paths['/api/reports'].post.security).toEqual([{ bearerAuth: [] }]);
  });
});
