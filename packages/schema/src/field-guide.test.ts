import type { ForwardInput } from '@unmask/core';
import { formatPrompt } from '@unmask/core';
import { describe, expect, it } from 'vitest';
import { fieldGuide } from './field-guide';
import { generateObject } from './generate';
import { tokenizer, uniformModel } from './test-support';
import type { JsonSchema } from './types';

const schema: JsonSchema = {
  type: 'object',
  properties: {
    city: { type: 'string', description: 'the city the customer\n  lives in' },
    name: { type: 'string' },
    order: {
      type: 'object',
      title: 'Order',
      properties: { total: { type: 'number', title: 'Total', description: 'amount without currency' } },
    },
    items: {
      type: 'array',
      items: { type: 'object', properties: { qty: { type: 'integer', description: 'units' } } },
    },
  },
  required: ['city', 'name'],
};

describe('the field guide', () => {
  it('lists every described or titled field by its path, one line each', () => {
    expect(fieldGuide(schema).split('\n')).toEqual([
      '- city: the city the customer lives in',
      '- order: Order',
      '- order.total: Total: amount without currency',
      '- items[].qty: units',
    ]);
    expect(fieldGuide({ type: 'object', properties: { a: { type: 'string' } } })).toBe('');
  });

  it('a title the description does not contain comes first', () => {
    expect(fieldGuide({ properties: { a: { title: 'Home town', description: 'where they live' } } })).toBe(
      '- a: Home town: where they live',
    );
  });

  it('formatPrompt places it at {fields}, and only there', () => {
    const format = { promptFormat: '<p>{prompt}{fields}<c>' };
    expect(formatPrompt(format, 'hi', '- a: b')).toBe('<p>hi\n\nfields:\n- a: b<c>');
    expect(formatPrompt(format, 'hi', '')).toBe('<p>hi<c>');
    expect(formatPrompt({ promptFormat: '<p>{prompt}<c>' }, 'hi', '- a: b')).toBe('<p>hi<c>');
    expect(formatPrompt(format, '$& {fields}', '')).toBe('<p>$& {fields}<c>');
  });

  it('reaches the model in generate when the prompt format holds {fields}', async () => {
    const seen: string[] = [];
    const model = uniformModel(1);
    const forward = model.forward.bind(model);
    model.forward = async (input: ForwardInput) => {
      seen.push(tokenizer.decode(Array.from(input.ids.subarray(0, input.length))));
      return forward(input);
    };
    const prompt = 'Priya from Bristol here, not London.';
    for (const promptFormat of ['{prompt}{fields}\n', '{prompt}\n']) {
      seen.length = 0;
      await generateObject({ model, tokenizer, schema, prompt, promptFormat, grounded: false });
      expect(seen.length).toBeGreaterThan(0);
      for (const text of seen) {
        expect(text.startsWith(prompt)).toBe(true);
        expect(text.includes('- city: the city the customer lives in')).toBe(
          promptFormat.includes('{fields}'),
        );
      }
    }
  });
});
