import { UnmaskError } from '@unmask/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileJsonSchema } from './compile';
import { generateObject } from './generate';
import { independentValidator, representation, tokenizer, uniformModel } from './test-support';
import type { JsonSchema } from './types';

const PROMPT = 'Ship to Ana "Bo" Lima, ana@ex.io, arriving March 3, 2024 at 10:30; code AB-12.';

const schema: JsonSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    email: { type: 'string', format: 'email' },
    code: { type: 'string', pattern: '^[A-Z]{2}-[0-9]+$' },
    arrival: { type: 'string', format: 'date' },
    note: { type: 'string', maxLength: 12 },
    status: { type: 'string', enum: ['new', 'shipped'] },
    count: { type: 'integer' },
  },
  required: ['name', 'email', 'code', 'arrival'],
};

describe('verbatimFrom: free-text strings are substrings of the source text', () => {
  const held = compileJsonSchema(schema, { verbatimFrom: PROMPT });
  const free = compileJsonSchema(schema);
  const fits = (compiled: typeof held, value: object) => representation(compiled, value) !== undefined;

  it('a copy of the text fits; the same value not in the text does not', () => {
    const base = { email: 'ana@ex.io', code: 'AB-12', arrival: '2024-03-03' };
    expect(fits(held, { ...base, name: 'Ana "Bo" Lima' })).toBe(true);
    expect(fits(held, { ...base, name: 'Ana Lima' })).toBe(false);
    expect(fits(free, { ...base, name: 'Ana Lima' })).toBe(true);
    // the other parts of the language still apply: a substring that is no e-mail is not one
    expect(fits(held, { ...base, name: 'Ana', email: 'ana@ex.io' })).toBe(true);
    // a copy cuts no word of the text in two
    expect(fits(held, { ...base, name: 'Ana', email: 'a@ex.io' })).toBe(false);
    expect(fits(held, { ...base, name: 'Lim' })).toBe(false);
    expect(fits(held, { ...base, name: '"Bo"' })).toBe(true);
    expect(fits(held, { ...base, name: 'Ana', email: 'Ana "Bo" Lima' })).toBe(false);
    expect(fits(held, { ...base, name: 'Ana', note: 'arriving' })).toBe(true);
    expect(fits(held, { ...base, name: 'Ana', note: 'arriving March 3' })).toBe(false); // maxLength 12
  });

  it('dates, enums and numbers are not held to the text', () => {
    const value = { name: 'Ana', email: 'ana@ex.io', code: 'AB-12', status: 'shipped', count: 7 };
    expect(fits(held, { ...value, arrival: '2024-03-03' })).toBe(true);
    expect(fits(held, { ...value, arrival: '1999-12-31' })).toBe(true);
    expect(held.report.verbatim).toEqual({ kept: [] });
    expect(free.report.verbatim).toBeUndefined();
  });

  it('a string no part of the text satisfies keeps its own language, reported by pointer', () => {
    const compiled = compileJsonSchema(schema, { verbatimFrom: 'no address here' });
    expect(compiled.report.verbatim?.kept).toEqual([
      { pointer: '#/properties/email', reason: 'no-substring' },
      { pointer: '#/properties/code', reason: 'no-substring' },
    ]);
    expect(
      representation(compiled, { name: 'address', email: 'x@y.org', code: 'ZZ-9', arrival: '2024-03-03' }),
    ).toBeDefined();
    expect(
      representation(compiled, { name: 'Ana', email: 'x@y.org', code: 'ZZ-9', arrival: '2024-03-03' }),
    ).toBe(undefined);
  });
});

