import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConstraintError } from '../errors/constraint-error';
import {
  checkConstraint,
  compileConstraint,
  defaultCompileLimits,
  dfaAccepts,
  MAX_LITERAL_ROOM,
  utf8Sequences,
} from './compile';
import * as c from './constraint';

const accepts = (constraint: c.Constraint, text: string) => dfaAccepts(compileConstraint(constraint), text);

describe('regex constraints (full match)', () => {
  const cases: Array<[string, string | undefined, string[], string[]]> = [
    ['^a+b$', undefined, ['ab', 'aab'], ['b', 'abb', '']],
    ['\\w+\\b', undefined, ['abc'], ['ab c', '']],
    ['(?!0)\\d+', undefined, ['10', '9'], ['01', '0']],
    ['[^]*(?:^ab)[^]*', undefined, ['abx', 'ab'], ['xab']],
    ['[^]*(?:\\d{3}$)[^]*', undefined, ['x123', '123'], ['123x']],
    ['é+', 'u', ['éé'], ['e', '']],
    ['.', undefined, ['é', 'a'], ['\n', '😀']],
    ['.', 'u', ['😀', 'a'], ['\n', 'ab']],
    ['[a-c]{2,3}', 'i', ['AB', 'abC'], ['a', 'abcd', 'ad']],
    ['(?=a)[ab]c', undefined, ['ac'], ['bc']],
    ['(a)\\1', undefined, ['aa'], ['a']],
  ];
  for (const [source, flags, yes, no] of cases) {
    it(`/${source}/${flags ?? ''}`, () => {
      for (const text of yes) expect(accepts(c.regex(source, flags), text), text).toBe(true);
      for (const text of no) expect(accepts(c.regex(source, flags), text), text).toBe(false);
    });
  }

  it('agrees with RegExp on random strings', () => {
    const sources = [
      '[a-f0-9]{2,5}',
      '(ab|cd)*e?',
      'x[^y]+y',
      '\\d{1,3}(\\.\\d{1,3}){0,2}',
      '[A-Z][a-z]*( [A-Z][a-z]*)?',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.string({ unit: fc.constantFrom(...'abcdefxyAZ 0123.9'), maxLength: 12 }),
        (source, text) => {
          expect(accepts(c.regex(source), text)).toBe(new RegExp(`^(?:${source})$`).test(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('integer ranges', () => {
  it('accept exactly the canonical integers in range', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: -5000, max: 5000 }), { nil: undefined }),
        fc.option(fc.integer({ min: -5000, max: 5000 }), { nil: undefined }),
        fc.integer({ min: -20000, max: 20000 }),
        (lo, hi, x) => {
          if (lo !== undefined && hi !== undefined && lo > hi) [lo, hi] = [hi, lo];
          const constraint = c.integer({ minimum: lo, maximum: hi });
          const inRange = (lo === undefined || x >= lo) && (hi === undefined || x <= hi);
          expect(accepts(constraint, String(x))).toBe(inRange);
        },
      ),
      { numRuns: 1500 },
    );
  });
  it('reject non-canonical forms', () => {
    const range = c.integer({ minimum: -10, maximum: 10 });
    for (const text of ['-0', '01', '+1', '1.0', '', '-']) expect(accepts(range, text), text).toBe(false);
  });
  it('handle bounds beyond 2^53', () => {
    const range = c.integer({ minimum: '9007199254740993', maximum: '9007199254740995' });
    expect(accepts(range, '9007199254740994')).toBe(true);
    expect(accepts(range, '9007199254740992')).toBe(false);
  });
  it('bounds of hundreds of digits take states linear in them (the regex, quadratic, passed the limit at ±1e300)', () => {
    const bound = BigInt(1e300);
    const dfa = compileConstraint(c.integer({ minimum: -bound, maximum: bound }));
    for (const [value, inRange] of [
      [bound, true],
      [bound + 1n, false],
      [-bound, true],
      [-bound - 1n, false],
      [10n ** 300n, true],
      [10n ** 301n, false],
      [0n, true],
    ] as const)
      expect(dfaAccepts(dfa, value.toString()), value.toString()).toBe(inRange);
  });
  it('agree with bigint comparison on random wide bounds and values near them', () => {
    const big = fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n });
    fc.assert(
      fc.property(
        fc.option(big, { nil: undefined }),
        fc.option(big, { nil: undefined }),
        fc.bigInt({ min: -3n, max: 3n }),
        fc.boolean(),
        (a, b, offset, nearLow) => {
          const [lo, hi] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b];
          const x = (nearLow ? (lo ?? hi ?? 0n) : (hi ?? lo ?? 0n)) + offset;
          const inRange = (lo === undefined || x >= lo) && (hi === undefined || x <= hi);
          expect(accepts(c.integer({ minimum: lo, maximum: hi }), x.toString())).toBe(inRange);
        },
      ),
      { seed: 5, numRuns: 300 },
    );
  });
});

