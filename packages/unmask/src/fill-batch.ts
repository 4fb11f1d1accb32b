import {
  addStats,
  type Canvas,
  ConstraintError,
  type DenoisingModel,
  denoise,
  emptyStats,
  type FillStats,
  type Frame,
  type Issue,
  RenoiseExhaustedError,
  renoise,
  type SampleOptions,
  slotIssues,
  slotsOfIssue,
  UnmaskError,
} from '@unmask/core';

/** one canvas to fill, with the check of its filled value. */
export interface FillJob {
  canvas: Canvas;
  validate?: (canvas: Canvas) => readonly Issue[];
}

/** what became of a job: filled and valid, or still invalid after the last round. */
export type FillOutcome =
  | { ok: true; canvas: Canvas; stats: FillStats }
  | { ok: false; canvas: Canvas; stats: FillStats; error: RenoiseExhaustedError };

export interface FillBatchOptions extends SampleOptions {
  model: DenoisingModel;
  jobs: readonly FillJob[];
  maxRenoiseRounds?: number;
  /** every frame; `canvasIndex` is the job's index. */
  onFrame?: (frame: Frame & { round: number }) => void;
}

/**
 * core's fill-validate-re-noise loop over several canvases at once: every round is one
 * `denoise` over the canvases still unfinished, so each step is one forward pass for all.
 */
export async function fillBatch(options: FillBatchOptions): Promise<FillOutcome[]> {
  const { model, jobs, onFrame } = options;
  const maxRounds = options.maxRenoiseRounds ?? 3;
  if (!(Number.isInteger(maxRounds) && maxRounds >= 0)) {
    throw new UnmaskError({
      code: 'invalid-argument',
      message: `maxRenoiseRounds must be a non-negative integer, got ${maxRounds}`,
    });
  }
  const states = jobs.map((job) => ({
    canvas: job.canvas,
    stats: { ...emptyStats(), renoiseRounds: 0 } as FillStats,
    outcome: undefined as FillOutcome | undefined,
  }));
  for (let round = 0; ; round++) {
    const pending = states.flatMap((state, index) => (state.outcome ? [] : [index]));
    if (pending.length === 0) break;
    const iterator = denoise({
      ...options,
      model,
      canvases: pending.map((index) => states[index]!.canvas),
      frames: onFrame !== undefined,
      seed: (options.seed ?? 0) + round,
    });
    let next = await iterator.next();
    while (!next.done) {
      onFrame?.({ ...next.value, canvasIndex: pending[next.value.canvasIndex]!, round });
      next = await iterator.next();
    }
    next.value.forEach((result, position) => {
      const index = pending[position]!;
      const state = states[index]!;
      const canvas = result.canvas;
      state.canvas = canvas;
      addStats(state.stats, result.stats);
      const issues = [...slotIssues(canvas), ...(jobs[index]!.validate?.(canvas) ?? [])];
      if (issues.length === 0) {
        state.outcome = { ok: true, canvas, stats: state.stats };
        return;
      }
      const exhausted = () => ({
        ok: false as const,
        canvas,
        stats: state.stats,
        error: new RenoiseExhaustedError({ canvas, issues, rounds: round }),
      });
      if (round >= maxRounds) {
        state.outcome = exhausted();
        return;
      }
      const targets = new Set<number>();
      for (const issue of issues) for (const k of slotsOfIssue(canvas, issue)) targets.add(k);
      try {
        state.canvas = renoise(canvas, { slots: [...targets].map((slot) => ({ slot })) });
        state.stats.renoiseRounds++;
      } catch (error) {
        // banning every failed value left a slot with nothing it may hold
        if (ConstraintError.isInstance(error) || (UnmaskError.isInstance(error) && error.code === 'budget'))
          state.outcome = exhausted();
        else throw error;
      }
    });
  }
  return states.map((state) => state.outcome!);
}
