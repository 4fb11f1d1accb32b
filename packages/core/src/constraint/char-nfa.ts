import { CharSet, DFA, NFA } from 'refa';
import { ConstraintError } from '../errors/constraint-error';
import type { Constraint } from './constraint';
import { integerRangeNfa } from './integer-range';
import { jsonEscapedNfa } from './json-escape';
import {
  type CompileLimits,
  defaultCompileLimits,
  guard,
  MAX_CHAR,
  SCALARS,
  withLiteralRoom,
} from './limits';
import { multipleOfNfa } from './multiple-of';
import { regexNfa, scalarsOnly } from './regex';

const codePoints = (text: string): number[] => Array.from(text, (char) => char.codePointAt(0)!);

function toDfa(nfa: NFA, construct: string, limits: CompileLimits): DFA {
  return guard(construct, limits, () => {
    const dfa = DFA.fromFA(nfa, new DFA.LimitedNodeFactory(limits.maxStates));
    dfa.minimize();
    return dfa;
  });
}

function literalsNfa(values: readonly string[], limits: CompileLimits): NFA {
  if (values.length === 0) {
    throw new ConstraintError({
      code: 'empty-language',
      construct: 'literals []',
      message: 'a choice among no literals accepts nothing',
    });
  }
  return guard('literals', limits, () =>
    NFA.fromWords(
      values.map(codePoints),
      { maxCharacter: MAX_CHAR },
      new NFA.LimitedNodeFactory(limits.maxStates),
    ),
  );
}

function anyNfa(min: number, max: number, limits: CompileLimits): NFA {
  return guard(`length {${min},${max}}`, limits, () => {
    const nfa = NFA.fromCharSet(SCALARS, new NFA.LimitedNodeFactory(limits.maxStates));
    nfa.quantify(min, max, new NFA.LimitedNodeFactory(limits.maxStates));
    return nfa;
  });
}

/**
 * the substrings of a text: from the start, any occurrence of a character begins one; from the
 * state after position i, only the character at i + 1 continues it; every state accepts. n + 1
 * states (its DFA is the text's suffix automaton, at most 2n states).
 */
function substringNfa(text: string, words: boolean, limits: CompileLimits): NFA {
  const chars = codePoints(text);
  const word = chars.map((char) => WORD_CHAR.test(String.fromCodePoint(char)));
  const space = chars.map((char) => /^\s$/u.test(String.fromCodePoint(char)));
  // with `words`: a substring starts where no word goes on from the left, and ends where none goes
  // on to the right, and neither starts nor ends with white space
  const startsAt = (i: number) => !words || (!space[i] && (i === 0 || !word[i - 1] || !word[i]));
  const endsAfter = (i: number) =>
    !words || (!space[i] && (i === chars.length - 1 || !word[i + 1] || !word[i]));
  return guard('substring', limits, () => {
    const builder = new NFA.Builder(new NFA.LimitedNodeFactory(limits.maxStates));
    builder.makeFinal(builder.initial);
    let previous: NFA.Node | undefined;
    chars.forEach((char, i) => {
      const node = builder.createNode();
      const set = CharSet.fromCharacter(MAX_CHAR, char);
      if (startsAt(i)) builder.linkNodes(builder.initial, node, set);
      if (previous) builder.linkNodes(previous, node, set);
      if (endsAfter(i)) builder.makeFinal(node);
      previous = node;
    });
    return NFA.fromBuilder(builder, { maxCharacter: MAX_CHAR });
  });
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}_]$/u;

/** compile a constraint to a character-level NFA (code points). */
export function constraintNfa(constraint: Constraint, limits: CompileLimits = defaultCompileLimits): NFA {
  return nfaOf(constraint, withLiteralRoom(constraint, limits));
}

