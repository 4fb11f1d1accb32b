import { UnmaskError } from '@unmask/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileJsonSchema } from './compile';
import { generateObject } from './generate';
import { prepareJsonSchema, prepareZodSchema } from './schema-input';
import { tokenizer, uniformModel } from './test-support';

const schema = { type: 'object', properties: { a: { type: 'string' } } };

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('compile options are checked, never silently defaulted', () => {
  it.each([
    [{ stringTokens: -1 }, /stringTokens must be an integer from 1 to 4096, got -1/],
    [{ stringTokens: 'x' }, /stringTokens must be an integer/],
    [{ arrayItems: 1.5 }, /arrayItems must be an integer from 0/],
    [{ pretty: 'yes' }, /pretty must be a boolean/],
    [{ verbatimFrom: 5 }, /verbatimFrom must be a string/],
    [
      { items: { '#/properties/a': -1 } },
      /items must be an object of JSON pointers to integers \(at "#\/properties\/a"\)/,
    ],
    [{ limits: { maxSlots: 0 } }, /limits must be an object whose maxSlots is an integer from 1/],
    [
      { limits: { maxNodes: 3 } },
      /limits must be an object of maxSchemaBytes, maxDepth, maxSlots \(not "maxNodes"\)/,
    ],
    [{ stringToken: 16 }, /unknown compile option "stringToken" \(known: pretty, stringTokens/],
  ])('%j', (options, message) => {
    for (const run of [
      () => compileJsonSchema(schema, options as object),
      () => prepareJsonSchema(schema, options as object),
      () => prepareZodSchema(z.object({ a: z.string() }), options as object),
    ]) {
      const error = errorOf(run);
      expect(UnmaskError.isInstance(error), String(error)).toBe(true);
      expect((error as UnmaskError).code).toBe('invalid-argument');
      expect((error as Error).message).toMatch(message);
    }
  });

  it('valid options, and keys present but undefined (partial spreads), pass', () => {
    expect(
      compileJsonSchema(schema, { stringTokens: 8, pretty: true, limits: { maxSlots: 10 } }).report.slots,
    ).toBe(1);
    expect(compileJsonSchema(schema, { stringTokens: undefined, arrayItems: undefined }).report.slots).toBe(
      1,
    );
  });

  it('through generateObject: a typed rejection, not a crash', async () => {
    await expect(
      generateObject({ model: uniformModel(), tokenizer, schema, compile: { numberTokens: 0 } }),
    ).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});
