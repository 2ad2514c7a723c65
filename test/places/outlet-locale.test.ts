import { beforeAll, describe, expect, it } from 'vitest';
import type { PlaceMention } from '../../src/model/mention.js';
import type { Report } from '../../src/model/report.js';
import { batchOutletLocales } from '../../src/pipeline/batch-outlet-locales.js';
import { defaultPipeline } from '../../src/pipeline/default-pipeline.js';
import { isWireStory } from '../../src/stages/places/dateline.js';
import { learnOutletLocales, outletOf } from '../../src/stages/places/outlet-locale.js';

// Reports written for this test, about ordinary local news in north-east Texas, central Illinois and elsewhere.
const TEXAS = [
  'Lamar County commissioners voted on Tuesday to repave the farm road between Paris and Blossom, Texas.',
  'A grass fire burned about 200 acres north of Deport in Lamar County, Texas, on Sunday, the sheriff said.',
];
const LONE_PARIS = 'Police in Paris arrested two men after a break-in at a downtown pharmacy on Friday night.';
const ILLINOIS = [
  'The Champaign City Council approved a new bus route to Urbana, Illinois, on Monday.',
  'Flooding closed two roads between Rantoul and Champaign, Illinois, after heavy rain.',
];

let n = 0;
function report(text: string, source: Report['source']): Report {
  n++;
  return { id: `r_outlet_${n}`, source, publishedAt: { value: '2009-03-20', precision: 'day' }, lang: 'en', text, contentHash: `h${n}` };
}

/** Runs a batch as `sitrep extract` does: learn the outlets' locales, then analyse each report. */
function runBatch(reports: Report[]) {
  const pipeline = defaultPipeline();
  const outletLocale = batchOutletLocales(pipeline.stages, reports);
  return reports.map((r) => pipeline.run(r, outletLocale ? { explain: true, outletLocale } : { explain: true }));
}

function place(doc: ReturnType<typeof runBatch>[number], surface: string): PlaceMention | undefined {
  return doc.mentions.find((m): m is PlaceMention => m.kind === 'place' && doc.report.text.slice(m.span.start, m.span.end) === surface);
}

beforeAll(() => {
  defaultPipeline();
}, 120_000);

describe("an outlet's locale, learned from its other reports in the batch", () => {
  it("reads a local paper's bare 'Paris' as its readers' Paris, and says why", () => {
    const outlet = 'lamar-ledger.example';
    const docs = runBatch([...TEXAS.map((t) => report(t, { outlet })), report(LONE_PARIS, { outlet })]);
    const paris = place(docs[2]!, 'Paris');
    expect(paris?.candidates[0]?.countryCode).toBe('US');
    expect(paris?.candidates[0]?.admin1).toBe('TX');
    expect(paris?.reasons.join(' ')).toMatch(/outlet locale US\.TX .*lamar-ledger\.example: 2 of 2 other reports/);
  });

  it('gives nothing to a report whose outlet has no other report, or none at all', () => {
    const docs = runBatch([...TEXAS.map((t) => report(t, { outlet: 'lamar-ledger.example' })), report(LONE_PARIS, { outlet: 'another.example' }), report(LONE_PARIS, {})]);
    expect(place(docs[2]!, 'Paris')?.candidates[0]?.countryCode).toBe('FR');
    expect(place(docs[3]!, 'Paris')?.candidates[0]?.countryCode).toBe('FR');
  });

  it('gives nothing to an outlet whose reports spread over several states (an agency)', () => {
    const outlet = 'wire.example';
    const docs = runBatch([report(TEXAS[1]!, { outlet }), report(ILLINOIS[0]!, { outlet }), report(LONE_PARIS, { outlet })]);
    expect(place(docs[2]!, 'Paris')?.candidates[0]?.countryCode).toBe('FR');
  });

  it("keeps a state's name for the state in another state's paper ('Kansas' in Illinois)", () => {
    const outlet = 'champaign-courier.example';
    const docs = runBatch([...ILLINOIS.map((t) => report(t, { outlet })), report('Farmers in Kansas expect a smaller wheat harvest this year.', { outlet })]);
    expect(place(docs[2]!, 'Kansas')?.candidates[0]?.placeId).toBe('adm1:US.KS');
  });

  it("gives nothing to a wire story the paper prints: it speaks the agency's lexicon", () => {
    const outlet = 'lamar-ledger.example';
    const wire = 'Pharmacy thieves held. PARIS, Nov. 3 (AP) — Police in Paris arrested two men after a break-in at a pharmacy.';
    const docs = runBatch([...TEXAS.map((t) => report(t, { outlet })), report(wire, { outlet })]);
    expect(place(docs[2]!, 'Paris')?.candidates[0]?.countryCode).toBe('FR');
    expect(isWireStory(wire)).toBe(true);
    expect(isWireStory(LONE_PARIS)).toBe(false);
    expect(isWireStory('ARLINGTON — The City Council voted 8-1 on Tuesday.')).toBe(false);
  });

  it("takes the URL's host for the outlet when none is named", () => {
    expect(outletOf(report('x', { url: 'http://www.theparisnews.example/story/1' }))).toBe('theparisnews.example');
    expect(outletOf(report('x', { url: 'not a url' }))).toBeUndefined();
    const docs = runBatch([...TEXAS.map((t, i) => report(t, { url: `https://lamar-ledger.example/a/${i}` })), report(LONE_PARIS, { url: 'https://lamar-ledger.example/a/9' })]);
    expect(place(docs[2]!, 'Paris')?.candidates[0]?.admin1).toBe('TX');
  });

  it("takes a report's own weight out of the outlet's total too", () => {
    // The asking report names Ohio heavily; its outlet's other two reports name Texas only.
    const vote = (reportId: string, unit: string, weight: number) => ({ outlet: 'lean.example', reportId, units: new Map([[unit, { weight, label: unit }]]) });
    const localeOf = learnOutletLocales([vote('r_a', 'US.TX', 3), vote('r_b', 'US.TX', 3), vote('r_self', 'US.OH', 10)]);
    expect(localeOf({ ...report('x', { outlet: 'lean.example' }), id: 'r_self' })?.unit).toBe('US.TX');
  });

  it('never counts a report as evidence for itself', () => {
    const vote = { outlet: 'solo.example', reportId: 'r_1', units: new Map([['US.TX', { weight: 9, label: 'Texas' }]]) };
    const localeOf = learnOutletLocales([vote]);
    expect(localeOf(report('x', { outlet: 'solo.example' }))).toBeDefined();
    expect(localeOf({ ...report('x', { outlet: 'solo.example' }), id: 'r_1' })).toBeUndefined();
  });
});