describe('verbatimFrom over any text', () => {
  it('a substring of a random text is held exactly when it cuts no word (control characters, quotes, astral)', () => {
    const shape: JsonSchema = { type: 'object', properties: { s: { type: 'string' } }, required: ['s'] };
    const free = compileJsonSchema(shape);
    const word = (char: string | undefined) => char !== undefined && /^[\p{L}\p{N}\p{M}_]$/u.test(char);
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'b', '1', '_', ' ', '.', '"', '\\', '\u0007', 'é', '𝒳'),
          maxLength: 30,
        }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const compiled = compileJsonSchema(shape, { verbatimFrom: text });
          const chars = [...text];
          const from = chars.length ? a % chars.length : 0;
          const to = Math.min(chars.length, from + (b % 11));
          const sub = chars.slice(from, to).join('');
          // what the string's own slot cannot hold (more tokens than its budget) is out
          if (representation(free, { s: sub }) === undefined) return;
          // a copy cuts no word in two and neither starts nor ends with white space
          const held = (i: number, end: number) =>
            end === i ||
            !(
              (word(chars[i - 1]) && word(chars[i])) ||
              (word(chars[end - 1]) && word(chars[end])) ||
              /\s/.test(chars[i]!) ||
              /\s/.test(chars[end - 1]!)
            );
          // (the same characters may also occur elsewhere in the text, held)
          const elsewhere = chars.some(
            (_, i) => chars.slice(i, i + (to - from)).join('') === sub && held(i, i + (to - from)),
          );
          const cuts = !held(from, to);
          expect(representation(compiled, { s: sub }) !== undefined, JSON.stringify({ text, sub })).toBe(
            !cuts || elsewhere,
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('verbatimFrom with long texts', () => {
  const long = (n: number) => Array.from({ length: n / 10 }, (_, i) => `w${i} abc; `).join('');
  const shape: JsonSchema = {
    type: 'object',
    properties: { free: { type: 'string' }, short: { type: 'string', maxLength: 20 } },
  };

  it('a long text with a short maxLength: the copy stays, the length goes to validation', () => {
    const text = long(1000);
    const compiled = compileJsonSchema(shape, { verbatimFrom: text });
    expect(compiled.report.verbatim?.kept).toEqual([]);
    expect(compiled.report.validationOnly).toContain('#/properties/short/maxLength');
    expect(representation(compiled, { short: 'w12 abc; w13' })).toBeDefined();
    expect(representation(compiled, { short: 'w12 abc; w14' })).toBeUndefined();
    // a short text keeps the length in the automaton
    expect(compileJsonSchema(shape, { verbatimFrom: text.slice(0, 150) }).report.validationOnly).toEqual([]);
  });

  it('a message of 128 characters: a maxLength of 40 goes to validation, 30 stays in the automaton', () => {
    const message =
      'Hi! This is Maya Lindqvist from Northwind Traders in Oslo. Could you send the quote to maya.lindqvist@northwind.example? Thanks!';
    const compiled = compileJsonSchema(
      {
        type: 'object',
        properties: { name: { type: 'string', maxLength: 40 }, city: { type: 'string', maxLength: 30 } },
        required: ['name', 'city'],
      },
      { verbatimFrom: message },
    );
    expect(compiled.report.verbatim?.kept).toEqual([]);
    expect(compiled.report.validationOnly).toEqual(['#/properties/name/maxLength']);
    expect(representation(compiled, { name: 'Maya Lindqvist', city: 'Oslo' })).toBeDefined();
    expect(representation(compiled, { name: 'Maya Lindqvist', city: 'Bergen' })).toBeUndefined();
    expect(representation(compiled, { name: 'Maya Lindquist', city: 'Oslo' })).toBeUndefined();
  });

  it('a text past the automaton limits: every string keeps its language, reported as state-limit', () => {
    const compiled = compileJsonSchema(shape, { verbatimFrom: long(5000) });
    expect(compiled.report.verbatim?.kept).toEqual([
      { pointer: '#/properties/free', reason: 'state-limit' },
      { pointer: '#/properties/short', reason: 'state-limit' },
    ]);
    expect(representation(compiled, { free: 'not in the text' })).toBeDefined();
  });
});

describe('generateObject({ verbatim })', () => {
  it('every free-text string the model writes is in the prompt, and the value validates', async () => {
    const substrings = (value: Record<string, unknown>) =>
      ['name', 'email', 'code', 'note'].every(
        (key) => value[key] === undefined || PROMPT.includes(String(value[key])),
      );
    let differs = 0;
    for (const seed of [0, 1, 2, 3, 4, 5]) {
      const run = (verbatim: boolean) =>
        generateObject({
          model: uniformModel(seed),
          tokenizer,
          schema,
          prompt: PROMPT,
          seed,
          tokensPerStep: 32,
          maxRenoiseRounds: 12,
          verbatim,
          // grounding (the default with a prompt) holds strings to the prompt too: off here
          grounded: false,
        });
      const held = await run(true);
      expect(independentValidator(schema)(held.value), JSON.stringify(held.value)).toBe(true);
      expect(substrings(held.value as Record<string, unknown>), JSON.stringify(held.value)).toBe(true);
      // the worst-case model writes other text when it is not held to the prompt
      if (!substrings((await run(false)).value as Record<string, unknown>)) differs++;
    }
    expect(differs).toBeGreaterThan(0);
  });

  it('verbatim without a prompt, or not a boolean: invalid-argument', async () => {
    const call = (options: object) =>
      generateObject({ model: uniformModel(0), tokenizer, schema, ...options }).then(
        () => undefined,
        (error: unknown) => error,
      );
    for (const options of [{ verbatim: true }, { prompt: PROMPT, verbatim: 'yes' }]) {
      const error = await call(options);
      expect(UnmaskError.isInstance(error)).toBe(true);
      expect((error as UnmaskError).code).toBe('invalid-argument');
    }
  });
});
