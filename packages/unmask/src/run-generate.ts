import type { FillStats, Frame, Issue } from '@unmask/core';
import { formatPrompt } from '@unmask/onnx';
import {
  type BranchChoice,
  chooseBranches,
  type InferSchema,
  prepareSchema,
  type SchemaCompileOptions,
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
}

/** a generated value, valid against its schema. */
export interface GenerateResult<T> {
  value: T;
  /** the value as JSON (compact, or pretty with `compile.pretty`). */
  text: string;
  stats: FillStats;
  /** how each anyOf/oneOf of objects or arrays was decided (empty when the schema has none). */
  branches: BranchChoice[];
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
      issues: readonly Issue[];
      error: Error;
    };

/** fill the canvases of several schema requests together: one forward pass per step for all. */
export async function runGenerate<S>(
  resolved: ResolvedModel,
  requests: readonly GenerateRequest<S>[],
  run: RunOptions,
  onFrame?: (frame: Frame & { round: number }) => void,
): Promise<GenerateOutcome<InferSchema<S>>[]> {
  const { model, tokenizer, promptFormat } = resolved;
  const prepare = async (request: GenerateRequest<S>) => {
    const compile = { ...resolved.compile, ...request.compile };
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
    const final: { value?: InferSchema<S> } = {};
    const validate = (filled: typeof canvas): Issue[] => {
      const result = schema.finalize(compiled.decode(filled));
      if (result.issues.length === 0) final.value = result.value;
      return result.issues;
    };
    return { compiled, compile, canvas, final, validate, chosen };
  };
  // one after the other: each choosing pass is a forward call of its own
  const prepared: Array<Awaited<ReturnType<typeof prepare>>> = [];
  for (const request of requests) prepared.push(await prepare(request));
  const progress = run.onProgress;
  const outcomes = await fillBatch({
    ...samplingOf(run),
    model,
    jobs: prepared.map(({ canvas, validate }) => ({ canvas, validate })),
    ...(run.maxRenoiseRounds !== undefined ? { maxRenoiseRounds: run.maxRenoiseRounds } : {}),
    ...(onFrame || progress
      ? {
          onFrame: (frame: Frame & { round: number }) => {
            onFrame?.(frame);
            progress?.(progressOf(frame, frame.canvasIndex));
          },
        }
      : {}),
  });
  return outcomes.map((outcome, index) => {
    const { compiled, compile, final, chosen } = prepared[index]!;
    const stats = chosen.nfe ? { ...outcome.stats, nfe: outcome.stats.nfe + chosen.nfe } : outcome.stats;
    const branches = chosen.choices;
    let raw: unknown;
    try {
      raw = compiled.decode(outcome.canvas);
    } catch {
      raw = undefined;
    }
    const text = raw === undefined ? '' : JSON.stringify(raw, null, compile.pretty ? 2 : undefined);
    if (outcome.ok) return { valid: true, value: final.value as InferSchema<S>, text, stats, branches };
    return {
      valid: false,
      value: raw,
      text,
      stats,
      branches,
      issues: outcome.error.issues,
      error: outcome.error,
    };
  });
}
