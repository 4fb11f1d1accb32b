import {
  CharSet,
  DFA,
  type Expression,
  JS,
  NFA,
  type NoParent,
  TooManyNodesError,
  Transformers,
  transform,
} from 'refa';
import { ConstraintError } from '../errors/constraint-error';
import { BoundedCache } from './bounded-cache';
import { type Constraint, constraintKey } from './constraint';
import { integerRangeRegex } from './integer-range';

const MAX_CHAR = 0x10ffff;
/** every Unicode scalar value (surrogates cannot be written in UTF-8). */
const SCALARS = CharSet.fromRange(MAX_CHAR, { min: 0, max: 0xd7ff }).union([{ min: 0xe000, max: MAX_CHAR }]);

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
function withLiteralRoom(constraint: Constraint, limits: CompileLimits): CompileLimits {
  const bytes = literalBytes(constraint);
  return bytes === 0
    ? limits
    : { ...limits, maxStates: limits.maxStates + Math.min(MAX_LITERAL_ROOM, 2 * bytes) };
}

const UTF8 = new TextEncoder();

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

/** a deterministic automaton over UTF-8 bytes: `table[state * 256 + byte]` is the next state or -1. */
export interface ByteDfa {
  readonly stateCount: number;
  readonly start: number;
  readonly accepting: Uint8Array;
  readonly table: Int32Array;
}

function stateLimit(construct: string, limits: CompileLimits, cause: unknown): ConstraintError {
  return new ConstraintError({
    code: 'state-limit',
    construct,
    message: `constraint ${construct} needs more than ${limits.maxStates} automaton states`,
    cause,
  });
}

function guard<T>(construct: string, limits: CompileLimits, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof TooManyNodesError) throw stateLimit(construct, limits, error);
    throw error;
  }
}

const describeRegex = (source: string, flags?: string) =>
  `/${source.length > 80 ? `${source.slice(0, 77)}...` : source}/${flags ?? ''}`;

function regexNfa(source: string, flags: string | undefined, limits: CompileLimits): NFA {
  const construct = describeRegex(source, flags);
  if (source.length > limits.maxRegexLength) {
    throw new ConstraintError({
      code: 'state-limit',
      construct,
      message: `regex ${construct} is longer than ${limits.maxRegexLength} characters`,
    });
  }
  const keptFlags = (flags ?? '').replace(/[gyd]/g, '');
  if (/[^imsuv]/.test(keptFlags)) {
    throw new ConstraintError({
      code: 'invalid-regex',
      construct,
      message: `regex ${construct}: unknown flag in "${flags}"`,
    });
  }
  try {
    // validate alone first, so a source like `a)|(b` cannot escape the wrapper below
    new RegExp(source, keptFlags);
    JS.Parser.fromLiteral({ source, flags: keptFlags });
  } catch (cause) {
    throw new ConstraintError({
      code: 'invalid-regex',
      construct,
      message: `regex ${construct} is invalid: ${(cause as Error).message}`,
      cause,
    });
  }
  // full-match semantics: nothing before, nothing after
  const parser = JS.Parser.fromLiteral({ source: `(?<![^])(?:${source})(?![^])`, flags: keptFlags });
  let expression: NoParent<Expression>;
  try {
    expression = parser.parse({
      backreferences: 'throw',
      assertions: 'parse',
      maxNodes: limits.maxStates * 4,
    }).expression;
  } catch (cause) {
    if (cause instanceof TooManyNodesError) throw stateLimit(construct, limits, cause);
    const message = (cause as Error).message;
    const what = /backreference/i.test(message) ? 'a backreference (not a regular language)' : message;
    throw new ConstraintError({
      code: 'unsupported',
      construct,
      message: `regex ${construct}: cannot honour ${what}`,
      cause,
    });
  }
  // what is left at the pattern's edges asserts the absence of characters beyond the value: true
  const edges = Transformers.patternEdgeAssertions({ inline: false, remove: true });
  const build = (expression: NoParent<Expression>) =>
    NFA.fromRegex(
      transform(edges, expression),
      { maxCharacter: parser.maxCharacter },
      { assertions: 'throw' },
      new NFA.LimitedNodeFactory(limits.maxStates),
    );
  let nfa: NFA;
  try {
    // a pattern with no assertion of its own (only the two of the wrapper) needs no simplification
    // to apply them (a fifth of the time on the sample's patterns); any other is simplified first,
    // which applies lookarounds exactly or leaves them to be rejected
    let direct: NFA | undefined;
    if (assertionCount(expression) === 2) {
      try {
        direct = build(expression);
      } catch {
        direct = undefined;
      }
    }
    nfa = direct ?? build(transform(Transformers.simplify(), expression));
  } catch (cause) {
    if (cause instanceof TooManyNodesError) throw stateLimit(construct, limits, cause);
    throw new ConstraintError({
      code: 'unsupported',
      construct,
      message: `regex ${construct}: a lookaround that cannot be applied exactly`,
      cause,
    });
  }
  if (parser.maxCharacter === MAX_CHAR) return nfa;
  // non-unicode regexes match UTF-16 code units: keep the scalar values of the BMP
  return scalarsOnly(nfa, limits.maxStates);
}

