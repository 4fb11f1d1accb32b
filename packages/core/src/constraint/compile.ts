/**
 * the constraint compiler's entry: a constraint becomes a character NFA (char-nfa, with regex and
 * json-escape), that a byte NFA (utf8), that a minimal byte DFA (byte-dfa), cached by constraint.
 */
import type { NFA } from 'refa';
import { ConstraintError } from '../errors/constraint-error';
import { BoundedCache } from './bounded-cache';
import { type ByteDfa, minimise, nfaToByteDfa } from './byte-dfa';
import { nfaOf } from './char-nfa';
import { type Constraint, constraintKey } from './constraint';
import { type CompileLimits, defaultCompileLimits, SCALARS, UTF8, withLiteralRoom } from './limits';
import { describeRegex } from './regex';

export { type ByteDfa, nfaToByteDfa } from './byte-dfa';
export { charDfa, constraintLengthRange, constraintNfa } from './char-nfa';
export { type CompileLimits, defaultCompileLimits, MAX_LITERAL_ROOM } from './limits';
export { lowerThroughRefa } from './refa-lowering';
export { utf8Sequences } from './utf8';

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
