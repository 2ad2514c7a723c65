import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportClaims, exportSituation, type ExportFormat } from '../../src/export/index.js';
import { loadActorLexicon } from '../../src/resources/actor-lexicon.js';
import { actorDirectory } from '../../src/situation/actor-directory.js';
import { deriveSituation } from '../../src/situation/derive-situation.js';
import { exampleRecords, reshuffled } from './example-records.js';

const CLAIM_FORMATS = EXPORT_FORMATS.filter((f): f is Exclude<ExportFormat, 'control-geojson'> => f !== 'control-geojson');

describe('exports are deterministic', () => {
  it.each(CLAIM_FORMATS)('%s: same records, same bytes, whatever their order', (format) => {
    const records = exampleRecords();
    const a = exportClaims(format, records).body;
    expect(exportClaims(format, records).body).toBe(a);
    expect(exportClaims(format, reshuffled(records)).body).toBe(a);
  });

  it('control-geojson: same situation and day, same bytes', () => {
    const records = exampleRecords();
    const actors = actorDirectory(loadActorLexicon());
    const a = exportSituation('control-geojson', deriveSituation(records, actors), records, { at: '2017-11-10' }).body;
    const b = exportSituation('control-geojson', deriveSituation(reshuffled(records), actors), reshuffled(records), { at: '2017-11-10' }).body;
    expect(b).toBe(a);
  });

  it('every result says its content type and file extension', () => {
    for (const format of CLAIM_FORMATS) {
      const r = exportClaims(format, exampleRecords().slice(0, 3));
      expect(r.contentType).toMatch(/^(text|application)\//);
      expect(r.filenameExt).toMatch(/^[a-z]+$/);
    }
  });
});
