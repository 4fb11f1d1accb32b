import type { Tokenizer } from '../tokenizer';
import type { ByteDfa } from './compile';

/** a trie of every token's bytes, shared by all liftings for one tokenizer. */
interface TokenTrie {
  /** children of node n: childStart[n]..childStart[n+1] into childByte / childNode. */
  childStart: Int32Array;
  childByte: Uint8Array;
  childNode: Int32Array;
  /** tokens ending at node n: tokenStart[n]..tokenStart[n+1] into tokenIds. */
  tokenStart: Int32Array;
  tokenIds: Int32Array;
}

const trieCache = new WeakMap<Tokenizer, TokenTrie>();

function buildTrie(tokenizer: Tokenizer): TokenTrie {
  const children: Array<Map<number, number>> = [new Map()];
  const ends: number[][] = [[]];
  for (let id = 0; id < tokenizer.vocabSize; id++) {
    const bytes = tokenizer.tokenBytes(id);
    if (!bytes || bytes.length === 0) continue;
    let node = 0;
    for (const byte of bytes) {
      let next = children[node]!.get(byte);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        ends.push([]);
        children[node]!.set(byte, next);
      }
      node = next;
    }
    ends[node]!.push(id);
  }
  const nodeCount = children.length;
  const childStart = new Int32Array(nodeCount + 1);
  const tokenStart = new Int32Array(nodeCount + 1);
  for (let n = 0; n < nodeCount; n++) {
    childStart[n + 1] = childStart[n]! + children[n]!.size;
    tokenStart[n + 1] = tokenStart[n]! + ends[n]!.length;
  }
  const childByte = new Uint8Array(childStart[nodeCount]!);
  const childNode = new Int32Array(childStart[nodeCount]!);
  const tokenIds = new Int32Array(tokenStart[nodeCount]!);
  for (let n = 0; n < nodeCount; n++) {
    let k = childStart[n]!;
    for (const [byte, child] of [...children[n]!].sort((a, b) => a[0] - b[0])) {
      childByte[k] = byte;
      childNode[k++] = child;
    }
    tokenIds.set(ends[n]!, tokenStart[n]!);
  }
  return { childStart, childByte, childNode, tokenStart, tokenIds };
}

function trieOf(tokenizer: Tokenizer): TokenTrie {
  let trie = trieCache.get(tokenizer);
  if (!trie) trieCache.set(tokenizer, (trie = buildTrie(tokenizer)));
  return trie;
}

/**
 * a constraint lifted to tokens: states 0..n-1 are the byte DFA's; state n is the pad
 * state, entered by the pad token from an accepting state (the sampler adds pad moves,
 * which depend on the position). From each state, the allowed non-pad tokens are grouped
 * by the state they lead to.
 */
export interface TokenAutomaton {
  readonly stateCount: number;
  readonly start: number;
  readonly padState: number;
  readonly padTokenId: number;
  /** 1 where the value may end (DFA accepting, or the pad state). */
  readonly final: Uint8Array;
  /** groups of state s: groupStart[s]..groupStart[s+1]. */
  readonly groupStart: Int32Array;
  readonly groupTarget: Int32Array;
  /** tokens of group g: tokenStart[g]..tokenStart[g+1] into tokens. */
  readonly tokenStart: Int32Array;
  readonly tokens: Int32Array;
  /** the byte DFA the automaton was lifted from. */
  readonly dfa: ByteDfa;
}

