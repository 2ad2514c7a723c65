import type { ActorMention } from '../../model/mention.js';
import type { TextSpan } from '../../model/span.js';
import { matchesIn } from './claim-lexicon.js';
import type { ClaimLexicon } from './claim-lexicon.js';

/** Actor types a "ces derniers" / "the latter" about fighters can point to: not whole states, monitors or media. */
const LATTER_TYPES = new Set(['non-state-armed-group', 'militia', 'state-force', 'group']);
/** Types a subject pronoun in a conflict report refers to when it is the subject of a happening. */
const PRONOUN_TYPES = new Set(['non-state-armed-group', 'militia', 'state-force', 'group', 'state', 'international-org']);

/**
 * Short-range reference, kept deliberately simple and explainable:
 * a subject pronoun (il/elle/ils, it/they) is the subject of the nearest earlier clause; he/she, the nearest
 * earlier person who was a subject or a speaker;
 * "ces derniers"/"the latter" is the nearest earlier actor that could be a fighting group.
 */
export class ReferenceTracker {
  private subjects: ActorMention[] = [];
  /** Persons who were subjects or speakers, for "he"/"she" (kind `person` in anaphors.tsv); "it" never means them. */
  private persons: ActorMention[] = [];
  private made: ActorMention[] = [];
  private nextId: number;

  constructor(
    private readonly lex: ClaimLexicon,
    private readonly actors: readonly ActorMention[],
    existingActorCount: number,
  ) {
    this.nextId = existingActorCount + 1;
  }

  /** Records the subject of a clause, so a later pronoun can point to it. */
  noteSubject(m: ActorMention): void {
    if (PRONOUN_TYPES.has(m.actorType)) this.subjects.push(m);
    else if (m.actorType === 'person') this.persons.push(m);
  }

  /**
   * Records the one who speaks ("French farmers said they would blockade Paris"): the pronoun that follows is the
   * speaker, whatever kind of actor — protesters and farmers too, whom a pronoun in a conflict report otherwise skips.
   */
  noteSpeaker(m: ActorMention): void {
    if (m.actorType === 'person') this.persons.push(m);
    else this.subjects.push(m);
  }

  /** An anaphor at the very start of `region` (after punctuation and adverbs), resolved; undefined if none. */
  resolveAt(view: string, region: TextSpan, masks: readonly TextSpan[] = []): ActorMention | undefined {
    view = blankOut(view, region, masks);
    for (const cue of this.lex.anaphors) {
      const m = matchesIn(cue.re, view, region.start, region.end)[0];
      if (!m) continue;
      // Only a pronoun in subject position counts: nothing but punctuation or a short adverbial phrase before it.
      const before = view.slice(region.start, m.start);
      if (!this.lex.patterns['subject-slot'].test(before)) continue;
      if (this.lex.patterns.impersonal.test(view.slice(m.end, m.end + 20))) continue; // "il y a", impersonal
      const pool = cue.kind === 'person' || cue.kind === 'affiliation' ? this.persons : this.subjects;
      const last = cue.kind === 'latter' ? this.latterBefore(m.start) : pool.filter((s) => s.span.start < m.start).at(-1);
      // "Boko Haram leader Abubakar Shekau said his group had kidnapped …": the group a person leads or speaks for.
      const antecedent = cue.kind === 'affiliation' ? this.affiliationOf(last) : last;
      if (!antecedent) return undefined;
      const known = this.made.find((x) => x.span.start === m.start);
      if (known) return known;
      const resolved: ActorMention = {
        ...antecedent,
        id: `a${this.nextId++}`,
        span: { start: m.start, end: m.end },
        rule: `${cue.ref} → ${antecedent.id}`,
        confidence: Math.min(antecedent.confidence, 0.7),
        antecedent: antecedent.id,
      };
      this.made.push(resolved);
      return resolved;
    }
    return undefined;
  }

  /** The anaphor mentions resolved so far, to add to the report's mentions. */
  created(): ActorMention[] {
    return [...this.made];
  }

  /** The organisation a person mention belongs to: its own mention in the report when there is one. */
  private affiliationOf(person: ActorMention | undefined): ActorMention | undefined {
    if (!person?.affiliation || !person.affiliationType) return undefined;
    const named = this.actors.find((a) => a.actorId === person.affiliation);
    return named ?? { ...person, actorId: person.affiliation, actorType: person.affiliationType, label: person.affiliation };
  }

  private latterBefore(pos: number): ActorMention | undefined {
    return this.actors.filter((a) => a.span.end <= pos && LATTER_TYPES.has(a.actorType)).at(-1);
  }
}

/** The view with attribution phrases ("Selon plusieurs sources,") blanked, so a pronoun after them is still first. */
function blankOut(view: string, region: TextSpan, masks: readonly TextSpan[]): string {
  let out = view;
  for (const m of masks) {
    if (m.end <= region.start || m.start >= region.end) continue;
    out = out.slice(0, m.start) + ' '.repeat(m.end - m.start) + out.slice(m.end);
  }
  return out;
}

/**
 * "l'ONG", "the Britain-based monitor": descriptions that name the last actor of a type, resolved before
 * attribution so that "selon l'ONG" has a claimant. Returns new mentions only where no lexicon mention stands.
 */
export function resolveDescriptors(
  lex: ClaimLexicon,
  view: string,
  actors: readonly ActorMention[],
  firstId: number,
): { added: ActorMention[]; replaced: Set<string> } {
  const out: ActorMention[] = [];
  const replaced = new Set<string>();
  for (const cue of lex.anaphors.filter((c) => c.kind === 'descriptor')) {
    for (const m of matchesIn(cue.re, view, 0, view.length)) {
      // A bare description the actor stage read as an unnamed group ("les jihadistes") may be replaced.
      const overlapping = actors.filter((a) => a.span.start < m.end && m.start < a.span.end);
      if (overlapping.some((a) => !a.actorId.startsWith('group:'))) continue;
      const antecedent = mostSalient(actors.filter((a) => a.span.end <= m.start && a.actorType === cue.extra && !a.antecedent && !a.actorId.startsWith('group:')));
      if (!antecedent) continue;
      overlapping.forEach((a) => replaced.add(a.id));
      out.push({ ...antecedent, id: `a${firstId + out.length}`, span: { start: m.start, end: m.end }, rule: `${cue.ref} → ${antecedent.id}`, confidence: Math.min(antecedent.confidence, 0.8), antecedent: antecedent.id });
    }
  }
  return { added: out.sort((a, b) => a.span.start - b.span.start), replaced };
}

/** The actor named most often so far ("the jihadists" in a report about IS is IS); ties go to the latest. */
function mostSalient(candidates: readonly ActorMention[]): ActorMention | undefined {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.actorId, (counts.get(c.actorId) ?? 0) + 1);
  let best: ActorMention | undefined;
  for (const c of candidates) if (!best || (counts.get(c.actorId) ?? 0) >= (counts.get(best.actorId) ?? 0)) best = c;
  return best;
}
