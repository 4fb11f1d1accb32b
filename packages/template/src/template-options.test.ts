import { UnmaskError } from '@unmask/core';
import { UniformRandomModel } from '@unmask/core/test';
import { describe, expect, it } from 'vitest';
import { compileTemplate } from './compile-template';
import { fillTemplate } from './fill-template';
import { maskTokenId, padTokenId, tokenizer, vocabSize } from './test-support';

const template = 'Hi {{gen "x" maxTokens=3}} {{b}}';

describe('template options are checked, never silently defaulted', () => {
  it.each([
    [{ missing: 'skip' }, /missing must be 'error' or 'slot'/],
    [{ missingSlotTokens: 0 }, /missingSlotTokens must be a positive integer/],
    [{ verbatim: 1 }, /verbatim must be a boolean/],
    [{ verbatimFrom: ['a'] }, /verbatimFrom must be a string/],
    [{ limits: { maxSlots: 2.5 } }, /limits.maxSlots must be a positive integer/],
    [{ limits: { slots: 3 } }, /unknown template limit "slots"/],
  ])('compileTemplate %j', (options, message) => {
    let error: unknown;
    try {
      compileTemplate({ template, data: { b: 1 }, ...(options as object) });
    } catch (caught) {
      error = caught;
    }
    expect(UnmaskError.isInstance(error)).toBe(true);
    expect((error as UnmaskError).code).toBe('invalid-argument');
    expect((error as Error).message).toMatch(message);
  });

  it('fillTemplate: validators and validate must be functions', async () => {
    const model = new UniformRandomModel({ vocabSize, maskTokenId, padTokenId, seed: 1 });
    for (const [options, message] of [
      [{ validate: 'x' }, /validate must be a function/],
      [{ validators: { x: true } }, /validators\["x"\] must be a function/],
    ] as const) {
      await expect(
        fillTemplate({ model, tokenizer, template, data: { b: 1 }, ...(options as object) }),
      ).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringMatching(message) });
    }
  });
});