/** lift a byte DFA to the tokens of a tokenizer, adding the pad state. */
export function liftToTokens(dfa: ByteDfa, tokenizer: Tokenizer, padTokenId: number): TokenAutomaton {
  const trie = trieOf(tokenizer);
  const n = dfa.stateCount;
  const padState = n;
  const stateCount = n + 1;
  const groupStart = new Int32Array(stateCount + 1);
  const groupTarget: number[] = [];
  const tokenStart: number[] = [0];
  const tokens: number[] = [];
  const byTarget = new Map<number, number[]>();
  // iterative DFS over (trie node, dfa state)
  const stackNode: number[] = [];
  const stackState: number[] = [];
  for (let s = 0; s < n; s++) {
    byTarget.clear();
    stackNode.push(0);
    stackState.push(s);
    while (stackNode.length > 0) {
      const node = stackNode.pop()!;
      const state = stackState.pop()!;
      if (node !== 0) {
        for (let k = trie.tokenStart[node]!; k < trie.tokenStart[node + 1]!; k++) {
          let list = byTarget.get(state);
          if (!list) byTarget.set(state, (list = []));
          list.push(trie.tokenIds[k]!);
        }
      }
      const row = state * 256;
      for (let k = trie.childStart[node]!; k < trie.childStart[node + 1]!; k++) {
        const next = dfa.table[row + trie.childByte[k]!]!;
        if (next >= 0) {
          stackNode.push(trie.childNode[k]!);
          stackState.push(next);
        }
      }
    }
    for (const target of [...byTarget.keys()].sort((a, b) => a - b)) {
      groupTarget.push(target);
      const list = byTarget.get(target)!.sort((a, b) => a - b);
      for (const token of list) tokens.push(token);
      tokenStart.push(tokens.length);
    }
    groupStart[s + 1] = groupTarget.length;
  }
  groupStart[stateCount] = groupTarget.length;
  const final = new Uint8Array(stateCount);
  final.set(dfa.accepting);
  final[padState] = 1;
  return {
    stateCount,
    start: dfa.start,
    padState,
    padTokenId,
    final,
    groupStart,
    groupTarget: Int32Array.from(groupTarget),
    tokenStart: Int32Array.from(tokenStart),
    tokens: Int32Array.from(tokens),
    dfa,
  };
}

const longest = new WeakMap<TokenAutomaton, number>();

/**
 * most non-pad tokens an accepted value can take from the start: Infinity when a loop lies on
 * the way to an accepting state, -1 when nothing is accepted. Cached per automaton.
 */
export function longestTokenCount(automaton: TokenAutomaton): number {
  const known = longest.get(automaton);
  if (known !== undefined) return known;
  const n = automaton.stateCount;
  const isPad = (t: number) => t === automaton.padState;
  // the states from which an accepting state can be reached (a loop elsewhere does not count)
  const incoming: number[][] = Array.from({ length: n }, () => []);
  for (let s = 0; s < n; s++)
    for (let g = automaton.groupStart[s]!; g < automaton.groupStart[s + 1]!; g++)
      if (!isPad(automaton.groupTarget[g]!)) incoming[automaton.groupTarget[g]!]!.push(s);
  const live = new Uint8Array(n);
  const queue: number[] = [];
  const reach = (s: number) => {
    if (live[s]) return;
    live[s] = 1;
    queue.push(s);
  };
  for (let s = 0; s < n; s++) if (automaton.dfa.accepting[s] === 1) reach(s);
  for (let head = 0; head < queue.length; head++) for (const s of incoming[queue[head]!]!) reach(s);
  // longest path over the live states; a state met again while on the stack is a loop
  const UNKNOWN = -2;
  const ON_STACK = -3;
  const memo = new Float64Array(n).fill(UNKNOWN);
  const visit = (s: number): number => {
    if (memo[s] === ON_STACK) return Number.POSITIVE_INFINITY;
    if (memo[s] !== UNKNOWN) return memo[s]!;
    memo[s] = ON_STACK;
    let best = automaton.dfa.accepting[s] === 1 ? 0 : -1;
    for (let g = automaton.groupStart[s]!; g < automaton.groupStart[s + 1]!; g++) {
      const t = automaton.groupTarget[g]!;
      if (isPad(t) || !live[t]) continue;
      best = Math.max(best, visit(t) + 1);
    }
    memo[s] = best;
    return best;
  };
  const result = live[automaton.start] ? visit(automaton.start) : -1;
  longest.set(automaton, result);
  return result;
}

/** fewest non-pad tokens that take the automaton from its start to an accepting DFA state; Infinity if none. */
export function shortestTokenCount(automaton: TokenAutomaton): number {
  const distance = new Int32Array(automaton.stateCount).fill(-1);
  distance[automaton.start] = 0;
  const queue = [automaton.start];
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]!;
    if (automaton.dfa.accepting[s] === 1) return distance[s]!;
    for (let g = automaton.groupStart[s]!; g < automaton.groupStart[s + 1]!; g++) {
      const t = automaton.groupTarget[g]!;
      if (distance[t] === -1) {
        distance[t] = distance[s]! + 1;
        queue.push(t);
      }
    }
  }
  return Number.POSITIVE_INFINITY;
}
