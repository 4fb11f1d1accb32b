import type { DenoisingModel } from '@unmask/core';
import { schemaValidator } from '@unmask/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { modelFromOption } from '../cli/model-option';
import { createUnmask } from '../create-unmask';
import { createHandler, type ServeOptions } from './handler';

/** the random-logits testing model, each forward pass `delayMs` slower (to hold requests in the queue). */
async function scripted(delayMs = 0) {
  const { model, tokenizer } = await modelFromOption('scripted:uniform');
  const slow: DenoisingModel = {
    specificationVersion: 'v1',
    modelId: model.modelId,
    vocabSize: model.vocabSize,
    maskTokenId: model.maskTokenId,
    padTokenId: model.padTokenId,
    maxLength: model.maxLength,
    forward: async (input) => {
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      return model.forward(input);
    },
    dispose: () => model.dispose(),
  };
  return createUnmask({ model: slow, tokenizer });
}

const handlers: Array<{ close(): Promise<void> }> = [];
async function handlerWith(options: Omit<ServeOptions, 'unmask'> & { delayMs?: number } = {}) {
  const { delayMs, ...rest } = options;
  const handler = createHandler({ unmask: await scripted(delayMs), onError: () => {}, ...rest });
  handlers.push(handler);
  return handler;
}
afterAll(() => Promise.all(handlers.map((handler) => handler.close())));

const person = {
  type: 'object',
  properties: {
    name: { type: 'string', maxLength: 12 },
    age: { type: 'integer', minimum: 0, maximum: 120 },
  },
  required: ['name', 'age'],
  additionalProperties: false,
} as const;

const chat = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  new Request('http://unmask.test/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      model: 'any',
      messages: [{ role: 'user', content: 'Ann Lee is 31' }],
      ...body,
    }),
  });
const withSchema = (schema: unknown = person) => ({
  response_format: { type: 'json_schema', json_schema: { name: 'person', schema, strict: true } },
});

/** the fields of a completion these tests read. */
interface Completion {
  object: string;
  choices: Array<{
    finish_reason: string;
    message: { content: string; tool_calls: Array<{ function: { name: string; arguments: string } }> };
  }>;
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number; forward_passes: number };
  unmask: { batch: number; fields: Record<string, unknown> };
}
type ErrorBody = { error: { message: string; type: string; code: string; param: string | null } };
const read = async <T = Completion>(response: Response | Promise<Response>) =>
  (await (await response).json()) as T;

/** an error answer: the status, and OpenAI's error shape with nothing else in it. */
async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = await read<ErrorBody>(response);
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).sort()).toEqual(['code', 'message', 'param', 'type']);
  expect(body.error.code).toBe(code);
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+|node_modules/);
  return body.error;
}

