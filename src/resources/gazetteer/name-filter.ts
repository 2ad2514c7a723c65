/**
 * Which GeoNames alternate names are worth indexing. Reports are in French and English, and Arabic names help when
 * a report quotes them, so only Latin-script and Arabic-script names are kept; Cyrillic, Greek, CJK, Indic and other
 * scripts would triple the index without ever matching.
 */

// The apostrophes are those the match key drops (toponym-key's APOSTROPHES): "Kʻelbajar" is written "Kelbajar".
const LATIN_OR_ARABIC = /^[\p{Script=Latin}\p{Script=Arabic}\p{M}\p{N}\s'’‘`´ʿʾʼʻ().,-]+$/u;
/** Airport and station codes ("DEZ", "LON") are all-caps and short; they collide with acronyms in text. */
const CODE_LIKE = /^[A-Z]{2,4}$/;

export function keepAlternateName(name: string): boolean {
  if (name.length < 2 || CODE_LIKE.test(name)) return false;
  if (!LATIN_OR_ARABIC.test(name)) return false;
  // All-lowercase Latin names are machine romanisations of the Arabic ("abw kmal", "dyr alzwr"): never how a
  // report spells a place, and short ones ("hms") collide with other words.
  if (/\p{Script=Latin}/u.test(name) && !/\p{Lu}/u.test(name)) return false;
  return true;
}
