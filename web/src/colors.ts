/** Colours: one per controlling actor (well-known ids fixed, others from a hash), one per event type. */
const ACTORS: Record<string, string> = {
  isis: '#222222',
  'syr-army': '#d62728',
  'syr-auxiliaries': '#e377c2',
  'syr-government': '#d62728',
  sdf: '#e6b800',
  ypg: '#e6b800',
  'irq-army': '#2ca02c',
  'irq-forces': '#2ca02c',
  'irq-government': '#2ca02c',
  pmf: '#17becf',
  peshmerga: '#ff7f0e',
  hezbollah: '#8c564b',
  russia: '#9467bd',
  'us-coalition': '#1f77b4',
  turkey: '#bcbd22',
};
const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f', '#aec7e8'];
export const UNKNOWN_COLOR = '#9e9e9e';

export function actorColor(actorId: string | null | undefined): string {
  if (!actorId) return UNKNOWN_COLOR;
  const fixed = ACTORS[actorId];
  if (fixed) return fixed;
  let h = 0;
  for (const ch of actorId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length]!;
}

/** The first twelve types, each its own colour. */
export const TYPE_COLORS: Record<string, string> = {
  'take-control': '#c2185b',
  'lose-control': '#7b1fa2',
  withdraw: '#5e35b1',
  control: '#3949ab',
  presence: '#1e88e5',
  attack: '#e53935',
  offensive: '#f4511e',
  fighting: '#fb8c00',
  'cross-border': '#00897b',
  'take-part': '#43a047',
  support: '#7cb342',
  alliance: '#6d4c41',
};

/** The types added with the full ontology share one colour per family; the legend shows each family once. */
export const EVENT_FAMILIES: readonly { key: string; color: string; types: readonly string[] }[] = [
  { key: 'family.remote', color: '#d84315', types: ['shelling', 'airstrike', 'bombing'] },
  { key: 'family.harm', color: '#6a1b9a', types: ['killing', 'abduction', 'torture', 'sexual-violence', 'looting'] },
  { key: 'family.unrest', color: '#f9a825', types: ['protest', 'riot', 'repress', 'arrest', 'coerce', 'release'] },
  { key: 'family.forces', color: '#546e7a', types: ['surrender', 'besiege', 'base-established', 'mobilize'] },
  {
    key: 'family.relations',
    color: '#00838f',
    types: ['agree', 'sign-agreement', 'ceasefire', 'consult', 'endorse', 'cooperate', 'aid', 'concede', 'allow-access', 'resign', 'investigate', 'demand', 'disapprove', 'reject', 'threaten', 'sanction'],
  },
];

/** Every type's colour on the map. */
export const EVENT_TYPE_COLORS: Record<string, string> = {
  ...TYPE_COLORS,
  ...Object.fromEntries(EVENT_FAMILIES.flatMap((f) => f.types.map((t) => [t, f.color] as const))),
};

export function eventColor(type: string): string {
  return EVENT_TYPE_COLORS[type] ?? '#555555';
}

/** A maplibre `match` expression on the `type` property. */
export function eventColorExpression(): unknown[] {
  return ['match', ['get', 'type'], ...Object.entries(EVENT_TYPE_COLORS).flat(), '#555555'];
}
