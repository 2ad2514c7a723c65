import { describe, expect, it } from 'vitest';
import { codeActor } from '../../src/eval/claims/actor-codes.js';
import { actorsIn, lexicon, type Found } from './make-doc.js';

/** The gold-space code of a mention, as the claims evaluation computes it (persons through their affiliation). */
function coded(f: Found): string {
  const m = f.mention;
  const c = codeActor({ actorId: m.actorId, label: m.label, actorType: m.actorType, ...(m.affiliation ? { affiliation: m.affiliation } : {}), ...(m.nationality ? { nationality: m.nationality } : {}) }, (id) => lexicon.get(id));
  return c ? `${c.code}${c.sector ?? ''}` : '-';
}

const find = (sentence: string, lang: string, surface: string, date = '2001-06'): Found | undefined =>
  actorsIn(sentence, lang, date).find((f) => f.text === surface);

// Sentences written for these tests; none is taken from a news report.
describe('actors anywhere in the world: countries, capitals, groups, persons, IGOs', () => {
  it.each([
    // countries acting as a whole
    ['en', 'Hungary promised to support the new border plan.', 'Hungary', 'hun', 'HUNGOV'],
    ['en', 'Bolivia and Peru signed a water accord on Tuesday.', 'Peru', 'per', 'PERGOV'],
    ['en', 'The United States warned Venezuela against any incursion.', 'Venezuela', 'ven', 'VENGOV'],
    ['en', 'Britain recalled its envoy after the incident.', 'Britain', 'gbr', 'GBRGOV'],
    ['en', 'America and Canada held talks over the weekend.', 'America', 'usa', 'USAGOV'],
    ['en', 'Ivory Coast closed its northern crossings.', 'Ivory Coast', 'civ', 'CIVGOV'],
    ['en', 'The Palestinian Authority rejected the offer.', 'Palestinian Authority', 'pse', 'PSEGOV'],
    ['en', 'Taiwan protested against the manoeuvres.', 'Taiwan', 'twn', 'TWNGOV'],
    ['en', 'Puerto Rico asked for federal help.', 'Puerto Rico', 'pri', 'USAGOV'],
    ['fr', 'La Hongrie a promis de soutenir le plan.', 'Hongrie', 'hun', 'HUNGOV'],
    ['fr', 'Le Sénégal et la Gambie ont rouvert leur frontière commune.', 'Gambie', 'gmb', 'GMBGOV'],
    ['fr', 'Le Royaume-Uni a rappelé son ambassadeur.', 'Royaume-Uni', 'gbr', 'GBRGOV'],
    ['fr', "La Côte d'Ivoire a fermé ses postes du nord.", "Côte d'Ivoire", 'civ', 'CIVGOV'],
    // capitals and seats of government as metonyms
    ['en', 'Beijing rejected the complaint on Monday.', 'Beijing', 'chn', 'CHNGOV'],
    ['en', 'Kyiv and Warsaw agreed on a new rail link.', 'Warsaw', 'pol', 'POLGOV'],
    ['en', 'The Kremlin dismissed the report as fiction.', 'Kremlin', 'rus', 'RUSGOV'],
    ['fr', 'Pékin a rejeté la plainte lundi.', 'Pékin', 'chn', 'CHNGOV'],
    ['fr', "L'Élysée a démenti toute rencontre.", 'Élysée', 'fra', 'FRAGOV'],
    ['fr', 'Londres a convoqué le chargé d’affaires.', 'Londres', 'gbr', 'GBRGOV'],
    // nationality + sector nouns
    ['en', 'Senior Hungarian officials met their counterparts.', 'Senior Hungarian officials', 'hun', 'HUNGOV'],
    ['en', 'A Jordanian official denied the claim.', 'Jordanian official', 'jor', 'JORGOV'],
    ['en', 'Egyptian police dispersed the crowd with water cannon.', 'Egyptian police', 'group:COP:EGY', 'EGYCOP'],
    ['en', 'Chilean soldiers guarded the mine.', 'Chilean soldiers', 'group:soldiers:CHL', 'CHLMIL'],
    ['en', 'Iraqi civilians fled the shelling.', 'Iraqi civilians', 'group:CVL:IRQ', 'IRQCVL'],
    ['en', 'Somali refugees crossed into the camp.', 'Somali refugees', 'group:REF:SOM', 'SOMREF'],
    ['en', 'Kenyan students marched to parliament.', 'Kenyan students', 'group:EDU:KEN', 'KENEDU'],
    ['en', 'Peruvian farmers blocked the highway.', 'Peruvian farmers', 'group:AGR:PER', 'PERAGR'],
    ['en', 'Nepalese journalists protested the arrests.', 'Nepalese journalists', 'group:JRN:NPL', 'NPLJRN'],
    ['en', 'Malian doctors went on strike.', 'Malian doctors', 'group:MED:MLI', 'MLIMED'],
    ['en', 'Thai protesters occupied the airport.', 'Thai protesters', 'group:CVL:THA', 'THACVL'],
    ['en', 'The Ukrainian parliament voted on the bill.', 'Ukrainian parliament', 'group:LEG:UKR', 'UKRLEG'],
    ['en', 'A Kenyan court ordered the release.', 'Kenyan court', 'group:JUD:KEN', 'KENJUD'],
    ['en', 'Colombian rebels freed two hostages.', 'Colombian rebels', 'group:rebels:COL', 'COLREB'],
    ['en', 'Greek intelligence officials met the delegation.', 'Greek intelligence officials', 'group:SPY:GRC', 'GRCSPY'],
    ['en', 'The Hungarian army held exercises near the border.', 'Hungarian army', 'group:MIL:HUN', 'HUNMIL'],
    ['en', 'Israeli troops entered the village.', 'Israeli troops', 'isr-army', 'ISRMIL'],
    ['en', 'Israeli tanks shelled the outskirts.', 'Israeli tanks', 'isr-army', 'ISRMIL'],
    ['en', 'Ivory Coast rebels refused the proposal.', 'Ivory Coast rebels', 'group:rebels:CIV', 'CIVREB'],
    ['en', "Poland's parliament demanded an apology.", "Poland's parliament", 'group:LEG:POL', 'POLLEG'],
    ['en', 'Rebels in Chad seized a garrison town.', 'Rebels', 'group:rebels:TCD', 'TCDREB'],
    ['fr', 'Les autorités turques ont fermé le poste-frontière.', 'autorités turques', 'tur', 'TURGOV'],
    ['fr', 'Un responsable américain a démenti.', 'responsable américain', 'usa', 'USAGOV'],
    ['fr', 'Des policiers égyptiens ont dispersé la foule.', 'policiers égyptiens', 'group:COP:EGY', 'EGYCOP'],
    ['fr', 'Des civils irakiens ont fui les combats.', 'civils irakiens', 'group:CVL:IRQ', 'IRQCVL'],
    ['fr', 'Des réfugiés soudanais sont arrivés au camp.', 'réfugiés soudanais', 'group:REF:SDN', 'SDNREF'],
    ['fr', "L'armée hongroise a mené des exercices.", "L'armée hongroise", 'group:MIL:HUN', 'HUNMIL'],
    ['fr', 'Le parlement roumain a voté la loi.', 'parlement roumain', 'group:LEG:ROU', 'ROULEG'],
    ['fr', 'La justice française a ouvert une enquête.', 'justice française', 'group:JUD:FRA', 'FRAJUD'],
    ['fr', 'Des étudiants kényans ont manifesté.', 'étudiants kényans', 'group:EDU:KEN', 'KENEDU'],
    ['fr', 'Les gendarmes maliens ont arrêté deux suspects.', 'gendarmes maliens', 'group:COP:MLI', 'MLICOP'],
    ['fr', 'La diplomatie française a salué l’accord.', 'diplomatie française', 'fra', 'FRAGOV'],
    ['fr', 'Des rebelles en Côte d’Ivoire ont attaqué une caserne.', 'rebelles', 'group:rebels:CIV', 'CIVREB'],
    // international organisations
    ['en', 'NATO warned of a long campaign.', 'NATO', 'nato', 'IGO'],
    ['en', 'The European Union imposed new sanctions.', 'European Union', 'eu', 'IGO'],
    ['en', 'The Arab League called an emergency meeting.', 'Arab League', 'arab-league', 'IGO'],
    ['en', 'The IAEA sent inspectors to the plant.', 'IAEA', 'iaea', 'IGO'],
    ['en', 'The Security Council extended the mandate.', 'Security Council', 'un-security-council', 'IGOGOV'],
    ['en', 'UN peacekeepers patrolled the buffer zone.', 'UN peacekeepers', 'un-peacekeepers', 'IGOMIL'],
    ['fr', "L'OTAN a averti d'une longue campagne.", 'OTAN', 'nato', 'IGO'],
    ['fr', "L'UE a imposé de nouvelles sanctions.", 'UE', 'eu', 'IGO'],
    ['fr', 'La Ligue arabe a convoqué une réunion.', 'Ligue arabe', 'arab-league', 'IGO'],
    ['fr', 'Le CICR a visité les détenus.', 'CICR', 'icrc', 'IGO'],
    ['fr', "Le FMI a débloqué un prêt.", 'FMI', 'imf', 'IGO'],
    // armed groups outside Syria and Iraq
    ['en', 'The Taliban claimed the ambush.', 'Taliban', 'taliban', 'AFGREB'],
    ['fr', 'Les shebab ont revendiqué l’attaque.', 'shebab', 'al-shabaab', 'SOMREB'],
  ])('%s: %s → "%s" is %s (%s)', (lang, sentence, surface, id, code) => {
    const f = find(sentence, lang, surface);
    expect(f?.actorId, actorsIn(sentence, lang).map((x) => `${x.text}→${x.actorId}`).join('; ')).toBe(id);
    expect(coded(f as Found)).toBe(code);
  });
});

