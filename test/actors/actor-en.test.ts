import { describe, expect, it } from 'vitest';
import { actorsIn } from './make-doc.js';

describe('actor stage, English', () => {
  it.each([
    ['Iraqi forces backed by the US-led coalition retook Mosul from IS.', 'Iraqi forces', 'irq-army'],
    ['Iraqi forces backed by the US-led coalition retook Mosul from IS.', 'US-led coalition', 'us-coalition'],
    ['Iraqi forces backed by the US-led coalition retook Mosul from IS.', 'IS', 'isis'],
    ['ISIL and ISIS are the same group as Daesh.', 'ISIL', 'isis'],
    ['ISIL and ISIS are the same group as Daesh.', 'Daesh', 'isis'],
    ['IS fighters fled towards Tal Afar.', 'IS fighters', 'isis'],
    ['Fighters of the Islamic State attacked the town.', 'Fighters of the Islamic State', 'isis'],
    ['Lebanese Hezbollah fought near Qusayr.', 'Lebanese Hezbollah', 'hezbollah'],
    ['Hizballah and the IRGC sent advisers.', 'Hizballah', 'hezbollah'],
    ['Hizballah and the IRGC sent advisers.', 'IRGC', 'irgc'],
    ['Popular Mobilization Units and the Hashd al-Shaabi entered Kirkuk.', 'Popular Mobilization Units', 'pmf'],
    ['Popular Mobilization Units and the Hashd al-Shaabi entered Kirkuk.', 'Hashd al-Shaabi', 'pmf'],
    ['The SAA and regime forces encircled Eastern Ghouta.', 'SAA', 'syr-army'],
    ['Russian warplanes struck Idlib, the Syrian Observatory said.', 'Russian warplanes', 'rus-air-force'],
    ['Russian warplanes struck Idlib, the Syrian Observatory said.', 'Syrian Observatory', 'sohr'],
    ['Turkish troops and the Free Syrian Army entered Afrin.', 'Turkish troops', 'tur-army'],
    ['Kurdish and Arab fighters advanced on Raqqa.', 'Kurdish and Arab fighters', 'group:fighters:kurdish+arab'],
    ['Iraqi militiamen crossed the border.', 'Iraqi militiamen', 'group:militia:IRQ'],
    ['Russian soldiers guarded the base.', 'Russian soldiers', 'rus-army'],
    ['US soldiers guarded the base.', 'US soldiers', 'usa-army'],
    ['SOHR director Rami Abdulrahman told AFP.', 'Rami Abdulrahman', 'person:rami-abdel-rahmane'],
    ['The Peshmerga and the Iraqi army clashed near Kirkuk.', 'Iraqi army', 'irq-army'],
    // A capital that acts stands for its state.
    ['Beirut rejected the proposal on Sunday.', 'Beirut', 'lbn'],
  ])('%s → "%s" is %s', (sentence, surface, id) => {
    expect(actorsIn(sentence, 'en').filter((f) => f.text === surface).map((f) => f.actorId)).toContain(id);
  });

  it('gives no state to a capital that is also another country\'s city', () => {
    // Tripoli is Libya's capital and a port of Lebanon: "militias in Tripoli" are nobody's in particular.
    const found = actorsIn('Rival militias clashed in Tripoli.', 'en');
    expect(found.map((f) => f.actorId).filter((id) => /lby|LBY/.test(id))).toEqual([]);
    expect(found.map((f) => f.text)).toContain('militias');
  });

  it('resolves "the army" and "government forces" to the focus country', () => {
    const found = actorsIn('Iraqi troops and the Iraqi Counter-Terrorism Service pushed on. The army said government forces held Mosul.', 'en');
    expect(found.find((f) => f.text === 'The army')?.actorId).toBe('irq-army');
    expect(found.find((f) => f.text === 'government forces')?.actorId).toBe('irq-army');
  });

  it('finds persons in "<org> <role> <Name>" and "<Name>, <role> of <org>"', () => {
    const a = actorsIn('Hezbollah commander Ali Hassan Khalil was killed.', 'en');
    expect(a.find((f) => f.text === 'Ali Hassan Khalil')?.mention).toMatchObject({ personRole: 'commander', affiliation: 'hezbollah' });
    const b = actorsIn('Talal Silo, spokesman of the SDF, confirmed it.', 'en');
    expect(b.find((f) => f.text === 'Talal Silo')?.mention).toMatchObject({ personRole: 'spokesperson', affiliation: 'sdf' });
  });

  it('places a titled person the lexicon does not know in the focus country, only when the focus is clear', () => {
    const mali = actorsIn('Malian soldiers and the Malian army detained officials. Interim President Bah Ndaw resigned.', 'en');
    expect(mali.find((f) => f.text.endsWith('Bah Ndaw'))?.mention).toMatchObject({ nationality: 'MLI', affiliation: 'mli' });
    const mixed = actorsIn('French soldiers and Malian soldiers met Russian troops and Turkish troops. Interim President Bah Ndaw resigned.', 'en');
    expect(mixed.find((f) => f.text.endsWith('Bah Ndaw'))?.mention.nationality).toBeUndefined();
    // With no country to give, the title still says whom the person acts for: a government of no country.
    expect(mixed.find((f) => f.text.endsWith('Bah Ndaw'))?.mention.affiliation).toBe('group:GOV');
    const general = actorsIn('General Birame Diop spoke on television.', 'en');
    expect(general.find((f) => f.text.endsWith('Birame Diop'))?.mention.affiliation).toBe('group:MIL');
  });

  it('reads a country named as a place right before a head as whose people they are ("the right of Russia troops")', () => {
    const found = actorsIn('Washington defended the right of Russia troops to patrol in Azerbaijan.', 'en');
    expect(found.find((f) => f.text === 'Russia troops')?.mention.actorId).toBe('rus-army');
  });

  it('reads a longer council name as its own body, not the UN Security Council', () => {
    const krsc = actorsIn('More than 1,000 fighters surrendered, the Kurdistan Region Security Council said.', 'en');
    expect(krsc.map((f) => f.actorId)).not.toContain('un-security-council');
    expect(actorsIn('The Security Council met on Friday.', 'en').map((f) => f.actorId)).toContain('un-security-council');
  });

  it('tries every language when the report language is unknown', () => {
    const found = actorsIn("L'OSDH and the SDF", 'und');
    expect(found.map((f) => f.actorId)).toEqual(['sohr', 'sdf']);
  });
});

