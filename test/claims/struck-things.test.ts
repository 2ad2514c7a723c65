import { describe, expect, it } from 'vitest';
import { shapes } from './run-text.js';

describe('whose the struck thing is, when no side is named as object', () => {
  it('names the forces, civilians or state that own it, in English and French', () => {
    expect(shapes('Chechen rebels shot down a Russian military helicopter near Grozny.', 'en')[0]?.target).toBe('group:forces:RUS');
    expect(shapes('Protesters stormed the US embassy in Belgrade.', 'en').find((s) => s.target)?.target).toBe('usa');
    expect(shapes('Des hommes armés ont attaqué un bus israélien.', 'fr')[0]?.target).toBe('group:CVL:ISR');
    // A side's adjective names its forces: "rebel positions" are the rebels'.
    expect(shapes('The army shelled rebel positions near Kidal.', 'en')[0]?.target).toBe('group:rebels');
    // "government" names the state's forces: "shot down a government helicopter", « les positions gouvernementales ».
    expect(shapes('Chadian rebels shot down a government helicopter near Fada.', 'en')[0]?.target).toBe('generic:army');
    expect(shapes('Les rebelles ont pilonné les positions gouvernementales près de Kindu.', 'fr')[0]?.target).toBe('generic:army');
  });

  it('never makes the striking side its own target, and leaves a named object alone', () => {
    expect(shapes('Russian warplanes bombed Russian positions by mistake.', 'en')[0]?.target).toBeUndefined();
    expect(shapes('Turkish jets bombed PKK positions in northern Iraq.', 'en')[0]?.target).not.toBe('group:forces:TUR');
    // A civilian thing names no forces after a side's adjective ("rebel bus" is no rebel army).
    expect(shapes('Gunmen attacked a rebel bus near Goma.', 'en')[0]?.target).toBeUndefined();
  });
});
