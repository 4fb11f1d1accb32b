import { type Canvas, renoise, slotIsAbsent, slotText } from './canvas';
import { ConstraintError } from './errors/constraint-error';
import { RenoiseExhaustedError } from './errors/renoise-exhausted-error';
import { UnmaskError } from './errors/unmask-error';
import type { Issue } from './issue';
import type { DenoisingModel } from './model';
import {
  addStats,
  checkSampleOptions,
  denoise,
  emptyStats,
  type Frame,
  type SampleOptions,
  type SampleStats,
} from './sampler';

export interface FillStats extends SampleStats {
  renoiseRounds: number;
}

/** re-noise rounds one fill may take at most (each is a whole fill of the failing slots). */
export const MAX_RENOISE_ROUNDS = 64;

/** the counters of two fills of one value (e.g. a first fill and one after growing), summed. */
export function sumFillStats(a: FillStats, b: FillStats): FillStats {
  return { ...addStats({ ...a }, b), renoiseRounds: a.renoiseRounds + b.renoiseRounds };
}

export interface FillOptions extends SampleOptions {
  model: DenoisingModel;
  canvas: Canvas;
  /** checks of the whole filled canvas (e.g. a schema validator); issues name slots or paths. */
  validate?: (canvas: Canvas) => readonly Issue[] | Promise<readonly Issue[]>;
  /** re-noise rounds allowed after the first fill (default 3). */
  maxRenoiseRounds?: number;
  /** called with every frame (each step of each round). */
  onFrame?: (frame: Frame & { round: number }) => void;
}

export interface FillResult {
  canvas: Canvas;
  stats: FillStats;
}

/** run the slot validators of the layout over a filled canvas. */
export function slotIssues(canvas: Canvas): Issue[] {
  const issues: Issue[] = [];
  canvas.slots.forEach((slot, k) => {
    if (!slot.spec.validators?.length || slotIsAbsent(canvas, k)) return;
    const text = slotText(canvas, k);
    for (const validator of slot.spec.validators) {
      const message = validator(text);
      if (message !== undefined) issues.push({ code: 'validator', path: slot.spec.path, slot: k, message });
    }
  });
  return issues;
}

/** the slots at or under a path ('' and '/': none). */
function slotsUnder(canvas: Canvas, at: string): number[] {
  const under: number[] = [];
  if (at === '' || at === '/') return under;
  canvas.slots.forEach((slot, k) => {
    const path = slot.spec.path;
    if (path === at || path.startsWith(`${at}/`)) under.push(k);
  });
  return under;
}

/**
 * the slots an issue concerns: its slot, else the slots at or under its path, else those under the
 * nearest enclosing path that has slots (a missing property `/a/b` concerns the object `/a`, not
 * the whole canvas), else every slot.
 */
export function slotsOfIssue(canvas: Canvas, issue: Issue): number[] {
  return issueTargets(canvas, issue).slots;
}

/** slotsOfIssue, and whether the issue names or covers them itself (not an enclosing value or the whole canvas). */
function issueTargets(canvas: Canvas, issue: Issue): { slots: number[]; covered: boolean } {
  if (issue.slot !== undefined) return { slots: [issue.slot], covered: true };
  for (let at = issue.path; at !== '' && at !== '/'; at = at.slice(0, Math.max(0, at.lastIndexOf('/')))) {
    const under = slotsUnder(canvas, at);
    if (under.length) return { slots: under, covered: at === issue.path };
  }
  return { slots: canvas.slots.map((_, k) => k), covered: false };
}

/** one canvas to fill, with the check of its filled value. */
export interface FillJob {
  canvas: Canvas;
  /** checks of the whole filled canvas (e.g. a schema validator); issues name slots or paths. */
  validate?: (canvas: Canvas) => readonly Issue[] | Promise<readonly Issue[]>;
}

/** what became of a job: filled and valid, or still invalid after the last round. */
export type FillOutcome =
  | { ok: true; canvas: Canvas; stats: FillStats }
  | { ok: false; canvas: Canvas; stats: FillStats; error: RenoiseExhaustedError };

export interface FillManyOptions extends Omit<FillOptions, 'canvas' | 'validate'> {
  jobs: readonly FillJob[];
}

