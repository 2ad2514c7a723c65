import { describe, expect, it } from 'vitest';
import { actorsIn } from './make-doc.js';

// Sentences written for these tests about other 2014-2019 events.
describe('actor stage, French', () => {
  it.each([
    ['Les forces irakiennes ont repris Mossoul à Daech en juillet.', 'forces irakiennes', 'irq-army'],
    ['Les forces irakiennes ont repris Mossoul à Daech en juillet.', 'Daech', 'isis'],
    ["L'Etat islamique a revendiqué l'attentat.", 'Etat islamique', 'isis'],
    ["Selon l'OSDH, l'EI a perdu Raqqa.", "l'EI", 'isis'],
    ['Les FDS, appuyées par la coalition menée par les États-Unis, sont entrées dans Raqqa.', 'FDS', 'sdf'],
    ['Les FDS, appuyées par la coalition menée par les États-Unis, sont entrées dans Raqqa.', 'coalition menée par les États-Unis', 'us-coalition'],
    ['Les unités de la Mobilisation populaire ont repris Kirkouk aux peshmergas.', 'unités de la Mobilisation populaire', 'pmf'],
    ['Les unités de la Mobilisation populaire ont repris Kirkouk aux peshmergas.', 'peshmergas', 'peshmerga'],
    ['Seize soldats turcs ont été tués près d’Afrin.', 'soldats turcs', 'tur-army'],
    ['Le régime de Damas bombarde la Ghouta, où Jaïch al-Islam résiste.', 'régime de Damas', 'syr-government'],
    ['Le régime de Damas bombarde la Ghouta, où Jaïch al-Islam résiste.', 'Jaïch al-Islam', 'jaish-al-islam'],
    ["Les pasdarans et l'aviation russe ont frappé Alep.", 'pasdarans', 'irgc'],
    ["Les pasdarans et l'aviation russe ont frappé Alep.", 'aviation russe', 'rus-air-force'],
    ['Washington a annoncé des frappes.', 'Washington', 'usa'],
    ['Les combattants du PKK et des YPG se sont repliés.', 'combattants du PKK', 'pkk'],
    ['Les combattants du PKK et des YPG se sont repliés.', 'YPG', 'ypg'],
    ['Les CGRI et le Hezbollah combattent près de Deraa.', 'CGRI', 'irgc'],
    ['Des rebelles syriens soutenus par Ankara sont entrés à Afrin.', 'rebelles syriens', 'group:rebels:SYR'],
    ['Des rebelles syriens soutenus par Ankara sont entrés à Afrin.', 'Ankara', 'tur'],
  ])('%s → "%s" is %s', (sentence, surface, id) => {
    expect(actorsIn(sentence).filter((f) => f.text === surface).map((f) => f.actorId)).toContain(id);
  });

  it('resolves a bare "le régime" by the focus country', () => {
    const found = actorsIn("L'armée irakienne avance. Le gouvernement irakien l'a annoncé. Le régime nie.");
    expect(found.find((f) => f.text === 'Le régime')?.actorId).toBe('irq-government');
  });

  it('lets a qualifier beside a bare description beat the focus', () => {
    const found = actorsIn("L'armée syrienne avance ; l'armée libanaise aussi. Puis l'armée recule.");
    expect(found.find((f) => f.text === "l'armée")?.actorId).toBe('syr-army');
    expect(found.find((f) => f.text === 'armée libanaise')?.actorId).toBe('lbn-army');
  });

  it('leaves a bare description unresolved when no country is in sight', () => {
    const [army] = actorsIn("L'armée a annoncé la prise de la ville.");
    expect(army).toMatchObject({ actorId: 'generic:army', mention: { generic: true } });
    expect(army?.mention.rule).toMatch(/;focus=none$/);
  });

  it('finds an unknown spokesperson from the role pattern', () => {
    const found = actorsIn('Selon le porte-parole des FDS, Moustafa Bali, la ville est tombée.');
    expect(found.find((f) => f.text === 'Moustafa Bali')?.mention).toMatchObject({
      actorId: 'person:moustafa-bali',
      actorType: 'person',
      personRole: 'spokesperson',
      affiliation: 'sdf',
    });
  });

  it('lowers confidence for a name used outside its validity dates', () => {
    const [nusra2013] = actorsIn('Le Front al-Nosra a pris la ville.', 'fr', '2014-03');
    const [nusra2018] = actorsIn('Le Front al-Nosra a pris la ville.', 'fr', '2018-03');
    expect(nusra2013?.actorId).toBe('al-nusra');
    expect(nusra2018?.mention.rule).toMatch(/;outside-validity$/);
    expect(nusra2018!.mention.confidence).toBeLessThan(nusra2013!.mention.confidence);
  });

  it('donne à une description après un possessif le camp nommé avant elle dans la phrase (« ses troupes »)', () => {
    const found = actorsIn("L'armée turque a annoncé que ses troupes avaient franchi la frontière.", 'fr', '2019-10-10');
    expect(found.find((f) => f.text === 'troupes')?.actorId).toBe('tur-army');
  });

  it('reads "militaires" as soldiers after a determiner or a number, never as the adjective after a noun', () => {
    expect(actorsIn('Trois militaires tchadiens et des militaires maliens sont arrivés.', 'fr').map((f) => f.text)).toEqual(['militaires tchadiens', 'militaires maliens']);
    expect(actorsIn('Des manœuvres militaires et des opérations militaires ont commencé.', 'fr')).toEqual([]);
  });
});