describe('unmask serve handler (in process, web Request and Response)', () => {
  it('answers a json_schema response format with a valid value, usage and forward passes', async () => {
    const handler = await handlerWith();
    const response = await handler.fetch(chat({ ...withSchema(), seed: 3 }));
    expect(response.status).toBe(200);
    const body = await read(response);
    expect(body.object).toBe('chat.completion');
    expect(body.choices[0]!.finish_reason).toBe('stop');
    const value = JSON.parse(body.choices[0]!.message.content);
    expect(schemaValidator(person)(value)).toEqual([]);
    // grounded by default: the age is the prompt's
    expect(value.age).toBe(31);
    expect(body.usage.prompt_tokens).toBeGreaterThan(0);
    expect(body.usage.completion_tokens).toBeGreaterThan(0);
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + body.usage.completion_tokens);
    expect(body.usage.forward_passes).toBeGreaterThan(0);
    expect(body.unmask.fields['/age']).toMatchObject({ source: 'prompt' });
  });

  it('joins the messages into the prompt: text in order, a blank line between messages', async () => {
    const handler = await handlerWith();
    const response = await handler.fetch(
      chat({
        ...withSchema(),
        messages: [
          { role: 'system', content: 'Extract the person.' },
          {
            role: 'user',
            content: [
              { type: 'text', text: 'Bo Ek' },
              { type: 'text', text: 'is 47' },
            ],
          },
        ],
      }),
    );
    const body = await read(response);
    expect(JSON.parse(body.choices[0]!.message.content).age).toBe(47);
    // the prompt 'Extract the person.\n\nBo Ek\nis 47': the age's span in it
    expect(body.unmask.fields['/age']).toMatchObject({ source: 'prompt', start: 30, end: 32 });
  });

  it('lists the model, answers health without a key, and asks for the key on /v1', async () => {
    const handler = await handlerWith({ apiKey: 'right-key', modelId: 'tiny' });
    const health = await handler.fetch(new Request('http://unmask.test/health'));
    expect(await read<object>(health)).toMatchObject({ status: 'ok', model: 'tiny' });
    const models = await handler.fetch(
      new Request('http://unmask.test/v1/models', { headers: { authorization: 'Bearer right-key' } }),
    );
    expect((await read<{ data: Array<{ id: string }> }>(models)).data.map((model) => model.id)).toEqual([
      'tiny',
    ]);
    for (const header of [{}, { authorization: 'Bearer wrong-key' }, { authorization: 'right-key' }] as Array<
      Record<string, string>
    >)
      await expectError(
        await handler.fetch(new Request('http://unmask.test/v1/models', { headers: header })),
        401,
        'invalid_api_key',
      );
    await expectError(await handler.fetch(chat(withSchema())), 401, 'invalid_api_key');
  });

  it('refuses what it cannot serve with a 400 naming the parameter', async () => {
    const handler = await handlerWith();
    const cases: Array<[Record<string, unknown>, string, string | null]> = [
      [{}, 'schema_required', 'response_format'],
      [{ response_format: { type: 'json_object' } }, 'unsupported_response_format', 'response_format.type'],
      [withSchema({ $dynamicRef: '#x' }), 'unsupported_schema', 'response_format.json_schema.schema'],
      [withSchema({ type: 'nonsense' }), 'invalid_schema', 'response_format.json_schema.schema'],
      [{ ...withSchema(), n: 2 }, 'unsupported_parameter', 'n'],
      [{ ...withSchema(), logprobs: true }, 'unsupported_parameter', 'logprobs'],
      [{ ...withSchema(), frobnicate: 1 }, 'unknown_parameter', 'frobnicate'],
      [{ ...withSchema(), seed: 1.5 }, 'invalid_value', 'seed'],
      [{ ...withSchema(), unmask: { treshold: 0.5 } }, 'invalid_value', 'unmask.treshold'],
      [
        {
          ...withSchema(),
          messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'x' } }] }],
        },
        'unsupported_content',
        'messages[0].content[0]',
      ],
      [{ ...withSchema(), messages: [] }, 'invalid_value', 'messages'],
      [
        {
          tools: [{ type: 'function', function: { name: 'f', parameters: { $dynamicRef: '#x' } } }],
          tool_choice: 'required',
        },
        'unsupported_schema',
        'tools[0].function.parameters',
      ],
      [
        {
          tools: [{ type: 'function', function: { name: 'f' } }],
          tool_choice: { type: 'function', function: { name: 'g' } },
        },
        'invalid_value',
        'tool_choice',
      ],
    ];
    // nested past what the compiler takes: refused before anything walks it
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 300; i++) deep = { type: 'array', items: deep };
    cases.push([withSchema(deep), 'schema_too_complex', 'response_format.json_schema.schema']);
    for (const [body, code, param] of cases) {
      const error = await expectError(await handler.fetch(chat(body)), 400, code);
      expect(error.param, JSON.stringify(body)).toBe(param);
    }
    const badJson = new Request('http://unmask.test/v1/chat/completions', {
      method: 'POST',
      body: '{"messages":',
    });
    await expectError(await handler.fetch(badJson), 400, 'invalid_json');
    await expectError(await handler.fetch(new Request('http://unmask.test/v2/nothing')), 404, 'not_found');
  });

  it('holds requests to its limits: body, prompt, schema size', async () => {
    const handler = await handlerWith({
      limits: { maxBodyBytes: 4096, maxPromptChars: 200, maxSchemaBytes: 300 },
    });
    await expectError(
      await handler.fetch(chat({ ...withSchema(), messages: [{ role: 'user', content: 'x'.repeat(5000) }] })),
      413,
      'request_too_large',
    );
    await expectError(
      await handler.fetch(chat({ ...withSchema(), messages: [{ role: 'user', content: 'x'.repeat(300) }] })),
      400,
      'context_length_exceeded',
    );
    const wide = {
      type: 'object',
      properties: Object.fromEntries([...'abcdefghijklmnop'].map((k) => [k, { type: 'string' }])),
    };
    await expectError(await handler.fetch(chat(withSchema(wide))), 400, 'schema_too_large');
  });

  it('fills a named function, and chooses among several through a union', async () => {
    const handler = await handlerWith();
    const weather = {
      type: 'object',
      properties: {
        city: { type: 'string', maxLength: 20 },
        days: { type: 'integer', minimum: 1, maximum: 7 },
      },
      required: ['city', 'days'],
    };
    const alarm = {
      type: 'object',
      properties: { time: { type: 'string', pattern: '^[0-2][0-9]:[0-5][0-9]$' } },
      required: ['time'],
    };
    const tools = [
      { type: 'function', function: { name: 'get_weather', parameters: weather } },
      { type: 'function', function: { name: 'set_alarm', parameters: alarm } },
    ];
    const named = await read(
      handler.fetch(chat({ tools, tool_choice: { type: 'function', function: { name: 'set_alarm' } } })),
    );
    expect(named.choices[0]!.finish_reason).toBe('tool_calls');
    expect(named.choices[0]!.message.content).toBeNull();
    const call = named.choices[0]!.message.tool_calls[0]!;
    expect(call.function.name).toBe('set_alarm');
    expect(schemaValidator(alarm)(JSON.parse(call.function.arguments))).toEqual([]);

    for (const seed of [1, 2, 3]) {
      const chosen = await read(handler.fetch(chat({ tools, tool_choice: 'required', seed })));
      const { name, arguments: args } = chosen.choices[0]!.message.tool_calls[0]!.function;
      expect(['get_weather', 'set_alarm']).toContain(name);
      expect(schemaValidator(name === 'get_weather' ? weather : alarm)(JSON.parse(args))).toEqual([]);
    }
  });

  it("tool_choice 'auto' beside a response format: a call or the content, valid either way", async () => {
    const handler = await handlerWith();
    const lookup = { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] };
    for (const seed of [1, 2]) {
      const body = await read(
        handler.fetch(
          chat({
            ...withSchema(),
            tools: [{ type: 'function', function: { name: 'lookup', parameters: lookup } }],
            seed,
          }),
        ),
      );
      const { message, finish_reason } = body.choices[0]!;
      if (finish_reason === 'tool_calls')
        expect(schemaValidator(lookup)(JSON.parse(message.tool_calls[0]!.function.arguments))).toEqual([]);
      else expect(schemaValidator(person)(JSON.parse(message.content))).toEqual([]);
    }
  });

  it('a schema whose references are local keeps them when placed in a union', async () => {
    const handler = await handlerWith();
    const withRef = {
      $defs: { size: { type: 'string', enum: ['S', 'M', 'L'] } },
      type: 'object',
      properties: { size: { $ref: '#/$defs/size' } },
      required: ['size'],
    };
    const tools = ['a', 'b'].map((name) => ({ type: 'function', function: { name, parameters: withRef } }));
    const body = await read(handler.fetch(chat({ tools, tool_choice: 'required' })));
    expect(['S', 'M', 'L']).toContain(
      JSON.parse(body.choices[0]!.message.tool_calls[0]!.function.arguments).size,
    );
  });

  it('batches requests in flight: one batch, each answer its own', async () => {
    const handler = await handlerWith({ delayMs: 5 });
    const prompts = ['Ann is 21', 'Bo is 32', 'Cy is 43', 'Di is 54', 'Ed is 65'];
    const bodies = await Promise.all(
      prompts.map(async (content) =>
        read(handler.fetch(chat({ ...withSchema(), messages: [{ role: 'user', content }] }))),
      ),
    );
    expect(bodies.map((body) => JSON.parse(body.choices[0]!.message.content).age)).toEqual([
      21, 32, 43, 54, 65,
    ]);
    expect(bodies.map((body) => body.unmask.batch)).toEqual([5, 5, 5, 5, 5]);
  });

  it('one bad request in a batch fails alone', async () => {
    const handler = await handlerWith({ delayMs: 5 });
    // a prompt that fits the model alone but not with its value: found when the batch builds its
    // canvas, not at admission; the batch fails, and its requests are run again one by one
    const long = 'x'.repeat(16_370);
    const [good, bad] = await Promise.all([
      handler.fetch(chat(withSchema())),
      handler.fetch(chat({ ...withSchema(), messages: [{ role: 'user', content: long }] })),
    ]);
    expect(good.status).toBe(200);
    expect(schemaValidator(person)(JSON.parse((await read(good)).choices[0]!.message.content))).toEqual([]);
    await expectError(bad, 400, 'context_length_exceeded');
  });

  it('a value still invalid after its re-noise rounds is a 422, never a 200', async () => {
    const handler = await handlerWith();
    // strings of 4,000 characters: more than a slot may grow to, so no value passes validation
    const unfillable = { type: 'array', items: { type: 'string', minLength: 4000 }, minItems: 1 };
    await expectError(await handler.fetch(chat(withSchema(unfillable))), 422, 'renoise_exhausted');
  });

  it('over the queue bound: 429 with Retry-After', async () => {
    const handler = await handlerWith({ delayMs: 20, limits: { maxBatch: 1, maxQueue: 1 } });
    const responses = await Promise.all(Array.from({ length: 6 }, () => handler.fetch(chat(withSchema()))));
    const refused = responses.filter((response) => response.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(responses.filter((response) => response.status === 200).length + refused.length).toBe(6);
    for (const response of refused) {
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await read<ErrorBody>(response)).error.type).toBe('rate_limit_error');
    }
  });

  it('a request past its time is a 504, and the next one is served', async () => {
    const handler = await handlerWith({ delayMs: 200, limits: { timeoutMs: 50 } });
    await expectError(await handler.fetch(chat(withSchema())), 504, 'timeout');
    expect(handler.load()).toEqual({ waiting: 0, running: 0 });
  });

  it('a model that fails is a 500 that says nothing of it', async () => {
    const { model, tokenizer } = await modelFromOption('scripted:uniform');
    const broken: DenoisingModel = {
      ...model,
      specificationVersion: 'v1',
      modelId: 'broken',
      vocabSize: model.vocabSize,
      maskTokenId: model.maskTokenId,
      padTokenId: model.padTokenId,
      maxLength: model.maxLength,
      forward: async () => {
        throw new Error('secret detail at /srv/model.onnx');
      },
      dispose: () => {},
    };
    const reported: unknown[] = [];
    const handler = createHandler({
      unmask: createUnmask({ model: broken, tokenizer }),
      onError: (e) => reported.push(e),
    });
    handlers.push(handler);
    const error = await expectError(await handler.fetch(chat(withSchema())), 500, 'internal_error');
    expect(error.message).not.toMatch(/secret|srv/);
    expect(reported).toHaveLength(1);
  });

  it('streams OpenAI chunks, the denoising frames as unmask.frame events, usage, and [DONE]', async () => {
    const handler = await handlerWith();
    const response = await handler.fetch(
      chat({
        ...withSchema(),
        stream: true,
        stream_options: { include_usage: true },
        unmask: { grounded: false },
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = (await response.text()).trim().split('\n\n');
    expect(events.at(-1)).toBe('data: [DONE]');
    const parsed = events.slice(0, -1).map((event) => {
      const name = /^event: (.*)$/m.exec(event)?.[1];
      return { name, data: JSON.parse(/^data: (.*)$/m.exec(event)![1]!) };
    });
    const frames = parsed.filter((event) => event.name === 'unmask.frame');
    expect(frames.length).toBeGreaterThan(0);
    for (const frame of frames) {
      expect(frame.data.choices).toEqual([]);
      expect(frame.data.unmask_frame.text).toEqual(expect.any(String));
    }
    const content = parsed
      .filter((event) => event.name === undefined)
      .map((event) => event.data.choices[0]?.delta?.content ?? '')
      .join('');
    expect(schemaValidator(person)(JSON.parse(content))).toEqual([]);
    expect(parsed.at(-1)!.data.usage.forward_passes).toBeGreaterThan(0);
  });

  it('a stream that cannot start is an error answer, not a stream', async () => {
    const handler = await handlerWith();
    await expectError(
      await handler.fetch(chat({ ...withSchema({ $dynamicRef: '#x' }), stream: true })),
      400,
      'unsupported_schema',
    );
  });
});
