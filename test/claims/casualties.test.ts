import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Casualties } from '../../src/model/claim.js';
import type { ActorMention } from '../../src/model/mention.js';
import { findCasualties, loadCasualtyLexicon } from '../../src/stages/claims/casualties.js';

// Every sentence below was written for these tests; none is quoted from a news report.

function read(text: string, lang: 'fr' | 'en', actors: ActorMention[] = []): Casualties[] {
  return findCasualties(text, { start: 0, end: text.length }, loadCasualtyLexicon(lang), actors);
}

/** "killed 12 | soldats syriens", "wounded 25-35 ~", "killed 101- ~ | civils (civ)". */
function brief(c: Casualties): string {
  const range = c.max === c.min ? `${c.min}` : `${c.min}-${c.max ?? ''}`;
  const victims = c.victims ? ` | ${c.victims.label}${c.victims.civilians ? ' (civ)' : ''}` : '';
  return `${c.kind} ${range}${c.approximate ? ' ~' : ''}${victims}`;
}

function briefs(text: string, lang: 'fr' | 'en', actors?: ActorMention[]): string[] {
  return read(text, lang, actors).map(brief);
}

function mention(text: string, surface: string, actorId: string, actorType: ActorMention['actorType'] = 'state-force'): ActorMention {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`"${surface}" is not in the sentence`);
  return { kind: 'actor', id: `a-${actorId}`, span: { start, end: start + surface.length }, rule: 'test', confidence: 1, actorId, actorType, label: actorId };
}

describe('casualties in French', () => {
  it.each([
    // exact counts, passive and nominal
    ['Douze soldats ont été tués jeudi près du barrage.', ['killed 12 | soldats']],
    ['Mardi, 75 morts ont été recensés dans le quartier.', ['killed 75']],
    ["L'explosion d'un camion piégé a fait 1 200 morts selon les autorités.", ['killed 1200']],
    ['On compte 1.200 blessés dans les hôpitaux de la province.', ['wounded 1200']],
    ['Un soldat a été tué lors de la patrouille.', ['killed 1 | soldat']],
    ['Deux enfants ont perdu la vie dans le bombardement.', ['killed 2 | enfants (civ)']],
    ['Trois policiers ont trouvé la mort à un barrage routier.', ['killed 3 | policiers']],
    ['Vingt-deux miliciens sont morts pendant les combats.', ['killed 22 | miliciens']],
    ['Deux cents villageois ont péri dans la crue provoquée par la destruction du barrage.', ['killed 200 | villageois (civ)']],
    ['Quatre-vingt-dix-neuf combattants ont été blessés au cours de la semaine.', ['wounded 99 | combattants']],
    ['Soixante et onze prisonniers de guerre ont été exécutés, affirme une ONG.', []],
    // "faisant N morts et M blessés", bilan
    ["L'attentat a frappé un marché, faisant 14 morts et 40 blessés.", ['killed 14', 'wounded 40']],
    ["Le bilan des frappes de la nuit s'élève à 63 morts.", ['killed 63']],
    ["Le bilan de l'assaut est passé à 40 jeudi soir.", ['killed 40']],
    // qualifiers
    ['Au moins 12 soldats syriens ont été tués dans une embuscade.', ['killed 12- | soldats syriens']],
    ["Plus de 30 jihadistes ont été tués par les frappes de l'aviation.", ['killed 31- | jihadistes']],
    ["Plus d'une centaine de civils ont été blessés depuis lundi.", ['wounded 101- ~ | civils (civ)']],
    ['Près de 100 personnes ont trouvé la mort dans les inondations du camp.', ['killed 90-100 ~ | personnes']],
    ['Environ 300 combattants ont été faits prisonniers.', ['captured 300 ~ | combattants']],
    ['Quelque 40 rebelles auraient été tués selon le porte-parole.', ['killed 40 ~ | rebelles']],
    ["Jusqu'à 60 morts ont été signalés par les secouristes.", ['killed 1-60 ~']],
    ['Entre 10 et 15 assaillants ont été abattus par la garde.', ['killed 10-15 | assaillants']],
    ['Les frappes ont fait de 8 à 11 morts selon les sources.', ['killed 8-11']],
    ['Moins de 5 soldats ont été blessés, selon l’état-major.', ['wounded 1-4 | soldats']],
    // approximate nouns
    ['Une dizaine de policiers ont été blessés lors de la manifestation.', ['wounded 8-12 ~ | policiers']],
    ['Une quinzaine de villageois ont été enlevés par des hommes armés.', ['captured 13-17 ~ | villageois (civ)']],
    ['Une vingtaine de soldats ont été capturés à la frontière.', ['captured 15-25 ~ | soldats']],
    ["L'attaque a fait une trentaine de morts.", ['killed 25-35 ~']],
    ['Une centaine de réfugiés ont été blessés.', ['wounded 80-120 ~ | réfugiés (civ)']],
    ['Des dizaines de civils ont été tués dans les raids.', ['killed 20- ~ | civils (civ)']],
    ['Des centaines de déplacés ont été blessés dans la bousculade.', ['wounded 200- ~ | déplacés (civ)']],
    ['Plusieurs gendarmes ont perdu la vie dans l’embuscade.', ['killed 3- ~ | gendarmes']],
    ['Quelques habitants ont été blessés par des éclats.', ['wounded 2-9 ~ | habitants (civ)']],
    // active voice: the cue before the count
    ['Les jihadistes ont tué 22 policiers et en ont blessé deux cents.', ['killed 22 | policiers', 'wounded 200']],
    ['Un tir de roquette a tué un enseignant et blessé trois passants.', ['killed 1 | enseignant (civ)', 'wounded 3 | passants (civ)']],
    ['Les combats ont coûté la vie à au moins 200 combattants.', ['killed 200- | combattants']],
    ['Le groupe armé a enlevé 30 villageois dans la nuit.', ['captured 30 | villageois (civ)']],
    // two counts in one sentence
    ['Douze personnes, dont cinq civils, ont été tuées dans le bombardement.', ['killed 12 | personnes', 'killed 5 | civils (civ)']],
    ['Trois soldats et deux civils ont été tués à un poste de contrôle.', ['killed 3 | soldats', 'killed 2 | civils (civ)']],
    ['Neuf soldats ont été tués et 30 autres blessés.', ['killed 9 | soldats', 'wounded 30 | soldats']],
    ["L'incendie a fait 7 morts, dont 3 enfants.", ['killed 7', 'killed 3 | enfants (civ)']],
    ['Deux enfants figurent parmi les victimes de la frappe.', ['killed 2 | enfants (civ)']],
    ['Les frappes ont tué 12 lundi, selon un médecin.', ['killed 12']],
    ['La DCA a abattu 2 drones au-dessus de la base.', []],
    ["L'attaque a fait 30 victimes, dont 12 morts et 18 blessés.", ['killed 30', 'killed 12', 'wounded 18']],
  ])('%s', (text, expected) => {
    expect(briefs(text, 'fr')).toEqual(expected);
  });
});

