import { describe, expect, it } from 'vitest';
import { ByteTokenizer } from './byte-tokenizer';
import { buildCanvas } from './canvas';
import * as c from './constraint/constraint';
import { BudgetError } from './errors/budget-error';
import { slot } from './layout';

// the longest token is "abcd" (4 bytes)
const tokenizer = new ByteTokenizer({ merges: ['ab', 'cd', 'abcd'], specials: ['<mask>', '<pad>'] });
const model = {
  maskTokenId: tokenizer.special('<mask>'),
  padTokenId: tokenizer.special('<pad>'),
  maxLength: 4096,
};
const build = (minBytes: number | undefined, maxTokens = 8) =>
  buildCanvas({
    layout: {
      segments: [
        slot({
          path: '/text',
          constraint: c.jsonString(),
          maxTokens,
          ...(minBytes === undefined ? {} : { minBytes }),
        }),
      ],
    },
    tokenizer,
    model,
  });

describe('buildCanvas: a length left to validation (minBytes)', () => {
  it('a budget its longest tokens cannot fill is a budget error before sampling (minLength 1e9 was re-noised)', () => {
    let error: unknown;
    try {
      build(1e9, 256);
    } catch (caught) {
      error = caught;
    }
    expect(BudgetError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'budget',
      path: '/text',
      maxTokens: 256,
      shortestTokens: 250_000_000,
    });
  });

  it('counts the longest token: 32 bytes fit 8 tokens of 4 bytes, 33 do not', () => {
    expect(build(32).slots).toHaveLength(1);
    expect(() => build(33)).toThrow(expect.objectContaining({ code: 'budget', shortestTokens: 9 }));
    expect(build(undefined).slots).toHaveLength(1);
  });

  it('a minBytes that is not a number of bytes is an invalid layout', () => {
    for (const minBytes of [-1, Number.NaN])
      expect(() => build(minBytes)).toThrow(expect.objectContaining({ code: 'invalid-layout' }));
  });
});
