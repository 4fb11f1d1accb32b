/**
 * the HTTP face of unmask: OpenAI's chat completions API over one model, on Hono. Hono because it
 * is small (no dependencies), kept up (weekly releases, many maintainers), and written against the
 * web's own Request and Response: the same handler runs under Node (@hono/node-server), mounts in
 * another Hono or Express app, and is called in process by `@unmask/ai-sdk` without a socket.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { formatPrompt, UnmaskError } from '@unmask/core';
import { type GenerateOutcome, prepareSchema } from '@unmask/schema';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { createUnmask, type Unmask } from '../create-unmask';
import { samplingOf } from '../options';
import type { ResolvedModel } from '../resolve-model';
import { type GenerateRequest, type GenerateResult, resultOf, runGenerate } from '../run-generate';
import type { StreamFrame } from '../stream';
import { ApiError, apiErrorOf, invalidRequest, timedOut } from './api-error';
import { BatchQueue, type BatchResult, QueueClosedError, QueueFullError } from './batch-queue';
import { type ChatJob, type ChatRunOptions, parseChatRequest } from './chat-request';
import {
  chunkOf,
  completionHead,
  completionOf,
  extensionOf,
  finalChunks,
  frameChunk,
  usageOf,
} from './chat-response';
import { type ServeLimits, serveLimitsOf } from './limits';

/** options of `createHandler` and `createServer`. */
export interface ServeOptions {
  /** the client whose model answers (default: `createUnmask()`, the embedded model, disposed on close). */
  unmask?: Unmask;
  /** the id `/v1/models` lists and completions name (default `nano` for the embedded model, else `unmask`). */
  modelId?: string;
  /** when set, every `/v1` request needs `Authorization: Bearer <apiKey>` (compared in constant time). */
  apiKey?: string;
  /** bounds on requests, batches and the queue (see `ServeLimits`). */
  limits?: Partial<ServeLimits>;
  /** errors answered as a 500 (the answer says nothing of them). Default: written to stderr. */
  onError?: (error: unknown) => void;
}

/** a web-standard handler of unmask's HTTP API. */
export interface UnmaskHandler {
  /** answer one request (mount it anywhere that speaks `Request` and `Response`). */
  fetch(request: Request): Promise<Response>;
  /** the id of the model served. */
  readonly modelId: string;
  /** load the model now (else the first request does). */
  ready(): Promise<void>;
  /** requests waiting for a batch and in the running one. */
  load(): { waiting: number; running: number };
  /** refuse new requests, let the running batch end, and dispose the client if the handler made it. */
  close(): Promise<void>;
}

/** a request in the queue: the unmask request and the run options its batch shares. */
interface Queued {
  request: GenerateRequest;
  run: ChatRunOptions;
}

