import {
  type Canvas,
  checkPromptFits,
  type DenoisingModel,
  type FillStats,
  type Frame,
  fillCanvases,
  formatPrompt,
  type Issue,
  type RenoiseExhaustedError,
  type SampleOptions,
  sumFillStats,
  type Tokenizer,
  UnmaskError,
} from '@unmask/core';
import type { z } from 'zod';
import { type BranchChoice, chooseBranches } from './branches';
import { fieldGuide } from './field-guide';
import { DEFAULT_GROW_ROUNDS, fullPaths, type Growth, growCanvas } from './grow';
import { checkGenerateOptions } from './options';
import { distinctSpans, type FieldSource, fieldSources } from './provenance';
import { buildSchemaCanvas } from './schema-canvas';
import {
  isZodSchema,
  type PreparedSchema,
  prepareJsonSchema,
  prepareZodSchema,
  valueCheck,
  type ZodSchema,
} from './schema-input';
import type { CompileWarning, JsonSchema, SchemaCompileOptions } from './types';

export type InferSchema<S> = S extends ZodSchema ? z.output<S> : unknown;

/** one schema request: the schema, the prompt, and compile options for this call. */
export interface GenerateRequest<S = unknown> {
  /** a zod schema (the value is typed from it) or a JSON Schema. */
  schema: S;
  /** the text the value is drawn from. */
  prompt?: string;
  /** merged over the run's (the model's) compile options. */
  compile?: SchemaCompileOptions;
  /**
   * extraction: free-text string values are copied from the prompt, character for character (their
   * automaton is intersected with the prompt's substrings; see `SchemaCompileOptions.verbatimFrom`).
   * Dates, times, numbers, booleans and enums are not held to it. Requires a prompt.
   */
  verbatim?: boolean;
  /**
   * grounded extraction: every value is found in the prompt (strings copied, numbers and dates
   * among those it mentions, formats and patterns as spans of it) or, for enums, booleans and
   * consts, chosen; an optional value the prompt holds nothing for is absent. See
   * `SchemaCompileOptions.ground`. Default: on whenever there is a prompt (it measures better on
   * the realistic test set, eval/reports); `false` lets the model write values of its own.
   */
  grounded?: boolean;
  /** the day relative dates in the prompt ("next Thursday") count from: `YYYY-MM-DD`. Default today. */
  referenceDate?: string;
  /**
   * known values (form fields a person already filled), shaped like the value: written into the
   * canvas as they are; the model fills the rest; the result is valid against the schema with them.
   */
  values?: Record<string, unknown>;
}

/** how a batch of requests is filled: the model, sampling, re-noise, growth, branch choice. */
export interface GenerateRunOptions extends SampleOptions {
  model: DenoisingModel;
  tokenizer: Tokenizer;
  /** how the prompt is written before the canvas, `{prompt}` standing for it. Default `{prompt}`. */
  promptFormat?: string;
  /** compile options under every request's own (e.g. those the model was trained with). */
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
   * grounded requests: two free-text fields that took the same span of the prompt are re-noised
   * (all but the most confident, at most two rounds), so that each gets a value of its own.
   * Default false: on the realistic test set it did not help (20.3 % field exact match with it,
   * 20.6 % without, 2.61 against 2.34 forward passes per case; eval/reports).
   */
  distinctSpans?: boolean;
  /** every frame; `canvasIndex` is the request's index. */
  onFrame?: (frame: Frame & { round: number }) => void;
}

/** a generated value, valid against its schema. */
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
  /**
   * every leaf of the value by JSON pointer: where it came from (a span of the prompt, chosen from
   * a closed set, known, or generated) and the model's confidence in it.
   */
  fields: Record<string, FieldSource>;
  /** keywords of the schema that its draft does not know (typos such as `propertes`), by pointer; empty when none. */
  warnings: CompileWarning[];
  /**
   * fewer optional parts (array items, map entries, unrolled levels) were offered than by default,
   * because the default offering did not fit the slot limit or the model's length; a full array
   * still grows while the canvas has room (see `full`).
   */
  reduced: boolean;
}

