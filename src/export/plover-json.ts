/**
 * PLOVER records (PLOVER manual draft 0.8, chapter "JSON Data Fields"), one per happening claim, one record per line
 * as the manual suggests. Standard fields are used where Sitrep has the information; Sitrep's own fields sit under
 * `sitrep`. `event_type` repeats `event[0]` under the name the PLOVER-coded POLECAT/NGEC data uses.
 * PLOVER is © Open Event Data Alliance, CC BY-SA 4.0 (see docs/exports.md).
 */
import type { ActorRef } from '../model/claim.js';
import { loadOntology } from '../resources/ontology.js';
import { claimantLabel } from '../situation/claimant-key.js';
import { countryName, dyadOf, exportCodes, sortRecords } from './claim-codes.js';
import { defaultCameoActors } from './defaults.js';
import type { ExportOptions, ExportRecord } from './types.js';

/** PLOVER quad categories (manual, "PLOVER quad categories"): 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict. */
const QUAD: Record<string, 1 | 2 | 3 | 4> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2, INVESTIGATE: 2,
  DEMAND: 3, ACCUSE: 3, REJECT: 3, SANCTION: 3, THREATEN: 3,
  PROTEST: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

export interface PloverActor {
  /** Top-level (country or international) code: the first three letters of the CAMEO actor code. */
  code?: string;
  /** Sector: the rest of the CAMEO actor code (`MIL`, `GOV`, `REB`). */
  sector?: string;
  /** Sitrep actor id (the manual suggests a Wikidata id; Sitrep's lexicon ids are what it has). */
  identifier_id: string;
  identifier_text: string;
}

export interface PloverRecord {
  id: string;
  date: string;
  enddate?: string;
  source: PloverActor[];
  recipient: PloverActor[];
  event: string[];
  event_type: string;
  mode: string[];
  context: string[];
  quad_code?: number;
  country: string;
  event_loc?: Record<string, string | number>;
  event_text: string[];
  cite_info: Record<string, string>;
  coder: string;
  sitrep: {
    claimType: string;
    status: string;
    fit: string;
    reportId: string;
    reportDate: string;
    claimants: string[];
    confidence: number;
    timePrecision: string;
    placeId?: string;
    placePrecision?: string;
    supporters: string[];
  };
}

export function ploverJson(records: readonly ExportRecord[], opts: ExportOptions = {}): string {
  const ontology = loadOntology();
  const cameo = opts.cameoActors ?? defaultCameoActors();
  let body = '';
  for (const r of sortRecords(records)) {
    const entry = ontology.get(r.claim.type);
    if (!entry || (entry.nature === 'state' && !opts.includeStates)) continue;
    body += `${JSON.stringify(ploverRecord(r, cameo))}\n`;
  }
  return body;
}

export function ploverRecord(r: ExportRecord, cameo: ReadonlyMap<string, string>): PloverRecord {
  const c = r.claim;
  const codes = exportCodes(c);
  const dyad = dyadOf(c);
  const actor = (a: ActorRef): PloverActor => {
    const code = cameo.get(a.actorId);
    return {
      ...(code ? { code: code.slice(0, 3), ...(code.length > 3 ? { sector: code.slice(3) } : {}) } : {}),
      identifier_id: a.actorId,
      identifier_text: a.label,
    };
  };
  const place = c.place;
  const geonameid = place?.placeId.startsWith('gn:') ? Number(place.placeId.slice(3)) : undefined;
  return {
    id: c.id,
    date: c.time.from,
    ...(c.time.to !== c.time.from ? { enddate: c.time.to } : {}),
    // Reciprocal fighting: every side is a source and there is no recipient (manual, "ASSAULT").
    source: (dyad.reciprocal ? [...dyad.sources, ...dyad.recipients] : dyad.sources).map(actor),
    recipient: dyad.reciprocal ? [] : dyad.recipients.map(actor),
    event: [codes.plover.event],
    event_type: codes.plover.event,
    mode: codes.plover.mode ? [codes.plover.mode] : [],
    context: codes.plover.context ? [codes.plover.context] : [],
    ...(QUAD[codes.plover.event] ? { quad_code: QUAD[codes.plover.event] } : {}),
    country: countryName(place?.countryCode),
    ...(place
      ? {
          event_loc: {
            ...(geonameid !== undefined && Number.isInteger(geonameid) ? { geonameid } : {}),
            name: place.name,
            latitude: place.lat,
            longitude: place.lon,
            'country code': place.countryCode,
            ...(place.admin1 ? { 'admin1 code': place.admin1 } : {}),
          },
        }
      : {}),
    event_text: r.evidence ?? [],
    cite_info: {
      citation: r.report.id,
      ...(r.report.outlet ? { publication: r.report.outlet } : {}),
      ...(r.report.lang ? { language: r.report.lang } : {}),
      coder: `sitrep ${c.extractor}`,
      codebook: 'PLOVER draft 0.8 via Sitrep resources/ontology/claim-types.tsv',
    },
    coder: 'sitrep',
    sitrep: {
      claimType: c.type,
      status: c.status,
      fit: codes.fit,
      reportId: r.report.id,
      reportDate: r.report.publishedAt.value,
      claimants: c.claimants.map((k) => claimantLabel(k, r.report)),
      confidence: c.confidence,
      timePrecision: c.time.precision,
      ...(place ? { placeId: place.placeId, placePrecision: place.precision } : {}),
      supporters: c.roles.supporters.map((s) => s.actorId),
    },
  };
}
