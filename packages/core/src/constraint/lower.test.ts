import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ByteDfa,
  charDfa,
  compileConstraint,
  constraintNfa,
  defaultCompileLimits,
  lowerThroughRefa,
  nfaToByteDfa,
} from './compile';
import {
  type Constraint,
  exclude,
  integer,
  intersect,
  jsonString,
  literal,
  literals,
  regex,
  sequence,
  union,
} from './constraint';

/** the automaton renumbered breadth-first in byte order: equal for equal minimal DFAs. */
function canonical(dfa: ByteDfa): { accepting: number[]; rows: number[][] } {
  const order = new Map<number, number>([[dfa.start, 0]]);
  const queue = [dfa.start];
  for (let head = 0; head < queue.length; head++) {
    for (let byte = 0; byte < 256; byte++) {
      const to = dfa.table[queue[head]! * 256 + byte]!;
      if (to >= 0 && !order.has(to)) {
        order.set(to, order.size);
        queue.push(to);
      }
    }
  }
  return {
    accepting: queue.map((state) => dfa.accepting[state]!),
    rows: queue.map((state) =>
      Array.from(dfa.table.subarray(state * 256, state * 256 + 256), (to) => (to < 0 ? -1 : order.get(to)!)),
    ),
  };
}

function bothWays(constraint: Constraint) {
  const nfa = constraintNfa(constraint);
  const direct = nfaToByteDfa(nfa, 'test', defaultCompileLimits);
  expect(direct, 'the language is not empty').toBeDefined();
  const reference = lowerThroughRefa(
    charDfa(nfa, 'test', defaultCompileLimits),
    'test',
    defaultCompileLimits,
  );
  expect(direct!.stateCount).toBe(reference.stateCount);
  expect(canonical(direct!)).toEqual(canonical(reference));
}

const quoted = (content: Constraint) => sequence(literal('"'), jsonString(content), literal('"'));

describe('a character automaton as a minimal DFA over UTF-8 bytes', () => {
  it.each([
    ['ascii', regex('[a-z]{2,4}-[0-9]+', 'u')],
    ['two-byte classes split inside a lead byte', regex('[\\u0100-\\u0140]a|[\\u0141-\\u017f]b', 'u')],
    ['every scalar', regex('[^]*', 'u')],
    ['non-whitespace words', quoted(regex('(?:\\S+\\s+){0,9}\\S+', 'u'))],
    ['contains one of several words', quoted(regex('[^]*(?:Red|Blue|Black 2|Omega Ruby)[^]*', 'u'))],
    ['astral plane', regex('[\\u{1F600}-\\u{1F64F}]+|[\\u{10000}-\\u{10FFFF}]', 'u')],
    ['boundaries of every length', regex('[\\x7f-\\x80\\u07ff-\\u0800\\uffff\\u{10000}]', 'u')],
    ['a non-unicode pattern (surrogates dropped)', regex('[\\ud800-\\udfff]|[^a]b', '')],
    ['JSON escapes', quoted(regex('[\\x00-\\x1f"\\\\]+', 'u'))],
    ['integers', integer({ minimum: '-250', maximum: '70000' })],
    ['literals and unions', union(literals(['true', 'false', 'null', 'été']), quoted(regex('x?', 'u')))],
    ['overlapping alternatives', regex('a*ab|a+|[^b]*é', 'u')],
    ['an intersection', intersect(regex('[a-zé]{2,6}', 'u'), regex('[^]*é[^]*', 'u'))],
    ['an exclusion', exclude(regex('[a-c]{1,3}', 'u'), ['ab', 'c'])],
  ])('%s: the same minimal automaton as refa', (_, constraint) => bothWays(constraint));

  it('agrees with refa on random character classes', () => {
    // code points near the UTF-8 length and continuation-byte boundaries, where splits happen
    const point = fc.oneof(
      fc.integer({ min: 0, max: 0x10ffff }),
      fc.constantFrom(
        0x7f,
        0x80,
        0x7ff,
        0x800,
        0xfff,
        0x1000,
        0xd7ff,
        0xe000,
        0xffff,
        0x10000,
        0x3ffff,
        0x40000,
      ),
      fc.integer({ min: 0x780, max: 0x880 }),
    );
    const range = fc.tuple(point, point).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]);
    const klass = fc
      .array(range, { minLength: 1, maxLength: 4 })
      .map(
        (ranges) => `[${ranges.map(([a, b]) => `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`).join('')}]`,
      );
    // alternatives of short sequences of quantified classes: nondeterministic automata
    const atom = fc.tuple(klass, fc.constantFrom('', '*', '+', '?', '{1,3}')).map(([k, q]) => k + q);
    const alternative = fc.array(atom, { minLength: 1, maxLength: 3 }).map((atoms) => atoms.join(''));
    fc.assert(
      fc.property(fc.array(alternative, { minLength: 1, maxLength: 3 }), (alternatives) => {
        bothWays(regex(alternatives.join('|'), 'u'));
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});

describe('a sequence that opens with a longer literal', () => {
  it('is its key automaton with the prefix before it, minimal, the same as built whole', () => {
    for (const head of [',"', ',\n    "', 'ab"', 'é,"']) {
      for (const content of [
        regex('[^]*(?:Red|Blue|Black 2)[^]*', 'u'),
        regex('(ab)*', 'u'),
        regex('b(ab)*', 'u'),
      ]) {
        const constraint = sequence(literal(head), jsonString(content), literal('":'));
        const whole = nfaToByteDfa(constraintNfa(constraint), 'test', defaultCompileLimits)!;
        const shared = compileConstraint(constraint);
        expect(shared.stateCount).toBe(whole.stateCount);
        expect(canonical(shared)).toEqual(canonical(whole));
      }
    }
    // numbered alike too (both minimised the same way)
    const merged = compileConstraint(sequence(literal('ab'), regex('(ab)*', 'u')));
    expect(merged).toEqual(
      nfaToByteDfa(constraintNfa(sequence(literal('ab'), regex('(ab)*', 'u'))), 't', defaultCompileLimits),
    );
  });
});