describe('casualties in English', () => {
  it.each([
    // exact counts, passive and nominal
    ['Twelve soldiers were killed near the dam on Thursday.', ['killed 12 | soldiers']],
    ['A soldier was killed at the checkpoint.', ['killed 1 | soldier']],
    ['Two children died when the shell hit their house.', ['killed 2 | children (civ)']],
    ['The storm of shelling left 75 dead in the old quarter.', ['killed 75']],
    ['Hospitals reported 1,200 injured after the blast.', ['wounded 1200']],
    ['Twenty-two militiamen lost their lives in the clashes.', ['killed 22 | militiamen']],
    ['One hundred and fifty bodies were recovered from the rubble.', ['killed 150']],
    ['Thirty-five killed and 60 wounded, the ministry said.', ['killed 35', 'wounded 60']],
    // qualifiers
    ['At least 12 Syrian soldiers were killed in the ambush.', ['killed 12- | Syrian soldiers']],
    ['No fewer than 8 guards were wounded in the assault.', ['wounded 8- | guards']],
    ['More than 100 civilians lost their lives in the siege.', ['killed 101- | civilians (civ)']],
    ['Over 40 fighters were captured during the operation.', ['captured 41- | fighters']],
    ['Nearly 50 villagers were abducted from their homes.', ['captured 45-50 ~ | villagers (civ)']],
    ['About 30 people were injured by flying glass.', ['wounded 30 ~ | people']],
    ['Some 300 people died in the camp over the winter.', ['killed 300 ~ | people']],
    ['Roughly 20 insurgents were killed, officials said.', ['killed 20 ~ | insurgents']],
    ['Up to 40 people may have been killed in the strike.', ['killed 1-40 ~ | people']],
    ['Between 10 and 15 troops were wounded in the attack.', ['wounded 10-15 | troops']],
    ['The raid left 10 to 15 dead, according to residents.', ['killed 10-15']],
    ['The strike killed an estimated 300 people.', ['killed 300 ~ | people']],
    // approximate quantities
    ['A dozen policemen were hurt in the riot.', ['wounded 12 ~ | policemen']],
    ['Dozens of civilians were killed in the air raids.', ['killed 24- ~ | civilians (civ)']],
    ['Scores of people were injured in the stampede.', ['wounded 40- ~ | people']],
    ['Hundreds of refugees were wounded when the camp was shelled.', ['wounded 200- ~ | refugees (civ)']],
    ['Several policemen were killed overnight.', ['killed 3- ~ | policemen']],
    ['A handful of troops were taken prisoner.', ['captured 3-6 ~ | troops']],
    // active voice
    ['The blast killed 22 people and wounded 150 others.', ['killed 22 | people', 'wounded 150 | people']],
    ['Gunmen killed three soldiers and two civilians at the market.', ['killed 3 | soldiers', 'killed 2 | civilians (civ)']],
    ['Insurgents killed 12 and wounded 30 in the town.', ['killed 12', 'wounded 30']],
    ['The explosion killed a policeman.', ['killed 1 | policeman']],
    ['A suicide bomber killed 12 worshippers and injured 30 more.', ['killed 12 | worshippers (civ)', 'wounded 30 | worshippers (civ)']],
    ['The death toll rose to 1,200 on Sunday.', ['killed 1200']],
    ['The attack left 40 dead and dozens wounded.', ['killed 40', 'wounded 24- ~']],
    // two counts, parts of a count
    ['Twelve people were killed, five of them civilians.', ['killed 12 | people', 'killed 5 | civilians (civ)']],
    ['Twelve people were killed, including five children.', ['killed 12 | people', 'killed 5 | children (civ)']],
    ['Three soldiers and two civilians were killed.', ['killed 3 | soldiers', 'killed 2 | civilians (civ)']],
    ['Four civilians were among the dead.', ['killed 4 | civilians (civ)']],
    ['A 40-year-old man was killed by a stray bullet.', ['killed 1 | 40-year-old man']],
    // an active verb after the subject is not a passive
    ['Two gunmen killed the guard.', []],
    ['3 soldiers killed the gunman.', []],
    // a bare count after an active verb must stand alone
    ['Air strikes killed 14 on Monday.', ['killed 14']],
    ['The patrol killed 3 sheep by mistake.', []],
  ])('%s', (text, expected) => {
    expect(briefs(text, 'en')).toEqual(expected);
  });
});

