import { describe, expect, it } from 'vitest';
import type { ActorDirectory, ControlInterval, PlaceCandidate, Relation, Situation, SituationEvent } from '../../src/model/index.js';
import {
  checkRange,
  contradictionsList,
  controlAt,
  eventsIn,
  isPlaceId,
  parseBbox,
  parseDay,
  parseMinSources,
  relationsOf,
  resolveActor,
  resolvePlace,
  territoryAt,
  timeline,
  type PlaceLookup,
} from '../../src/situation/queries.js';
import { toponymKey } from '../../src/resources/gazetteer/toponym-key.js';

// A made-up situation: two towns (Townsend, Farville) and a Townsend in another country the situation never mentions.
const bandA = { actorId: 'band-a', label: 'Band A' };
const army = { actorId: 'army', label: 'The Army' };

function interval(placeId: string, from: string, to: string, extra: Partial<ControlInterval> = {}): ControlInterval {
  return {
    placeId,
    placeName: placeId === 'gn:1' ? 'Townsend' : 'Farville',
    state: 'controlled',
    controller: bandA,
    contenders: [],
    from,
    to,
    partial: false,
    confidence: 0.7,
    supporting: [`c-${placeId}-${from}`],
    contradicting: [],
    reasons: [],
    ...extra,
  };
}

function event(id: string, extra: Partial<SituationEvent> = {}): SituationEvent {
  return {
    id,
    type: 'take-control',
    place: { placeId: 'gn:1', name: 'Townsend', lat: 34.5, lon: 40.9, precision: 'locality' },
    time: { from: '2017-11-09', to: '2017-11-09', precision: 'day' },
    agents: [army],
    targets: [bandA],
    claimIds: [`${id}-c`],
    reportIds: ['r1'],
    claimants: [{ key: 'actor:army', label: 'The Army', claimIds: [`${id}-c`] }],
    independentClaimants: 1,
    statuses: { asserted: 1 },
    conflicts: [],
    ...extra,
  };
}

function relation(a: typeof bandA, b: typeof bandA, kind: Relation['kind'], from: string, to: string): Relation {
  return { a, b, kind, from, to, claimIds: [], source: 'claims' };
}

const situation: Situation = {
  // Deliberately out of order: queries sort.
  control: [
    interval('gn:1', '2017-11-11', '2017-11-19', { state: 'contested', controller: bandA, contenders: [bandA, army] }),
    interval('gn:1', '2017-11-09', '2017-11-10', { controller: army }),
    interval('gn:2', '2017-10-01', '2017-11-30'),
    interval('gn:1', '2017-11-25', '2017-11-30', { controller: army }),
  ],
  events: [
    event('ev_b', { time: { from: '2017-11-11', to: '2017-11-11', precision: 'day' }, agents: [bandA], targets: [army], independentClaimants: 2,
      claimants: [{ key: 'actor:monitor', label: 'The Monitor', claimIds: [] }, { key: 'outlet:Wire', label: 'Wire', claimIds: [] }], statuses: { confirmed: 1, hedged: 1 } }),
    event('ev_a'),
    event('ev_c', { type: 'attack', place: { placeId: 'gn:2', name: 'Farville', lat: 36, lon: 38, precision: 'locality' }, time: { from: '2017-10-01', to: '2017-10-31', precision: 'month' } }),
    event('ev_d', { place: undefined, time: { from: '2017-12-01', to: '2017-12-01', precision: 'day' } }),
  ],
  relations: [
    relation(army, { actorId: 'helper', label: 'Helper' }, 'allied', '2017-11-01', '2017-11-30'),
    relation({ actorId: 'patron', label: 'Patron' }, army, 'supports', '2017-01-01', '2017-12-31'),
    relation(army, bandA, 'opposes', '2017-11-09', '2017-11-09'),
    relation(bandA, { actorId: 'other', label: 'Other' }, 'allied', '2017-11-01', '2017-11-30'),
  ],
  contradictions: [
    { kind: 'denial', placeId: 'gn:1', claimA: 'c2', claimB: 'c3', claimantA: 'A', claimantB: 'B', reason: 'x' },
    { kind: 'controller', placeId: 'gn:1', claimA: 'c1', claimB: 'c2', claimantA: 'A', claimantB: 'B', reason: 'y' },
    { kind: 'negation', claimA: 'c4', claimB: 'c5', claimantA: 'A', claimantB: 'B', reason: 'z' },
  ],
};

const candidate = (placeId: string, name: string, population: number): PlaceCandidate => ({
  placeId, name, lat: 0, lon: 0, countryCode: 'SY', featureClass: 'P', featureCode: 'PPL', population, score: 0,
});

