import {
  type JSONObject,
  type LanguageModelV4CallOptions,
  type LanguageModelV4Prompt,
  type SharedV4Warning,
  UnsupportedFunctionalityError,
} from '@ai-sdk/provider';

/** unmask's own options, under `providerOptions.unmask`. */
export interface UnmaskProviderOptions {
  /** free-text strings copied from the prompt, character for character. */
  verbatim?: boolean;
  /** every value found in the prompt (default true); `false` lets the model write. */
  grounded?: boolean;
  /** the day relative dates count from, `YYYY-MM-DD`. */
  referenceDate?: string;
  /** commit every token whose confidence reaches it (default 0.9). */
  threshold?: number;
  /** spread the masked tokens over this many steps instead. */
  steps?: number;
  maxRenoiseRounds?: number;
}

const OPTION_KEYS: Record<keyof UnmaskProviderOptions, string> = {
  verbatim: 'verbatim',
  grounded: 'grounded',
  referenceDate: 'reference_date',
  threshold: 'threshold',
  steps: 'steps',
  maxRenoiseRounds: 'max_renoise_rounds',
};

const refuse = (functionality: string, message: string) =>
  new UnsupportedFunctionalityError({ functionality, message });

/** the AI SDK's prompt as chat messages: text, tool calls and tool results (their output as JSON text). */
function messagesOf(prompt: LanguageModelV4Prompt): JSONObject[] {
  const messages: JSONObject[] = [];
  for (const message of prompt) {
    if (message.role === 'system') {
      messages.push({ role: 'system', content: message.content });
      continue;
    }
    if (message.role === 'user') {
      const content: JSONObject[] = [];
      for (const part of message.content) {
        if (part.type !== 'text')
          throw refuse(
            `${part.type} parts`,
            'unmask reads text only: a prompt part that is a file cannot be read',
          );
        content.push({ type: 'text', text: part.text });
      }
      messages.push({ role: 'user', content });
      continue;
    }
    if (message.role === 'assistant') {
      const text: string[] = [];
      const calls: JSONObject[] = [];
      for (const part of message.content) {
        if (part.type === 'text') text.push(part.text);
        else if (part.type === 'tool-call')
          calls.push({
            id: part.toolCallId,
            type: 'function',
            function: { name: part.toolName, arguments: JSON.stringify(part.input) },
          });
      }
      messages.push({
        role: 'assistant',
        content: text.length ? text.join('\n') : null,
        ...(calls.length ? { tool_calls: calls } : {}),
      });
      continue;
    }
    for (const part of message.content) {
      if (part.type !== 'tool-result') continue;
      const { output } = part;
      const content =
        output.type === 'text' || output.type === 'error-text'
          ? output.value
          : output.type === 'json' || output.type === 'error-json'
            ? JSON.stringify(output.value)
            : output.type === 'execution-denied'
              ? (output.reason ?? 'denied')
              : JSON.stringify(output);
      messages.push({ role: 'tool', tool_call_id: part.toolCallId, content });
    }
  }
  return messages;
}

/**
 * an AI SDK call as a chat completions request to unmask. A call with no JSON schema to fill (plain
 * text generation, JSON without a schema) is refused with the SDK's `UnsupportedFunctionalityError`:
 * unmask fills schemas, it does not write free text.
 */
export function chatRequestOf(
  modelId: string,
  options: LanguageModelV4CallOptions,
  stream: boolean,
): { body: JSONObject; warnings: SharedV4Warning[] } {
  const warnings: SharedV4Warning[] = [];
  const format = options.responseFormat;
  if (format?.type === 'json' && format.schema === undefined)
    throw refuse(
      'JSON output without a schema',
      'unmask fills a JSON schema: give generateObject, streamObject or Output.object a schema',
    );
  const functionTools = (options.tools ?? []).filter((tool) => tool.type === 'function');
  if ((options.tools ?? []).some((tool) => tool.type !== 'function'))
    throw refuse('provider tools', 'unmask fills function tools only');
  const callsTools = functionTools.length > 0 && options.toolChoice?.type !== 'none';
  if (format?.type !== 'json' && !callsTools)
    throw refuse(
      'text generation without a JSON schema',
      'unmask fills a JSON schema and cannot write free text: use generateObject, streamObject, generateText with Output.object, or tools',
    );

  for (const [setting, value] of [
    ['maxOutputTokens', options.maxOutputTokens],
    ['topP', options.topP],
    ['topK', options.topK],
    ['stopSequences', options.stopSequences],
    ['presencePenalty', options.presencePenalty],
    ['frequencyPenalty', options.frequencyPenalty],
  ] as const)
    if (value !== undefined)
      warnings.push({
        type: 'unsupported',
        feature: setting,
        details: "a canvas's length and text are set by its schema; this setting is not applied",
      });

  const extension: JSONObject = {};
  const given = (options.providerOptions?.unmask ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(given)) {
    const wire = OPTION_KEYS[key as keyof UnmaskProviderOptions];
    if (wire === undefined)
      throw refuse(
        `providerOptions.unmask.${key}`,
        `unknown unmask option "${key}" (known: ${Object.keys(OPTION_KEYS).join(', ')})`,
      );
    if (value !== undefined) extension[wire] = value as JSONObject[string];
  }

  const choice = options.toolChoice;
  const body: JSONObject = {
    model: modelId,
    messages: messagesOf(options.prompt),
    ...(format?.type === 'json' && format.schema !== undefined
      ? {
          response_format: {
            type: 'json_schema',
            json_schema: {
              name: format.name ?? 'response',
              ...(format.description ? { description: format.description } : {}),
              schema: format.schema as JSONObject,
              strict: true,
            },
          },
        }
      : {}),
    ...(functionTools.length
      ? {
          tools: functionTools.map((tool) => ({
            type: 'function',
            function: {
              name: tool.name,
              ...(tool.description ? { description: tool.description } : {}),
              parameters: tool.inputSchema as JSONObject,
            },
          })),
          ...(choice
            ? {
                tool_choice:
                  choice.type === 'tool'
                    ? { type: 'function', function: { name: choice.toolName } }
                    : choice.type,
              }
            : {}),
        }
      : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
    ...(Object.keys(extension).length ? { unmask: extension } : {}),
    ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
  };
  return { body, warnings };
}