describe('numbers that are not casualties', () => {
  it.each([
    ['fr', "Les forces gouvernementales contrôlent 40 % de la ville depuis l'été."],
    ['fr', 'Le groupe a pris la ville en 2014 et la tient depuis.'],
    ['fr', 'Les combats ont repris le 3 novembre au matin.'],
    ['fr', 'Un homme de 40 ans a témoigné devant le tribunal.'],
    ['fr', 'Le pays a reçu 5 millions de dollars pour reconstruire les écoles.'],
    ['fr', "Les troupes se sont arrêtées à 30 km de la frontière."],
    ['fr', 'Trois chars détruits gisaient au bord de la route.'],
    ['fr', "2 000 soldats déployés dans le nord ont reçu l'ordre d'avancer."],
    ['fr', 'Le texte invoque la résolution 2254 du Conseil de sécurité.'],
    ['fr', '5 personnes ont été arrêtées après la manifestation.'],
    ['en', 'Government forces hold 40 percent of the city.'],
    ['en', 'The group seized the town in 2014 and has held it since.'],
    ['en', 'Fighting resumed on November 3 after a lull.'],
    ['en', 'A 40-year-old man told the court what he had seen.'],
    ['en', 'The council pledged $5 million to rebuild the schools.'],
    ['en', 'The convoy stopped 30 km from the border.'],
    ['en', 'Three tanks were destroyed in the attack.'],
    ['en', '2,000 troops were deployed to the north.'],
    ['en', 'The envoy cited resolution 2254 in his briefing.'],
    ['en', 'Police said 5 people were arrested after the protest.'],
    ['en', 'The strike killed 40 percent of the livestock.'],
  ])('%s: %s', (lang, text) => {
    expect(read(text, lang as 'fr' | 'en')).toEqual([]);
  });

  it('keeps the casualty count beside a date, an age and a distance', () => {
    expect(briefs('Le 3 novembre, à 30 km de la ville, 12 soldats ont été tués.', 'fr')).toEqual(['killed 12 | soldats']);
    expect(briefs('En 2014, 1 700 recrues ont été exécutées.', 'fr')).toEqual(['killed 1700 | recrues']);
    expect(briefs('In 48 hours, 9 people were killed in 2 separate attacks.', 'en')).toEqual(['killed 9 | people']);
  });
});

