import { APICallError, UnsupportedFunctionalityError } from '@ai-sdk/provider';
import { uniformStandIn } from '@unmask/core/test';
import { generateObject, generateText, jsonSchema, Output, streamObject, streamText, tool } from 'ai';
import { createServer, createUnmask, hasNanoModel, type Unmask, type UnmaskServer } from 'unmask';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createUnmaskProvider, type UnmaskProvider } from './index';

/** the embedded model once installed; until then random logits (values still valid by construction). */
const modelId = hasNanoModel() ? 'nano' : 'stand-in';
const client = (): Unmask => (hasNanoModel() ? createUnmask() : createUnmask(uniformStandIn({ seed: 1 })));

const Contact = z.object({
  name: z.string().max(40),
  city: z.string().max(30),
  age: z.number().int().min(0).max(120),
});
const prompt = 'Maria Keller, 34, lives in Lyon.';

/** the same calls, made through a provider: in process, or against `unmask serve`. */
function theCalls(provider: () => UnmaskProvider) {
  it('generateObject: a typed value the schema accepts', async () => {
    const { object, usage, providerMetadata } = await generateObject({
      model: provider()(modelId),
      schema: Contact,
      prompt,
    });
    expect(Contact.safeParse(object).success).toBe(true);
    // grounded: the age is the 34 of the prompt
    expect(object.age).toBe(34);
    expect(usage.inputTokens).toBeGreaterThan(0);
    expect(providerMetadata?.unmask?.forwardPasses).toBeGreaterThan(0);
  });

  it('generateText with Output.object', async () => {
    const { output } = await generateText({
      model: provider()(modelId),
      output: Output.object({ schema: Contact }),
      system: 'Pull out the contact.',
      prompt,
    });
    expect(Contact.safeParse(output).success).toBe(true);
  });

  it('streamObject: partial objects, then the valid object', async () => {
    const result = streamObject({ model: provider()(modelId), schema: Contact, prompt });
    let partials = 0;
    for await (const partial of result.partialObjectStream) {
      expect(typeof partial).toBe('object');
      partials++;
    }
    expect(partials).toBeGreaterThan(0);
    expect(Contact.safeParse(await result.object).success).toBe(true);
  });

  it('streamText with Output.object: the partial outputs end in the valid object; frames as raw chunks', async () => {
    const result = streamText({
      model: provider()(modelId),
      output: Output.object({ schema: Contact }),
      prompt,
      includeRawChunks: true,
      // written by the model, not found in the prompt: several steps, so several frames
      providerOptions: { unmask: { grounded: false } },
    });
    let frames = 0;
    for await (const part of result.fullStream)
      if (part.type === 'raw' && (part.rawValue as { unmask_frame?: unknown }).unmask_frame) frames++;
    expect(Contact.safeParse(await result.output).success).toBe(true);
    expect(frames).toBeGreaterThan(0);
  });

  it('a required tool call: the arguments fill its input schema', async () => {
    const weather = z.object({ city: z.string().max(30), unit: z.enum(['celsius', 'fahrenheit']) });
    const { toolCalls } = await generateText({
      model: provider()(modelId),
      tools: { getWeather: tool({ inputSchema: weather }) },
      toolChoice: 'required',
      prompt: 'Weather in Lyon, in celsius?',
    });
    expect(toolCalls).toHaveLength(1);
    expect(toolCalls[0]!.toolName).toBe('getWeather');
    expect(weather.safeParse(toolCalls[0]!.input).success).toBe(true);
  });

  it('a call with no JSON schema is refused with UnsupportedFunctionalityError', async () => {
    const error = await generateText({ model: provider()(modelId), prompt: 'hello' }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(UnsupportedFunctionalityError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/JSON schema/);
  });

  it('a schema unmask cannot fill is an APICallError 400, not retried', async () => {
    const error = await generateObject({
      model: provider()(modelId),
      schema: jsonSchema<unknown>({ type: 'object', $dynamicRef: '#meta' } as never),
      prompt,
    }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(400);
    expect((error as APICallError).isRetryable).toBe(false);
  });
}

describe('@unmask/ai-sdk in process (the embedded model)', () => {
  const unmask = client();
  const provider = createUnmaskProvider({ unmask });
  afterAll(async () => {
    await provider.dispose();
    await unmask.dispose();
  });
  theCalls(() => provider);
});

describe('@unmask/ai-sdk against unmask serve (baseURL)', () => {
  const unmask = client();
  let server: UnmaskServer;
  let baseURL: string;
  let provider: UnmaskProvider;
  beforeAll(async () => {
    server = createServer({ unmask, modelId, apiKey: 'k-123' });
    baseURL = `${(await server.listen({ port: 0 })).url}/v1`;
    provider = createUnmaskProvider({ baseURL, apiKey: 'k-123' });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await unmask.dispose();
  });
  theCalls(() => provider);

  it('a wrong key is an APICallError 401', async () => {
    const wrong = createUnmaskProvider({ baseURL, apiKey: 'not-it' });
    const error = await generateObject({ model: wrong(modelId), schema: Contact, prompt }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(401);
  });
});