const defaultReport = (error: unknown) =>
  process.stderr.write(
    `unmask serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );

/** the HTTP API over one model: `POST /v1/chat/completions`, `GET /v1/models`, `GET /health`. */
export function createHandler(options: ServeOptions = {}): UnmaskHandler {
  const owned = options.unmask === undefined;
  const unmask = options.unmask ?? createUnmask();
  const modelId = options.modelId ?? (owned ? 'nano' : 'unmask');
  const limits = serveLimitsOf(options.limits);
  const report = options.onError ?? defaultReport;
  if (options.apiKey !== undefined && (typeof options.apiKey !== 'string' || options.apiKey === ''))
    throw new UnmaskError({ code: 'invalid-argument', message: 'apiKey must be a non-empty string' });
  // digests of equal length, so that the comparison takes the same time whatever is sent
  const expected = options.apiKey === undefined ? undefined : sha256(options.apiKey);
  const created = Math.floor(Date.now() / 1000);

  const queue = new BatchQueue<Queued, GenerateOutcome<unknown>>({
    maxBatch: limits.maxBatch,
    maxQueue: limits.maxQueue,
    run: async (queued, { signal, onFrame }) =>
      runGenerate(
        await unmask.model(),
        queued.map((item) => item.request),
        { ...queued[0]!.run, signal },
        onFrame && ((frame) => onFrame(frame.canvasIndex, frame)),
      ),
  });

  const app = new Hono();
  const answer = (c: Context, error: ApiError) =>
    c.json(error.body(), error.status as ContentfulStatusCode, { ...error.headers });

  app.onError((error, c) => answer(c, apiErrorOf(error, null, report)));
  app.notFound((c) =>
    answer(
      c,
      new ApiError({
        status: 404,
        type: 'invalid_request_error',
        code: 'not_found',
        message: `no route ${c.req.method} ${new URL(c.req.url).pathname}`,
      }),
    ),
  );

  app.get('/health', (c) =>
    c.json({
      status: 'ok',
      model: modelId,
      queue: { ...load(), max_batch: limits.maxBatch, max_queue: limits.maxQueue },
    }),
  );

  app.use('/v1/*', async (c, next) => {
    if (expected && !authorized(c.req.header('authorization'), expected))
      return answer(
        c,
        new ApiError({
          status: 401,
          type: 'invalid_request_error',
          code: 'invalid_api_key',
          message: 'Incorrect API key provided.',
        }),
      );
    await next();
  });

  const model = { id: modelId, object: 'model', created, owned_by: 'unmask' };
  app.get('/v1/models', (c) => c.json({ object: 'list', data: [model] }));
  app.get('/v1/models/:id', (c) =>
    c.req.param('id') === modelId
      ? c.json(model)
      : answer(
          c,
          new ApiError({
            status: 404,
            type: 'invalid_request_error',
            code: 'model_not_found',
            message: `this server serves one model, ${JSON.stringify(modelId)}`,
            param: 'model',
          }),
        ),
  );

  app.post(
    '/v1/chat/completions',
    bodyLimit({
      maxSize: limits.maxBodyBytes,
      onError: (c) =>
        answer(
          c,
          new ApiError({
            status: 413,
            type: 'invalid_request_error',
            code: 'request_too_large',
            message: `the request body is over this server's limit of ${limits.maxBodyBytes} bytes`,
          }),
        ),
    }),
    async (c) => {
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        throw invalidRequest('the request body is not valid JSON', null, 'invalid_json');
      }
      const job = parseChatRequest(body, limits);
      const resolved = await unmask.model();
      const promptTokens = admit(job, resolved);
      // the request's time, waiting included; the timer goes when the answer has gone out
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(new Error('timeout')), limits.timeoutMs);
      const signal = AbortSignal.any([timeout.signal, c.req.raw.signal]);
      const head = completionHead(modelId);
      if (job.ignored.length) c.header('unmask-ignored-parameters', job.ignored.join(', '));

      const submit = (onFrame?: (frame: StreamFrame) => void) =>
        queue
          .submit({
            request: {
              request: { schema: job.schema, prompt: job.prompt, ...job.options },
              run: job.run,
            },
            key: JSON.stringify(job.run),
            signal,
            onFrame,
          })
          .then(
            ({ outcome, batchSize }: BatchResult<GenerateOutcome<unknown>>) => {
              // a value still invalid after its rounds is an error, never a 200
              if (!outcome.valid) throw outcome.error;
              return { result: resultOf(outcome), batchSize };
            },
            (error: unknown) => {
              throw queueError(error, timeout.signal, signal);
            },
          );
      const finish = ({ result, batchSize }: { result: GenerateResult<unknown>; batchSize: number }) => ({
        head,
        answer: job.answer,
        result,
        usage: usageOf(promptTokens, resolved.tokenizer.encode(result.text).length, result.stats.nfe),
        extension: extensionOf(result, batchSize),
      });

      if (!job.stream) {
        try {
          return c.json(completionOf(finish(await submit())));
        } finally {
          clearTimeout(timer);
        }
      }

      // the status is decided when the run has begun (a first frame) or ended: a request that
      // fails before any frame (the canvas too long for the model) is an error answer, not a stream
      const frames: StreamFrame[] = [];
      let wake: (() => void) | undefined;
      let begun: () => void = () => {};
      const begin = new Promise<void>((resolve) => {
        begun = resolve;
      });
      let state:
        | { ok: true; value: { result: GenerateResult<unknown>; batchSize: number } }
        | { ok: false; error: ApiError }
        | undefined;
      const settled = submit((frame) => {
        if (job.frames) frames.push(frame);
        begun();
        wake?.();
      }).then(
        (value) => {
          state = { ok: true, value };
        },
        (error: unknown) => {
          state = { ok: false, error: apiErrorOf(error, null, report) };
        },
      );
      void settled.finally(() => wake?.());
      void settled.finally(() => clearTimeout(timer));
      await Promise.race([begin, settled]);
      if (state && !state.ok) return answer(c, state.error);

      return streamSSE(c, async (sse) => {
        const send = (data: unknown, event?: string) =>
          sse.writeSSE({ data: JSON.stringify(data), ...(event ? { event } : {}) });
        await send(
          chunkOf(head, [
            { index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null },
          ]),
        );
        for (;;) {
          for (let frame = frames.shift(); frame; frame = frames.shift())
            await send(frameChunk(head, frame), 'unmask.frame');
          if (state) break;
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
          wake = undefined;
        }
        const end = state as NonNullable<typeof state>;
        // after the headers, an error is an error event (the openai client throws it)
        if (!end.ok) return void (await send(end.error.body()));
        for (const chunk of finalChunks({ ...finish(end.value), includeUsage: job.includeUsage }))
          await send(chunk);
        await sse.writeSSE({ data: '[DONE]' });
      });
    },
  );

  /** what can be checked before the request waits: its schemas compile, its run options, its length. */
  function admit(job: ChatJob, resolved: ResolvedModel): number {
    for (const part of job.parts) {
      try {
        prepareSchema(part.schema, resolved.compile);
      } catch (error) {
        throw apiErrorOf(error, part.param, report);
      }
    }
    try {
      samplingOf(job.run);
    } catch (error) {
      throw apiErrorOf(error, null, report);
    }
    const tokens = resolved.tokenizer.encode(formatPrompt(resolved, job.prompt)).length;
    if (tokens >= resolved.model.maxLength)
      throw invalidRequest(
        `the prompt is ${tokens} tokens, and the model takes ${resolved.model.maxLength} in all (prompt and value)`,
        'messages',
        'context_length_exceeded',
      );
    return tokens;
  }

  function queueError(error: unknown, timeout: AbortSignal, signal: AbortSignal): unknown {
    if (error instanceof QueueFullError)
      return new ApiError({
        status: 429,
        type: 'rate_limit_error',
        code: 'queue_full',
        message: `${error.message}; retry after ${error.retryAfterSeconds} s`,
        headers: { 'Retry-After': String(error.retryAfterSeconds) },
      });
    if (error instanceof QueueClosedError)
      return new ApiError({
        status: 503,
        type: 'server_error',
        code: 'shutting_down',
        message: error.message,
      });
    if (timeout.aborted) return timedOut();
    // the client went away: nobody reads this
    if (signal.aborted)
      return new ApiError({
        status: 499,
        type: 'invalid_request_error',
        code: 'cancelled',
        message: 'cancelled',
      });
    return error;
  }

  function load() {
    return { waiting: queue.waiting, running: queue.running };
  }

  return {
    fetch: async (request) => app.fetch(request),
    modelId,
    ready: async () => void (await unmask.model()),
    load,
    async close() {
      await queue.close();
      if (owned) await unmask.dispose();
    },
  };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** `Authorization: Bearer <key>`, the key compared by digest in constant time. */
function authorized(header: string | undefined, expected: Buffer): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  const same = timingSafeEqual(sha256(match?.[1] ?? ''), expected);
  return match !== null && same;
}