/** the automaton without transitions on surrogates (code points UTF-8 cannot encode), over MAX_CHAR. */
function scalarsOnly(nfa: NFA, maxNodes: number): NFA {
  const iterator = nfa.transitionIterator();
  return NFA.fromTransitionIterator(
    {
      initial: iterator.initial,
      isFinal: iterator.isFinal,
      getOut: (state) => {
        const out = new Map<NFA.ReadonlyNode, CharSet>();
        for (const [to, chars] of iterator.getOut(state)) {
          const kept = chars.resize(MAX_CHAR).intersect(SCALARS);
          if (!kept.isEmpty) out.set(to, kept);
        }
        return out;
      },
    },
    { maxCharacter: MAX_CHAR },
    new NFA.LimitedNodeFactory(maxNodes),
  );
}

/** how many assertions (lookarounds, anchors, word boundaries) a parsed regex holds. */
function assertionCount(node: unknown): number {
  if (typeof node !== 'object' || node === null) return 0;
  const { type, alternatives, elements } = node as {
    type?: string;
    alternatives?: unknown[];
    elements?: unknown[];
  };
  let count = type === 'Assertion' ? 1 : 0;
  for (const child of alternatives ?? []) count += assertionCount(child);
  for (const child of elements ?? []) count += assertionCount(child);
  return count;
}

const codePoints = (text: string): number[] => Array.from(text, (char) => char.codePointAt(0)!);

function toDfa(nfa: NFA, construct: string, limits: CompileLimits): DFA {
  return guard(construct, limits, () => {
    const dfa = DFA.fromFA(nfa, new DFA.LimitedNodeFactory(limits.maxStates));
    dfa.minimize();
    return dfa;
  });
}

const JSON_ESCAPES: Record<number, string> = {
  34: '\\"',
  92: '\\\\',
  8: '\\b',
  12: '\\f',
  10: '\\n',
  13: '\\r',
  9: '\\t',
};
const escapeChar = (code: number): string => JSON_ESCAPES[code] ?? `\\u${code.toString(16).padStart(4, '0')}`;
const JSON_SAFE = CharSet.fromRange(MAX_CHAR, { min: 0x20, max: 0x21 }).union([
  { min: 0x23, max: 0x5b },
  { min: 0x5d, max: 0xd7ff },
  { min: 0xe000, max: MAX_CHAR },
]);
const JSON_SPECIAL = CharSet.fromRange(MAX_CHAR, { min: 0, max: 0x1f }).union([
  { min: 0x22, max: 0x22 },
  { min: 0x5c, max: 0x5c },
]);

/** a trie of escape sequences (without the leading backslash); shared by every transition with the same specials. */
interface EscapeTrie {
  children: Map<number, EscapeTrie>;
  /** characters that end an escape here, as one set. */
  ends: CharSet;
}

const escapeTries = new Map<string, EscapeTrie>();

function escapeTrie(specials: CharSet): EscapeTrie {
  const key = specials.ranges.map((range) => `${range.min}-${range.max}`).join(',');
  const trie = escapeTries.get(key);
  if (trie) return trie;
  const root: EscapeTrie = { children: new Map(), ends: CharSet.empty(MAX_CHAR) };
  for (const range of specials.ranges) {
    for (let code = range.min; code <= range.max; code++) {
      const rest = escapeChar(code).slice(1);
      let node = root;
      for (let k = 0; k < rest.length - 1; k++) {
        const char = rest.codePointAt(k)!;
        let child = node.children.get(char);
        if (!child) node.children.set(char, (child = { children: new Map(), ends: CharSet.empty(MAX_CHAR) }));
        node = child;
      }
      node.ends = node.ends.union([
        { min: rest.codePointAt(rest.length - 1)!, max: rest.codePointAt(rest.length - 1)! },
      ]);
    }
  }
  escapeTries.set(key, root);
  return root;
}

