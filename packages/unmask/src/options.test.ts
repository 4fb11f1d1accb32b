import { UnmaskError } from '@unmask/core';
import { ByteTokenizer, UniformRandomModel } from '@unmask/core/test';
import { describe, expect, it } from 'vitest';
import { createUnmask } from './create-unmask';

const tokenizer = new ByteTokenizer({ merges: [], specials: ['<mask>', '<pad>'] });
const model = new UniformRandomModel({
  vocabSize: tokenizer.vocabSize,
  maskTokenId: tokenizer.special('<mask>'),
  padTokenId: tokenizer.special('<pad>'),
  maxLength: 4096,
});
const unmask = createUnmask({ model, tokenizer });
const schema = { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] };

const codeOf = async (call: () => Promise<unknown>) => {
  try {
    await call();
  } catch (error) {
    return UnmaskError.isInstance(error) ? `${error.code}: ${error.message}` : `untyped: ${String(error)}`;
  }
  return 'no error';
};

describe('options are checked where they enter', () => {
  it('a misspelt option is an invalid-argument error naming the nearest known one', async () => {
    expect(await codeOf(() => unmask.generate({ schema, promt: 'n is 3' } as never))).toMatch(
      /^invalid-argument: generate: unknown option "promt" \(did you mean "prompt"\?\)/,
    );
    expect(await codeOf(() => unmask.generate({ schema, prompt: 'x', treshold: 0.5 } as never))).toMatch(
      /did you mean "threshold"/,
    );
    expect(await codeOf(() => unmask.fill({ template: 'a {{gen "b"}}', promt: 'x' } as never))).toMatch(
      /fill: unknown option "promt"/,
    );
    expect(await codeOf(() => unmask.generateMany({ requests: [{ schema, promtp: 'x' }] } as never))).toMatch(
      /request: unknown option "promtp"/,
    );
  });

  it('out-of-range run options and a fake signal are typed errors', async () => {
    for (const options of [
      { temperature: Number.POSITIVE_INFINITY },
      { temperature: 1e6 },
      { maxRenoiseRounds: 1e9 },
      { signal: { aborted: false } },
    ])
      expect(await codeOf(() => unmask.generate({ schema, prompt: 'n is 3', ...options } as never))).toMatch(
        /^invalid-argument: /,
      );
  });

  it('an empty prompt is a typed error, not values made up from nothing', async () => {
    expect(await codeOf(() => unmask.generate({ schema, prompt: '   ' }))).toMatch(
      /^invalid-argument: prompt is empty/,
    );
  });
});

describe('limits before work', () => {
  it('a prompt too long for the model is refused before it is read, saying by how much', async () => {
    const small = createUnmask({
      model: new UniformRandomModel({
        vocabSize: tokenizer.vocabSize,
        maskTokenId: tokenizer.special('<mask>'),
        padTokenId: tokenizer.special('<pad>'),
        maxLength: 256,
      }),
      tokenizer,
    });
    const huge = 'word '.repeat(2_000_000);
    expect(await codeOf(() => small.generate({ schema, prompt: huge }))).toMatch(
      /^canvas-too-long: the prompt is 10000000 bytes: at least \d+ tokens, over the model's maximum of 256/,
    );
    expect(await codeOf(() => small.fill({ template: 'a {{gen "b"}}', prompt: huge }))).toMatch(
      /^canvas-too-long/,
    );
    // just over: the canvas error says by how many tokens
    expect(await codeOf(() => small.generate({ schema, prompt: 'x'.repeat(250) }))).toMatch(
      /^canvas-too-long: the canvas needs \d+ tokens, \d+ over the model's maximum of 256/,
    );
  });
});
