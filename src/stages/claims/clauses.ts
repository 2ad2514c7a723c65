import type { TextSpan } from '../../model/span.js';
import type { ClaimLexicon } from './claim-lexicon.js';
import { matchesIn } from './claim-lexicon.js';
import type { Clause } from './sentence-context.js';

/**
 * Clauses are where roles are looked for: a semicolon separates two statements
 * ("ils sont actifs à l'est du fleuve; l'armée contrôle les secteurs à l'ouest"), and a "quelques jours après que"
 * opens a clause that happened before the main one.
 */
export function splitClauses(view: string, sentence: TextSpan, lex: ClaimLexicon): Clause[] {
  const cuts: { at: number; beforeMain: boolean }[] = [];
  for (let i = sentence.start; i < sentence.end; i++) if (view[i] === ';') cuts.push({ at: i + 1, beforeMain: false });
  for (const cue of lex.scope.filter((c) => c.kind === 'before-main')) {
    for (const m of matchesIn(cue.re, view, sentence.start, sentence.end)) cuts.push({ at: m.start, beforeMain: true });
  }
  cuts.sort((a, b) => a.at - b.at);
  const clauses: Clause[] = [];
  let start = sentence.start;
  let beforeMain = false;
  for (const cut of cuts) {
    if (cut.at <= start) {
      beforeMain = beforeMain || cut.beforeMain;
      continue;
    }
    clauses.push({ span: { start, end: cut.at }, ...(beforeMain ? { beforeMain } : {}) });
    start = cut.at;
    beforeMain = cut.beforeMain;
  }
  clauses.push({ span: { start, end: sentence.end }, ...(beforeMain ? { beforeMain } : {}) });
  return clauses.filter((c) => c.span.end > c.span.start);
}
