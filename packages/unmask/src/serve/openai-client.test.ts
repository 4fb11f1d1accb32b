import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { hasNanoModel } from '@unmask/model-nano';
import { schemaValidator } from '@unmask/schema';
import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const main = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
/** the embedded model once installed; until then the random-logits testing aid. */
const modelArgs = hasNanoModel() ? [] : ['--model', 'scripted:uniform'];
const KEY = 'test-key-1234';

/** `unmask serve` on an ephemeral loopback port; resolves with its base URL once it listens. */
async function startServe(): Promise<{ child: ChildProcess; baseURL: string }> {
  const child = spawn(
    process.execPath,
    [
      '--conditions=@unmask/source',
      '--import',
      'tsx',
      main,
      'serve',
      '--port',
      '0',
      '--api-key',
      KEY,
      ...modelArgs,
    ],
    { cwd: root, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  const baseURL = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (data: Buffer) => {
      stderr += data;
      const match = / at (http:\/\/127\.0\.0\.1:\d+\/v1) /.exec(stderr);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`unmask serve exited (${code}): ${stderr}`)));
  });
  return { child, baseURL };
}

let serve: { child: ChildProcess; baseURL: string };
let client: OpenAI;
beforeAll(async () => {
  serve = await startServe();
  client = new OpenAI({ baseURL: serve.baseURL, apiKey: KEY, maxRetries: 0 });
}, 60_000);
afterAll(async () => {
  if (!serve) return;
  const exited = once(serve.child, 'exit');
  serve.child.kill('SIGTERM');
  const [code] = await exited;
  // Ctrl-C and SIGTERM stop it cleanly
  expect(code).toBe(0);
});

const contact = {
  type: 'object',
  properties: {
    name: { type: 'string', maxLength: 40 },
    city: { type: 'string', maxLength: 30 },
    age: { type: 'integer', minimum: 0, maximum: 120 },
  },
  required: ['name', 'city', 'age'],
  additionalProperties: false,
};
const message = 'Maria Keller, 34, lives in Lyon.';

describe('the openai client against unmask serve', () => {
  it('response_format json_schema: the content is JSON valid against the schema', async () => {
    const completion = await client.chat.completions.create({
      model: 'gpt-4o-mini', // any name: the server serves its one model
      messages: [{ role: 'user', content: message }],
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'contact', schema: contact, strict: true },
      },
    });
    const [choice] = completion.choices;
    expect(choice!.finish_reason).toBe('stop');
    const value = JSON.parse(choice!.message.content!);
    expect(schemaValidator(contact)(value)).toEqual([]);
    expect(value.age).toBe(34);
    expect(completion.usage!.prompt_tokens).toBeGreaterThan(0);
    expect((completion.usage as unknown as { forward_passes: number }).forward_passes).toBeGreaterThan(0);
  });

  it('chat.completions.parse with zodResponseFormat gives the parsed value', async () => {
    const Contact = z.object({ name: z.string(), city: z.string(), age: z.number().int().min(0).max(120) });
    const completion = await client.chat.completions.parse({
      model: 'nano',
      messages: [
        { role: 'system', content: 'Pull out the contact.' },
        { role: 'user', content: message },
      ],
      response_format: zodResponseFormat(Contact, 'contact'),
    });
    const parsed = completion.choices[0]!.message.parsed;
    expect(Contact.safeParse(parsed).success).toBe(true);
  });

  it('a forced tool call: its arguments fill the function parameters', async () => {
    const parameters = {
      type: 'object',
      properties: {
        city: { type: 'string', maxLength: 30 },
        unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
      },
      required: ['city', 'unit'],
      additionalProperties: false,
    };
    const completion = await client.chat.completions.create({
      model: 'nano',
      messages: [{ role: 'user', content: 'What is the weather in Lyon, in celsius?' }],
      tools: [
        { type: 'function', function: { name: 'get_weather', parameters, strict: true } },
        { type: 'function', function: { name: 'noop', parameters: { type: 'object', properties: {} } } },
      ],
      tool_choice: { type: 'function', function: { name: 'get_weather' } },
    });
    const call = completion.choices[0]!.message.tool_calls![0]!;
    expect(call.type).toBe('function');
    if (call.type !== 'function') return;
    expect(call.function.name).toBe('get_weather');
    expect(schemaValidator(parameters)(JSON.parse(call.function.arguments))).toEqual([]);
    expect(completion.choices[0]!.finish_reason).toBe('tool_calls');
  });

  it('a streamed response: content deltas make the valid value; frames pass as chunks with no choices', async () => {
    const stream = await client.chat.completions.create({
      model: 'nano',
      messages: [{ role: 'user', content: message }],
      response_format: { type: 'json_schema', json_schema: { name: 'contact', schema: contact } },
      stream: true,
      stream_options: { include_usage: true },
    });
    let content = '';
    let frames = 0;
    let usage: OpenAI.CompletionUsage | undefined | null;
    for await (const chunk of stream) {
      content += chunk.choices[0]?.delta?.content ?? '';
      if ('unmask_frame' in chunk) frames++;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(schemaValidator(contact)(JSON.parse(content))).toEqual([]);
    expect(frames).toBeGreaterThan(0);
    expect(usage!.completion_tokens).toBeGreaterThan(0);
  });

  it('the streaming helper assembles a streamed tool call', async () => {
    const parameters = {
      type: 'object',
      properties: { city: { type: 'string', maxLength: 30 } },
      required: ['city'],
    };
    const runner = client.chat.completions.stream({
      model: 'nano',
      messages: [{ role: 'user', content: 'Weather in Oslo please' }],
      tools: [{ type: 'function', function: { name: 'get_weather', parameters } }],
      tool_choice: 'required',
    });
    const final = await runner.finalChatCompletion();
    const call = final.choices[0]!.message.tool_calls![0]!;
    if (call.type !== 'function') throw new Error('not a function call');
    expect(call.function.name).toBe('get_weather');
    expect(schemaValidator(parameters)(JSON.parse(call.function.arguments))).toEqual([]);
  });

  it('an unsupported keyword is a 400 naming it', async () => {
    const request = client.chat.completions.create({
      model: 'nano',
      messages: [{ role: 'user', content: message }],
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'x', schema: { type: 'object', $dynamicRef: '#meta' } },
      },
    });
    const error = await request.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    const bad = error as InstanceType<typeof OpenAI.BadRequestError>;
    expect(bad.status).toBe(400);
    expect(bad.code).toBe('unsupported_schema');
    expect(bad.param).toBe('response_format.json_schema.schema');
    expect(bad.message).toMatch(/\$dynamicRef/);
  });

  it('a request without a schema is a 400, not free text', async () => {
    await expect(
      client.chat.completions.create({ model: 'nano', messages: [{ role: 'user', content: 'hello' }] }),
    ).rejects.toMatchObject({ status: 400, code: 'schema_required' });
  });

  it('a wrong API key is a 401', async () => {
    const wrong = new OpenAI({ baseURL: serve.baseURL, apiKey: 'not-the-key', maxRetries: 0 });
    await expect(wrong.models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    const models = await client.models.list();
    expect(models.data.map((model) => model.id)).toEqual([hasNanoModel() ? 'nano' : 'scripted:uniform']);
  });
});