describe('victims and actors', () => {
  it('takes the actor of a mention that covers the victims noun', () => {
    const text = 'Au moins 12 soldats syriens ont été tués dans une embuscade.';
    const [c] = read(text, 'fr', [mention(text, 'soldats syriens', 'syr-army')]);
    expect(c?.victims).toMatchObject({ label: 'soldats syriens', actorId: 'syr-army', civilians: false });
  });

  it('reads a count whose victims noun ends an actor mention ("two British soldiers", "one U.S. soldier")', () => {
    const text = 'The blast killed two British soldiers and wounded one U.S. soldier near Basra.';
    const found = read(text, 'en', [mention(text, 'British soldiers', 'gbr-army'), mention(text, 'U.S. soldier', 'usa-army')]);
    expect(found.map(brief)).toEqual(['killed 2 | British soldiers', 'wounded 1 | U.S. soldier']);
    expect(found.map((c) => c.victims?.actorId)).toEqual(['gbr-army', 'usa-army']);
  });

  it('takes the actor named after the victims noun ("fighters of the Islamic State")', () => {
    const text = 'The raid killed 14 fighters of the Islamic State near the river.';
    const [c] = read(text, 'en', [mention(text, 'Islamic State', 'isis', 'non-state-armed-group')]);
    expect(c?.victims).toMatchObject({ label: 'fighters of the Islamic State', actorId: 'isis' });
  });

  it('takes the actor named before the victims noun ("IS fighters")', () => {
    const text = 'About 30 IS fighters were killed on Thursday.';
    const [c] = read(text, 'en', [mention(text, 'IS', 'isis', 'non-state-armed-group')]);
    expect(c).toMatchObject({ kind: 'killed', min: 30, max: 30, approximate: true });
    expect(c?.victims).toMatchObject({ label: 'IS fighters', actorId: 'isis', civilians: false });
  });

  it('takes the actor of "combattants de l\'EI" in a passive sentence', () => {
    const text = "Entre 10 et 15 combattants de l'EI ont été faits prisonniers.";
    const [c] = read(text, 'fr', [mention(text, "l'EI", 'isis', 'non-state-armed-group')]);
    expect(c).toMatchObject({ kind: 'captured', min: 10, max: 15, approximate: false });
    expect(c?.victims).toMatchObject({ label: "combattants de l'EI", actorId: 'isis' });
  });

  it('a civilians mention marks the victims as civilians', () => {
    const text = 'Five people were wounded in the market.';
    const [c] = read(text, 'en', [mention(text, 'people', 'civilians', 'civilians')]);
    expect(c?.victims).toMatchObject({ civilians: true, actorId: 'civilians' });
  });

  it('leaves actorId unset without a mention', () => {
    const [c] = read('Dozens of fighters were killed.', 'en');
    expect(c?.victims).toEqual({ label: 'fighters', civilians: false, span: { start: 10, end: 18 } });
  });
});

