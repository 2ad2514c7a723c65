import { describe, expect, it } from 'vitest';
import { actorsIn } from './make-doc.js';

const rsf = (text: string, lang: 'en' | 'fr' = 'en') => actorsIn(text, lang, '2023-12').filter((f) => f.text === 'RSF').map((f) => f.actorId);

describe('an alias with several readings takes the one the report supports', () => {
  it('reads "RSF" as Sudan’s Rapid Support Forces in a report naming them or Sudan', () => {
    expect(rsf('The Rapid Support Forces attacked El Fasher. The RSF said it had seized the airport.')).toEqual(['rsf-sudan']);
    expect(rsf('The RSF took Wad Madani on Monday, the Sudanese army said.')).toEqual(['rsf-sudan']);
    expect(rsf('Fighting between the army and the RSF spread across Sudan.')).toEqual(['rsf-sudan']);
  });

  it('reads it as Reporters Without Borders when the report names them, even in a report on Sudan', () => {
    expect(rsf('RSF said two journalists were killed in Khartoum, Sudan. Reporters Without Borders called for an inquiry.')).toEqual(['rsf-reporters']);
    expect(rsf('Reporters sans frontières (RSF) a dénoncé lundi l’arrestation de trois journalistes.', 'fr')).toEqual(['rsf-reporters']);
  });

  it('names nobody when the report gives no support or supports both equally', () => {
    expect(rsf('The RSF took control of the town on Monday.')).toEqual([]);
    expect(rsf('The Rapid Support Forces and Reporters Without Borders both issued statements; the RSF spoke first.')).toEqual([]);
  });
});
