import {
  BudgetError,
  buildCanvas,
  type Canvas,
  type DenoisingModel,
  type FillStats,
  type Frame,
  fillCanvas,
  type Issue,
  type Layout,
  type SampleOptions,
  type Tokenizer,
} from '@unmask/core';
import type { z } from 'zod';
import {
  isZodSchema,
  type PreparedSchema,
  prepareJsonSchema,
  prepareZodSchema,
  type ZodSchema,
} from './schema-input';
import type { JsonSchema, SchemaCompileOptions } from './types';

export interface GenerateObjectOptions<S> extends SampleOptions {
  model: DenoisingModel;
  tokenizer: Tokenizer;
  schema: S;
  prompt?: string;
  /** how the prompt is written before the canvas, `{prompt}` standing for it. Default `{prompt}`. */
  promptFormat?: string;
  compile?: SchemaCompileOptions;
  maxRenoiseRounds?: number;
  onFrame?: (frame: Frame & { round: number }) => void;
}

export type InferSchema<S> = S extends ZodSchema ? z.output<S> : unknown;

export interface GenerateObjectResult<T> {
  value: T;
  /** the value as compact JSON (pretty when compile.pretty is set). */
  text: string;
  stats: FillStats;
  canvas: Canvas;
}

/** build the canvas, growing any slot whose budget cannot hold its shortest value for this tokenizer. */
export function buildSchemaCanvas(
  layout: Layout,
  tokenizer: Tokenizer,
  model: DenoisingModel,
  prompt: string | undefined,
): Canvas {
  let current = layout;
  for (let attempt = 0; ; attempt++) {
    try {
      return buildCanvas({ layout: current, tokenizer, model, ...(prompt !== undefined ? { prompt } : {}) });
    } catch (error) {
      if (!BudgetError.isInstance(error) || attempt > current.segments.length) throw error;
      const grown = error.shortestTokens + 2;
      current = {
        segments: current.segments.map((segment) =>
          segment.kind === 'slot' && segment.path === error.path && segment.maxTokens < grown
            ? { ...segment, maxTokens: grown }
            : segment,
        ),
      };
    }
  }
}

export function prepareSchema<S>(schema: S, options?: SchemaCompileOptions): PreparedSchema<InferSchema<S>> {
  return (
    isZodSchema(schema) ? prepareZodSchema(schema, options) : prepareJsonSchema(schema as JsonSchema, options)
  ) as PreparedSchema<InferSchema<S>>;
}

/**
 * fill a schema's canvas with the model: structure written by the SDK, values by the model,
 * validated by ajv (and zod), failing slots re-noised.
 */
export async function generateObject<S>(
  options: GenerateObjectOptions<S>,
): Promise<GenerateObjectResult<InferSchema<S>>> {
  const prepared = prepareSchema(options.schema, options.compile);
  const prompt =
    options.prompt === undefined
      ? undefined
      : (options.promptFormat ?? '{prompt}').replace('{prompt}', options.prompt);
  const canvas = buildSchemaCanvas(prepared.compiled.layout, options.tokenizer, options.model, prompt);
  let final: InferSchema<S> | undefined;
  const validate = (filled: Canvas): Issue[] => {
    const value = prepared.compiled.decode(filled);
    const result = prepared.finalize(value);
    if (result.issues.length === 0) final = result.value as InferSchema<S>;
    return result.issues;
  };
  const { canvas: filled, stats } = await fillCanvas({ ...options, canvas, validate });
  const value = final as InferSchema<S>;
  const raw = prepared.compiled.decode(filled);
  return {
    value,
    text: JSON.stringify(raw, null, options.compile?.pretty ? 2 : undefined),
    stats,
    canvas: filled,
  };
}
