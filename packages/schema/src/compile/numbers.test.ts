import { checkConstraint, compileConstraint, dfaAccepts, integer } from '@unmask/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateObject } from '../generate';
import { independentValidator, tokenizer, uniformModel } from '../test-support';
import type { JsonSchema } from '../types';
import { compileJsonSchema } from './compile-json-schema';
import { integerRange, numberLanguage, writableIntegers } from './numbers';

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

describe('writableIntegers: the integers of a range a slot writes', () => {
  it('bounds past the safe integers are clamped to them (±1e300 was a state-limit error)', () => {
    expect(writableIntegers(BigInt(-1e300), BigInt(1e300))).toEqual({ minimum: -SAFE, maximum: SAFE });
    expect(writableIntegers(undefined, undefined)).toEqual({ minimum: -SAFE, maximum: SAFE });
    expect(writableIntegers(-5n, 1_000_000n)).toEqual({ minimum: -5n, maximum: 1_000_000n });
    // a range past them keeps the digits of its integer nearest zero
    expect(writableIntegers(BigInt(1e25), BigInt(1e26))).toEqual({
      minimum: BigInt(1e25),
      maximum: 10n ** 26n - 1n,
    });
    // and none past a double's range
    expect(writableIntegers(BigInt(1e308), undefined).maximum).toBe(BigInt(Number.MAX_VALUE));
  });

  it('is a non-empty part of any non-empty range of doubles, and compiles', () => {
    const bound = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }),
      fc.double({ min: -1e308, max: 1e308, noNaN: true }).map(Math.trunc),
    );
    fc.assert(
      fc.property(fc.option(bound, { nil: undefined }), fc.option(bound, { nil: undefined }), (a, b) => {
        const [lo, hi] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b];
        const { minimum, maximum } = writableIntegers(
          lo === undefined ? undefined : BigInt(lo),
          hi === undefined ? undefined : BigInt(hi),
        );
        expect(minimum <= maximum).toBe(true);
        if (lo !== undefined) expect(minimum >= BigInt(lo)).toBe(true);
        if (hi !== undefined) expect(maximum <= BigInt(hi)).toBe(true);
        // every integer held is a finite double
        for (const value of [minimum, maximum]) expect(Number.isFinite(Number(value))).toBe(true);
        expect(() => checkConstraint(integer({ minimum, maximum }))).not.toThrow();
      }),
      { seed: 4, numRuns: 300 },
    );
  });
});

describe('integerRange', () => {
  it('an exclusive bound past 2^53 is exclusive (a double plus one was the same double)', () => {
    const past = (2n ** 60n + 1n).toString();
    expect(integerRange({ exclusiveMinimum: 2 ** 60 })).toEqual({ minimum: past });
    expect(integerRange({ minimum: 2 ** 60, exclusiveMinimum: true })).toEqual({ minimum: past });
    expect(integerRange({ exclusiveMaximum: -(2 ** 60) })).toEqual({ maximum: `-${past}` });
    expect(integerRange({ minimum: 1.5, exclusiveMinimum: 1 })).toEqual({ minimum: '2' });
  });
});

describe('an integer range of ±1e300', () => {
  const schema: JsonSchema = { type: 'integer', minimum: -1e300, maximum: 1e300 };

  it('is laid out as the safe integers (a budget of 17 tokens) and fills valid', async () => {
    const [slot] = compileJsonSchema(schema).layout.segments.filter((segment) => segment.kind === 'slot');
    expect(slot?.maxTokens).toBe(17);
    for (const seed of [0, 1, 2, 3]) {
      const { value } = await generateObject({ model: uniformModel(seed), tokenizer, schema, seed });
      expect(Number.isInteger(value)).toBe(true);
      expect(independentValidator(schema)(value)).toBe(true);
    }
  });

  it('a number range too, and one past the safe integers keeps values in it', async () => {
    for (const wide of [
      { type: 'number', minimum: -1e300, maximum: 1e300 },
      { type: 'integer', minimum: 1e25, maximum: 1e26 },
    ] as JsonSchema[]) {
      const { value } = await generateObject({ model: uniformModel(1), tokenizer, schema: wide, seed: 1 });
      expect(independentValidator(wide)(value), JSON.stringify(value)).toBe(true);
    }
  });
});

describe('the number language writes no number past a double', () => {
  const unbounded = compileConstraint(numberLanguage({ type: 'number' }));
  const accepts = (text: string) => dfaAccepts(unbounded, text);

  it('exponents up to e+307 (e+999 was Infinity, null as JSON)', () => {
    for (const text of ['1e+307', '-9.99e+307', '1e-400', '5e-324', '123456789012345678901', '0.5'])
      expect(accepts(text), text).toBe(true);
    for (const text of ['1e+308', '1e+999', '3350601e+363', '12e+5']) expect(accepts(text), text).toBe(false);
  });

  it('holds the finite doubles as JSON.stringify writes them below 1e308, and only finite texts', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, max: 9.99e307, min: -9.99e307 }),
        (value) => {
          const text = JSON.stringify(value);
          // a plain fraction is held to 17 digits (0.0000010000000000000002 has 22), as before
          fc.pre(!/\.\d{18}/.test(text));
          expect(accepts(text), text).toBe(true);
        },
      ),
      { seed: 6, numRuns: 2000 },
    );
    const mantissa = fc.stringMatching(/^-?[1-9](\.\d{1,3})?$/);
    fc.assert(
      fc.property(mantissa, fc.integer({ min: -999, max: 999 }), (whole, power) => {
        const text = `${whole}e${power < 0 ? '-' : '+'}${Math.abs(power)}`;
        if (accepts(text)) expect(Number.isFinite(Number(text)), text).toBe(true);
      }),
      { seed: 6, numRuns: 2000 },
    );
  });
});
