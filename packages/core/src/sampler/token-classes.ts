import type { TokenAutomaton } from '../constraint/lift';

/**
 * the groups of an automaton that hold the same tokens, numbered: a length- or count-bounded
 * value repeats one token set (a digit, a string character) from hundreds of states, and a
 * position's best token of a set is the same whichever state reaches it.
 */
export interface TokenClasses {
  /** class of each group. */
  readonly groupClass: Int32Array;
  readonly count: number;
}

const known = new WeakMap<TokenAutomaton, TokenClasses>();

/** the token classes of an automaton, worked out once (automata are shared across canvases). */
export function tokenClasses(a: TokenAutomaton): TokenClasses {
  let classes = known.get(a);
  if (classes) return classes;
  const groups = a.groupStart[a.stateCount]!;
  const groupClass = new Int32Array(groups);
  const representatives: number[] = [];
  const byHash = new Map<number, number[]>();
  const same = (g: number, h: number) => {
    const from = a.tokenStart[g]!;
    const size = a.tokenStart[g + 1]! - from;
    const other = a.tokenStart[h]!;
    if (a.tokenStart[h + 1]! - other !== size) return false;
    for (let k = 0; k < size; k++) if (a.tokens[from + k] !== a.tokens[other + k]) return false;
    return true;
  };
  for (let g = 0; g < groups; g++) {
    let hash = 0x811c9dc5;
    for (let k = a.tokenStart[g]!; k < a.tokenStart[g + 1]!; k++)
      hash = Math.imul(hash ^ a.tokens[k]!, 0x01000193);
    const bucket = byHash.get(hash);
    const found = bucket?.find((c) => same(g, representatives[c]!));
    if (found !== undefined) {
      groupClass[g] = found;
      continue;
    }
    const c = representatives.length;
    representatives.push(g);
    groupClass[g] = c;
    if (bucket) bucket.push(c);
    else byHash.set(hash, [c]);
  }
  classes = { groupClass, count: representatives.length };
  known.set(a, classes);
  return classes;
}
