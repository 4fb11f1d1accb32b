import { describe, expect, it } from 'vitest';
import { ByteTokenizer } from '../byte-tokenizer';
import { compileConstraint } from './compile';
import * as c from './constraint';
import { liftToTokens, longestTokenCount, shortestTokenCount } from './lift';

const tokenizer = new ByteTokenizer({ merges: ['ab'] });
const PAD = tokenizer.special('<pad>');
const lift = (constraint: c.Constraint) => liftToTokens(compileConstraint(constraint), tokenizer, PAD);

describe('token counts of a lifted automaton', () => {
  it('longest: the most tokens of an accepted value, Infinity under a loop', () => {
    // "ab" is one token or two: the longest spelling takes two
    expect(longestTokenCount(lift(c.literals(['ab', 'xyz'])))).toBe(3);
    expect(shortestTokenCount(lift(c.literals(['ab', 'xyz'])))).toBe(1);
    expect(longestTokenCount(lift(c.regex('[a-c]{2,5}')))).toBe(5);
    expect(longestTokenCount(lift(c.regex('a[0-9]*')))).toBe(Number.POSITIVE_INFINITY);
    expect(longestTokenCount(lift(c.regex('')))).toBe(0);
  });
});
