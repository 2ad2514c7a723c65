/**
 * Exports in the formats the field uses, as pure functions of claim records (and, for maps of control, of the
 * situation). The CLI (`sitrep export`) and the HTTP API call `exportClaims` / `exportSituation` and write `body`
 * as is. Every format is deterministic: the same records give the same bytes (no clock, stable orders).
 * docs/exports.md describes each format, column by column.
 */
import { SitrepError } from '../errors.js';
import type { Situation } from '../model/situation.js';
import { acledCsv } from './acled-csv.js';
import { cameoTsv } from './cameo-tsv.js';
import { claimsJsonl } from './claims-jsonl.js';
import { controlGeoJson } from './control-geojson.js';
import { eventsGeoJson } from './geojson.js';
import { ploverJson } from './plover-json.js';
import type { ExportOptions, ExportRecord, ExportResult } from './types.js';

export type { ExportOptions, ExportRecord, ExportResult, PlaceInfo } from './types.js';
export { ACLED_COLUMNS } from './acled-csv.js';
export { CAMEO_COLUMNS } from './cameo-tsv.js';
export { CLAIM_SCHEMA_ID, CLAIM_SCHEMA_VERSION, claimJsonSchema, claimLineSchema } from './claim-schema.js';
export { cameoActorCodes } from './defaults.js';

export const EXPORT_FORMATS = ['acled-csv', 'geojson', 'control-geojson', 'claims-jsonl', 'plover-json', 'cameo-tsv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  contentType: string;
  filenameExt: string;
  /** What one row, line or feature stands for. */
  unit: 'event' | 'claim' | 'place';
  /** True when the format needs the situation (control intervals): only `exportSituation` produces it. */
  needsSituation: boolean;
  description: string;
}

export const EXPORT_FORMAT_INFO: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  'acled-csv': {
    contentType: 'text/csv; charset=utf-8; header=present',
    filenameExt: 'csv',
    unit: 'event',
    needsSituation: false,
    description: "ACLED-style CSV: one row per fused event that took place, ACLED's columns in ACLED's order",
  },
  geojson: {
    contentType: 'application/geo+json',
    filenameExt: 'geojson',
    unit: 'event',
    needsSituation: false,
    description: 'GeoJSON FeatureCollection of fused events as Points, with types, statuses and claimants',
  },
  'control-geojson': {
    contentType: 'application/geo+json',
    filenameExt: 'geojson',
    unit: 'place',
    needsSituation: true,
    description: 'GeoJSON FeatureCollection of places with who controlled them on a given day',
  },
  'claims-jsonl': {
    contentType: 'application/x-ndjson',
    filenameExt: 'jsonl',
    unit: 'claim',
    needsSituation: false,
    description: 'JSON Lines of claims with their evidence text and report (docs/schema/claim.v1.json)',
  },
  'plover-json': {
    contentType: 'application/x-ndjson',
    filenameExt: 'jsonl',
    unit: 'claim',
    needsSituation: false,
    description: 'PLOVER JSON records, one per happening claim and line',
  },
  'cameo-tsv': {
    contentType: 'text/tab-separated-values; charset=utf-8',
    filenameExt: 'tsv',
    unit: 'claim',
    needsSituation: false,
    description: 'CAMEO-coded rows: date, source, target, code, claim id, type, status',
  },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Throws `E_EXPORT_FORMAT` naming the known formats when `value` is not one. */
export function parseExportFormat(value: string, input = 'format'): ExportFormat {
  if (isExportFormat(value)) return value;
  throw new SitrepError('E_EXPORT_FORMAT', `unknown export format "${value}"`, { input, remedy: `Use one of: ${EXPORT_FORMATS.join(', ')}` });
}

/**
 * Exports claim records. Event formats fuse the records' happening claims (or use `opts.events`, e.g. the stored
 * situation's events). `control-geojson` needs control intervals: call `exportSituation` for it.
 */
export function exportClaims(format: ExportFormat, records: readonly ExportRecord[], opts: ExportOptions = {}): ExportResult {
  const { contentType, filenameExt } = EXPORT_FORMAT_INFO[format];
  return { contentType, filenameExt, body: render(format, records, opts) };
}

/**
 * Exports from a derived situation: its events for acled-csv and geojson (restricted to events with a claim among
 * `records`), its control intervals for control-geojson (`opts.at` is the day; `records` lend coordinates to
 * places the `opts.place` lookup lacks); claim formats export `records`.
 */
export function exportSituation(
  format: ExportFormat,
  situation: Pick<Situation, 'events' | 'control'>,
  records: readonly ExportRecord[],
  opts: ExportOptions = {},
): ExportResult {
  const { contentType, filenameExt } = EXPORT_FORMAT_INFO[format];
  const body = format === 'control-geojson' ? controlGeoJson(situation.control, records, opts) : render(format, records, { events: situation.events, ...opts });
  return { contentType, filenameExt, body };
}

function render(format: ExportFormat, records: readonly ExportRecord[], opts: ExportOptions): string {
  switch (format) {
    case 'acled-csv':
      return acledCsv(records, opts);
    case 'geojson':
      return eventsGeoJson(records, opts);
    case 'claims-jsonl':
      return claimsJsonl(records, opts);
    case 'plover-json':
      return ploverJson(records, opts);
    case 'cameo-tsv':
      return cameoTsv(records, opts);
    case 'control-geojson':
      throw new SitrepError('E_EXPORT_FORMAT', 'control-geojson is drawn from control intervals, not from claims', {
        input: 'format',
        remedy: 'Call exportSituation(format, situation, records, { at }) (CLI: sitrep export --format control-geojson --at DAY)',
      });
  }
}
