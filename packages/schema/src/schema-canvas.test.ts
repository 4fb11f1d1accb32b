import { describe, expect, it } from 'vitest';
import { compileJsonSchema } from './compile';
import { representation, roundTrip } from './test-support';

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
