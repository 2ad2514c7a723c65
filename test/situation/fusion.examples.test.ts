/** The real examples, end to end: ingest, pipeline, fusion. Checks what a reader of the reports would expect. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/read-inputs.js';
import type { ActorDirectory, ClaimRecord, SituationEvent } from '../../src/model/situation.js';
import { defaultPipeline } from '../../src/pipeline/default-pipeline.js';
import { loadActorLexicon } from '../../src/resources/actor-lexicon.js';
import { PACKAGE_ROOT } from '../../src/resources/resource-paths.js';
import { actorDirectory } from '../../src/situation/actor-directory.js';
import { findContradictions } from '../../src/situation/contradictions.js';
import { fuseEvents } from '../../src/situation/fuse-events.js';
import { deriveRelations } from '../../src/situation/relations.js';

const ABU_KAMAL = 'gn:174448';
const AL_QAIM = 'gn:92138';

let records: ClaimRecord[];
let actors: ActorDirectory;
let events: SituationEvent[];

beforeAll(() => {
  const { reports, errors } = readInputs([join(PACKAGE_ROOT, 'examples')]);
  expect(errors).toEqual([]);
  const pipeline = defaultPipeline();
  records = reports.flatMap((report) => {
    const doc = pipeline.run(report);
    const info: ClaimRecord['report'] = { id: report.id, publishedAt: report.publishedAt, lang: doc.lang };
    if (report.source.outlet) info.outlet = report.source.outlet;
    return doc.claims.map((claim) => ({ claim, report: info }));
  });
  actors = actorDirectory(loadActorLexicon());
  events = fuseEvents(records, actors);
});

const eventOf = (claimId: string): SituationEvent | undefined => events.find((e) => e.claimIds.includes(claimId));

function captures(placeId: string, from: string, to: string, agents: readonly string[]): ClaimRecord[] {
  return records.filter(
    ({ claim }) =>
      claim.type === 'take-control' &&
      claim.status !== 'intended' &&
      claim.place?.placeId === placeId &&
      claim.time.from >= from &&
      claim.time.to <= to &&
      agents.includes(claim.roles.agent?.actorId ?? ''),
  );
}

describe('fusion of the example reports', () => {
  it('fuses the army’s capture of Albu Kamal on 9 November across reports, apart from IS’s counter-attack', () => {
    const nov9 = captures(ABU_KAMAL, '2017-11-08', '2017-11-10', ['syr-army', 'syr-government']);
    expect(nov9.length).toBeGreaterThan(0);
    const event = eventOf(nov9[0]!.claim.id)!;
    for (const r of nov9) expect(event.claimIds).toContain(r.claim.id);
    expect(event.agents.map((a) => a.actorId)).not.toContain('isis');
    expect(event.time.from).toBe('2017-11-09');
  });

  it('fuses the second capture of Albu Kamal on 19 November (army communiqué and SANA): one event, two claimants', () => {
    // The extractor may give one confirmed claim with both claimants, or two claims: either way one event.
    const nov19 = captures(ABU_KAMAL, '2017-11-18', '2017-11-20', ['syr-army', 'syr-government', 'group:troops']);
    expect(nov19.length).toBeGreaterThan(0);
    const event = eventOf(nov19[0]!.claim.id)!;
    for (const r of nov19) expect(event.claimIds).toContain(r.claim.id);
    expect(event.independentClaimants).toBeGreaterThanOrEqual(2);
    expect(event.claimants.map((c) => c.key)).toContain('actor:syr-army');
  });

  it('fuses the Iraqi capture of al-Qaim on 3 November told by several reports, in French and English', () => {
    const qaim = captures(AL_QAIM, '2017-11-03', '2017-11-03', ['irq-army']);
    const event = eventOf(qaim[0]!.claim.id)!;
    expect(qaim.every((r) => event.claimIds.includes(r.claim.id))).toBe(true);
    expect(event.reportIds.length).toBeGreaterThanOrEqual(3);
    const langs = new Set(records.filter((r) => event.claimIds.includes(r.claim.id)).map((r) => r.report.lang));
    expect([...langs].sort()).toEqual(['en', 'fr']);
  });

  it('keeps the 2014 captures of Albu Kamal apart from the 2017 ones', () => {
    const old = captures(ABU_KAMAL, '2014-01-01', '2014-12-31', ['isis', 'group:jihadists']);
    expect(old.length).toBeGreaterThan(0);
    for (const r of old) expect(eventOf(r.claim.id)!.time.to < '2015-01-01').toBe(true);
  });

  it('runs relations and contradictions on the same claims without throwing', () => {
    const relations = deriveRelations(records, actors);
    expect(relations.some((r) => r.kind === 'supports' && r.a.actorId === 'hezbollah' && r.b.actorId === 'syr-army')).toBe(true);
    expect(Array.isArray(findContradictions(records, [], actors))).toBe(true);
  });
});