/** constraintNfa under limits that already have the literals' room. */
export function nfaOf(constraint: Constraint, limits: CompileLimits): NFA {
  switch (constraint.kind) {
    case 'regex':
      return regexNfa(constraint.source, constraint.flags, limits);
    case 'literals':
      return literalsNfa(constraint.values, limits);
    case 'integer':
      return integerRangeNfa(constraint.minimum, constraint.maximum, limits);
    case 'any':
      return anyNfa(0, Number.POSITIVE_INFINITY, limits);
    case 'length': {
      const max = constraint.max ?? Number.POSITIVE_INFINITY;
      if (!(constraint.min >= 0) || !Number.isInteger(constraint.min) || constraint.min > max) {
        throw new ConstraintError({
          code: 'empty-language',
          construct: `length {${constraint.min},${constraint.max ?? ''}}`,
          message: `length range is empty: minimum ${constraint.min} is greater than maximum ${constraint.max}`,
        });
      }
      return anyNfa(constraint.min, max, limits);
    }
    case 'substring':
      return substringNfa(constraint.of, constraint.words === true, limits);
    case 'multiple-of':
      return multipleOfNfa(constraint.step, limits);
    case 'json-string':
      return jsonEscapedNfa(nfaOf(constraint.content, limits), limits);
    case 'sequence': {
      const result = NFA.empty({ maxCharacter: MAX_CHAR });
      result.quantify(0, 0);
      for (const part of constraint.parts) {
        const next = nfaOf(part, limits);
        guard('sequence', limits, () => result.append(next, new NFA.LimitedNodeFactory(limits.maxStates)));
      }
      return result;
    }
    case 'union': {
      const result = NFA.empty({ maxCharacter: MAX_CHAR });
      for (const part of constraint.parts) {
        const next = nfaOf(part, limits);
        guard('union', limits, () => result.union(next, new NFA.LimitedNodeFactory(limits.maxStates)));
      }
      return result;
    }
    case 'intersect': {
      const [first, ...rest] = intersectedNfas(constraint.parts, limits);
      if (!first) return anyNfa(0, Number.POSITIVE_INFINITY, limits);
      let result = first;
      for (const next of rest) {
        result = guard('intersect', limits, () =>
          NFA.fromIntersection(result, next, new NFA.LimitedNodeFactory(limits.maxStates)),
        );
      }
      return result;
    }
    case 'exclude': {
      const base = toDfa(nfaOf(constraint.base, limits), 'exclude', limits);
      if (constraint.values.length === 0) return NFA.fromFA(base);
      const banned = guard('exclude', limits, () => {
        const dfa = DFA.fromWords(
          constraint.values.map(codePoints),
          { maxCharacter: MAX_CHAR },
          new DFA.LimitedNodeFactory(limits.maxStates),
        );
        dfa.complement(new DFA.LimitedNodeFactory(limits.maxStates));
        return dfa;
      });
      return guard('exclude', limits, () =>
        NFA.fromIntersection(base, banned, new NFA.LimitedNodeFactory(limits.maxStates)),
      );
    }
  }
}

/**
 * the automata of an intersection's parts, without the length ranges that the other parts already
 * keep (`minLength: 1` beside a pattern that cannot match the empty string): a product with a
 * length counter is the costliest automaton to build, and these change nothing.
 */
function intersectedNfas(parts: readonly Constraint[], limits: CompileLimits): NFA[] {
  // a divisibility automaton multiplies the states of what it meets: it meets minimal automata
  const step = parts.some((part) => part.kind === 'multiple-of');
  const partNfa = (part: Constraint) =>
    step && part.kind !== 'multiple-of'
      ? NFA.fromFA(toDfa(nfaOf(part, limits), part.kind, limits))
      : nfaOf(part, limits);
  const others = parts.filter((part) => part.kind !== 'length').map(partNfa);
  let lengths = parts.filter((part) => part.kind === 'length');
  if (lengths.length > 0 && others.length > 0) {
    let min = 0;
    let max = Number.POSITIVE_INFINITY;
    for (const nfa of others) {
      const range = lengthRange(nfa);
      min = Math.max(min, range.min);
      max = Math.min(max, range.max);
    }
    // (a range that is empty itself stays, to be reported)
    lengths = lengths.filter((part) => {
      const top = part.max ?? Number.POSITIVE_INFINITY;
      const valid = Number.isInteger(part.min) && part.min >= 0 && part.min <= top;
      return !(valid && part.min <= min && top >= max);
    });
  }
  return [...others, ...lengths.map(partNfa)];
}

