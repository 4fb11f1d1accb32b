import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConstraintError } from '../errors/constraint-error';
import { type ByteDfa, compileConstraint, defaultCompileLimits, dfaAccepts } from './compile';
import { integer, intersect, multipleOf, regex } from './constraint';
import { parseStep } from './multiple-of';

/** a text the DFA accepts, by a seeded random walk (undefined when the walk runs past 24 bytes). */
function walk(dfa: ByteDfa, seed: number): string | undefined {
  let state = dfa.start;
  let random = seed;
  const next = () => (random = (random * 16807) % 2147483647) / 2147483647;
  const bytes: number[] = [];
  for (let step = 0; step < 24; step++) {
    if (dfa.accepting[state] && next() < 0.25) return new TextDecoder().decode(new Uint8Array(bytes));
    const moves: number[] = [];
    for (let byte = 0; byte < 256; byte++) if (dfa.table[state * 256 + byte]! >= 0) moves.push(byte);
    if (moves.length === 0) return new TextDecoder().decode(new Uint8Array(bytes));
    const byte = moves[Math.floor(next() * moves.length)]!;
    bytes.push(byte);
    state = dfa.table[state * 256 + byte]!;
  }
  return undefined;
}

/** the value of a decimal text times 10^places, when that is an integer. */
function scaled(text: string, places: number): bigint | undefined {
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  if (fraction.length > places) return undefined;
  const value = BigInt(whole! + fraction.padEnd(places, '0'));
  return text.startsWith('-') ? -value : value;
}

const range = fc
  .tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: 0, max: 5000 }))
  .map(([lo, width]) => ({ minimum: lo, maximum: lo + width }));

/** the multiples of k within bounds, compiled; undefined (and refused as empty) when there is none. */
function multiplesWithin(k: number, bounds: { minimum: number; maximum: number }): ByteDfa | undefined {
  const constraint = intersect(integer(bounds), multipleOf(k));
  if (Math.ceil(bounds.minimum / k) * k > bounds.maximum) {
    expect(() => compileConstraint(constraint)).toThrow(expect.objectContaining({ code: 'empty-language' }));
    return undefined;
  }
  return compileConstraint(constraint);
}

describe('multiple-of', () => {
  it('parses a step as units of a power of ten', () => {
    expect(parseStep('7')).toEqual({ units: 7n, places: 0 });
    expect(parseStep('0.25')).toEqual({ units: 25n, places: 2 });
    expect(parseStep('2.50')).toEqual({ units: 25n, places: 1 });
    expect(parseStep('1e3')).toEqual({ units: 1000n, places: 0 });
    expect(parseStep('1.5e-3')).toEqual({ units: 15n, places: 4 });
    expect(() => parseStep('0')).toThrow(expect.objectContaining({ code: 'unsupported' }));
    expect(() => parseStep('-3')).toThrow(expect.objectContaining({ code: 'unsupported' }));
  });

  it('with an integer range: every accepted text is a multiple of k within the bounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 60 }),
        range,
        fc.integer({ min: 1, max: 1 << 30 }),
        (k, bounds, seed) => {
          const dfa = multiplesWithin(k, bounds);
          if (!dfa) return;
          for (let n = 0; n < 20; n++) {
            const text = walk(dfa, seed + n);
            if (text === undefined) continue;
            const value = Number(text);
            expect(String(value)).toBe(text);
            expect(value % k === 0 && value >= bounds.minimum && value <= bounds.maximum, text).toBe(true);
          }
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });

  it('with an integer range: every multiple of k within the bounds is accepted, and nothing else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), range, (k, bounds) => {
        const dfa = multiplesWithin(k, bounds);
        if (!dfa) return;
        for (let value = bounds.minimum - 3; value <= bounds.maximum + 3; value += 1 + (value & 7)) {
          const wanted = value % k === 0 && value >= bounds.minimum && value <= bounds.maximum;
          expect(dfaAccepts(dfa, String(value)), String(value)).toBe(wanted);
        }
        for (let value = Math.ceil(bounds.minimum / k) * k; value <= bounds.maximum; value += k * 17)
          expect(dfaAccepts(dfa, String(value))).toBe(true);
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  it('unbounded: multiples of 7 and 3 exactly, canonical texts only', () => {
    for (const k of [3, 7, 9973 % 1000]) {
      const dfa = compileConstraint(intersect(integer(), multipleOf(k)));
      for (let value = -300; value <= 300; value++)
        expect(dfaAccepts(dfa, String(value))).toBe(value % k === 0);
      expect(dfaAccepts(dfa, `${7n ** 40n * BigInt(k)}`)).toBe(true);
      expect(dfaAccepts(dfa, `${7n ** 40n * BigInt(k) + 1n}`)).toBe(false);
      expect(dfaAccepts(dfa, `0${k}`)).toBe(false);
      expect(dfaAccepts(dfa, '-0')).toBe(false);
    }
  });

  it('a decimal step: the value times 10^places is a multiple of its units', () => {
    const number = regex(/-?(?:0|[1-9]\d{0,5})(?:\.\d{1,6})?/);
    for (const step of ['0.25', '1.5', '0.3', '0.125']) {
      const { units, places } = parseStep(step);
      const dfa = compileConstraint(intersect(number, multipleOf(step)));
      fc.assert(
        fc.property(
          fc.integer({ min: -99999, max: 99999 }),
          fc.integer({ min: 0, max: 999 }),
          fc.integer({ min: 0, max: 3 }),
          (whole, fraction, digits) => {
            const sign = whole < 0 ? '-' : '';
            const text = `${sign}${Math.abs(whole)}${digits ? `.${String(fraction).padStart(3, '0').slice(0, digits)}` : ''}`;
            const value = scaled(text, places);
            expect(dfaAccepts(dfa, text), text).toBe(value !== undefined && value % units === 0n);
          },
        ),
        { numRuns: 300, seed: 3 },
      );
      for (let n = 1; n < 200; n++) {
        const text = walk(dfa, n);
        if (text !== undefined) expect(scaled(text, places)! % units, text).toBe(0n);
      }
    }
  });

  it('a step that divides a power of ten needs its last digits only: small however large the step', () => {
    const dfa = compileConstraint(intersect(integer(), multipleOf(10_000)));
    expect(dfa.stateCount).toBeLessThan(16);
    expect(dfaAccepts(dfa, '1230000')).toBe(true);
    expect(dfaAccepts(dfa, '123000')).toBe(false);
  });

  it('a step of over 10,000 remainders, or one whose automaton passes the state limit, is a state-limit error', () => {
    const refused = (step: number | string, limits = defaultCompileLimits) => {
      try {
        compileConstraint(intersect(integer(), multipleOf(step)), limits);
        return undefined;
      } catch (error) {
        expect(ConstraintError.isInstance(error)).toBe(true);
        return (error as ConstraintError).code;
      }
    };
    expect(refused(10_007)).toBe('state-limit');
    expect(refused(9973)).toBe('state-limit');
    expect(refused(997)).toBeUndefined();
    expect(refused(997, { ...defaultCompileLimits, maxStates: 900 })).toBe('state-limit');
    expect(refused('0.0000125')).toBeUndefined();
    expect(refused('0.1234567')).toBe('state-limit');
  });

  it('a range with no multiple is an empty language', () => {
    expect(() => compileConstraint(intersect(integer({ minimum: 1, maximum: 6 }), multipleOf(7)))).toThrow(
      expect.objectContaining({ code: 'empty-language' }),
    );
  });
});
