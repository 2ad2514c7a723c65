/**
 * End to end: the bundled example reports → pipeline → ClaimRecords → control timeline of Abu Kamal (gn:174448),
 * the November 2017 series: IS since 2014, the army's capture on 9 Nov, the SOHR's counter-attack reports of
 * 10–11 Nov, the recapture announced on 19 Nov while the SOHR says fighting goes on.
 */
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/index.js';
import type { ClaimRecord } from '../../src/model/situation.js';
import { defaultPipeline } from '../../src/pipeline/default-pipeline.js';
import { loadActorLexicon } from '../../src/resources/actor-lexicon.js';
import { actorDirectory } from '../../src/situation/actor-directory.js';
import { controlAt, controlTimelines, timelineOf } from '../../src/situation/control-timeline.js';

const ABU_KAMAL = 'gn:174448';

function exampleRecords(): ClaimRecord[] {
  const pipeline = defaultPipeline();
  const records: ClaimRecord[] = [];
  for (const report of readInputs(['examples']).reports) {
    const info = { id: report.id, publishedAt: report.publishedAt, ...(report.source.outlet ? { outlet: report.source.outlet } : {}) };
    for (const claim of pipeline.run(report).claims) records.push({ claim, report: info });
  }
  return records;
}

describe('control timeline of the example reports', () => {
  const all = controlTimelines(exampleRecords(), actorDirectory(loadActorLexicon()));
  const abuKamal = timelineOf(all, ABU_KAMAL);
  const at = (day: string) => controlAt(all, ABU_KAMAL, day);

  it('has IS in control before November 2017, from the 2014 background sentences', () => {
    const first = abuKamal[0];
    expect(first?.from.startsWith('2014')).toBe(true);
    expect(first?.controller?.actorId).toBe('isis');
    expect(at('2017-06-01')?.controller?.actorId).toBe('isis');
    expect(at('2017-11-08')?.controller?.actorId).toBe('isis');
  });

  it("shows the army's capture on 9 Nov", () => {
    const nine = at('2017-11-09');
    expect(nine?.from).toBe('2017-11-09');
    expect(nine?.controller?.actorId).toBe('syr-army');
  });

  it('is contested from 10 Nov and held by IS from 11 Nov', () => {
    expect(at('2017-11-10')?.state).toBe('contested');
    expect(at('2017-11-10')?.partial).toBe(true);
    expect(at('2017-11-11')?.controller?.actorId).toBe('isis');
    expect(at('2017-11-11')?.state).toBe('contested');
  });

  it('answers "Islamic State (contested)" on 12 Nov, citing the army and the SOHR', () => {
    const day = at('2017-11-12');
    expect(day?.state).toBe('contested');
    expect(day?.controller?.actorId).toBe('isis');
    expect(day?.contenders.map((c) => c.actorId)).toContain('syr-army');
    expect(day?.reasons.join('\n')).toMatch(/Syrian Arab Army \(position since 9 Nov 2017\) disagrees/);
  });

  it('shows the recapture on 19 Nov, still contested (the SOHR reports fighting at the edges)', () => {
    const last = abuKamal[abuKamal.length - 1];
    expect(last?.from).toBe('2017-11-19');
    expect(last?.to).toBe('2017-11-19');
    expect(last?.controller?.actorId).toBe('syr-army');
    expect(last?.state).toBe('contested');
  });
});