/** what became of one request; `valid: false` after the last re-noise round. */
export type GenerateOutcome<T> =
  | ({ valid: true } & GenerateObjectResult<T>)
  | ({ valid: false; value: unknown; issues: readonly Issue[]; error: RenoiseExhaustedError } & Omit<
      GenerateObjectResult<T>,
      'value'
    >);

export interface GenerateObjectsOptions<S> extends GenerateRunOptions {
  requests: readonly GenerateRequest<S>[];
}

export interface GenerateObjectOptions<S> extends GenerateRunOptions, GenerateRequest<S> {}

export { buildSchemaCanvas };

export function prepareSchema<S>(schema: S, options?: SchemaCompileOptions): PreparedSchema<InferSchema<S>> {
  return (
    isZodSchema(schema) ? prepareZodSchema(schema, options) : prepareJsonSchema(schema as JsonSchema, options)
  ) as PreparedSchema<InferSchema<S>>;
}

/** a request's own fields of the wrong kind are typed errors (the schema is checked where it is compiled). */
function checkRequest(request: GenerateRequest<unknown>, index: number, count: number): void {
  const where = count === 1 ? '' : ` (request ${index})`;
  const bad = (message: string) => new UnmaskError({ code: 'invalid-argument', message: message + where });
  if (request === null || typeof request !== 'object') throw bad('a request must be an object');
  if (request.prompt !== undefined && typeof request.prompt !== 'string')
    throw bad(`prompt must be a string, got ${JSON.stringify(request.prompt)}`);
  // an empty prompt is almost always a bug upstream (a field not read): said, not filled from nothing
  if (request.prompt !== undefined && request.prompt.trim() === '')
    throw bad(
      'prompt is empty: give the text to draw values from, or leave prompt out to let the model write freely',
    );
  if (
    request.compile !== undefined &&
    (request.compile === null || typeof request.compile !== 'object' || Array.isArray(request.compile))
  )
    throw bad('compile options must be an object');
  if (request.verbatim !== undefined && typeof request.verbatim !== 'boolean')
    throw bad(`verbatim must be a boolean, got ${JSON.stringify(request.verbatim)}`);
  if (request.verbatim && request.prompt === undefined)
    throw bad('verbatim copies string values from the prompt, and the request has no prompt');
  if (
    request.values !== undefined &&
    (request.values === null || typeof request.values !== 'object' || Array.isArray(request.values))
  )
    throw bad('values must be an object of known values, shaped like the value');
  if (request.grounded !== undefined && typeof request.grounded !== 'boolean')
    throw bad(`grounded must be a boolean, got ${JSON.stringify(request.grounded)}`);
  if (request.grounded === true && request.prompt === undefined)
    throw bad('grounded finds every value in the prompt, and the request has no prompt');
  if (
    request.referenceDate !== undefined &&
    !(
      typeof request.referenceDate === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(request.referenceDate) &&
      !Number.isNaN(Date.parse(request.referenceDate))
    )
  )
    throw bad(`referenceDate must be a YYYY-MM-DD date, got ${JSON.stringify(request.referenceDate)}`);
}

/**
 * the generate pipeline: each request's schema compiled (its unions chosen by the model), all
 * canvases filled together by core's fill loop (one forward pass per step for the batch),
 * validated by ajv (and zod), failing slots re-noised; full arrays and slots grown and continued.
 * Outcomes in request order; one that stays invalid after its rounds is `valid: false`.
 */
