import type { Frame } from '@unmask/core';
import {
  type GenerateObjectResult,
  type GenerateOutcome,
  type GenerateRequest,
  generateObjects,
  type InferSchema,
} from '@unmask/schema';
import { progressOf, type RunOptions, samplingOf } from './options';
import type { ResolvedModel } from './resolve-model';

export type { GenerateOutcome, GenerateRequest };

/** a generated value, valid against its schema. */
export type GenerateResult<T> = Omit<GenerateObjectResult<T>, 'canvas'>;

/** schema requests through the one generate pipeline (`@unmask/schema`), with the resolved model and the run options. */
export function runGenerate<S>(
  resolved: ResolvedModel,
  requests: readonly GenerateRequest<S>[],
  run: RunOptions,
  onFrame?: (frame: Frame & { round: number }) => void,
): Promise<GenerateOutcome<InferSchema<S>>[]> {
  const { model, tokenizer, promptFormat, compile } = resolved;
  const progress = run.onProgress;
  return generateObjects({
    ...samplingOf(run),
    model,
    tokenizer,
    promptFormat,
    compile,
    requests,
    ...(run.maxRenoiseRounds !== undefined ? { maxRenoiseRounds: run.maxRenoiseRounds } : {}),
    ...(run.branchSelection !== undefined ? { branchSelection: run.branchSelection } : {}),
    ...(run.growRounds !== undefined ? { growRounds: run.growRounds } : {}),
    ...(run.distinctSpans !== undefined ? { distinctSpans: run.distinctSpans } : {}),
    ...(onFrame || progress
      ? {
          onFrame: (frame: Frame & { round: number }) => {
            onFrame?.(frame);
            progress?.(progressOf(frame, frame.canvasIndex));
          },
        }
      : {}),
  });
}

/** a result without its canvas (the facade's results do not carry it). */
export function resultOf<T>(outcome: GenerateObjectResult<T>): GenerateResult<T> {
  const { canvas: _canvas, ...result } = outcome;
  return result;
}
