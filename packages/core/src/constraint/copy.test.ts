import { describe, expect, it } from 'vitest';
import { compileConstraint, dfaAccepts } from './compile';
import * as c from './constraint';
import { copyOf } from './copy';

describe('copyOf: a constraint held to copies of a text', () => {
  it('keeps a cheap length range in the automaton', () => {
    const copy = copyOf(c.intersect(c.length(0, 8), c.regex('[A-Za-z ]+')), 'Ada Lovelace wrote');
    if ('kept' in copy) throw new Error(copy.kept);
    expect(copy.lengths).toEqual([]);
    const dfa = compileConstraint(copy.constraint);
    expect(dfaAccepts(dfa, 'Ada')).toBe(true);
    expect(dfaAccepts(dfa, 'Lovelace')).toBe(true);
    expect(dfaAccepts(dfa, 'Ada Lovelace')).toBe(false); // 12 characters
    expect(dfaAccepts(dfa, 'Lovel')).toBe(false); // cuts a word
  });

  it('leaves a costly length range to validation, and says why it keeps nothing', () => {
    const long = Array.from({ length: 100 }, (_, i) => `w${i} abc;`).join(' ');
    const copy = copyOf(c.intersect(c.length(0, 60), c.anyText()), long);
    if ('kept' in copy) throw new Error(copy.kept);
    expect(copy.lengths).toEqual([c.length(0, 60)]);
    expect(copyOf(c.regex('[0-9]+'), 'no digits here')).toEqual({ kept: 'no-substring' });
    expect(copyOf(c.anyText(), 'x'.repeat(5000))).toEqual({ kept: 'state-limit' });
  });
});
