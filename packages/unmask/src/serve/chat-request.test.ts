import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { embedSchema, parseChatRequest, promptOf, unionOf } from './chat-request';
import { DEFAULT_SERVE_LIMITS } from './limits';

const person = { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] };
const tool = (name: string, parameters: object = person) => ({
  type: 'function',
  function: { name, parameters },
});
const parse = (body: Record<string, unknown>) =>
  parseChatRequest({ messages: [{ role: 'user', content: 'Ann' }], ...body }, { ...DEFAULT_SERVE_LIMITS });

describe('chat request', () => {
  it('joins the messages: a blank line between messages, a line break between text parts', () => {
    const prompt = promptOf(
      [
        { role: 'system', content: 'Be brief.' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'one' },
            { type: 'text', text: 'two' },
          ],
        },
        { role: 'assistant', content: null, tool_calls: [] },
        { role: 'tool', tool_call_id: 'x', content: '{"ok":true}' },
      ],
      DEFAULT_SERVE_LIMITS,
    );
    expect(prompt).toBe('Be brief.\n\none\ntwo\n\n{"ok":true}');
  });

  it('what the value becomes: content, a named tool, or a union the model chooses from', () => {
    expect(
      parse({ response_format: { type: 'json_schema', json_schema: { name: 'p', schema: person } } }).answer,
    ).toEqual({
      kind: 'content',
    });
    const named = parse({
      tools: [tool('a'), tool('b')],
      tool_choice: { type: 'function', function: { name: 'b' } },
    });
    expect(named.answer).toEqual({ kind: 'tool', name: 'b' });
    expect(named.schema).toBe(person);
    // 'auto' with no response format: the one tool is called
    expect(parse({ tools: [tool('a')] }).answer).toEqual({ kind: 'tool', name: 'a' });
    const union = parse({ tools: [tool('a'), tool('b')], tool_choice: 'required' });
    expect(union.answer).toEqual({ kind: 'choice', tools: ['a', 'b'], content: false });
    expect(union.schema).toEqual(
      unionOf(
        [
          { name: 'a', parameters: person, param: '' },
          { name: 'b', parameters: person, param: '' },
        ],
        undefined,
      ),
    );
    const withAnswer = parse({
      tools: [tool('a')],
      response_format: { type: 'json_schema', json_schema: { name: 'p', schema: person } },
    });
    expect(withAnswer.answer).toEqual({ kind: 'choice', tools: ['a'], content: true });
    expect(
      parse({
        tools: [tool('a')],
        tool_choice: 'none',
        response_format: { type: 'json_schema', json_schema: { name: 'p', schema: person } },
      }).answer,
    ).toEqual({ kind: 'content' });
  });

  it('a union branch is { name: const, arguments }; local references follow the schema into it', () => {
    const withRef = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $defs: { n: { type: 'integer' } },
      properties: { n: { $ref: '#/$defs/n' }, self: { $ref: '#' } },
      default: { $ref: '#/kept' },
    };
    const union = unionOf([{ name: 'f', parameters: withRef, param: '' }], person) as {
      $schema: string;
      anyOf: object[];
    };
    expect(union.$schema).toBe(withRef.$schema);
    expect(union.anyOf[0]).toEqual({
      type: 'object',
      properties: {
        name: { const: 'f' },
        arguments: {
          $defs: { n: { type: 'integer' } },
          properties: {
            n: { $ref: '#/anyOf/0/properties/arguments/$defs/n' },
            self: { $ref: '#/anyOf/0/properties/arguments' },
          },
          default: { $ref: '#/kept' },
        },
      },
      required: ['name', 'arguments'],
      additionalProperties: false,
    });
    expect(union.anyOf[1]).toMatchObject({ properties: { answer: person }, required: ['answer'] });
    // a property named __proto__ stays a property
    const odd = embedSchema(JSON.parse('{"properties":{"__proto__":{"type":"string"}}}'), '#/x') as {
      properties: object;
    };
    expect(Object.keys(odd.properties)).toEqual(['__proto__']);
  });

  it('names the ignored parameters and checks the applied ones', () => {
    const job = parse({ tools: [tool('a')], max_tokens: 10, top_p: 0.5, seed: 7, temperature: 0.3 });
    expect(job.ignored).toEqual(['max_tokens', 'top_p']);
    expect(job.run).toEqual({ seed: 7, temperature: 0.3 });
    expect(() => parse({ tools: [tool('a')], temperature: 3 })).toThrow(ApiError);
    expect(() => parse({ tools: [tool('a'), tool('a')] })).toThrow(/two tools are named "a"/);
  });
});
