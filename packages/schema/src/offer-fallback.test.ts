import { UnmaskError } from '@unmask/core';
import { UniformRandomModel } from '@unmask/core/test';
import { describe, expect, it } from 'vitest';
import { generateObject } from './generate';
import { independentValidator, MASK, PAD, tokenizer } from './test-support';
import type { JsonSchema } from './types';

const schema: JsonSchema = {
  type: 'object',
  properties: {
    order: { type: 'string', maxLength: 12 },
    lines: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          sku: { type: 'string', maxLength: 10 },
          qty: { type: 'integer', minimum: 1, maximum: 99 },
        },
        required: ['sku', 'qty'],
      },
    },
  },
  required: ['order', 'lines'],
};

const modelOf = (maxLength: number) =>
  new UniformRandomModel({
    vocabSize: tokenizer.vocabSize,
    maskTokenId: MASK,
    padTokenId: PAD,
    maxLength,
    seed: 3,
  });

/** the canvas length of the default offering (three optional items), from the error it gives. */
async function defaultLength(): Promise<number> {
  const result = await generateObject({ model: modelOf(1 << 16), tokenizer, schema, growRounds: 0 });
  expect(result.reduced).toBe(false);
  return result.canvas.ids.length;
}

describe('a canvas too long with the default offering', () => {
  it('is offered one optional item (then none) and fills valid, marked reduced', async () => {
    const full = await defaultLength();
    const model = modelOf(full - 20);
    const result = await generateObject({ model, tokenizer, schema, growRounds: 0 });
    expect(independentValidator(schema)(result.value)).toBe(true);
    expect(result.reduced).toBe(true);
    expect(result.canvas.ids.length).toBeLessThanOrEqual(full - 20);
  });

  it('is still a typed canvas-too-long error when nothing fits, and when the caller fixed the offering', async () => {
    const tiny = modelOf(12);
    const error = await generateObject({ model: tiny, tokenizer, schema }).catch((e: unknown) => e);
    expect(UnmaskError.isInstance(error) && error.code).toBe('canvas-too-long');
    const full = await defaultLength();
    const fixed = await generateObject({
      model: modelOf(full - 20),
      tokenizer,
      schema,
      compile: { arrayItems: 3 },
    }).catch((e: unknown) => e);
    expect(UnmaskError.isInstance(fixed) && fixed.code).toBe('canvas-too-long');
  });
});
