import { type FillStats, type Frame, formatPrompt, UnmaskError } from '@unmask/core';
import type { GenerateObjectResult, InferSchema } from '@unmask/schema';
import {
  type CompileTemplateOptions,
  fillTemplate,
  type RenderedTemplate,
  type SlotValue,
  type TemplateIssue,
  type TemplateSlotValidator,
} from '@unmask/template';
import { checkOptionKeys, progressOf, type RunOptions, samplingOf } from './options';
import { type ModelSource, type ResolvedModel, resolveModel } from './resolve-model';
import { type GenerateRequest, type GenerateResult, resultOf, runGenerate } from './run-generate';
import { streamOf, type UnmaskStream } from './stream';

export type { GenerateRequest, GenerateResult } from './run-generate';

/** options of `createUnmask`. */
export type UnmaskOptions = ModelSource;

/** `generate`: a schema request plus run options. */
export interface GenerateOptions<S> extends GenerateRequest<S>, RunOptions {}

/** `generateMany`: several schema requests filled together, one forward pass per step for all. */
export interface GenerateManyOptions<R extends readonly GenerateRequest[]> extends RunOptions {
  requests: R;
}

/** `fill`: a Handlebars template, its data, and run options. */
export interface FillOptions extends CompileTemplateOptions, RunOptions {
  /** text the slots are drawn from (formatted with the model's prompt format). */
  prompt?: string;
  /**
   * grounded extraction, on by default with a prompt: each slot's value is found in the prompt
   * (copies, numbers and dates it mentions) or, for `choice`, chosen; `false` lets the model write.
   */
  grounded?: boolean;
  /** the day relative dates in the prompt ("next Thursday") count from, `YYYY-MM-DD` (default today). */
  referenceDate?: string;
  /** checks per slot name (`*` matches one segment). */
  validators?: Readonly<Record<string, TemplateSlotValidator>>;
  /** checks over the whole result; each issue names the slot to fill again. */
  validate?: (
    result: RenderedTemplate,
  ) => readonly TemplateIssue[] | undefined | Promise<readonly TemplateIssue[] | undefined>;
}

/** a filled template: the text, the slot values by name, and the counters. */
export interface FillResult<T = Record<string, SlotValue>> {
  text: string;
  slots: T;
  stats: FillStats;
}

/** an unmask client bound to one model. */
export interface Unmask {
  /** a value of the schema drawn from the prompt, valid by construction (else a `RenoiseExhaustedError`). */
  generate<S>(options: GenerateOptions<S>): Promise<GenerateResult<InferSchema<S>>>;
  /** several requests in one batch; results in request order; the first failure is thrown. */
  generateMany<const R extends readonly GenerateRequest[]>(
    options: GenerateManyOptions<R>,
  ): Promise<{ [K in keyof R]: GenerateResult<InferSchema<R[K]['schema']>> }>;
  /** a template's slots filled, all at once. */
  fill<T = Record<string, SlotValue>>(options: FillOptions): Promise<FillResult<T>>;
  /** the frames of a `generate` (with `schema`) or a `fill` (with `template`) as it denoises. */
  stream<S>(options: GenerateOptions<S>): UnmaskStream<GenerateResult<InferSchema<S>>>;
  stream<T = Record<string, SlotValue>>(options: FillOptions): UnmaskStream<FillResult<T>>;
  /** the model in use (loaded on first use). */
  model(): Promise<ResolvedModel>;
  /** release the model when this client loaded it. */
  dispose(): Promise<void>;
}

/**
 * a client for one model: omitted, the embedded nano model (loaded on first call); a string,
 * a model directory; or any `DenoisingModel` with its `tokenizer`.
 */
export function createUnmask(options: UnmaskOptions = {}): Unmask {
  let loading: Promise<ResolvedModel> | undefined;
  const model = () => {
    loading ??= resolveModel(options).catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };

  const generateWith = async <S>(
    request: GenerateOptions<S>,
    onFrame?: (frame: Frame & { round: number }) => void,
  ): Promise<GenerateResult<InferSchema<S>>> => {
    checkOptionKeys(request, 'generate');
    const [outcome] = await runGenerate(await model(), [request], request, onFrame);
    if (!outcome!.valid) throw outcome!.error;
    return resultOf(outcome!);
  };

  const fillWith = async <T>(
    request: FillOptions,
    onFrame?: (frame: Frame & { round: number }) => void,
  ): Promise<FillResult<T>> => {
    checkOptionKeys(request, 'fill');
    const resolved = await model();
    const { onProgress } = request;
    if (request.prompt !== undefined && typeof request.prompt !== 'string')
      throw new UnmaskError({
        code: 'invalid-argument',
        message: `prompt must be a string, got ${JSON.stringify(request.prompt)}`,
      });
    const result = await fillTemplate<T>({
      ...request,
      ...samplingOf(request),
      model: resolved.model,
      tokenizer: resolved.tokenizer,
      prompt: formatPrompt(resolved, request.prompt ?? ''),
      // verbatim slots copy from the prompt as written, not from the model's prompt format
      ...(request.verbatimFrom === undefined && request.prompt !== undefined
        ? { verbatimFrom: request.prompt }
        : {}),
      ...(onFrame || onProgress
        ? {
            onFrame: (frame: Frame & { round: number }) => {
              onFrame?.(frame);
              onProgress?.(progressOf(frame, 0));
            },
          }
        : {}),
    });
    return { text: result.text, slots: result.slots, stats: result.stats };
  };

  return {
    generate: (request) => generateWith(request),
    async generateMany(request) {
      checkOptionKeys(request, 'generateMany');
      if (Array.isArray(request.requests))
        for (const item of request.requests)
          if (item !== null && typeof item === 'object') checkOptionKeys(item, 'request');
      const outcomes = await runGenerate(await model(), request.requests, request);
      const failed = outcomes.find((outcome) => !outcome.valid);
      if (failed && !failed.valid) throw failed.error;
      return outcomes.map((outcome) => resultOf(outcome as GenerateObjectResult<unknown>)) as never;
    },
    fill: (request) => fillWith(request),
    stream: ((request: GenerateOptions<unknown> | FillOptions) =>
      'template' in request
        ? streamOf((onFrame) => fillWith(request, onFrame))
        : streamOf((onFrame) => generateWith(request, onFrame))) as Unmask['stream'],
    model,
    async dispose() {
      if (!loading) return;
      const resolved = await loading.catch(() => undefined);
      loading = undefined;
      if (resolved?.owned) await resolved.model.dispose();
    },
  };
}