describe('persons introduced by a title and a nationality', () => {
  it.each([
    ['en', 'Israeli Prime Minister Ehud Barak arrived in Cairo.', 'Israeli Prime Minister Ehud Barak', 'ISRGOV', 'prime minister'],
    ['en', 'U.S. Secretary of State Warren Christopher met him.', 'U.S. Secretary of State Warren Christopher', 'USAGOV', undefined],
    ['en', 'Russian Foreign Minister Andrei Kozyrev flew home.', 'Russian Foreign Minister Andrei Kozyrev', 'RUSGOV', 'foreign minister'],
    ['en', 'King Hassan of Morocco received the envoy.', 'King Hassan', 'MARGOV', 'king'],
    ['en', 'President Francois Mitterrand opened the summit.', 'President Francois Mitterrand', 'FRAGOV', undefined],
    ['en', 'Gen. Amadou Sow, the Malian army chief, resigned.', 'Amadou Sow', 'MLIMIL', 'army chief'],
    ['en', 'Nicolas Dupont, the French ambassador, was summoned.', 'Nicolas Dupont', 'FRAGOV', 'ambassador'],
    ['en', 'Serbian Labour Minister Milan Petrov signed the decree.', 'Serbian Labour Minister Milan Petrov', 'SRBGOV', 'minister'],
    ['en', 'President Mugabe addressed the rally.', 'President Mugabe', 'ZWEGOV', 'president'],
    // first and last name of a leader whose full name has more in between ("Omar Hassan Ahmad al Bashir")
    ['en', 'President Omar El Bashir lifted the curfew.', 'President Omar El Bashir', 'SDNGOV', 'president'],
    ['fr', 'Le Premier ministre israélien Ehud Barak est arrivé.', 'Premier ministre israélien Ehud Barak', 'ISRGOV', 'prime minister'],
    ['fr', 'Le ministre turc des Affaires étrangères, Ali Demir, a démenti.', 'ministre turc des Affaires étrangères, Ali Demir', 'TURGOV', 'minister'],
    ['fr', 'Le président François Mitterrand a ouvert le sommet.', 'président François Mitterrand', 'FRAGOV', undefined],
    ['fr', 'Le général malien Amadou Sow a démissionné.', 'général malien Amadou Sow', 'MLIMIL', 'general'],
  ])('%s: %s → "%s" (%s)', (lang, sentence, surface, code, role) => {
    const f = find(sentence, lang, surface, '1995-06');
    expect(f?.mention.actorType, actorsIn(sentence, lang, '1995-06').map((x) => `${x.text}→${x.actorId}`).join('; ')).toBe('person');
    expect(coded(f as Found)).toBe(code);
    if (role) expect(f?.mention.personRole).toBe(role);
  });

  it('keeps one mention for a title and its person', () => {
    expect(actorsIn('Russian President Boris Yeltsin hosted the talks.', 'en', '1997-11').map((f) => f.text)).toEqual(['Russian President Boris Yeltsin']);
  });

  it('leaves organisation roles to the organisation patterns ("SDF official", "porte-parole des FDS")', () => {
    const a = actorsIn('An SDF official said the town was retaken.', 'en');
    expect(a.map((f) => [f.text, f.actorId])).toEqual([['SDF', 'sdf']]);
    const b = actorsIn('Talal Silo, porte-parole des FDS, a confirmé.', 'fr');
    expect(b.find((f) => f.text === 'Talal Silo')?.mention).toMatchObject({ affiliation: 'sdf' });
  });
});