describe('actor stage, English: who backs a group is not its nationality', () => {
  it('reads "Iranian-backed militias" and "pro-Russian separatists" with no country of their own', () => {
    const backed = actorsIn('Iranian-backed militias attacked a US outpost in Jordan.', 'en', '2024-01-28');
    expect(backed.map((f) => [f.text, f.actorId])).toContainEqual(['Iranian-backed militias', 'group:militia']);
    const pro = actorsIn('Pro-Russian separatists shelled Mariupol.', 'en', '2014-09-06');
    expect(pro.map((f) => [f.text, f.actorId])).toContainEqual(['Pro-Russian separatists', 'group:REB']);
    // A nationality of the group's own after the backer's still counts.
    const own = actorsIn('Turkish-backed Syrian rebels attacked Kurdish fighters near Manbij.', 'en', '2019-10-14');
    expect(own.map((f) => f.actorId)).toContain('group:rebels:SYR');
  });
});

describe('actor stage, English descriptions of a named group', () => {
  it('reads "Kurdish and Arab fighters of the SDF" as the SDF', () => {
    const found = actorsIn('Kurdish and Arab fighters of the SDF entered Raqqa.', 'en');
    expect(found.map((f) => [f.text, f.actorId])).toEqual([['Kurdish and Arab fighters of the SDF', 'sdf']]);
  });

  it('gives a known person the side of their role only for the dates of that role', () => {
    const now = actorsIn('Ismail Haniyeh spoke in Doha.', 'en', '2023-11-02');
    expect(now.find((f) => f.actorId === 'person:ismail-haniyeh')?.mention.affiliation).toBe('hamas');
    // In 2006 he led the Palestinian government: the title says so, the lexicon's later role does not apply.
    const then = actorsIn('Palestinian Prime Minister Ismail Haniyeh spoke in Gaza.', 'en', '2006-04-01');
    const pm = then.find((f) => f.actorId === 'person:ismail-haniyeh')?.mention;
    expect(pm?.affiliation).toBeDefined();
    expect(pm?.affiliation).not.toBe('hamas');
  });

  it('reads a civilian named by a title as a person of that sector', () => {
    const found = actorsIn('Russian authorities detained American journalist Evan Gershkovich.', 'en', '2023-03-30');
    const person = found.find((f) => f.text.endsWith('Evan Gershkovich'));
    expect(person?.mention.actorType).toBe('person');
    expect(person?.mention.personRole).toBe('journalist');
  });

  it("gives a description after a possessive the side named before it in its sentence ('his troops')", () => {
    const found = actorsIn('Russian Defence Minister Sergei Shoigu ordered his troops to withdraw from Kherson.', 'en', '2022-11-09');
    expect(found.find((f) => f.text === 'troops')?.actorId).toBe('rus-army');
    // No owner in the sentence: the description stays bare.
    const bare = actorsIn('The rebels regrouped. Their fighters fled.', 'en', '2022-11-09');
    expect(bare.find((f) => f.text === 'fighters')?.mention.nationality).toBeUndefined();
  });
});

