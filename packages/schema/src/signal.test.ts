import { AbortedError, type DenoisingModel, type ForwardInput, UnmaskError } from '@unmask/core';
import { describe, expect, it } from 'vitest';
import { generateObject } from './generate';
import { tokenizer, uniformModel } from './test-support';
import type { JsonSchema } from './types';

/** a union of objects: the model chooses the branch (one forward pass) before the fill loop. */
const contact: JsonSchema = {
  type: 'object',
  properties: {
    who: {
      anyOf: [
        { type: 'object', properties: { name: { type: 'string', maxLength: 8 } }, required: ['name'] },
        { type: 'object', properties: { company: { type: 'boolean' } }, required: ['company'] },
      ],
    },
  },
  required: ['who'],
};

/** the uniform model, honouring the signal as onnx does (throwIfAborted: a DOMException); `during` aborts while a pass runs. */
function abortingModel(controller: AbortController, during: (call: number) => boolean): DenoisingModel {
  const inner = uniformModel(0);
  let calls = 0;
  return {
    specificationVersion: 'v1',
    modelId: 'aborting',
    vocabSize: inner.vocabSize,
    maskTokenId: inner.maskTokenId,
    padTokenId: inner.padTokenId,
    maxLength: inner.maxLength,
    forward: async (input: ForwardInput) => {
      input.signal?.throwIfAborted();
      if (during(calls++)) controller.abort();
      await Promise.resolve();
      input.signal?.throwIfAborted();
      return inner.forward(input);
    },
    dispose: () => {},
  };
}

describe('signal', () => {
  it('a signal that is not an AbortSignal is an invalid-argument error, union or not', async () => {
    for (const schema of [contact, { type: 'integer' }] as JsonSchema[]) {
      const run = generateObject({
        model: uniformModel(0),
        tokenizer,
        schema,
        signal: { aborted: false } as unknown as AbortSignal,
      });
      await expect(run).rejects.toSatisfy(
        (error) => UnmaskError.isInstance(error) && error.code === 'invalid-argument',
      );
      await expect(run).rejects.toThrow('signal must be an AbortSignal');
    }
  });

  it("aborted during the branch choice: core's AbortedError, not the model's DOMException", async () => {
    const controller = new AbortController();
    const run = generateObject({
      model: abortingModel(controller, (call) => call === 0),
      tokenizer,
      schema: contact,
      signal: controller.signal,
    });
    await expect(run).rejects.toSatisfy((error) => AbortedError.isInstance(error));
    await expect(run).rejects.toMatchObject({ code: 'aborted', step: 0 });
  });

  it('aborted before the branch choice: AbortedError too', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    const run = generateObject({
      model: abortingModel(controller, () => false),
      tokenizer,
      schema: contact,
      signal: controller.signal,
    });
    await expect(run).rejects.toSatisfy((error) => AbortedError.isInstance(error));
    await expect(run.catch((error) => (error as Error).cause)).resolves.toMatchObject({ message: 'stop' });
  });
});
