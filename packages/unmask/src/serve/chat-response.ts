import { randomBytes } from 'node:crypto';
import type { FieldSource } from '@unmask/schema';
import type { GenerateResult } from '../run-generate';
import type { StreamFrame } from '../stream';
import { answerOf, type ChatAnswer } from './chat-request';

/** `usage`, as OpenAI writes it, with the forward passes of the model as an extension field. */
export interface ChatUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  /** forward passes of the model the value took (shared with the requests of its batch). */
  forward_passes: number;
}

/** what unmask adds to a completion: provenance and confidence per field, counters, batch size. */
export interface ChatExtension {
  fields: Record<string, FieldSource>;
  stats: { nfe: number; steps: number; renoise_rounds: number; forward_ms: number; total_ms: number };
  /** requests filled together with this one (itself included). */
  batch: number;
  /** paths still full after growing (the value may be cut short there). */
  full?: string[];
}

/** the fixed head of one completion and each of its chunks. */
export interface CompletionHead {
  id: string;
  created: number;
  model: string;
}

export function completionHead(model: string): CompletionHead {
  return {
    id: `chatcmpl-${randomBytes(12).toString('hex')}`,
    created: Math.floor(Date.now() / 1000),
    model,
  };
}

const callId = () => `call_${randomBytes(12).toString('hex')}`;

export function usageOf(promptTokens: number, completionTokens: number, nfe: number): ChatUsage {
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    forward_passes: nfe,
  };
}

export function extensionOf(result: GenerateResult<unknown>, batch: number): ChatExtension {
  const { stats } = result;
  return {
    fields: result.fields,
    stats: {
      nfe: stats.nfe,
      steps: stats.steps,
      renoise_rounds: stats.renoiseRounds,
      forward_ms: Math.round(stats.forwardMs * 10) / 10,
      total_ms: Math.round(stats.totalMs * 10) / 10,
    },
    batch,
    ...(result.full.length ? { full: result.full } : {}),
  };
}

/** a `chat.completion`: the value as the message's content, or as one function call's arguments. */
export function completionOf({
  head,
  answer,
  result,
  usage,
  extension,
}: {
  head: CompletionHead;
  answer: ChatAnswer;
  result: GenerateResult<unknown>;
  usage: ChatUsage;
  extension: ChatExtension;
}) {
  const made = answerOf(answer, result.value, result.text);
  const message =
    'content' in made
      ? { role: 'assistant', content: made.content, refusal: null }
      : {
          role: 'assistant',
          content: null,
          refusal: null,
          tool_calls: [{ id: callId(), type: 'function', function: made.call }],
        };
  return {
    ...head,
    object: 'chat.completion',
    choices: [
      { index: 0, message, logprobs: null, finish_reason: 'content' in made ? 'stop' : 'tool_calls' },
    ],
    usage,
    unmask: extension,
  };
}

/** a `chat.completion.chunk` with the given choices (none for usage and frames). */
export function chunkOf(head: CompletionHead, choices: unknown[], extra: Record<string, unknown> = {}) {
  return { ...head, object: 'chat.completion.chunk', choices, ...extra };
}

/**
 * a denoising frame as the data of an `unmask.frame` event. The openai client hands named events
 * through as chunks, so it is a chunk with no choices (as the usage chunk is), and a client that
 * reads `choices` passes it by.
 */
export function frameChunk(head: CompletionHead, frame: StreamFrame) {
  return chunkOf(head, [], {
    unmask_frame: {
      step: frame.step,
      round: frame.round,
      masked: frame.masked,
      slots_done: frame.slotsDone,
      slots_total: frame.slotsTotal,
      text: frame.text,
    },
  });
}

/** the chunks that end a stream: the value, the finish reason, and the usage if asked for. */
export function finalChunks({
  head,
  answer,
  result,
  usage,
  extension,
  includeUsage,
}: {
  head: CompletionHead;
  answer: ChatAnswer;
  result: GenerateResult<unknown>;
  usage: ChatUsage;
  extension: ChatExtension;
  includeUsage: boolean;
}): unknown[] {
  const made = answerOf(answer, result.value, result.text);
  const delta = (value: unknown, finish: string | null = null) =>
    chunkOf(head, [{ index: 0, delta: value, logprobs: null, finish_reason: finish }]);
  const chunks: unknown[] =
    'content' in made
      ? [delta({ content: made.content })]
      : [
          delta({
            tool_calls: [
              { index: 0, id: callId(), type: 'function', function: { name: made.call.name, arguments: '' } },
            ],
          }),
          delta({ tool_calls: [{ index: 0, function: { arguments: made.call.arguments } }] }),
        ];
  chunks.push(
    chunkOf(
      head,
      [{ index: 0, delta: {}, logprobs: null, finish_reason: 'content' in made ? 'stop' : 'tool_calls' }],
      {
        unmask: extension,
      },
    ),
  );
  if (includeUsage) chunks.push(chunkOf(head, [], { usage }));
  return chunks;
}