/**
 * bounds on the length (in characters) of the texts a constraint accepts: the shortest exactly,
 * the longest from above (infinite when unbounded).
 */
export function constraintLengthRange(
  constraint: Constraint,
  limits: CompileLimits = defaultCompileLimits,
): { min: number; max: number } {
  return lengthRange(constraintNfa(constraint, limits));
}

/**
 * bounds on the length (in characters) of the words an automaton accepts: the shortest exactly,
 * the longest from above (infinite when a cycle is reachable).
 */
function lengthRange(nfa: NFA): { min: number; max: number } {
  const { order, outs: edges, isFinal } = numbered(nfa);
  const outs = edges.map((out) => out.map(([to]) => to));
  // shortest: breadth first
  const depth = new Int32Array(order.length).fill(-1);
  depth[0] = 0;
  let min = Number.POSITIVE_INFINITY;
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    if (isFinal(state)) min = Math.min(min, depth[state]!);
    for (const to of outs[state]!)
      if (depth[to] === -1) {
        depth[to] = depth[state]! + 1;
        queue.push(to);
      }
  }
  // longest: over the acyclic graph, infinite on a cycle (an upper bound: dead branches count)
  const mark = new Uint8Array(order.length); // 1 on the stack, 2 done
  const longest = new Float64Array(order.length);
  let cyclic = false;
  const visit = (root: number) => {
    const stack: Array<[number, number]> = [[root, 0]];
    mark[root] = 1;
    while (stack.length > 0 && !cyclic) {
      const top = stack[stack.length - 1]!;
      const [state, next] = top;
      const out = outs[state]!;
      if (next < out.length) {
        top[1]++;
        const to = out[next]!;
        if (mark[to] === 1) cyclic = true;
        else if (mark[to] === 0) {
          mark[to] = 1;
          stack.push([to, 0]);
        }
        continue;
      }
      let best = isFinal(state) ? 0 : Number.NEGATIVE_INFINITY;
      for (const to of out) best = Math.max(best, longest[to]! + 1);
      longest[state] = best;
      mark[state] = 2;
      stack.pop();
    }
  };
  visit(0);
  return { min, max: cyclic ? Number.POSITIVE_INFINITY : Math.max(longest[0]!, min) };
}

/** the states of an automaton numbered breadth-first from the start (0), with their transitions. */
export function numbered(nfa: NFA): {
  order: NFA.ReadonlyNode[];
  outs: Array<Array<[number, CharSet]>>;
  isFinal: (state: number) => boolean;
} {
  const iterator = nfa.transitionIterator();
  const ids = new Map<NFA.ReadonlyNode, number>([[iterator.initial, 0]]);
  const order: NFA.ReadonlyNode[] = [iterator.initial];
  const outs: Array<Array<[number, CharSet]>> = [];
  for (let head = 0; head < order.length; head++) {
    const out: Array<[number, CharSet]> = [];
    for (const [to, chars] of iterator.getOut(order[head]!)) {
      let id = ids.get(to);
      if (id === undefined) {
        ids.set(to, (id = order.length));
        order.push(to);
      }
      out.push([id, chars]);
    }
    outs.push(out);
  }
  return { order, outs, isFinal: (state) => iterator.isFinal(order[state]!) };
}

/** the minimal character DFA of an automaton, over Unicode scalar values (what UTF-8 can encode). */
export function charDfa(nfa: NFA, construct: string, limits: CompileLimits): DFA {
  // a copy: the automaton it copies was bounded when it was built
  return toDfa(scalarsOnly(nfa, Number.POSITIVE_INFINITY), construct, limits);
}