describe('spans and rules', () => {
  it('the count span runs from the qualifier to the casualty word; the victims span covers the noun phrase', () => {
    const text = 'Selon la police, au moins 12 soldats syriens ont été tués jeudi.';
    const [c] = read(text, 'fr');
    expect(c && text.slice(c.span.start, c.span.end)).toBe('au moins 12 soldats syriens ont été tués');
    expect(c?.victims?.span && text.slice(c.victims.span.start, c.victims.span.end)).toBe('soldats syriens');
  });

  it('an active count runs from the verb to the victims', () => {
    const text = 'The blast killed 22 people on Monday.';
    const [c] = read(text, 'en');
    expect(c && text.slice(c.span.start, c.span.end)).toBe('killed 22 people');
  });

  it('reads only inside the given span, with offsets into the whole text', () => {
    const text = 'Trois soldats ont été tués. Le lendemain, 8 civils ont été blessés.';
    const start = text.indexOf('Le lendemain');
    const found = findCasualties(text, { start, end: text.length }, loadCasualtyLexicon('fr'), []);
    expect(found.map(brief)).toEqual(['wounded 8 | civils (civ)']);
    expect(text.slice(found[0]?.span.start, found[0]?.span.end)).toBe('8 civils ont été blessés');
  });

  it('names the lexicon lines that read a count', () => {
    const [c] = read('Au moins 12 soldats ont été tués.', 'fr');
    expect(c?.rule).toMatch(/^after lexicons\/fr\/casualty-cues\.tsv:\d+ \+ lexicons\/fr\/casualty-qualifiers\.tsv:\d+$/);
  });

  it('builds no regular expression per call', () => {
    const lex = loadCasualtyLexicon('en');
    const text = 'According to the monitor, at least 12 Syrian soldiers and about 30 fighters were killed on Thursday near the town, 30 km from the border, while dozens of civilians were wounded by shelling from both sides.';
    const Original = globalThis.RegExp;
    let built = 0;
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args: [string | RegExp, string?]) {
        built++;
        return new target(...args);
      },
    });
    let found: Casualties[];
    try {
      found = findCasualties(text, { start: 0, end: text.length }, lex, []);
    } finally {
      globalThis.RegExp = Original;
    }
    expect(built).toBe(0);
    expect(found.map(brief)).toEqual(['killed 12- | Syrian soldiers', 'killed 30 ~ | fighters', 'wounded 24- ~ | civilians (civ)']);
  });
});

describe('loading the lexicon', () => {
  function root(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-casualties-'));
    mkdirSync(join(dir, 'lexicons', 'zz'), { recursive: true });
    for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, 'lexicons', 'zz', name), body);
    return dir;
  }

  it('gives an empty lexicon, and no counts, for a language without files', () => {
    const lex = loadCasualtyLexicon('xx');
    expect(lex.empty).toBe(true);
    expect(findCasualties('12 soldiers were killed.', { start: 0, end: 24 }, lex, [])).toEqual([]);
  });

  it('caches the lexicon per language', () => {
    expect(loadCasualtyLexicon('fr')).toBe(loadCasualtyLexicon('fr'));
  });

  it('a third language needs only data files', () => {
    const dir = root({
      'number-words.tsv': 'word\t3\ttres\nvague\t10-\tdecenas\n',
      'casualty-cues.tsv': 'after\tkilled\t(?:han\\s+)?muerto|muertos\npartitive\t-\tde\n',
      'casualty-victims.tsv': 'no\tsoldados?\nyes\tcivile?s\n',
    });
    const lex = loadCasualtyLexicon('zz', dir);
    const text = 'Tres soldados han muerto y decenas de civiles muertos.';
    expect(findCasualties(text, { start: 0, end: text.length }, lex, []).map(brief)).toEqual(['killed 3 | soldados', 'killed 10- ~ | civiles (civ)']);
  });

  it.each([
    ['casualty-cues.tsv', '# comment\nkilled\tafter\tmorts\n', /casualty-cues\.tsv:2: unknown role "killed"/],
    ['casualty-cues.tsv', 'after\tdead\tmorts\n', /casualty-cues\.tsv:1: .*killed, wounded or captured/],
    ['casualty-cues.tsv', 'after\tkilled\n', /casualty-cues\.tsv:1: missing forms/],
    ['casualty-cues.tsv', 'after\tkilled\tmorts(\n', /casualty-cues\.tsv:1: invalid regular expression/],
    ['casualty-cues.tsv', 'after\tkilled\t{aux}\\s+morts\n', /casualty-cues\.tsv:1: \{aux\} is not defined/],
    ['number-words.tsv', 'word\tdeux\tdeux\n', /number-words\.tsv:1: a word needs a whole number/],
    ['number-words.tsv', 'vague\t12-8\tune\\s+douzaine\n', /number-words\.tsv:1: min must be at least 1/],
    ['number-words.tsv', 'number\t2\tdeux\n', /number-words\.tsv:1: unknown kind "number"/],
    ['casualty-victims.tsv', 'maybe\tsoldats\n', /casualty-victims\.tsv:1: the first column must be yes, no or same/],
    ['casualty-qualifiers.tsv', 'roughly\tenviron\n', /casualty-qualifiers\.tsv:1: unknown qualifier "roughly"/],
    ['casualty-blockers.tsv', 'suffix\tkm\n', /casualty-blockers\.tsv:1: unknown role "suffix"/],
  ])('a malformed line of %s throws, naming file:line', (name, body, message) => {
    const dir = root({ [name]: body });
    expect(() => loadCasualtyLexicon('zz', dir)).toThrow(message);
  });
});
