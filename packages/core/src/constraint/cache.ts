import type { Tokenizer } from '../tokenizer';
import { type CompileLimits, compileConstraint, defaultCompileLimits } from './compile';
import { type Constraint, constraintKey } from './constraint';
import { liftToTokens, type TokenAutomaton } from './lift';

const cache = new WeakMap<Tokenizer, Map<string, TokenAutomaton>>();
const PER_TOKENIZER = 1024;

/** the token automaton of a constraint for a tokenizer; compiled and lifted once, then cached. */
export function tokenAutomaton(
  constraint: Constraint,
  tokenizer: Tokenizer,
  padTokenId: number,
  limits: CompileLimits = defaultCompileLimits,
): TokenAutomaton {
  let byKey = cache.get(tokenizer);
  if (!byKey) cache.set(tokenizer, (byKey = new Map()));
  const key = `${padTokenId}/${limits.maxStates}/${limits.maxRegexLength}/${constraintKey(constraint)}`;
  let automaton = byKey.get(key);
  if (!automaton) {
    automaton = liftToTokens(compileConstraint(constraint, limits), tokenizer, padTokenId);
    if (byKey.size >= PER_TOKENIZER) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, automaton);
  }
  return automaton;
}