describe('JSON string content', () => {
  it('accepts JSON.stringify of any string and nothing unescaped', () => {
    const any = c.jsonString();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        expect(accepts(any, JSON.stringify(value).slice(1, -1))).toBe(true);
      }),
      { numRuns: 1000 },
    );
    for (const bad of ['"', '\\', '\n', '\\x', '\\u001F', 'a\\']) expect(accepts(any, bad), bad).toBe(false);
  });
  it('escapes the inner language', () => {
    const quoted = c.jsonString(c.regex('a"b\\\\c\\n'));
    expect(accepts(quoted, 'a\\"b\\\\c\\n')).toBe(true);
    expect(accepts(quoted, 'a"b\\c\n')).toBe(false);
  });
  it('intersects a pattern with lengths (code points)', () => {
    const constraint = c.jsonString(c.intersect(c.regex('[a-zé]+', 'u'), c.length(2, 3)));
    expect(accepts(constraint, 'éé')).toBe(true);
    expect(accepts(constraint, 'abcd')).toBe(false);
    expect(accepts(constraint, 'a')).toBe(false);
  });
});

describe('length ranges beside other parts', () => {
  const table = (constraint: c.Constraint) => {
    const dfa = compileConstraint(constraint);
    return [dfa.stateCount, Array.from(dfa.accepting).join(''), Array.from(dfa.table).join(',')].join('|');
  };
  it('a range every other part keeps gives the same automaton', () => {
    expect(table(c.intersect(c.regex('(?:\\S+\\s+){0,3}\\S+', 'u'), c.length(1)))).toBe(
      table(c.regex('(?:\\S+\\s+){0,3}\\S+', 'u')),
    );
    expect(table(c.intersect(c.regex('ab|cde'), c.length(2, 3)))).toBe(table(c.regex('ab|cde')));
  });
  it('a range that cuts the language is applied', () => {
    const some = compileConstraint(c.intersect(c.regex('a*'), c.length(1)));
    expect(dfaAccepts(some, '')).toBe(false);
    expect(dfaAccepts(some, 'aaa')).toBe(true);
    const bounded = compileConstraint(c.intersect(c.regex('ab|cde'), c.length(0, 2)));
    expect(dfaAccepts(bounded, 'ab')).toBe(true);
    expect(dfaAccepts(bounded, 'cde')).toBe(false);
  });
  it('an empty range is still an error', () => {
    expect(() => compileConstraint(c.intersect(c.regex('abc'), c.length(4, 1)))).toThrow(ConstraintError);
  });
});

describe('substrings of a source text', () => {
  it('accepts exactly the substrings (empty included), by fast-check against String.includes', () => {
    const source = 'abracadabra, é日';
    const constraint = c.substringOf(source);
    expect(accepts(constraint, '')).toBe(true);
    expect(accepts(constraint, source)).toBe(true);
    expect(accepts(constraint, 'cadab')).toBe(true);
    expect(accepts(constraint, '日')).toBe(true);
    expect(accepts(constraint, 'abrac adabra')).toBe(false);
    expect(accepts(constraint, `${source}a`)).toBe(false);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'r', 'c', 'd', ',', ' ', 'é', '日'), maxLength: 6 }),
        (word) => {
          expect(accepts(constraint, word)).toBe(source.includes(word));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('words: the substrings that cut no word (letters, digits, marks, underscores) in two', () => {
    const words = c.substringOf('Maya Lindqvist, maya_l@x.no (Oslo)', { words: true });
    for (const ok of [
      '',
      'Maya',
      'Maya Lindqvist',
      'Lindqvist,',
      ',',
      'maya_l@x.no',
      'x.no',
      '(Oslo)',
      'Oslo',
    ])
      expect(accepts(words, ok), ok).toBe(true);
    for (const cut of ['May', 'Lindqv', 'aya', 'maya', 'Osl', 'a Lindqvist', 'no (O', ' Maya', 'Maya ', ', '])
      expect(accepts(words, cut), cut).toBe(false);
    // without it, any substring
    expect(accepts(c.substringOf('Maya Lindqvist'), 'Lindqv')).toBe(true);
  });

  it('inside a JSON string: the escaped form of a substring, intersected with the other parts', () => {
    const source = 'He said "hi" to Ana\\Bo at ana@example.com';
    const value = (content: c.Constraint, text: string) =>
      accepts(c.jsonString(content), JSON.stringify(text).slice(1, -1));
    const copy = c.intersect(c.substringOf(source), c.regex('[^ ]+@[^ ]+'));
    expect(value(copy, 'ana@example.com')).toBe(true);
    expect(value(copy, 'bo@example.com')).toBe(false);
    expect(value(c.substringOf(source), 'said "hi"')).toBe(true);
    expect(value(c.substringOf(source), 'Ana\\Bo')).toBe(true);
    expect(value(c.substringOf(source), 'said "ho"')).toBe(false);
    // an intersection no substring meets is empty
    expect(() => compileConstraint(c.intersect(c.substringOf(source), c.regex('[0-9]+')))).toThrow(
      ConstraintError,
    );
  });
});