describe('what is not an actor', () => {
  it.each([
    ['en', 'The convoy crossed the Syrian desert at night.'],
    ['en', 'Shells fell near the Turkish border.'],
    ['en', 'They swam in the Jordan River.'],
    ['en', 'The harvest in the Jordan Valley was lost.'],
    ['en', 'The London-based group published a map.'],
    ['en', 'The weather in Tehran was mild.'],
    ['en', 'He moved to Latin America.'],
    ['en', 'The General Sessions Court adjourned.'],
    ['en', 'We polish the brass every week.'],
    ['fr', 'Le convoi a traversé le désert syrien.'],
    ['fr', 'Des obus sont tombés près de la frontière turque.'],
    ['fr', 'Il a déménagé en Amérique latine.'],
    ['fr', 'Maurice Dupont a ouvert une boulangerie.'],
  ])('%s: %s', (lang, sentence) => {
    expect(actorsIn(sentence, lang).map((f) => `${f.text}→${f.actorId}`)).toEqual([]);
  });

  it('reads a capital as a place after a locative and as the state otherwise', () => {
    expect(actorsIn('The talks were held in Moscow.', 'en')).toEqual([]);
    expect(actorsIn('Moscow rejected the offer.', 'en').map((f) => f.actorId)).toEqual(['rus']);
    const [m] = actorsIn('Moscow rejected the offer.', 'en');
    expect(m?.mention.rule).toMatch(/actor-aliases\.tsv:\d+$/);
  });

  it('gives "Jordan" the country when it acts, and nothing for the river', () => {
    expect(actorsIn('Jordan closed its embassy.', 'en').map((f) => f.actorId)).toEqual(['jor']);
    expect(actorsIn('The River Jordan flooded.', 'en')).toEqual([]);
  });
});

describe('the world lexicon', () => {
  it('has every ISO 3166 country as a state, old ids kept', () => {
    const states = [...lexicon.entries.values()].filter((e) => e.type === 'state' && e.source === 'cldr:countries');
    expect(states.length).toBeGreaterThan(230);
    for (const [iso3, id] of [['SYR', 'syr-government'], ['IRQ', 'irq-government'], ['RUS', 'rus'], ['USA', 'usa'], ['HUN', 'hun'], ['PSE', 'pse'], ['TWN', 'twn'], ['KOS', 'kos']]) {
      expect(lexicon.forFocus(iso3 as string, 'government')?.id).toBe(id);
    }
    expect(lexicon.iso3('HU')).toBe('HUN');
    expect(lexicon.get('pri')?.partOf).toBe('usa');
  });

  it('loads the Phoenix leaders with their terms in office', () => {
    expect(lexicon.get('person:robert-mugabe')).toMatchObject({ type: 'person', country: 'ZWE', partOf: 'zwe' });
    expect(lexicon.persons.get('person:francois-mitterrand')).toMatchObject({ validFrom: '1981-05-21', validTo: '1995-05-17' });
    expect(lexicon.bySurname('mugabe')).toContain('person:robert-mugabe');
  });
});