/** Keys: "townsend" → a big foreign Townsend first, then ours; "nowhere" → a place the situation never mentions. */
const gazetteer: PlaceLookup = {
  lookup: (key) =>
    key === toponymKey('Townsend') ? [candidate('gn:99', 'Townsend', 500_000), candidate('gn:1', 'Townsend', 1_000)]
      : key === toponymKey('Nowhere') ? [candidate('gn:7', 'Nowhere', 10), candidate('gn:8', 'Nowhere', 20)]
        : [],
  byId: (id) => (id === 'gn:99' ? { name: 'Townsend' } : undefined),
};

describe('resolvePlace', () => {
  it('prefers the candidate the situation speaks of over a bigger namesake', () => {
    expect(resolvePlace('Townsend', gazetteer, situation)).toEqual({
      placeId: 'gn:1', name: 'Townsend', alternatives: [{ placeId: 'gn:99', name: 'Townsend' }],
    });
    expect(resolvePlace('  townsend ', gazetteer, situation).placeId).toBe('gn:1');
  });

  it('falls back to population when the situation knows none of them', () => {
    expect(resolvePlace('Nowhere', gazetteer, situation).placeId).toBe('gn:8');
  });

  it('matches names in the situation without a gazetteer', () => {
    expect(resolvePlace('Farville', undefined, situation)).toEqual({ placeId: 'gn:2', name: 'Farville', alternatives: [] });
  });

  it.each(['gn:99', 'cur:omar-oilfield', 'adm1:SY.07', 'country:SY'])('takes the id %s as given', (id) => {
    expect(resolvePlace(id, gazetteer, situation).placeId).toBe(id);
  });

  it('names the ids of the situation and the gazetteer', () => {
    expect(resolvePlace('gn:1', undefined, situation).name).toBe('Townsend');
    expect(resolvePlace('gn:99', gazetteer, situation).name).toBe('Townsend');
    expect(isPlaceId('Abu Kamal')).toBe(false);
  });

  it('rejects an unknown name with a coded error naming it and a remedy', () => {
    expect(() => resolvePlace('Atlantis', gazetteer, situation)).toThrow(/Atlantis: unknown place "Atlantis"\. Give a place name/);
    expect(() => resolvePlace('---', gazetteer, situation)).toThrowError(expect.objectContaining({ code: 'E_QUERY_PLACE' }));
  });
});

describe('resolveActor', () => {
  const actors: ActorDirectory = new Map([['bandA', { id: 'bandA', label: 'Islamic State', type: 'non-state-armed-group' }]]);
  it.each([
    ['bandA', 'bandA'],
    ['Islamic State', 'bandA'],
    ['ISLAMIC  state', 'bandA'],
    ['army', 'army'],
    ['the army', 'army'],
  ])('%s → %s', (input, id) => expect(resolveActor(input, actors, situation)).toBe(id));
  it('rejects an unknown actor', () => {
    expect(() => resolveActor('nobody', actors, situation)).toThrowError(expect.objectContaining({ code: 'E_QUERY_ACTOR' }));
  });
});

describe('timeline and controlAt', () => {
  it('lists one place in time order', () => {
    expect(timeline(situation, 'gn:1').map((i) => i.from)).toEqual(['2017-11-09', '2017-11-11', '2017-11-25']);
    expect(timeline(situation, 'gn:404')).toEqual([]);
  });

  it('answers with the covering interval and its neighbours', () => {
    const a = controlAt(situation, 'gn:1', '2017-11-12');
    expect(a.interval?.state).toBe('contested');
    expect(a.previous?.from).toBe('2017-11-09');
    expect(a.next?.from).toBe('2017-11-25');
  });

  it.each([
    ['first day', '2017-11-11', '2017-11-11'],
    ['last day', '2017-11-19', '2017-11-11'],
  ])('includes the %s', (_name, day, from) => expect(controlAt(situation, 'gn:1', day).interval?.from).toBe(from));

  it('leaves the interval out in a gap, before the first and after the last', () => {
    const gap = controlAt(situation, 'gn:1', '2017-11-22');
    expect(gap.interval).toBeUndefined();
    expect([gap.previous?.to, gap.next?.from]).toEqual(['2017-11-19', '2017-11-25']);
    expect(controlAt(situation, 'gn:1', '2017-01-01')).toMatchObject({ next: { from: '2017-11-09' } });
    expect(controlAt(situation, 'gn:1', '2018-01-01').previous?.from).toBe('2017-11-25');
    expect(controlAt(situation, 'gn:404', '2017-11-12')).toEqual({ placeId: 'gn:404', day: '2017-11-12' });
  });
});