export async function generateObjects<S>(
  options: GenerateObjectsOptions<S>,
): Promise<GenerateOutcome<InferSchema<S>>[]> {
  const { model, tokenizer, requests, onFrame } = options;
  checkGenerateOptions(options);
  if (!Array.isArray(requests) || requests.length === 0)
    throw new UnmaskError({ code: 'invalid-argument', message: 'requests must be a non-empty array' });
  for (const [index, request] of requests.entries()) checkRequest(request, index, requests.length);
  // a prompt that cannot fit is refused before anything reads it (grounding, copies, tokenizing);
  // the field guide is added later and counted with the canvas
  for (const request of requests)
    if (request.prompt !== undefined)
      checkPromptFits(formatPrompt(options, request.prompt), model, tokenizer);
  const prepare = async (request: GenerateRequest<S>) => {
    // every compile of this request (branches, growth) holds strings to the prompt alike
    const compile: SchemaCompileOptions = {
      ...options.compile,
      ...request.compile,
      ...(request.verbatim ? { verbatimFrom: request.prompt } : {}),
      ...(request.values !== undefined ? { values: request.values } : {}),
      ...((request.grounded ?? true) && request.prompt !== undefined
        ? {
            ground: {
              text: request.prompt as string,
              ...(request.referenceDate ? { referenceDate: request.referenceDate } : {}),
            },
          }
        : {}),
    };
    try {
      return await offer(request, compile);
    } catch (error) {
      // a canvas too long for the model with the default offering (three optional items per
      // array, entries per map, unrolled levels): offer one, then none beyond what the schema
      // requires; a full array grows afterwards while the canvas has room
      const reducible = compile.arrayItems === undefined && compile.recursionDepth === undefined;
      if (!reducible || !UnmaskError.isInstance(error) || error.code !== 'canvas-too-long') throw error;
      for (const items of [1, 0]) {
        try {
          const smaller = await offer(request, {
            ...compile,
            arrayItems: items,
            mapEntries: items,
            recursionDepth: 1,
          });
          return { ...smaller, reduced: true };
        } catch (smallerError) {
          if (!UnmaskError.isInstance(smallerError) || smallerError.code !== 'canvas-too-long')
            throw smallerError;
        }
      }
      throw error;
    }
  };
  const offer = async (request: GenerateRequest<S>, compile: SchemaCompileOptions) => {
    const schema = prepareSchema(request.schema, compile);
    const prompt =
      request.prompt === undefined
        ? undefined
        : formatPrompt(options, request.prompt, fieldGuide(schema.jsonSchema));
    // unions of composite branches: the model chooses (one batched forward pass per such schema)
    const chosen = await chooseBranches({
      jsonSchema: schema.jsonSchema,
      compiled: schema.compiled,
      compile,
      validate: schema.compiled.validate,
      tokenizer,
      model,
      prompt,
      ...(options.branchSelection ? { selection: options.branchSelection } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return {
      schema,
      compile,
      prompt,
      chosen,
      compiled: chosen.compiled,
      check: valueCheck(schema, chosen.compiled),
      growths: [] as Growth[],
      budgets: {} as Record<string, number>,
      // the slot limit's smaller offering (compileJsonSchema) or the model length's (above)
      reduced: chosen.compiled.report.reduced === true,
    };
  };
  // one after the other: each choosing pass is a forward call of its own
  const prepared: Array<Awaited<ReturnType<typeof prepare>>> = [];
  for (const request of requests) prepared.push(await prepare(request));
  const fill = (jobs: Array<{ index: number; canvas: Canvas; validate: (filled: Canvas) => Issue[] }>) =>
    fillCanvases({
      ...options,
      jobs: jobs.map(({ canvas, validate }) => ({ canvas, validate })),
      ...(onFrame
        ? {
            onFrame: (frame: Frame & { round: number }) =>
              onFrame({ ...frame, canvasIndex: jobs[frame.canvasIndex]!.index }),
          }
        : {}),
    });
  const outcomes = await fill(
    prepared.map(({ chosen, check, compile, schema }, index) => {
      // grounded: one span of the prompt is not two fields' value (a bounded preference)
      const distinct =
        compile.ground && options.distinctSpans !== false
          ? distinctSpans(schema.jsonSchema, Math.min(2, options.maxRenoiseRounds ?? 3))
          : undefined;
      return {
        index,
        canvas: chosen.canvas,
        validate: distinct
          ? (filled: Canvas) => [...check.validate(filled), ...distinct(filled)]
          : check.validate,
      };
    }),
  );
  // full arrays and slots (every item or position filled, more allowed): grown, continued together
  for (let round = 0; round < (options.growRounds ?? DEFAULT_GROW_ROUNDS); round++) {
    const jobs = [];
    for (const [index, outcome] of outcomes.entries()) {
      if (!outcome.ok) continue;
      const job = prepared[index]!;
      const grown = growCanvas({
        jsonSchema: job.schema.jsonSchema,
        compiled: job.compiled,
        compile: job.compile,
        validate: job.schema.compiled.validate,
        value: job.compiled.decode(outcome.canvas),
        canvas: outcome.canvas,
        budgets: job.budgets,
        tokenizer,
        model,
        prompt: job.prompt,
      });
      if (!grown) continue;
      const check = valueCheck(job.schema, grown.compiled);
      jobs.push({ index, canvas: grown.canvas, validate: check.validate, grown, check });
    }
    if (jobs.length === 0) break;
    const grownOutcomes = await fill(jobs);
    for (const [k, grownOutcome] of grownOutcomes.entries()) {
      const { index, grown, check } = jobs[k]!;
      const job = prepared[index]!;
      const before = outcomes[index]!;
      const stats = sumFillStats(before.stats, grownOutcome.stats);
      // a longer value that did not validate within the rounds: the last valid one stands
      if (!grownOutcome.ok) {
        outcomes[index] = { ...before, stats };
        continue;
      }
      outcomes[index] = { ...grownOutcome, stats };
      job.compiled = grown.compiled;
      job.compile = grown.compile;
      job.budgets = grown.budgets;
      job.check = check;
      job.growths.push(...grown.growths);
    }
  }
  return outcomes.map((outcome, index) => {
    const { compiled, compile, check, chosen, growths, schema, reduced } = prepared[index]!;
    const request = requests[index]!;
    const stats = chosen.nfe ? { ...outcome.stats, nfe: outcome.stats.nfe + chosen.nfe } : outcome.stats;
    let raw: unknown;
    try {
      raw = compiled.decode(outcome.canvas);
    } catch {
      raw = undefined;
    }
    const text = raw === undefined ? '' : JSON.stringify(raw, null, compile.pretty ? 2 : undefined);
    const full = raw === undefined ? [] : fullPaths(compiled, raw, outcome.canvas);
    const fields =
      raw === undefined
        ? {}
        : fieldSources({
            value: raw,
            canvas: outcome.canvas,
            jsonSchema: schema.jsonSchema,
            prompt: request.prompt,
            referenceDate: request.referenceDate,
            values: request.values,
          });
    const warnings = compiled.report.warnings ?? [];
    const common = {
      text,
      stats,
      canvas: outcome.canvas,
      branches: chosen.choices,
      growths,
      full,
      fields,
      warnings,
      reduced,
    };
    if (outcome.ok) return { valid: true, value: check.value as InferSchema<S>, ...common };
    return { valid: false, value: raw, issues: outcome.error.issues, error: outcome.error, ...common };
  });
}

/**
 * fill a schema's canvas with the model (the generate pipeline with one request): structure
 * written by the SDK, values by the model, validated by ajv (and zod), failing slots re-noised;
 * a `RenoiseExhaustedError` when the rounds run out.
 */
export async function generateObject<S>(
  options: GenerateObjectOptions<S>,
): Promise<GenerateObjectResult<InferSchema<S>>> {
  const { schema, prompt, compile, verbatim, grounded, referenceDate, values, ...run } = options;
  const request: GenerateRequest<S> = {
    schema,
    ...(prompt !== undefined ? { prompt } : {}),
    ...(verbatim !== undefined ? { verbatim } : {}),
    ...(grounded !== undefined ? { grounded } : {}),
    ...(referenceDate !== undefined ? { referenceDate } : {}),
    ...(values !== undefined ? { values } : {}),
  };
  const [outcome] = await generateObjects({ ...run, ...(compile ? { compile } : {}), requests: [request] });
  if (!outcome!.valid) throw outcome!.error;
  const { valid: _valid, ...result } = outcome!;
  return result;
}
