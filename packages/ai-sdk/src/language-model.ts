import {
  APICallError,
  type JSONObject,
  type LanguageModelV4,
  type LanguageModelV4CallOptions,
  type LanguageModelV4Content,
  type LanguageModelV4FinishReason,
  type LanguageModelV4GenerateResult,
  type LanguageModelV4StreamPart,
  type LanguageModelV4StreamResult,
  type LanguageModelV4Usage,
} from '@ai-sdk/provider';
import { chatRequestOf } from './chat-request';
import { serverSentEvents } from './sse';

/** how a model reaches unmask's chat completions API: over HTTP, or a handler in this process. */
export interface UnmaskEndpoint {
  /** the URL requests name (and errors report). */
  url: string;
  fetch(request: Request): Promise<Response>;
  headers(): Record<string, string>;
}

/** the parts of a chat completion (or chunk) this provider reads. */
interface Completion {
  id?: string;
  created?: number;
  model?: string;
  choices?: Array<{
    message?: { content?: string | null; tool_calls?: ToolCall[] };
    delta?: { content?: string | null; tool_calls?: ToolCall[] };
    finish_reason?: string | null;
  }>;
  usage?: { prompt_tokens?: number; completion_tokens?: number; forward_passes?: number } | null;
  unmask?: JSONObject;
  error?: { message?: string };
}
interface ToolCall {
  index?: number;
  id?: string;
  function?: { name?: string; arguments?: string };
}

const finishOf = (raw: string | null | undefined): LanguageModelV4FinishReason => ({
  unified: raw === 'stop' ? 'stop' : raw === 'tool_calls' ? 'tool-calls' : raw ? 'other' : 'interrupted',
  raw: raw ?? undefined,
});

function usageOf(usage: Completion['usage']): LanguageModelV4Usage {
  return {
    inputTokens: {
      total: usage?.prompt_tokens,
      noCache: usage?.prompt_tokens,
      cacheRead: undefined,
      cacheWrite: undefined,
    },
    outputTokens: { total: usage?.completion_tokens, text: usage?.completion_tokens, reasoning: undefined },
    ...(usage ? { raw: usage as JSONObject } : {}),
  };
}

/** the metadata unmask adds: forward passes, batch size, and per-field provenance and confidence. */
function metadataOf(completion: Completion, usage: Completion['usage']) {
  return {
    unmask: {
      ...(usage?.forward_passes !== undefined ? { forwardPasses: usage.forward_passes } : {}),
      ...(completion.unmask ?? {}),
    },
  };
}

/**
 * unmask as an AI SDK language model (specification v4): every call fills a JSON schema, either
 * the response format's (generateObject, streamObject, Output.object) or a tool's parameters.
 * Calls go through unmask's chat completions API, in process or to `unmask serve`.
 */
export class UnmaskLanguageModel implements LanguageModelV4 {
  readonly specificationVersion = 'v4';
  readonly provider = 'unmask.chat';
  readonly modelId: string;
  readonly supportedUrls = {};
  readonly #endpoint: UnmaskEndpoint;

  constructor(modelId: string, endpoint: UnmaskEndpoint) {
    this.modelId = modelId;
    this.#endpoint = endpoint;
  }