describe('combinators', () => {
  it('sequence, union, exclude', () => {
    const seq = c.sequence(c.literal('"'), c.jsonString(c.length(1, 3)), c.literal('"'));
    expect(accepts(seq, '"ab"')).toBe(true);
    expect(accepts(seq, '""')).toBe(false);
    const either = c.union(c.integer({ minimum: 0, maximum: 9 }), c.literals(['none']));
    expect(accepts(either, '7')).toBe(true);
    expect(accepts(either, 'none')).toBe(true);
    expect(accepts(either, '10')).toBe(false);
    const without = c.exclude(c.literals(['a', 'b', 'c']), ['b']);
    expect(accepts(without, 'b')).toBe(false);
    expect(accepts(without, 'c')).toBe(true);
  });
});

describe('UTF-8 lowering', () => {
  it('byte sequences of a code point range encode exactly that range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x10ffff }), fc.integer({ min: 0, max: 3000 }), (lo, span) => {
        const hi = Math.min(0x10ffff, lo + span);
        const sequences = utf8Sequences(lo, hi);
        const matches = (bytes: Uint8Array) =>
          sequences.some(
            (seq) =>
              seq.length === bytes.length && seq.every(([a, b], k) => bytes[k]! >= a && bytes[k]! <= b),
          );
        for (const cp of [lo, hi, (lo + hi) >> 1]) {
          if (cp >= 0xd800 && cp <= 0xdfff) continue;
          expect(matches(new TextEncoder().encode(String.fromCodePoint(cp)))).toBe(true);
        }
        if (hi < 0x10ffff && !(hi + 1 >= 0xd800 && hi + 1 <= 0xdfff)) {
          expect(matches(new TextEncoder().encode(String.fromCodePoint(hi + 1)))).toBe(false);
        }
      }),
      { numRuns: 500, verbose: true },
    );
  });
  it('a range that reaches into the surrogates encodes its scalar values (found by the property above)', () => {
    const encodes = (sequences: Array<Array<[number, number]>>, cp: number) => {
      const bytes = new TextEncoder().encode(String.fromCodePoint(cp));
      return sequences.some(
        (seq) => seq.length === bytes.length && seq.every(([a, b], k) => bytes[k]! >= a && bytes[k]! <= b),
      );
    };
    const below = utf8Sequences(0xd600, 0xd8ff);
    expect([0xd600, 0xd77f, 0xd7ff].every((cp) => encodes(below, cp))).toBe(true);
    expect(encodes(below, 0xfffd)).toBe(false); // what TextEncoder writes for a lone surrogate
    const across = utf8Sequences(0xd000, 0xe0ff);
    expect([0xd000, 0xd7ff, 0xe000, 0xe0ff].every((cp) => encodes(across, cp))).toBe(true);
    expect(encodes(across, 0xe100)).toBe(false);
    expect(utf8Sequences(0xd800, 0xdfff)).toEqual([]);
  });
});

describe('errors', () => {
  const error = (constraint: c.Constraint) => {
    try {
      compileConstraint(constraint);
    } catch (caught) {
      return caught;
    }
    throw new Error('no error');
  };
  it('invalid regex', () => {
    const e = error(c.regex('[z-a]'));
    expect(ConstraintError.isInstance(e) && e.code).toBe('invalid-regex');
    expect((e as Error).message).toMatch(/\[z-a\]/);
  });
  it('a source that would escape the full-match wrapper is rejected', () => {
    expect((error(c.regex('a)|(b')) as ConstraintError).code).toBe('invalid-regex');
  });
  it('backreference to a variable group is unsupported', () => {
    const e = error(c.regex('(a+)b\\1')) as ConstraintError;
    expect(e.code).toBe('unsupported');
    expect(e.message).toMatch(/backreference/);
  });
  it('empty languages', () => {
    expect((error(c.integer({ minimum: 5, maximum: 1 })) as ConstraintError).code).toBe('empty-language');
    expect((error(c.literals([])) as ConstraintError).code).toBe('empty-language');
    expect((error(c.regex('a(?=b)')) as ConstraintError).code).toBe('empty-language');
    expect((error(c.intersect(c.regex('a+'), c.regex('b+'))) as ConstraintError).code).toBe('empty-language');
    expect((error(c.length(3, 2)) as ConstraintError).code).toBe('empty-language');
  });
  it('state limit', () => {
    const e = error(c.regex('[ab]*a[ab]{14}')) as ConstraintError;
    expect(e.code).toBe('state-limit');
    expect(e.construct).toContain('[ab]*a[ab]{14}');
  });
  it('unknown flags', () => {
    expect((error(c.regex('a', 'x')) as ConstraintError).code).toBe('invalid-regex');
  });
});

