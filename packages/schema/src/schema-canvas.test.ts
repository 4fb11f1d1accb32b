import { favouring, ScriptedModel } from '@unmask/core/test';
import { describe, expect, it } from 'vitest';
import { compileJsonSchema } from './compile';
import { generateObject } from './generate';
import { emptyCanvas, MASK, PAD, representation, roundTrip, tokenizer } from './test-support';

describe('buildSchemaCanvas fits budgets to the tokenizer', () => {
  // the test tokenizer is byte-level with few merges: a long key costs about a token a byte
  const schema = {
    type: 'object',
    properties: {
      a_rather_long_property_name: { enum: ['fastest', 'scenic'] },
      another_long_optional_key: { type: 'string', maxLength: 4 },
      nested_optional_object_here: { type: 'object', properties: { x: { type: 'boolean' } } },
    },
  };

  it('the longest enum value of an optional property with a long key can be written', () => {
    const value = { a_rather_long_property_name: 'fastest' };
    expect(roundTrip(schema, value)?.value).toEqual(value);
  });

  it('an optional string and an optional object behind long keys can be written', () => {
    const value = { another_long_optional_key: 'abcd', nested_optional_object_here: { x: true } };
    expect(roundTrip(schema, value)?.value).toEqual(value);
    const all = { ...value, a_rather_long_property_name: 'scenic' };
    expect(representation(compileJsonSchema(schema), all)).toBeDefined();
  });
});

describe('buildSchemaCanvas refuses a length no budget can hold', () => {
  const scripted = (token: number) =>
    new ScriptedModel({
      vocabSize: tokenizer.vocabSize,
      maskTokenId: MASK,
      padTokenId: PAD,
      maxLength: 4096,
      logits: favouring(tokenizer.vocabSize, () => token),
    });

  it('minLength 1e9 is a budget error before the first forward pass (it was sampled, then re-noised)', async () => {
    const model = scripted(PAD);
    const outcome = generateObject({
      model,
      tokenizer,
      schema: { type: 'string', minLength: 1e9 },
      prompt: 'x',
    });
    await expect(outcome).rejects.toMatchObject({ code: 'budget', path: '' });
    expect(model.calls).toHaveLength(0);
    // a minLength the budget can reach in long tokens is laid out (validation checks it)
    expect(emptyCanvas(compileJsonSchema({ type: 'string', minLength: 100 })).slots[0]!.spec.minBytes).toBe(
      100,
    );
  });

  it('an optional member with such a minLength is left absent, not refused', async () => {
    const schema = { type: 'object', properties: { long: { type: 'string', minLength: 1e9 } } };
    const { value } = await generateObject({ model: scripted(PAD), tokenizer, schema, prompt: 'x' });
    expect(value).toEqual({});
  });
});