  async #post(body: JSONObject, options: LanguageModelV4CallOptions) {
    const { url } = this.#endpoint;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...this.#endpoint.headers(),
    };
    for (const [name, value] of Object.entries(options.headers ?? {}))
      if (value !== undefined) headers[name] = value;
    const response = await this.#endpoint.fetch(
      new Request(url, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        ...(options.abortSignal ? { signal: options.abortSignal } : {}),
      }),
    );
    const responseHeaders = Object.fromEntries(response.headers.entries());
    if (!response.ok) {
      const text = await response.text();
      let data: Completion | undefined;
      try {
        data = JSON.parse(text) as Completion;
      } catch {}
      throw new APICallError({
        message: data?.error?.message ?? `unmask answered ${response.status}`,
        url,
        requestBodyValues: body,
        statusCode: response.status,
        responseHeaders,
        responseBody: text,
        isRetryable: response.status === 429 || response.status >= 500,
        data: data?.error,
      });
    }
    return { response, responseHeaders };
  }

  async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    const { body, warnings } = chatRequestOf(this.modelId, options, false);
    const { response, responseHeaders } = await this.#post(body, options);
    const completion = (await response.json()) as Completion;
    const [choice] = completion.choices ?? [];
    const content: LanguageModelV4Content[] = [];
    if (choice?.message?.content) content.push({ type: 'text', text: choice.message.content });
    for (const call of choice?.message?.tool_calls ?? [])
      content.push({
        type: 'tool-call',
        toolCallId: call.id ?? '',
        toolName: call.function?.name ?? '',
        input: call.function?.arguments ?? '{}',
      });
    return {
      content,
      finishReason: finishOf(choice?.finish_reason),
      usage: usageOf(completion.usage),
      providerMetadata: metadataOf(completion, completion.usage),
      request: { url: this.#endpoint.url, body },
      response: {
        ...(completion.id ? { id: completion.id } : {}),
        ...(completion.created ? { timestamp: new Date(completion.created * 1000) } : {}),
        ...(completion.model ? { modelId: completion.model } : {}),
        headers: responseHeaders,
        body: completion,
      },
      warnings,
    };
  }

  async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    const { body, warnings } = chatRequestOf(this.modelId, options, true);
    const { response, responseHeaders } = await this.#post(body, options);
    const raw = options.includeRawChunks === true;
    const events = serverSentEvents(response.body!);
    const stream = new ReadableStream<LanguageModelV4StreamPart>({
      async start(controller) {
        controller.enqueue({ type: 'stream-start', warnings });
        let metadataSent = false;
        let textOpen = false;
        let finish: string | null | undefined;
        let usage: Completion['usage'];
        let last: Completion = {};
        const calls = new Map<number, { id: string; name: string; input: string }>();
        try {
          for await (const event of events) {
            if (event.data === '[DONE]') break;
            const chunk = JSON.parse(event.data) as Completion;
            if (raw) controller.enqueue({ type: 'raw', rawValue: chunk });
            if (chunk.error) {
              controller.enqueue({ type: 'error', error: chunk.error });
              finish = 'error';
              break;
            }
            // the denoising frames are raw chunks only
            if (event.event === 'unmask.frame') continue;
            if (!metadataSent && chunk.id) {
              metadataSent = true;
              controller.enqueue({
                type: 'response-metadata',
                id: chunk.id,
                ...(chunk.created ? { timestamp: new Date(chunk.created * 1000) } : {}),
                ...(chunk.model ? { modelId: chunk.model } : {}),
              });
            }
            if (chunk.usage) usage = chunk.usage;
            if (chunk.unmask) last = chunk;
            const [choice] = chunk.choices ?? [];
            if (!choice) continue;
            const delta = choice.delta ?? {};
            if (delta.content) {
              if (!textOpen) controller.enqueue({ type: 'text-start', id: '0' });
              textOpen = true;
              controller.enqueue({ type: 'text-delta', id: '0', delta: delta.content });
            }
            for (const part of delta.tool_calls ?? []) {
              const index = part.index ?? 0;
              let call = calls.get(index);
              if (!call) {
                call = { id: part.id ?? `call_${index}`, name: part.function?.name ?? '', input: '' };
                calls.set(index, call);
                controller.enqueue({ type: 'tool-input-start', id: call.id, toolName: call.name });
              }
              if (part.function?.arguments) {
                call.input += part.function.arguments;
                controller.enqueue({ type: 'tool-input-delta', id: call.id, delta: part.function.arguments });
              }
            }
            if (choice.finish_reason) finish = choice.finish_reason;
          }
        } catch (error) {
          controller.enqueue({ type: 'error', error });
          finish = 'error';
        }
        if (textOpen) controller.enqueue({ type: 'text-end', id: '0' });
        for (const call of calls.values()) {
          controller.enqueue({ type: 'tool-input-end', id: call.id });
          controller.enqueue({
            type: 'tool-call',
            toolCallId: call.id,
            toolName: call.name,
            input: call.input || '{}',
          });
        }
        controller.enqueue({
          type: 'finish',
          finishReason: finish === 'error' ? { unified: 'error', raw: 'error' } : finishOf(finish),
          usage: usageOf(usage),
          providerMetadata: metadataOf(last, usage),
        });
        controller.close();
      },
      async cancel() {
        await events.return(undefined);
      },
    });
    return { stream, request: { url: this.#endpoint.url, body }, response: { headers: responseHeaders } };
  }
}
