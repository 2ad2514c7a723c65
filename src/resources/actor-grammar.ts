/**
 * For the colleague stage that resolves pronouns ("il", "elle", "ils"): the grammatical gender and number of the
 * form an actor mention was found with, when the data file gives it (French). The stage itself never resolves
 * pronouns; this only exposes what the lexicon knows.
 */
import type { ActorMention } from '../model/mention.js';
import type { ActorLexicon, Grammar } from './actor-lexicon-types.js';

export function actorGrammar(lexicon: ActorLexicon, mention: Pick<ActorMention, 'rule'>): Grammar | undefined {
  return lexicon.grammarOfRule(mention.rule);
}

/** True when a pronoun of `gender`/`number` may refer to the mention; unknown grammar is compatible with anything. */
export function actorCompatibility(
  lexicon: ActorLexicon,
  mention: Pick<ActorMention, 'rule'>,
  pronoun: { gender?: 'm' | 'f'; number?: 's' | 'p' },
): boolean {
  const g = actorGrammar(lexicon, mention);
  if (!g) return true;
  if (pronoun.number && pronoun.number !== g.number) return false;
  return !pronoun.gender || g.gender === 'x' || g.gender === pronoun.gender;
}
