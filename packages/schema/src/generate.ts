import {
  type Canvas,
  type DenoisingModel,
  type FillStats,
  type Frame,
  fillCanvas,
  RenoiseExhaustedError,
  type SampleOptions,
  sumFillStats,
  type Tokenizer,
  UnmaskError,
} from '@unmask/core';
import type { z } from 'zod';
import { type BranchChoice, chooseBranches } from './branches';
import { DEFAULT_GROW_ROUNDS, fullPaths, type Growth, growCanvas } from './grow';
import { checkGenerateOptions } from './options';
import { buildSchemaCanvas } from './schema-canvas';
import {
  isZodSchema,
  type PreparedSchema,
  prepareJsonSchema,
  prepareZodSchema,
  valueCheck,
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
  /**
   * an array whose every offered item slot was filled (and that may hold more) is offered twice
   * as many items, and a slot whose every token position was used (its language allowing longer
   * values) twice as many tokens; the model continues them, this many times at most. Default 3
   * (3 items become 6, 12, 24); 0 keeps the first layout.
   */
  growRounds?: number;
  /**
   * extraction: free-text string values are copied from the prompt character for character (their
   * automaton is intersected with the prompt's substrings; see `SchemaCompileOptions.verbatimFrom`).
   * Dates, times, numbers, booleans and enums are not held to it. Requires a prompt.
   */
  verbatim?: boolean;
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
  /** arrays grown because every offered item was filled, slots because every position was (see growRounds). */
  growths: Growth[];
  /**
   * paths of arrays that still fill every item slot, and of slots that still fill every token
   * position, while the schema allows more: the value may be cut short there.
   */
  full: string[];
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
  checkGenerateOptions(options);
  if (options.prompt !== undefined && typeof options.prompt !== 'string')
    throw new UnmaskError({
      code: 'invalid-argument',
      message: `prompt must be a string, got ${JSON.stringify(options.prompt)}`,
    });
  if (options.verbatim !== undefined && typeof options.verbatim !== 'boolean')
    throw new UnmaskError({
      code: 'invalid-argument',
      message: `verbatim must be a boolean, got ${JSON.stringify(options.verbatim)}`,
    });
  if (options.verbatim && options.prompt === undefined)
    throw new UnmaskError({
      code: 'invalid-argument',
      message: 'verbatim copies string values from the prompt, and no prompt was given',
    });
  // every compile of this generation (branches, growth) holds strings to the prompt alike
  if (options.verbatim)
    options = { ...options, compile: { ...options.compile, verbatimFrom: options.prompt } };
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
  let compiled = chosen.compiled;
  let check = valueCheck(prepared, compiled);
  let { canvas: filled, stats } = await fillCanvas({
    ...options,
    canvas: chosen.canvas,
    validate: check.validate,
  });
  if (chosen.nfe) stats = { ...stats, nfe: stats.nfe + chosen.nfe };
  // full arrays and full slots: offered more items or tokens, the model continues them
  const growths: Growth[] = [];
  let compile = options.compile;
  let budgets: Record<string, number> = {};
  for (let round = 0; round < (options.growRounds ?? DEFAULT_GROW_ROUNDS); round++) {
    const grown = growCanvas({
      jsonSchema: prepared.jsonSchema,
      compiled,
      ...(compile ? { compile } : {}),
      budgets,
      canvas: filled,
      validate: prepared.compiled.validate,
      value: compiled.decode(filled),
      tokenizer: options.tokenizer,
      model: options.model,
      prompt,
    });
    if (!grown) break;
    const grownCheck = valueCheck(prepared, grown.compiled);
    try {
      const result = await fillCanvas({ ...options, canvas: grown.canvas, validate: grownCheck.validate });
      stats = sumFillStats(stats, result.stats);
      filled = result.canvas;
    } catch (error) {
      // the longer value did not validate within the rounds: the last valid one stands
      if (RenoiseExhaustedError.isInstance(error)) break;
      throw error;
    }
    ({ compiled, compile, budgets } = grown);
    check = grownCheck;
    growths.push(...grown.growths);
  }
  const value = check.value as InferSchema<S>;
  const raw = compiled.decode(filled);
  return {
    value,
    text: JSON.stringify(raw, null, options.compile?.pretty ? 2 : undefined),
    stats,
    canvas: filled,
    branches: chosen.choices,
    growths,
    full: fullPaths(compiled, raw, filled),
  };
}
