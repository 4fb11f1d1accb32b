import type { Tokenizer } from '../tokenizer';
import { BoundedCache } from './bounded-cache';
import { type CompileLimits, compileConstraint, defaultCompileLimits } from './compile';
import { type Constraint, constraintKey } from './constraint';
import { liftToTokens, type TokenAutomaton } from './lift';

/**
 * per tokenizer: 1024 automata at most, 96 MB at most, counting the byte DFA each keeps alive
 * (least recently used go first).
 */
const cache = new WeakMap<Tokenizer, BoundedCache<TokenAutomaton>>();
const sizeOf = (a: TokenAutomaton) =>
  a.final.byteLength +
  a.groupStart.byteLength +
  a.groupTarget.byteLength +
  a.tokenStart.byteLength +
  a.tokens.byteLength +
  a.dfa.table.byteLength +
  a.dfa.accepting.byteLength;

/** the token automaton of a constraint for a tokenizer; compiled and lifted once, then cached. */
export function tokenAutomaton(
  constraint: Constraint,
  tokenizer: Tokenizer,
  padTokenId: number,
  limits: CompileLimits = defaultCompileLimits,
): TokenAutomaton {
  let byKey = cache.get(tokenizer);
  if (!byKey) cache.set(tokenizer, (byKey = new BoundedCache(1024, 96 << 20, sizeOf)));
  const key = `${padTokenId}/${limits.maxStates}/${limits.maxRegexLength}/${constraintKey(constraint)}`;
  let automaton = byKey.get(key);
  if (!automaton) {
    automaton = liftToTokens(compileConstraint(constraint, limits), tokenizer, padTokenId);
    byKey.set(key, automaton);
  }
  return automaton;
}
