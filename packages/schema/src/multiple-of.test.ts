import { describe, expect, it } from 'vitest';
import { compileJsonSchema } from './compile';
import { generateObject } from './generate';
import { independentValidator, representation, tokenizer, uniformModel } from './test-support';
import type { JsonSchema } from './types';

const SEEDS = Array.from({ length: 20 }, (_, seed) => seed);

/** fill with the uniform model and no re-noise at all: the value must validate as it first comes. */
async function firstValue(schema: JsonSchema, seed: number) {
  const result = await generateObject({
    model: uniformModel(seed),
    tokenizer,
    schema,
    seed,
    tokensPerStep: 32,
    maxRenoiseRounds: 0,
  });
  expect(result.stats.renoiseRounds).toBe(0);
  expect(independentValidator(schema)(result.value), JSON.stringify(result.value)).toBe(true);
  return result.value as number;
}

const representable = (schema: JsonSchema, value: unknown) =>
  representation(compileJsonSchema(schema), value) !== undefined;

describe('multipleOf is the slot language', () => {
  it.each([
    { type: 'integer', multipleOf: 7 },
    { type: 'integer', minimum: -50, maximum: 200, multipleOf: 3 },
    { type: 'integer', exclusiveMinimum: 1000, maximum: 1_000_000, multipleOf: 13 },
    { type: 'number', minimum: -8, multipleOf: 0.25 },
  ] as JsonSchema[])('%j fills valid on 20 seeds without re-noise', async (schema) => {
    const step = (schema as { multipleOf: number }).multipleOf;
    for (const seed of SEEDS) {
      const value = await firstValue(schema, seed);
      expect(Math.abs(value / step - Math.round(value / step))).toBeLessThan(1e-9);
    }
  });

  it('the language holds every multiple in range and nothing else', () => {
    const schema = { type: 'integer', minimum: -30, maximum: 30, multipleOf: 7 };
    for (let value = -40; value <= 40; value++)
      expect(representable(schema, value), String(value)).toBe(value % 7 === 0 && Math.abs(value) <= 30);
    expect(representable({ type: 'number', multipleOf: 1.5 }, 4.5)).toBe(true);
    expect(representable({ type: 'number', multipleOf: 1.5 }, 4)).toBe(false);
  });

  it('a step past the automaton bound is left to validation, as before', () => {
    const schema = { type: 'integer', minimum: 0, maximum: 1_000_000, multipleOf: 9973 };
    expect(compileJsonSchema(schema).report.validationOnly).toContain('#/multipleOf');
    expect(representable(schema, 9973 * 3)).toBe(true);
    expect(representable(schema, 9973 * 3 + 1)).toBe(true);
  });

  it('a range that holds no multiple is an empty language, not endless re-noise', async () => {
    const schema = { type: 'integer', minimum: 1, maximum: 6, multipleOf: 7 };
    await expect(
      generateObject({ model: uniformModel(0), tokenizer, schema, seed: 0, maxRenoiseRounds: 3 }),
    ).rejects.toMatchObject({ code: 'empty-language' });
  });
});