describe('eventsIn', () => {
  const ids = (f: Parameters<typeof eventsIn>[1]) => eventsIn(situation, f).map((e) => e.id);
  it.each<[string, Parameters<typeof eventsIn>[1], string[]]>([
    ['all, by start then id', {}, ['ev_c', 'ev_a', 'ev_b', 'ev_d']],
    ['bbox', { bbox: [40, 34, 41, 35] }, ['ev_a', 'ev_b']],
    ['bbox excludes placeless events', { bbox: [-180, -90, 180, 90] }, ['ev_c', 'ev_a', 'ev_b']],
    ['from', { from: '2017-11-10' }, ['ev_b', 'ev_d']],
    ['to overlaps a month', { to: '2017-10-15' }, ['ev_c']],
    ['window', { from: '2017-11-09', to: '2017-11-09' }, ['ev_a']],
    ['actor as agent or target', { actor: 'band-a' }, ['ev_c', 'ev_a', 'ev_b', 'ev_d']],
    ['actor nowhere', { actor: 'helper' }, []],
    ['type', { type: 'attack' }, ['ev_c']],
    ['types', { type: ['attack', 'take-control'] }, ['ev_c', 'ev_a', 'ev_b', 'ev_d']],
    ['status', { status: 'hedged' }, ['ev_b']],
    ['claimant by id', { claimant: 'monitor' }, ['ev_b']],
    ['claimant by key', { claimant: 'actor:army' }, ['ev_c', 'ev_a', 'ev_d']],
    ['claimant by label', { claimant: 'the monitor' }, ['ev_b']],
    ['min sources', { minSources: 2 }, ['ev_b']],
    ['place', { placeId: 'gn:2' }, ['ev_c']],
  ])('%s', (_name, filters, expected) => expect(ids(filters)).toEqual(expected));
});

describe('relationsOf', () => {
  it('lists both sides, by kind and other actor', () => {
    expect(relationsOf(situation, 'army').map((r) => `${r.kind}:${r.a.actorId}>${r.b.actorId}`)).toEqual([
      'allied:army>helper',
      'opposes:army>band-a',
      'supports:patron>army',
    ]);
  });
  it('keeps only relations holding on the day', () => {
    expect(relationsOf(situation, 'army', '2017-12-15').map((r) => r.kind)).toEqual(['supports']);
    expect(relationsOf(situation, 'army', '2017-11-09')).toHaveLength(3);
  });
});

describe('territoryAt', () => {
  it('lists places held on the day, contested included', () => {
    expect(territoryAt(situation, 'band-a', '2017-11-12').map((i) => i.placeId)).toEqual(['gn:2', 'gn:1']);
    expect(territoryAt(situation, 'army', '2017-11-12')).toEqual([]);
    expect(territoryAt(situation, 'army', '2017-11-10').map((i) => i.placeId)).toEqual(['gn:1']);
  });
});

describe('contradictionsList', () => {
  it('filters by place, kind and claim, in a stable order', () => {
    expect(contradictionsList(situation).map((c) => c.claimA)).toEqual(['c4', 'c1', 'c2']);
    expect(contradictionsList(situation, { placeId: 'gn:1' }).map((c) => c.kind)).toEqual(['controller', 'denial']);
    expect(contradictionsList(situation, { kind: 'negation' })).toHaveLength(1);
    expect(contradictionsList(situation, { claimId: 'c2' })).toHaveLength(2);
  });
});

describe('parameter parsers', () => {
  it.each(['2017-11-12', ' 2016-02-29 '])('accepts the day %s', (d) => expect(parseDay(d, '--at')).toBe(d.trim()));
  it.each(['2017-11', '2017-13-01', '2017-02-30', '12/11/2017', '', '2017-11-12T00:00'])('rejects the day "%s"', (d) => {
    expect(() => parseDay(d, '--at')).toThrowError(expect.objectContaining({ code: 'E_QUERY_PARAM', input: '--at', message: expect.stringMatching(/YYYY-MM-DD/) }));
  });
  it('parses a bounding box', () => expect(parseBbox('38, 33,42,37.5', '--bbox')).toEqual([38, 33, 42, 37.5]));
  it.each(['38,33,42', '42,33,38,37', '38,37,42,33', 'a,b,c,d', '38,33,42,37,1', '38,33,200,37', '38,,42,37'])('rejects the box "%s"', (b) => {
    expect(() => parseBbox(b, '--bbox')).toThrowError(expect.objectContaining({ code: 'E_QUERY_PARAM', input: '--bbox' }));
  });
  it('parses a number of sources', () => expect(parseMinSources('2', '--min-sources')).toBe(2));
  it.each(['0', '-1', '1.5', 'two', ''])('rejects "%s" sources', (n) => expect(() => parseMinSources(n, '--min-sources')).toThrow(/whole number/));
  it('rejects a window that ends before it starts', () => {
    expect(() => checkRange('2017-11-12', '2017-11-01', '--from/--to')).toThrow(/starts \(2017-11-12\) after it ends/);
    expect(() => checkRange('2017-11-01', undefined, '--from/--to')).not.toThrow();
  });
});
