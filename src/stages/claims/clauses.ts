import type { TextSpan } from '../../model/span.js';
import type { ClaimLexicon } from './claim-lexicon.js';
import { matchesIn } from './claim-lexicon.js';
import type { Clause } from './sentence-context.js';

/** How far after "when"/"lorsque" its own subject may start ("when the Islamic State fighters"). */
const OWN_SUBJECT_REACH = 24;
// What may stand between the conjunction and that subject is the lexicon's `subjectLead`: articles, amounts and
// numbers, not a preposition ("while in Israeli police custody" has no subject of its own).

/**
 * Clauses are where roles are looked for: a semicolon separates two statements
 * ("ils sont actifs à l'est du fleuve; l'armée contrôle les secteurs à l'ouest"), a "quelques jours après que"
 * opens a clause that happened before the main one, and a "when"/"lorsque" or ", and" followed by an actor opens one
 * with a subject of its own (claim-scope.tsv kinds `subordinate`, `coordinate`).
 */
export function splitClauses(view: string, sentence: TextSpan, lex: ClaimLexicon, actors: readonly { span: TextSpan }[] = []): Clause[] {
  const cuts: { at: number; beforeMain: boolean; sharesScene?: boolean }[] = [];
  for (let i = sentence.start; i < sentence.end; i++) if (view[i] === ';') cuts.push({ at: i + 1, beforeMain: false });
  for (const cue of lex.scope.filter((c) => c.kind === 'before-main')) {
    for (const m of matchesIn(cue.re, view, sentence.start, sentence.end)) cuts.push({ at: m.start, beforeMain: true });
  }
  // "Iraq lost control of Mosul when Islamic State militants overran the city": a subordinate clause with a subject
  // of its own ("when" + an actor) is where that subject acts; the main clause's subject is not its doer.
  // ", and police opened fire on the crowds, killing …": likewise a coordinated clause with a subject of its own.
  for (const cue of lex.scope.filter((c) => c.kind === 'subordinate' || c.kind === 'coordinate')) {
    for (const m of matchesIn(cue.re, view, sentence.start, sentence.end)) {
      if (actors.some((a) => a.span.start >= m.end && a.span.start - m.end <= OWN_SUBJECT_REACH && lex.subjectLead.test(view.slice(m.end, a.span.start)))) {
        cuts.push({ at: m.start, beforeMain: false, sharesScene: true });
      }
    }
  }
  cuts.sort((a, b) => a.at - b.at);
  const clauses: Clause[] = [];
  let start = sentence.start;
  let beforeMain = false;
  let sharesScene = false;
  const clause = (end: number): Clause => ({ span: { start, end }, ...(beforeMain ? { beforeMain } : {}), ...(sharesScene ? { sharesScene } : {}) });
  for (const cut of cuts) {
    if (cut.at <= start) {
      beforeMain = beforeMain || cut.beforeMain;
      sharesScene = sharesScene || cut.sharesScene === true;
      continue;
    }
    clauses.push(clause(cut.at));
    start = cut.at;
    beforeMain = cut.beforeMain;
    sharesScene = cut.sharesScene === true;
  }
  clauses.push(clause(sentence.end));
  return clauses.filter((c) => c.span.end > c.span.start);
}

/**
 * The words that describe the act itself: the trigger's clause, cut at a subordinate, coordinate or conditional
 * conjunction ("when", ", while", ", and", "if") on either side of the trigger even where no actor follows it. A
 * weapon in "Rebels attacked an army post in Beni, while drones circled over Goma" belongs to the drones' clause, not
 * the attack's, though the clause of roles runs on (no actor opens the second one). `howAfter`: a killing's "when"
 * clause tells how it happened and stays in.
 */
export function actWords(view: string, clause: TextSpan, trigger: TextSpan, lex: ClaimLexicon, howAfter = false): TextSpan {
  let { start, end } = clause;
  // A condition ("… if Ukraine used Western missiles") is another act: its weapons are not this one's.
  for (const cue of lex.scope.filter((c) => c.kind === 'subordinate' || c.kind === 'coordinate' || c.kind === 'conditional')) {
    // "was killed when his vehicle hit a mine": after a killing, "when" tells how it happened.
    if (howAfter && cue.kind === 'subordinate') continue;
    for (const m of matchesIn(cue.re, view, clause.start, clause.end)) {
      if (m.start >= trigger.end) end = Math.min(end, m.start);
      else if (m.end <= trigger.start) start = Math.max(start, m.end);
    }
  }
  return { start, end };
}
