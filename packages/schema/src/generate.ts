import {
  type Canvas,
  type DenoisingModel,
  type FillStats,
  type Frame,
  fillCanvas,
  type Issue,
  type SampleOptions,
  type Tokenizer,
} from '@unmask/core';
import type { z } from 'zod';
import { type BranchChoice, chooseBranches } from './branches';
import { buildSchemaCanvas } from './schema-canvas';
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
  /**
   * how a union of composite branches (anyOf/oneOf of objects or arrays) is decided: 'model'
   * (default) scores each branch's canvas in one extra batched forward pass and offers the branch
   * the model is most confident about; 'first' offers the first branch that compiles. Fixed
   * choices by pointer go in `compile.branches`.
   */
  branchSelection?: 'model' | 'first';
  onFrame?: (frame: Frame & { round: number }) => void;
}

export type InferSchema<S> = S extends ZodSchema ? z.output<S> : unknown;

export interface GenerateObjectResult<T> {
  value: T;
  /** the value as compact JSON (pretty when compile.pretty is set). */
  text: string;
  stats: FillStats;
  canvas: Canvas;
  /** how each union of composite branches was decided (empty when the schema has none). */
  branches: BranchChoice[];
}

export { buildSchemaCanvas };

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
  const chosen = await chooseBranches({
    jsonSchema: prepared.jsonSchema,
    compiled: prepared.compiled,
    ...(options.compile ? { compile: options.compile } : {}),
    validate: prepared.compiled.validate,
    tokenizer: options.tokenizer,
    model: options.model,
    prompt,
    ...(options.branchSelection ? { selection: options.branchSelection } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const { compiled } = chosen;
  let final: InferSchema<S> | undefined;
  const validate = (filled: Canvas): Issue[] => {
    const value = compiled.decode(filled);
    const result = prepared.finalize(value);
    if (result.issues.length === 0) final = result.value as InferSchema<S>;
    return result.issues;
  };
  const { canvas: filled, stats } = await fillCanvas({ ...options, canvas: chosen.canvas, validate });
  const value = final as InferSchema<S>;
  const raw = compiled.decode(filled);
  return {
    value,
    text: JSON.stringify(raw, null, options.compile?.pretty ? 2 : undefined),
    stats: chosen.nfe ? { ...stats, nfe: stats.nfe + chosen.nfe } : stats,
    canvas: filled,
    branches: chosen.choices,
  };
}
