import { type FillStats, type Frame, type Issue, sumFillStats, UnmaskError } from '@unmask/core';
import { formatPrompt } from '@unmask/onnx';
import {
  type BranchChoice,
  chooseBranches,
  DEFAULT_GROW_ROUNDS,
  fullPaths,
  type Growth,
  growCanvas,
  type InferSchema,
  prepareSchema,
  type SchemaCompileOptions,
  valueCheck,
} from '@unmask/schema';
import { fillBatch } from './fill-batch';
import { progressOf, type RunOptions, samplingOf } from './options';
import type { ResolvedModel } from './resolve-model';

/** one schema request: the schema, the prompt, and compile options for this call. */
export interface GenerateRequest<S = unknown> {
  /** a zod schema (the value is typed from it) or a JSON Schema. */
  schema: S;
  /** the text the value is drawn from. */
  prompt?: string;
  /** merged over the model's compile options. */
  compile?: SchemaCompileOptions;
  /**
   * extraction: free-text string values are copied from the prompt, character for character
   * (dates, times, numbers, booleans and enums excepted; see `SchemaCompileOptions.verbatimFrom`).
   * Requires a prompt.
   */
  verbatim?: boolean;
}

/** a generated value, valid against its schema. */
export interface GenerateResult<T> {
  value: T;
  /** the value as JSON (compact, or pretty with `compile.pretty`). */
  text: string;
  stats: FillStats;
  /** how each anyOf/oneOf of objects or arrays was decided (empty when the schema has none). */
  branches: BranchChoice[];
  /** arrays grown because every offered item was filled, slots because every position was (see `growRounds`). */
  growths: Growth[];
  /** paths of arrays and slots still full at the end while the schema allows more: the value may be cut short there. */
  full: string[];
}

/** what became of one request; `valid: false` after the last re-noise round. */
export type GenerateOutcome<T> =
  | ({ valid: true } & GenerateResult<T>)
  | {
      valid: false;
      value: unknown;
      text: string;
      stats: FillStats;
      branches: BranchChoice[];
      growths: Growth[];
      full: string[];
      issues: readonly Issue[];
      error: Error;
    };

/** a request's own fields of the wrong kind are typed errors (the schema is checked where it is compiled). */
function checkRequest(request: GenerateRequest<unknown>, index: number): void {
  const where = index === 0 ? '' : ` (request ${index})`;
  const bad = (message: string) => new UnmaskError({ code: 'invalid-argument', message: message + where });
  if (request === null || typeof request !== 'object') throw bad('a request must be an object');
  if (request.prompt !== undefined && typeof request.prompt !== 'string')
    throw bad(`prompt must be a string, got ${JSON.stringify(request.prompt)}`);
  if (
    request.compile !== undefined &&
    (request.compile === null || typeof request.compile !== 'object' || Array.isArray(request.compile))
  )
    throw bad('compile options must be an object');
}

/** `verbatim: true` as the compile option that holds strings to the request's prompt. */
function verbatimOf(request: GenerateRequest<unknown>): { verbatimFrom?: string } {
  if (request.verbatim !== undefined && typeof request.verbatim !== 'boolean')
    throw new UnmaskError({
      code: 'invalid-argument',
      message: `verbatim must be a boolean, got ${JSON.stringify(request.verbatim)}`,
    });
  if (!request.verbatim) return {};
  if (request.prompt === undefined)
    throw new UnmaskError({
      code: 'invalid-argument',
      message: 'verbatim copies string values from the prompt, and the request has no prompt',
    });
  return { verbatimFrom: request.prompt };
}

/** fill the canvases of several schema requests together: one forward pass per step for all. */
export async function runGenerate<S>(
  resolved: ResolvedModel,
  requests: readonly GenerateRequest<S>[],
  run: RunOptions,
  onFrame?: (frame: Frame & { round: number }) => void,
): Promise<GenerateOutcome<InferSchema<S>>[]> {
  const { model, tokenizer, promptFormat } = resolved;
  if (!Array.isArray(requests) || requests.length === 0)
    throw new UnmaskError({ code: 'invalid-argument', message: 'requests must be a non-empty array' });
  requests.forEach(checkRequest);
  const prepare = async (request: GenerateRequest<S>) => {
    const compile = { ...resolved.compile, ...request.compile, ...verbatimOf(request) };
    const schema = prepareSchema(request.schema, compile);
    const prompt = formatPrompt({ promptFormat }, request.prompt ?? '');
    // unions of composite branches: the model chooses (one batched forward pass per such schema)
    const chosen = await chooseBranches({
      jsonSchema: schema.jsonSchema,
      compiled: schema.compiled,
      compile,
      validate: schema.compiled.validate,
      tokenizer,
      model,
      prompt,
      ...(run.branchSelection ? { selection: run.branchSelection } : {}),
      ...(run.signal ? { signal: run.signal } : {}),
    });
    const { compiled, canvas } = chosen;
    return {
      compiled,
      compile,
      canvas,
      check: valueCheck(schema, compiled),
      chosen,
      schema,
      prompt,
      growths: [] as Growth[],
      budgets: {} as Record<string, number>,
    };
  };
  // one after the other: each choosing pass is a forward call of its own
  const prepared: Array<Awaited<ReturnType<typeof prepare>>> = [];
  for (const request of requests) prepared.push(await prepare(request));
  const progress = run.onProgress;
  const fill = (
    jobs: Array<{
      index: number;
      canvas: (typeof prepared)[number]['canvas'];
      validate: (filled: (typeof prepared)[number]['canvas']) => Issue[];
    }>,
  ) =>
    fillBatch({
      ...samplingOf(run),
      model,
      jobs: jobs.map(({ canvas, validate }) => ({ canvas, validate })),
      ...(run.maxRenoiseRounds !== undefined ? { maxRenoiseRounds: run.maxRenoiseRounds } : {}),
      ...(onFrame || progress
        ? {
            onFrame: (frame: Frame & { round: number }) => {
              const indexed = { ...frame, canvasIndex: jobs[frame.canvasIndex]!.index };
              onFrame?.(indexed);
              progress?.(progressOf(indexed, indexed.canvasIndex));
            },
          }
        : {}),
    });
  const outcomes = await fill(
    prepared.map(({ canvas, check }, index) => ({ index, canvas, validate: check.validate })),
  );
  // full arrays and slots (every item or position filled, more allowed): grown, continued together
  for (let round = 0; round < (run.growRounds ?? DEFAULT_GROW_ROUNDS); round++) {
    const jobs: Array<
      Parameters<typeof fill>[0][number] & {
        grown: NonNullable<ReturnType<typeof growCanvas>>;
        check: (typeof prepared)[number]['check'];
      }
    > = [];
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
    const { compiled, compile, check, chosen, growths } = prepared[index]!;
    const stats = chosen.nfe ? { ...outcome.stats, nfe: outcome.stats.nfe + chosen.nfe } : outcome.stats;
    const branches = chosen.choices;
    let raw: unknown;
    try {
      raw = compiled.decode(outcome.canvas);
    } catch {
      raw = undefined;
    }
    const text = raw === undefined ? '' : JSON.stringify(raw, null, compile.pretty ? 2 : undefined);
    const full = raw === undefined ? [] : fullPaths(compiled, raw, outcome.canvas);
    if (outcome.ok)
      return { valid: true, value: check.value as InferSchema<S>, text, stats, branches, growths, full };
    return {
      valid: false,
      value: raw,
      text,
      stats,
      branches,
      growths,
      full,
      issues: outcome.error.issues,
      error: outcome.error,
    };
  });
}
