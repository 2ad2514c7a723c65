import { describe, expect, it } from 'vitest';
import { shapes } from './run-text.js';

// Sentences written for this test about real events (Syria, 2016; Macedonia, 2001; Croatia, 1995; Congo, 1998).
describe('ground a side holds, struck ("shelled rebel-held areas of Aleppo")', () => {
  it('keeps the place after the holder participle and makes the holder the target', () => {
    expect(shapes('Syrian government forces shelled rebel-held areas of Aleppo on Sunday.', 'en', '2016-01-10')[0]).toMatchObject({ type: 'shelling', agent: 'syr-army', target: 'group:rebels', place: 'gn:170063' });
    expect(shapes('Russian jets bombed IS-held villages near Palmyra.', 'en', '2016-01-10')[0]).toMatchObject({ type: 'airstrike', target: 'isis', place: 'gn:163808' });
  });

  it('reads the holder from a side word with its nationality, or from a nationality alone', () => {
    expect(shapes('Macedonian artillery shelled Albanian rebel-held villages above Tetovo.', 'en', '2001-06-12')[0]?.target).toBe('group:rebels:ALB');
    expect(shapes('Croatian artillery pounded Serb-held villages in the Krajina.', 'en', '1995-08-04')[0]?.target).toBe('group:forces:SRB');
  });

  it('takes the holder named after "held by" / « tenues par »', () => {
    expect(shapes('Government troops shelled villages held by the rebels near Kindu.', 'en', '1998-10-10')[0]).toMatchObject({ agent: 'generic:army', target: 'group:rebels', place: 'gn:212902' });
    expect(shapes("L'armée syrienne a bombardé des zones tenues par les rebelles à Alep.", 'fr', '2016-01-10')[0]).toMatchObject({ agent: 'syr-army', target: 'group:rebels', place: 'gn:170063' });
  });

  it('never makes the striker its own target', () => {
    const [c] = shapes('Rebel fighters shelled rebel-held positions by mistake near Idlib.', 'en', '2016-01-10');
    expect(c?.target).not.toBe(c?.agent);
  });
});