/** the re-noise of a failed canvas: its issues' slots masked again, and what each may not repeat. */
function renoiseTargets(canvas: Canvas, issues: readonly Issue[]): Array<{ slot: number; ban: boolean }> {
  // slots an issue names or covers are banned from repeating their text; an issue that covers
  // no slot re-noises the nearest enclosing value's slots, or every slot, without bans (nothing
  // says which text was wrong)
  const targets = new Map<number, boolean>();
  for (const issue of issues) {
    const { slots: targeted, covered } = issueTargets(canvas, issue);
    const ban =
      issue.slot !== undefined ||
      (covered && targeted.length < canvas.slots.length) ||
      canvas.slots.length === 1;
    for (const k of targeted) targets.set(k, (targets.get(k) ?? false) || ban);
  }
  return [...targets].map(([slot, ban]) => ({ slot, ban }));
}

/**
 * the fill loop: fill canvases together (each step one forward pass for all of them), validate
 * each, re-noise the failing slots (banning what failed) and fill again, until every canvas passes
 * or its rounds run out (then its outcome carries a RenoiseExhaustedError with the last canvas).
 */
export async function fillCanvases(options: FillManyOptions): Promise<FillOutcome[]> {
  const { model, jobs, onFrame } = options;
  if (onFrame !== undefined && typeof onFrame !== 'function')
    throw new UnmaskError({ code: 'invalid-argument', message: 'onFrame must be a function' });
  // checked here too: each round adds its number to the seed
  checkSampleOptions(options);
  const maxRounds = options.maxRenoiseRounds ?? 3;
  if (!(Number.isInteger(maxRounds) && maxRounds >= 0 && maxRounds <= MAX_RENOISE_ROUNDS)) {
    throw new UnmaskError({
      code: 'invalid-argument',
      message: `maxRenoiseRounds must be an integer from 0 to ${MAX_RENOISE_ROUNDS}, got ${maxRounds}`,
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
    for (const [position, result] of next.value.entries()) {
      const index = pending[position]!;
      const state = states[index]!;
      const canvas = result.canvas;
      state.canvas = canvas;
      addStats(state.stats, result.stats);
      const issues = [...slotIssues(canvas), ...((await jobs[index]!.validate?.(canvas)) ?? [])];
      if (issues.length === 0) {
        state.outcome = { ok: true, canvas, stats: state.stats };
        continue;
      }
      const exhausted = () => ({
        ok: false as const,
        canvas,
        stats: state.stats,
        error: new RenoiseExhaustedError({ canvas, issues, rounds: round }),
      });
      if (round >= maxRounds) {
        state.outcome = exhausted();
        continue;
      }
      try {
        state.canvas = renoise(canvas, { slots: renoiseTargets(canvas, issues) });
        state.stats.renoiseRounds++;
      } catch (error) {
        // banning every failed value left a slot with nothing it may hold
        if (ConstraintError.isInstance(error) || (UnmaskError.isInstance(error) && error.code === 'budget'))
          state.outcome = exhausted();
        else throw error;
      }
    }
  }
  return states.map((state) => state.outcome!);
}

/**
 * fill one canvas (the fill loop with one job): its filled canvas, or a RenoiseExhaustedError
 * with the last canvas and issues when the rounds run out.
 */
export async function fillCanvas(options: FillOptions): Promise<FillResult> {
  const { canvas, validate, ...rest } = options;
  const [outcome] = await fillCanvases({ ...rest, jobs: [validate ? { canvas, validate } : { canvas }] });
  if (!outcome!.ok) throw outcome!.error;
  return { canvas: outcome!.canvas, stats: outcome!.stats };
}

/** the frames of filling one canvas, for live views; returns the result at the end. */
export async function* streamFill(
  options: Omit<FillOptions, 'onFrame'>,
): AsyncGenerator<Frame & { round: number }, FillResult> {
  const frames: Array<Frame & { round: number }> = [];
  let wake: (() => void) | undefined;
  let finished = false;
  let failure: unknown;
  let result: FillResult | undefined;
  fillCanvas({
    ...options,
    onFrame: (frame) => {
      frames.push(frame);
      wake?.();
    },
  }).then(
    (value) => {
      result = value;
      finished = true;
      wake?.();
    },
    (error) => {
      failure = error;
      finished = true;
      wake?.();
    },
  );
  for (;;) {
    if (frames.length) {
      yield frames.shift()!;
      continue;
    }
    if (finished) {
      if (failure !== undefined) throw failure;
      return result!;
    }
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
    wake = undefined;
  }
}
