import { CharSet, TooManyNodesError } from 'refa';
import { ConstraintError } from '../errors/constraint-error';
import type { Constraint } from './constraint';

export const MAX_CHAR = 0x10ffff;
/** every Unicode scalar value (surrogates cannot be written in UTF-8). */
export const SCALARS = CharSet.fromRange(MAX_CHAR, { min: 0, max: 0xd7ff }).union([
  { min: 0xe000, max: MAX_CHAR },
]);

export interface CompileLimits {
  /** most automaton states any intermediate or final automaton may have. */
  maxStates: number;
  /** longest regex source accepted. */
  maxRegexLength: number;
}

export const defaultCompileLimits: CompileLimits = { maxStates: 4000, maxRegexLength: 4096 };

/** most states the literals of one constraint add to maxStates (a byte DFA takes 1 KB a state). */
export const MAX_LITERAL_ROOM = 65_536;

/**
 * the limits a constraint is compiled under: maxStates, plus room for its literals (enum and const
 * texts). A set of literals is a trie, never more states than its bytes, however long the list:
 * it is as large as the schema that spells it out, not a blow-up (811 Pokémon names, 7.7k bytes;
 * 2,461 console variables, 58k bytes). The room is twice the bytes (escaping inside a JSON string
 * may double them), at most MAX_LITERAL_ROOM, and it is the whole constraint's: a regex beside the
 * literals may use it too, so a construct that blows up is still refused, a little later.
 */
export function withLiteralRoom(constraint: Constraint, limits: CompileLimits): CompileLimits {
  const bytes = literalBytes(constraint);
  return bytes === 0
    ? limits
    : { ...limits, maxStates: limits.maxStates + Math.min(MAX_LITERAL_ROOM, 2 * bytes) };
}

export const UTF8 = new TextEncoder();

const wordBytes = (words: readonly string[]) =>
  words.reduce((sum, word) => sum + UTF8.encode(word).length + 1, 0);

function literalBytes(constraint: Constraint): number {
  switch (constraint.kind) {
    case 'literals':
      return wordBytes(constraint.values);
    case 'json-string':
      return literalBytes(constraint.content);
    case 'sequence':
    case 'union':
    case 'intersect':
      return constraint.parts.reduce((sum, part) => sum + literalBytes(part), 0);
    case 'exclude':
      return literalBytes(constraint.base) + wordBytes(constraint.values);
    default:
      return 0;
  }
}

export function stateLimit(construct: string, limits: CompileLimits, cause: unknown): ConstraintError {
  return new ConstraintError({
    code: 'state-limit',
    construct,
    message: `constraint ${construct} needs more than ${limits.maxStates} automaton states`,
    cause,
  });
}

export function guard<T>(construct: string, limits: CompileLimits, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof TooManyNodesError) throw stateLimit(construct, limits, error);
    throw error;
  }
}