describe('literals get room of their own beyond maxStates', () => {
  const error = (constraint: c.Constraint) => {
    try {
      compileConstraint(constraint);
      return undefined;
    } catch (e) {
      return e;
    }
  };
  /** n pseudo-random words of 10 letters (few shared prefixes or suffixes): 900 give 5,524 DFA states. */
  const words = (n: number) => {
    let seed = 7;
    const letter = () => {
      seed = (seed * 16807) % 2147483647;
      return String.fromCharCode(97 + (seed % 26));
    };
    return Array.from({ length: n }, () => Array.from({ length: 10 }, letter).join(''));
  };
  it('an enum whose trie is over maxStates compiles, and accepts exactly its values', () => {
    const values = words(900).map((word) => JSON.stringify(word));
    const dfa = compileConstraint(c.literals(values));
    expect(dfa.stateCount).toBeGreaterThan(defaultCompileLimits.maxStates);
    for (const value of values.slice(0, 50)) expect(dfaAccepts(dfa, value)).toBe(true);
    expect(dfaAccepts(dfa, '"wnot-a-value"')).toBe(false);
    expect(() => checkConstraint(c.literals(values))).not.toThrow();
    // the same enum inside a string and beside other parts
    const inside = compileConstraint(
      c.sequence(c.literal('['), c.jsonString(c.literals(words(900))), c.literal(']')),
    );
    expect(dfaAccepts(inside, `[${words(900)[899]}]`)).toBe(true);
    expect(dfaAccepts(inside, `[${words(900)[899]}x]`)).toBe(false);
  });
  it('the room is as large as the literals: a regex that blows up beside them is still refused', () => {
    const beside = c.union(c.literals(words(900)), c.regex('[ab]*a[ab]{16}'));
    expect((error(beside) as ConstraintError).code).toBe('state-limit');
  });
  it('the room is bounded: literals past MAX_LITERAL_ROOM are a state-limit error', () => {
    const huge = Array.from(
      { length: 4000 },
      (_, k) => `${k.toString(36)}:${'abcdefghijklmnopqrstuvwxyz'.repeat(2)}${k}`,
    );
    expect(huge.join('').length).toBeGreaterThan(MAX_LITERAL_ROOM);
    const e = error(c.literals(huge)) as ConstraintError;
    expect(e.code).toBe('state-limit');
    expect(e.message).toMatch(/needs more than \d+ automaton states/);
  });
});

describe('checkConstraint: what compileConstraint refuses, without determinising', () => {
  /** what a call throws (undefined when it returns). */
  const thrown =
    (run: (constraint: c.Constraint) => unknown) =>
    (constraint: c.Constraint): unknown => {
      try {
        run(constraint);
        return undefined;
      } catch (e) {
        return e;
      }
    };
  const compiled = thrown(compileConstraint);
  const checked = thrown(checkConstraint);
  it('finds the same empty languages, invalid and unsupported regexes', () => {
    for (const constraint of [
      c.integer({ minimum: 5, maximum: 1 }),
      c.literals([]),
      c.regex('a(?=b)'),
      c.intersect(c.regex('a+'), c.regex('b+')),
      c.intersect(c.jsonString(c.regex('[a-z]{5}')), c.length(0, 4)),
      c.length(3, 2),
      c.regex('[z-a]'),
      c.regex('(a+)b\\1'),
      c.regex('a', 'x'),
    ]) {
      const found = checked(constraint) as ConstraintError;
      expect(ConstraintError.isInstance(found), JSON.stringify(constraint)).toBe(true);
      expect(found.code).toBe((compiled(constraint) as ConstraintError).code);
    }
  });
  it('a language of lone surrogates only is empty (UTF-8 cannot encode it)', () => {
    const surrogates = c.regex('[\\uD800-\\uDBFF]+');
    expect((checked(surrogates) as ConstraintError).code).toBe('empty-language');
    expect((compiled(surrogates) as ConstraintError).code).toBe('empty-language');
  });
  it('accepts what compiles, and leaves a deterministic automaton over the limit to compileConstraint', () => {
    for (const constraint of [c.regex('^(?:\\S+\\s+){0,49}\\S+$'), c.jsonString(c.regex('[a-z]+@[a-z]+'))])
      expect(checked(constraint)).toBeUndefined();
    const blowUp = c.regex('[ab]*a[ab]{14}');
    expect(checked(blowUp)).toBeUndefined();
    expect((compiled(blowUp) as ConstraintError).code).toBe('state-limit');
  });
});
