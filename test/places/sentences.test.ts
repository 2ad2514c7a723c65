import { beforeAll, describe, expect, it } from 'vitest';
import { placeStage, places } from './helpers.js';

beforeAll(() => {
  placeStage();
}, 120_000);

interface Case {
  lang: string;
  text: string;
  expect: [string, string][];
  absent?: string[];
}

const cases: Case[] = [
  {
    lang: 'en',
    text: 'Iraqi forces retook Tal Afar, west of Mosul, on Thursday.',
    expect: [
      ['Tal Afar', 'gn:90393'],
      ['Mosul', 'gn:99072'],
    ],
    absent: ['Iraqi', 'Thursday'],
  },
  { lang: 'en', text: 'SDF fighters captured Raqqa after months of fighting.', expect: [['Raqqa', 'gn:172955']], absent: ['SDF'] },
  {
    lang: 'en',
    text: 'Clashes were reported near Kirkuk and in Anbar province, while Hawija stayed under Islamic State control.',
    expect: [
      ['Kirkuk', 'gn:94787'],
      ['Anbar', 'adm1:IQ.01'],
      ['Hawija', 'gn:390188'],
    ],
    absent: ['Islamic'],
  },
  {
    lang: 'en',
    text: 'Arab and Kurdish fighters backed by the United States pushed along the Euphrates River towards Deir ez-Zor.',
    expect: [
      ['United States', 'country:US'],
      ['Euphrates River', 'cur:euphrates'],
      ['Deir ez-Zor', 'gn:170794'],
    ],
    absent: ['Arab', 'Kurdish'],
  },
  {
    lang: 'en',
    text: 'The tsunami struck the southern coast of the Indonesian island of Java, while aid reached Aceh on Sumatra.',
    expect: [
      ['Java', 'cur:java'],
      ['Sumatra', 'cur:sumatra'],
    ],
    absent: ['Indonesian'],
  },
  {
    lang: 'fr',
    text: "Les forces irakiennes ont repris Mossoul en juillet. À Raqqa, les Forces démocratiques syriennes ont chassé l'EI.",
    expect: [
      ['Mossoul', 'gn:99072'],
      ['Raqqa', 'gn:172955'],
    ],
    absent: ['À Raqqa', 'Forces', 'EI'],
  },
  {
    lang: 'fr',
    text: "Selon l'OSDH, des combats ont eu lieu près de Manbij, dans la province d'Alep, et à l'ouest de Mossoul.",
    expect: [
      ['Manbij', 'gn:167357'],
      ['Alep', 'adm1:SY.09'],
      ['Mossoul', 'gn:99072'],
    ],
    absent: ['Selon', 'OSDH'],
  },
  {
    lang: 'fr',
    text: "L'Irak et la Syrie partagent une frontière; l’armée est entrée dans l’Irak voisin, puis aux États-Unis.",
    expect: [
      ['Irak', 'country:IQ'],
      ['Syrie', 'country:SY'],
      ['États-Unis', 'country:US'],
    ],
  },
];

describe.each(cases)('$lang: $text', (c) => {
  it('finds and resolves the places', () => {
    const found = places(c.text, c.lang);
    for (const [surface, id] of c.expect) {
      expect(found.find((f) => f.text === surface)?.placeId, surface).toBe(id);
    }
    for (const s of c.absent ?? []) expect(found.some((f) => f.text === s), s).toBe(false);
  });
});

describe('cues', () => {
  it('marks "près de" as near-locality and "province of" as admin-1', () => {
    const fr = places('Des tirs ont visé un convoi près de Boukamal.', 'fr')[0];
    expect(fr?.mention.relation).toBe('near');
    expect(fr?.mention.precision).toBe('near-locality');
    const en = places('Fighting continued in the province of Deir ez-Zor.', 'en')[0];
    expect(en?.placeId).toBe('adm1:SY.07');
    expect(en?.mention.precision).toBe('admin1');
  });

  it('keeps one sense per report for the same name and cue', () => {
    const found = places('Rawa est tombée. Les habitants de Rawa, près de la frontière irakienne, ont fui Rawa.', 'fr');
    const rawa = found.filter((f) => f.text === 'Rawa' && !f.mention.cue);
    expect(new Set(rawa.map((f) => f.placeId))).toEqual(new Set(['gn:92004']));
  });
});
