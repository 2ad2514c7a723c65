/**
 * Normal form shared by cue entries and the text around a toponym, so one entry covers the spellings of a cue:
 * typographic apostrophes, elision ("d’Al-Qaïm" = "de Al-Qaïm", "l’est" = "le est") and French contractions
 * ("du fleuve" = "de le fleuve", "au nord" = "à le nord").
 */
export function cueText(s: string): string {
  return ` ${s.toLowerCase()} `
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/\b([ld])'\s*/g, (_m, c: string) => `${c}e `)
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/ du /g, ' de le ')
    .replace(/ des /g, ' de les ')
    .replace(/ au /g, ' à le ')
    .replace(/ aux /g, ' à les ');
}
