import fc from 'fast-check';
import type { NFA } from 'refa';
import { describe, expect, it } from 'vitest';
import { ConstraintError } from '../errors/constraint-error';
import { compileConstraint, defaultCompileLimits, dfaAccepts } from './compile';
import * as c from './constraint';
import { regexNfa } from './regex';

const codeOf = (source: string, flags?: string) => {
  try {
    compileConstraint(c.regex(source, flags));
    return undefined;
  } catch (error) {
    return ConstraintError.isInstance(error) ? error.code : error;
  }
};

/** a small regex over a, b and -: classes, groups, quantifiers, alternation; `assertions`: lookarounds of either direction (their content has none), anchors, word boundaries. */
const regexSource = (assertions: boolean): fc.Arbitrary<string> =>
  fc.letrec<{ regex: string; term: string }>((tie) => {
    const plain = [
      { weight: 6, arbitrary: fc.constantFrom('a', 'b', '-', '[ab]', '.', '[^a]') },
      { weight: 2, arbitrary: tie('regex').map((inner) => `(?:${inner})`) },
    ];
    const asserting = () => [
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.constantFrom('(?=', '(?!', '(?<=', '(?<!'), regexSource(false))
          .map(([open, inner]) => `${open}${inner})`),
      },
      { weight: 1, arbitrary: fc.constantFrom('^', '$', '\\b', '\\B') },
    ];
    return {
      term: fc.oneof({ depthSize: 'small', maxDepth: 3 }, ...plain, ...(assertions ? asserting() : [])),
      regex: fc
        .array(
          fc
            .tuple(tie('term'), fc.constantFrom('', '', '?', '*', '+', '{2}', '{1,3}'))
            .map(([term, quantifier]) =>
              /^(?:\(\?<?[=!]|\^|\$|\\[bB])/.test(term) ? term : term + quantifier,
            ),
          { minLength: 1, maxLength: 4 },
        )
        .chain((terms) =>
          fc
            .boolean()
            .map((split) =>
              split && terms.length > 1 ? `${terms[0]}|${terms.slice(1).join('')}` : terms.join(''),
            ),
        ),
    };
  }).regex;

/** every text over a, b and - of up to 5 characters. */
const texts = (() => {
  const all = [''];
  for (let k = 0; all[k]!.length < 5; k++) for (const char of 'ab-') all.push(all[k] + char);
  return all;
})();

describe('lookarounds applied exactly', () => {
  it('a lookahead before a repeated group constrains it (refa read (?=b-)(bb)* as (bb)+)', () => {
    expect(codeOf('(?=b-)(bb)*')).toBe('empty-language');
    expect(codeOf('^(?=b-)(bb)*$')).toBe('empty-language');
    expect(codeOf('(?=ab)(?:ac){2}')).toBe('empty-language');
    const dfa = compileConstraint(c.regex('(?=bc)(?:b[bc])*'));
    expect(['bc', 'bcbb', 'bcbc'].map((text) => dfaAccepts(dfa, text))).toEqual([true, true, true]);
    expect(['', 'bb', 'bbbc'].map((text) => dfaAccepts(dfa, text))).toEqual([false, false, false]);
  });

  it('lookarounds inside a quantified group, and several at one place', () => {
    const noAb = compileConstraint(c.regex('(?:(?!ab).)*'));
    expect(['', 'ba', 'aac', 'bbba'].every((text) => dfaAccepts(noAb, text))).toBe(true);
    expect(['ab', 'xaby'].some((text) => dfaAccepts(noAb, text))).toBe(false);
    // refa's simplify could not apply these (unsupported before)
    const password = compileConstraint(c.regex('^(?=.{8,64}$)(?=.*[A-Z])(?=.*\\d).*$'));
    expect(dfaAccepts(password, 'abcdefG1')).toBe(true);
    expect(['abcdefG', 'abcdefgh1', 'ABCDEFGH'].some((text) => dfaAccepts(password, text))).toBe(false);
  });

  it('a lookbehind inside a lookahead (or the reverse) is unsupported, never dropped', () => {
    expect(codeOf('x(?=\\w+\\b)\\w+')).toBe('unsupported');
    expect(codeOf('a(?<=(?=a)a)')).toBe('unsupported');
    // the same direction nests
    for (const source of ['(?=a(?!b))[ab]+', '(?:(?!a(?=-)).)+', '[ab-]+(?<=(?<!a)b)', '(?:.(?<!a(?<=-a)))*'])
      for (const text of texts)
        expect(
          regexNfa(source, 'u', defaultCompileLimits).test(Array.from(text, (char) => char.codePointAt(0)!)),
          `/${source}/ on "${text}"`,
        ).toBe(new RegExp(`^(?:${source})$`, 'u').test(text));
  });

  it('agrees with RegExp on random patterns, on every short text (u and legacy mode)', () => {
    // the character automaton, where the assertions are applied (bytes come after, the same for all)
    fc.assert(
      fc.property(regexSource(true), fc.constantFrom('', 'u'), (source, flags) => {
        const native = new RegExp(`^(?:${source})$`, flags);
        let nfa: NFA;
        try {
          nfa = regexNfa(source, flags, defaultCompileLimits);
        } catch (error) {
          if (ConstraintError.isInstance(error) && error.code === 'state-limit') return;
          throw error;
        }
        for (const text of texts)
          expect(
            nfa.test(Array.from(text, (char) => char.codePointAt(0)!)),
            `/${source}/${flags} on "${text}"`,
          ).toBe(native.test(text));
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