/** the language of JSON.stringify(v).slice(1, -1) for v in the content language. */
function jsonEscapedNfa(content: NFA, limits: CompileLimits): NFA {
  const iterator = content.transitionIterator();
  type Pending = { target: NFA.ReadonlyNode; trie: EscapeTrie };
  type State = NFA.ReadonlyNode | Pending;
  const pending = new Map<NFA.ReadonlyNode, Map<EscapeTrie, Pending>>();
  const pendingState = (target: NFA.ReadonlyNode, trie: EscapeTrie): Pending => {
    let byTrie = pending.get(target);
    if (!byTrie) pending.set(target, (byTrie = new Map()));
    let state = byTrie.get(trie);
    if (!state) byTrie.set(trie, (state = { target, trie }));
    return state;
  };
  const isPending = (state: State): state is Pending => 'trie' in state;
  const backslash = CharSet.fromCharacter(MAX_CHAR, 0x5c);
  return guard('json-string', limits, () =>
    NFA.fromTransitionIterator<State>(
      {
        initial: iterator.initial,
        isFinal: (state) => !isPending(state) && iterator.isFinal(state),
        getOut: (state) => {
          const out = new Map<State, CharSet>();
          if (isPending(state)) {
            if (!state.trie.ends.isEmpty) out.set(state.target, state.trie.ends);
            for (const [char, child] of state.trie.children)
              out.set(pendingState(state.target, child), CharSet.fromCharacter(MAX_CHAR, char));
            return out;
          }
          for (const [to, chars] of iterator.getOut(state)) {
            const direct = chars.intersect(JSON_SAFE);
            if (!direct.isEmpty) out.set(to, direct);
            const specials = chars.intersect(JSON_SPECIAL);
            if (!specials.isEmpty) out.set(pendingState(to, escapeTrie(specials)), backslash);
          }
          return out;
        },
      },
      { maxCharacter: MAX_CHAR },
      new NFA.LimitedNodeFactory(limits.maxStates * 4),
    ),
  );
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
function nfaOf(constraint: Constraint, limits: CompileLimits): NFA {
  switch (constraint.kind) {
    case 'regex':
      return regexNfa(constraint.source, constraint.flags, limits);
    case 'literals':
      return literalsNfa(constraint.values, limits);
    case 'integer':
      return regexNfa(integerRangeRegex(constraint.minimum, constraint.maximum), 'u', limits);
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
  const others = parts.filter((part) => part.kind !== 'length').map((part) => nfaOf(part, limits));
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
  return [...others, ...lengths.map((part) => nfaOf(part, limits))];
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

/**
 * byte sequences (as lists of byte ranges) that encode exactly the code points in [lo, hi]
 * (surrogates, which UTF-8 cannot encode, left out).
 */
export function utf8Sequences(lo: number, hi: number): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  const stack: Array<[number, number]> = [];
  if (lo < 0xd800) stack.push([lo, Math.min(hi, 0xd7ff)]);
  if (hi > 0xdfff) stack.push([Math.max(lo, 0xe000), hi]);
  const encode = (cp: number): number[] => Array.from(UTF8.encode(String.fromCodePoint(cp)));
  while (stack.length > 0) {
    const [s, e] = stack.pop()!;
    let split = false;
    for (const boundary of [0x7f, 0x7ff, 0xffff]) {
      if (s <= boundary && boundary < e) {
        stack.push([boundary + 1, e], [s, boundary]);
        split = true;
        break;
      }
    }
    if (split) continue;
    if (e <= 0x7f) {
      out.push([[s, e]]);
      continue;
    }
    for (let i = 1; i < 4 && !split; i++) {
      const mask = (1 << (6 * i)) - 1;
      if ((s & ~mask) !== (e & ~mask)) {
        if ((s & mask) !== 0) {
          stack.push([(s | mask) + 1, e], [s, s | mask]);
          split = true;
        } else if ((e & mask) !== mask) {
          stack.push([e & ~mask, e], [s, (e & ~mask) - 1]);
          split = true;
        }
      }
    }
    if (split) continue;
    const a = encode(s);
    const b = encode(e);
    out.push(a.map((byte, k) => [byte, b[k]!] as [number, number]));
  }
  return out;
}

const sequenceCache = new Map<number, Array<Array<[number, number]>>>();

/** utf8Sequences, memoised (the same few ranges come back in every automaton). */
function cachedSequences(lo: number, hi: number): Array<Array<[number, number]>> {
  const key = lo * 0x110000 + hi;
  let sequences = sequenceCache.get(key);
  if (!sequences) {
    if (sequenceCache.size >= 4096) sequenceCache.clear();
    sequenceCache.set(key, (sequences = utf8Sequences(lo, hi)));
  }
  return sequences;
}

/** the states of an automaton numbered breadth-first from the start (0), with their transitions. */
function numbered(nfa: NFA): {
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

/** an automaton over bytes: per state, transitions `[lo, hi, target]` (nondeterministic). */
interface ByteNfa {
  edges: Array<Array<[number, number, number]>>;
  finals: Uint8Array;
}

/** the character automaton over UTF-8 bytes: each character becomes its byte sequences (surrogates dropped). */
function utf8Nfa(nfa: NFA): ByteNfa {
  const { order, outs, isFinal } = numbered(nfa);
  const edges: Array<Array<[number, number, number]>> = order.map(() => []);
  const finals: number[] = [];
  // the rest of a multi-byte character, shared by (target, remaining ranges)
  const rests = new Map<string, number>();
  const restState = (target: number, ranges: Array<[number, number]>, at: number): number => {
    if (at === ranges.length) return target;
    let key = `${target}`;
    for (let k = at; k < ranges.length; k++) key += `:${ranges[k]![0]}-${ranges[k]![1]}`;
    let id = rests.get(key);
    if (id === undefined) {
      const next = restState(target, ranges, at + 1);
      id = edges.length;
      edges.push([[ranges[at]![0], ranges[at]![1], next]]);
      rests.set(key, id);
    }
    return id;
  };
  for (let state = 0; state < order.length; state++) {
    if (isFinal(state)) finals.push(state);
    for (const [target, chars] of outs[state]!) {
      for (const range of chars.resize(MAX_CHAR).intersect(SCALARS).ranges) {
        for (const ranges of cachedSequences(range.min, range.max)) {
          edges[state]!.push([ranges[0]![0], ranges[0]![1], restState(target, ranges, 1)]);
        }
      }
    }
  }
  const finalFlags = new Uint8Array(edges.length);
  for (const state of finals) finalFlags[state] = 1;
  return { edges, finals: finalFlags };
}

/** subset construction over bytes: a dense table (`-1`: no transition), state 0 the start. */
function determinise(
  automaton: ByteNfa,
  construct: string,
  limits: CompileLimits,
): { rows: Int32Array[]; accepting: number[] } {
  const keys = new Map<string, number>();
  const singles = new Map<number, number>([[0, 0]]);
  const sets: number[][] = [[0]];
  const rows: Int32Array[] = [];
  const accepting: number[] = [];
  // scratch, reused from state to state
  const isCut = new Uint8Array(258);
  const cuts: number[] = [];
  /** a bound (0..256) -> its place among the current state's bounds. */
  const boundIndex = new Int32Array(258);
  const counts = new Int32Array(258);
  let bucketTargets = new Int32Array(64);
  const seen = new Int32Array(automaton.edges.length).fill(-1);
  let stamp = 0;
  const next: number[] = [];
  for (let head = 0; head < sets.length; head++) {
    const set = sets[head]!;
    const row = new Int32Array(256).fill(-1);
    let final = 0;
    cuts.length = 0;
    let edgeCount = 0;
    for (const state of set) {
      final |= automaton.finals[state]!;
      for (const [lo, hi] of automaton.edges[state]!) {
        edgeCount++;
        for (const cut of [lo, hi + 1]) {
          if (isCut[cut]) continue;
          isCut[cut] = 1;
          cuts.push(cut);
        }
      }
    }
    accepting.push(final);
    if (edgeCount > 0) {
      cuts.sort((a, b) => a - b);
      const intervals = cuts.length - 1;
      for (let k = 0; k < cuts.length; k++) {
        boundIndex[cuts[k]!] = k;
        isCut[cuts[k]!] = 0;
        counts[k] = 0;
      }
      // the targets over each interval [cuts[k], cuts[k + 1]), as one flat array by interval
      for (const state of set)
        for (const [lo, hi] of automaton.edges[state]!)
          for (let k = boundIndex[lo]!, end = boundIndex[hi + 1]!; k < end; k++) counts[k + 1]!++;
      for (let k = 0; k < intervals; k++) counts[k + 1]! += counts[k]!;
      const total = counts[intervals]!;
      if (bucketTargets.length < total) bucketTargets = new Int32Array(total * 2);
      const fill = counts.slice(0, intervals + 1);
      for (const state of set)
        for (const [lo, hi, target] of automaton.edges[state]!)
          for (let k = boundIndex[lo]!, end = boundIndex[hi + 1]!; k < end; k++)
            bucketTargets[fill[k]!++] = target;
      for (let k = 0; k < intervals; k++) {
        const from = counts[k]!;
        const to = counts[k + 1]!;
        if (from === to) continue;
        stamp++;
        next.length = 0;
        for (let t = from; t < to; t++) {
          const target = bucketTargets[t]!;
          if (seen[target] !== stamp) {
            seen[target] = stamp;
            next.push(target);
          }
        }
        // one NFA state (most intervals): known by its number, no key string
        let id: number | undefined;
        let key: string | undefined;
        if (next.length === 1) id = singles.get(next[0]!);
        else {
          next.sort((a, b) => a - b);
          key = next.join(',');
          id = keys.get(key);
        }
        if (id === undefined) {
          id = sets.length;
          if (id >= limits.maxStates * 4)
            throw stateLimit(construct, limits, new Error('too many byte states'));
          if (key === undefined) singles.set(next[0]!, id);
          else keys.set(key, id);
          sets.push(next.slice());
        }
        row.fill(id, cuts[k]!, cuts[k + 1]!);
      }
    }
    rows.push(row);
  }
  return { rows, accepting };
}

/**
 * Hopcroft's partition refinement: the block of each live state in the coarsest partition that
 * separates accepting states and respects transitions (`next[state * k + c]`, -1: the dead state).
 */
function hopcroft(n: number, k: number, next: Int32Array, live: Uint8Array, accepting: number[]): Int32Array {
  // live states as 0..m-1, the dead state as m; every state has one target per class
  const index = new Int32Array(n).fill(-1);
  const states: number[] = [];
  for (let state = 0; state < n; state++) if (live[state]) index[state] = states.push(state) - 1;
  const m = states.length;
  const size = m + 1;
  const delta = new Int32Array(size * k).fill(m);
  for (let q = 0; q < m; q++)
    for (let c = 0; c < k; c++) {
      const to = next[states[q]! * k + c]!;
      if (to >= 0) delta[q * k + c] = index[to]!;
    }
  // predecessors per class and target
  const invStart = new Int32Array(k * size + 1);
  for (let q = 0; q < size; q++) for (let c = 0; c < k; c++) invStart[c * size + delta[q * k + c]! + 1]!++;
  for (let i = 0; i < k * size; i++) invStart[i + 1]! += invStart[i]!;
  const fill = invStart.slice(0, k * size);
  const inv = new Int32Array(k * size);
  for (let q = 0; q < size; q++) for (let c = 0; c < k; c++) inv[fill[c * size + delta[q * k + c]!]!++] = q;
  // the partition: elements ordered by block, each block a range [start, end), marked ones first
  const elems = new Int32Array(size);
  const pos = new Int32Array(size);
  const blockOf = new Int32Array(size);
  const start = new Int32Array(size + 1);
  const end = new Int32Array(size + 1);
  const marked = new Int32Array(size + 1);
  let blocks = 0;
  let at = 0;
  for (const group of [
    (q: number) => q < m && accepting[states[q]!] === 1,
    (q: number) => q < m && accepting[states[q]!] !== 1,
    (q: number) => q === m,
  ]) {
    const first = at;
    for (let q = 0; q < size; q++)
      if (group(q)) {
        elems[at] = q;
        pos[q] = at++;
        blockOf[q] = blocks;
      }
    if (at > first) {
      start[blocks] = first;
      end[blocks] = at;
      marked[blocks] = first;
      blocks++;
    }
  }
  const inWork = new Uint8Array(size * k);
  const work: number[] = [];
  // every initial block but the largest splits the others (Hopcroft)
  let largest = 0;
  for (let b = 1; b < blocks; b++) if (end[b]! - start[b]! > end[largest]! - start[largest]!) largest = b;
  for (let b = 0; b < blocks; b++) {
    if (b === largest) continue;
    for (let c = 0; c < k; c++) {
      inWork[b * k + c] = 1;
      work.push(b * k + c);
    }
  }
  const splitter = new Int32Array(size);
  const touched = new Int32Array(size);
  while (work.length > 0) {
    const item = work.pop()!;
    inWork[item] = 0;
    const a = Math.floor(item / k);
    const c = item % k;
    const splitterSize = end[a]! - start[a]!;
    for (let s = 0; s < splitterSize; s++) splitter[s] = elems[start[a]! + s]!;
    let touchedCount = 0;
    for (let s = 0; s < splitterSize; s++) {
      const q = splitter[s]!;
      for (let j = invStart[c * size + q]!; j < invStart[c * size + q + 1]!; j++) {
        const p = inv[j]!;
        const b = blockOf[p]!;
        const i = pos[p]!;
        if (i < marked[b]!) continue;
        // move p to the end of its block's marked part
        const other = elems[marked[b]!]!;
        elems[i] = other;
        pos[other] = i;
        elems[marked[b]!] = p;
        pos[p] = marked[b]!;
        if (marked[b]!++ === start[b]!) touched[touchedCount++] = b;
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const b = touched[t]!;
      if (marked[b] === end[b]) {
        marked[b] = start[b]!;
        continue;
      }
      // split: the marked part becomes a new block
      const fresh = blocks++;
      start[fresh] = start[b]!;
      end[fresh] = marked[b]!;
      marked[fresh] = start[fresh]!;
      start[b] = end[fresh]!;
      marked[b] = start[b]!;
      for (let i = start[fresh]!; i < end[fresh]!; i++) blockOf[elems[i]!] = fresh;
      const smaller = end[fresh]! - start[fresh]! <= end[b]! - start[b]! ? fresh : b;
      for (let d = 0; d < k; d++) {
        const add = inWork[b * k + d] ? fresh : smaller;
        if (inWork[add * k + d]) continue;
        // a block no state enters on d splits nothing on d
        let entered = false;
        for (let i = start[add]!; i < end[add]! && !entered; i++) {
          const q = elems[i]!;
          entered = invStart[d * size + q + 1]! > invStart[d * size + q]!;
        }
        if (!entered) continue;
        inWork[add * k + d] = 1;
        work.push(add * k + d);
      }
    }
  }
  const block = new Int32Array(n).fill(-1);
  for (let q = 0; q < m; q++) block[states[q]!] = blockOf[q]!;
  return block;
}

/**
 * the minimal equivalent of a dense byte DFA (Hopcroft's refinement over the byte classes the
 * automaton distinguishes), without states that cannot reach acceptance, renumbered breadth-first
 * from the start.
 */
function minimise(rows: Int32Array[], accepting: number[]): ByteDfa | undefined {
  const n = rows.length;
  // live states: those that reach an accepting state
  const live = new Uint8Array(n);
  const preds: number[][] = rows.map(() => []);
  for (let state = 0; state < n; state++) {
    const row = rows[state]!;
    let last = -2;
    for (let byte = 0; byte < 256; byte++) {
      const to = row[byte]!;
      if (to >= 0 && to !== last) preds[to]!.push(state);
      last = to;
    }
  }
  const stack: number[] = [];
  const reach = (state: number) => {
    if (live[state]) return;
    live[state] = 1;
    stack.push(state);
  };
  for (let state = 0; state < n; state++) if (accepting[state]) reach(state);
  while (stack.length > 0) for (const p of preds[stack.pop()!]!) reach(p);
  if (!live[0]) return undefined;
  // byte classes: runs of bytes no row tells apart (not always the coarsest classes; enough)
  const boundary = new Uint8Array(256);
  for (const row of rows)
    for (let byte = 1; byte < 256; byte++) if (row[byte] !== row[byte - 1]) boundary[byte] = 1;
  const classOf = new Int32Array(256);
  const representatives: number[] = [0];
  for (let byte = 1; byte < 256; byte++) {
    if (boundary[byte]) representatives.push(byte);
    classOf[byte] = representatives.length - 1;
  }
  const k = representatives.length;
  const next = new Int32Array(n * k);
  for (let state = 0; state < n; state++)
    for (let c = 0; c < k; c++) {
      const to = rows[state]![representatives[c]!]!;
      next[state * k + c] = to >= 0 && live[to] ? to : -1;
    }
  const block = hopcroft(n, k, next, live, accepting);
  // renumber the blocks breadth-first from the start's
  // block ids run up to n (the dead state's block takes one)
  const order = new Int32Array(n + 1).fill(-1);
  const representative = new Int32Array(n + 1).fill(-1);
  for (let state = n - 1; state >= 0; state--) if (live[state]) representative[block[state]!] = state;
  order[block[0]!] = 0;
  const queue = [block[0]!];
  for (let head = 0; head < queue.length; head++) {
    const state = representative[queue[head]!]!;
    for (let c = 0; c < k; c++) {
      const to = next[state * k + c]!;
      if (to >= 0 && order[block[to]!]! < 0) {
        order[block[to]!] = queue.length;
        queue.push(block[to]!);
      }
    }
  }
  const stateCount = queue.length;
  const table = new Int32Array(stateCount * 256);
  const accept = new Uint8Array(stateCount);
  const targets = new Int32Array(k);
  for (let id = 0; id < stateCount; id++) {
    const state = representative[queue[id]!]!;
    accept[id] = accepting[state]!;
    for (let c = 0; c < k; c++) {
      const to = next[state * k + c]!;
      targets[c] = to >= 0 ? order[block[to]!]! : -1;
    }
    for (let byte = 0; byte < 256; byte++) table[id * 256 + byte] = targets[classOf[byte]!]!;
  }
  return { stateCount, start: 0, accepting: accept, table };
}

/** the minimal DFA over UTF-8 bytes of a character automaton (undefined when it accepts nothing). */
export function nfaToByteDfa(nfa: NFA, construct: string, limits: CompileLimits): ByteDfa | undefined {
  const { rows, accepting } = determinise(utf8Nfa(nfa), construct, limits);
  return minimise(rows, accepting);
}

/** the minimal character DFA of an automaton, over Unicode scalar values (what UTF-8 can encode). */
export function charDfa(nfa: NFA, construct: string, limits: CompileLimits): DFA {
  // a copy: the automaton it copies was bounded when it was built
  return toDfa(scalarsOnly(nfa, Number.POSITIVE_INFINITY), construct, limits);
}

/** lower a character automaton to a minimal DFA over UTF-8 bytes. */
function byteDfa(nfa: NFA, construct: string, limits: CompileLimits): ByteDfa {
  const dfa = nfaToByteDfa(nfa, construct, limits);
  if (!dfa) {
    throw new ConstraintError({
      code: 'empty-language',
      construct,
      message: `constraint ${construct} accepts no value at all`,
    });
  }
  return dfa;
}

/**
 * the reference lowering: a byte automaton from the character DFA through refa's DFA
 * construction and minimisation (slower; the test oracle of nfaToByteDfa).
 */
export function lowerThroughRefa(chars: DFA, construct: string, limits: CompileLimits): ByteDfa {
  const iterator = chars.transitionIterator();
  type Pending = { target: DFA.ReadonlyNode; rest: Array<[number, number]>; key: string };
  type State = DFA.ReadonlyNode | Pending;
  const ids = new Map<DFA.ReadonlyNode, number>();
  const idOf = (node: DFA.ReadonlyNode) => {
    let id = ids.get(node);
    if (id === undefined) ids.set(node, (id = ids.size));
    return id;
  };
  const pendings = new Map<string, Pending>();
  const pendingState = (target: DFA.ReadonlyNode, rest: Array<[number, number]>): Pending => {
    const key = `${idOf(target)}:${rest.map(([a, b]) => `${a}-${b}`).join(',')}`;
    let state = pendings.get(key);
    if (!state) pendings.set(key, (state = { target, rest, key }));
    return state;
  };
  const isPending = (state: State): state is Pending => 'rest' in state;
  const stepTo = (target: DFA.ReadonlyNode, rest: Array<[number, number]>): State =>
    rest.length === 0 ? target : pendingState(target, rest);
  const addRange = (out: Map<State, CharSet>, to: State, [a, b]: [number, number]) => {
    const set = CharSet.fromRange(255, { min: a, max: b });
    const old = out.get(to);
    out.set(to, old ? old.union(set) : set);
  };
  const bytes = guard(construct, limits, () => {
    const dfa = DFA.fromTransitionIterator<State>(
      {
        initial: iterator.initial,
        isFinal: (state) => !isPending(state) && iterator.isFinal(state),
        getOut: (state) => {
          const out = new Map<State, CharSet>();
          if (isPending(state)) {
            addRange(out, stepTo(state.target, state.rest.slice(1)), state.rest[0]!);
            return out;
          }
          for (const [to, set] of iterator.getOut(state)) {
            for (const range of set.intersect(SCALARS).ranges) {
              for (const sequence of utf8Sequences(range.min, range.max)) {
                addRange(out, stepTo(to, sequence.slice(1)), sequence[0]!);
              }
            }
          }
          return out;
        },
      },
      { maxCharacter: 255 },
      new DFA.LimitedNodeFactory(limits.maxStates),
    );
    dfa.minimize();
    return dfa;
  });
  // dense table, states numbered in breadth-first order from the start
  const order = new Map<DFA.ReadonlyNode, number>([[bytes.initial, 0]]);
  const queue: DFA.ReadonlyNode[] = [bytes.initial];
  const byteIterator = bytes.transitionIterator();
  for (let head = 0; head < queue.length; head++) {
    for (const to of byteIterator.getOut(queue[head]!).keys()) {
      if (!order.has(to)) {
        order.set(to, order.size);
        queue.push(to);
      }
    }
  }
  const stateCount = queue.length;
  const table = new Int32Array(stateCount * 256).fill(-1);
  const accepting = new Uint8Array(stateCount);
  for (const [node, id] of order) {
    if (bytes.finals.has(node as DFA.Node)) accepting[id] = 1;
    for (const [to, set] of byteIterator.getOut(node)) {
      const target = order.get(to)!;
      for (const range of set.ranges)
        for (let b = range.min; b <= range.max; b++) table[id * 256 + b] = target;
    }
  }
  return { stateCount, start: 0, accepting, table };
}

/** byte DFAs by constraint: 512 at most, 64 MB of tables at most (least recently used go first). */
const byteDfaCache = new BoundedCache<ByteDfa>(
  512,
  64 << 20,
  (dfa) => dfa.table.byteLength + dfa.accepting.byteLength,
);

/**
 * a sequence that opens with a literal of two characters or more, as that literal less its last
 * character and the rest: the entries of a map (`"key":` first, `,"key":` after) share the
 * automaton of their key, which is built once.
 */
function peelPrefix(constraint: Constraint): { prefix: string; rest: Constraint } | undefined {
  if (constraint.kind !== 'sequence' || constraint.parts.length < 2) return undefined;
  const [first, ...others] = constraint.parts;
  if (first!.kind !== 'literals' || first!.values.length !== 1) return undefined;
  const chars = Array.from(first!.values[0]!);
  if (chars.length < 2) return undefined;
  return {
    prefix: chars.slice(0, -1).join(''),
    rest: { kind: 'sequence', parts: [{ kind: 'literals', values: [chars.at(-1)!] }, ...others] },
  };
}

/** the minimal DFA of `bytes` followed by the language of `rest`. */
function prefixed(bytes: Uint8Array, rest: ByteDfa): ByteDfa {
  const m = bytes.length;
  const rows: Int32Array[] = [];
  for (let k = 0; k < m; k++) {
    const row = new Int32Array(256).fill(-1);
    row[bytes[k]!] = k + 1 < m ? k + 1 : m + rest.start;
    rows.push(row);
  }
  const accepting: number[] = Array.from({ length: m }, () => 0);
  for (let state = 0; state < rest.stateCount; state++) {
    const row = rest.table.slice(state * 256, state * 256 + 256);
    for (let byte = 0; byte < 256; byte++) if (row[byte]! >= 0) row[byte] = row[byte]! + m;
    rows.push(row);
    accepting.push(rest.accepting[state]!);
  }
  // a state of the prefix may equal one of the rest (rare): minimised again
  return minimise(rows, accepting)!;
}

/** compile a constraint to a minimal DFA over UTF-8 bytes; cached by constraint and limits. */
export function compileConstraint(
  constraint: Constraint,
  limits: CompileLimits = defaultCompileLimits,
): ByteDfa {
  return byteDfaWithin(constraint, withLiteralRoom(constraint, limits));
}

/** compileConstraint under limits that already have the literals' room. */
function byteDfaWithin(constraint: Constraint, limits: CompileLimits): ByteDfa {
  const key = `${limits.maxStates}/${limits.maxRegexLength}/${constraintKey(constraint)}`;
  const cached = byteDfaCache.get(key);
  if (cached) return cached;
  const construct =
    constraint.kind === 'regex' ? describeRegex(constraint.source, constraint.flags) : constraint.kind;
  const peeled = peelPrefix(constraint);
  const dfa = peeled
    ? prefixed(UTF8.encode(peeled.prefix), byteDfaWithin(peeled.rest, limits))
    : byteDfa(nfaOf(constraint, limits), construct, limits);
  byteDfaCache.set(key, dfa);
  return dfa;
}

/**
 * what compileConstraint refuses, found without determinising: an invalid regex, a construct the
 * automaton cannot honour, a character automaton over the state limit, a language with no text of
 * Unicode scalar values (`empty-language`). Only a deterministic automaton over the state limit is
 * left to compileConstraint: the check costs the character automaton (linear in the pattern),
 * not the subset construction (exponential at worst, tens of milliseconds for a bounded repeat
 * such as `^(?:\S+\s+){0,49}\S+$`).
 */
export function checkConstraint(constraint: Constraint, base: CompileLimits = defaultCompileLimits): void {
  const limits = withLiteralRoom(constraint, base);
  const key = `${limits.maxStates}/${limits.maxRegexLength}/${constraintKey(constraint)}`;
  if (checkedKeys.has(key) || byteDfaCache.get(key)) return;
  const construct =
    constraint.kind === 'regex' ? describeRegex(constraint.source, constraint.flags) : constraint.kind;
  if (!acceptsScalarText(nfaOf(constraint, limits)))
    throw new ConstraintError({
      code: 'empty-language',
      construct,
      message: `constraint ${construct} accepts no value at all`,
    });
  if (checkedKeys.size >= 4096) checkedKeys.clear();
  checkedKeys.add(key);
}

/** the constraints checkConstraint passed (the same map keys and patterns come back in every compile). */
const checkedKeys = new Set<string>();

/** whether a final state is reachable through characters UTF-8 can encode (surrogates are not). */
function acceptsScalarText(nfa: NFA): boolean {
  const iterator = nfa.transitionIterator();
  const seen = new Set<NFA.ReadonlyNode>([iterator.initial]);
  const queue = [iterator.initial];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    if (iterator.isFinal(state)) return true;
    for (const [to, chars] of iterator.getOut(state))
      if (!seen.has(to) && !chars.isDisjointWith(SCALARS)) {
        seen.add(to);
        queue.push(to);
      }
  }
  return false;
}

/** whether the byte DFA accepts the given text (its UTF-8 encoding). */
export function dfaAccepts(dfa: ByteDfa, text: string): boolean {
  let state = dfa.start;
  for (const byte of UTF8.encode(text)) {
    state = dfa.table[state * 256 + byte]!;
    if (state < 0) return false;
  }
  return dfa.accepting[state] === 1;
}
