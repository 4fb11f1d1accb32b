import {
  type ConfidenceMeasure,
  checkSampleOptions,
  type Frame,
  type SampleOptions,
  UnmaskError,
} from '@unmask/core';
import { checkGenerateOptions } from '@unmask/schema';

/** how far a run has got; given to `onProgress` after every step. */
export interface Progress {
  /** index of the request (0 outside `generateMany`). */
  index: number;
  /** re-noise round (0 for the first fill). */
  round: number;
  step: number;
  /** masked positions left. */
  masked: number;
  slotsDone: number;
  slotsTotal: number;
  /** forward passes so far in this round. */
  nfe: number;
}

/** options every call takes: sampling, re-noise, cancellation, progress. */
export interface RunOptions {
  /** seed of the sampling noise; same seed, same output. Default 0. */
  seed?: number;
  /** commit every token whose confidence reaches this (at least one per unfinished slot). Default 0.9. */
  threshold?: number;
  /** instead of the threshold: spread the masked tokens evenly over this many steps. */
  steps?: number;
  /** instead of the threshold: commit this many tokens per step. */
  tokensPerStep?: number;
  /**
   * `confidence` (default), `left-to-right` (one token per step, the autoregressive baseline),
   * `slot-left-to-right` (each slot writes its leftmost masked token every step, all slots at once)
   * or `slot-prefix` (each slot writes from its left, with the tokens after its leftmost that reach
   * the threshold in the same step).
   */
  order?: 'confidence' | 'left-to-right' | 'slot-left-to-right' | 'slot-prefix';
  confidence?: ConfidenceMeasure;
  /** 0 (default) takes the most probable joint assignment; above 0 samples it. */
  temperature?: number;
  /**
   * anyOf/oneOf of objects or arrays: 'model' (default) offers the branch the model is most
   * confident about (one extra forward pass for a schema that has such unions), 'first' the first
   * branch that compiles. Fixed choices go in `compile.branches`.
   */
  branchSelection?: 'model' | 'first';
  /** re-noise rounds allowed after the first fill. Default 3. */
  maxRenoiseRounds?: number;
  /**
   * an array whose every offered item slot was filled (and that may hold more) is offered twice
   * as many and the model continues it, this many times at most. Default 3; 0 keeps the first layout.
   */
  growRounds?: number;
  /** most steps a round may take. */
  maxSteps?: number;
  /**
   * grounded extraction: two free-text fields that took the same span of the prompt are offered
   * again (all but the most confident; at most two rounds). Default false (it did not help on the
   * realistic test set).
   */
  distinctSpans?: boolean;
  /** aborting stops between two steps with an `AbortedError`. */
  signal?: AbortSignal;
  /** called after every step. */
  onProgress?: (progress: Progress) => void;
}

const samplingKeys = [
  'seed',
  'threshold',
  'steps',
  'tokensPerStep',
  'order',
  'confidence',
  'temperature',
  'maxSteps',
  'signal',
] as const satisfies ReadonlyArray<keyof SampleOptions>;

/** only the sampling options given: core spreads them over its defaults, so an undefined would win. */
export function samplingOf(options: RunOptions): SampleOptions {
  // (the sampler checks the sampling options; these are the run's own)
  checkGenerateOptions(options);
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function')
    throw new UnmaskError({ code: 'invalid-argument', message: 'onProgress must be a function' });
  const sampling: SampleOptions = {};
  for (const key of samplingKeys)
    if (options[key] !== undefined) Object.assign(sampling, { [key]: options[key] });
  // (each re-noise round adds its number to the seed: checked before that)
  checkSampleOptions(sampling);
  return sampling;
}

/** the progress report of one frame of request `index`. */
export function progressOf(frame: Frame & { round: number }, index: number): Progress {
  return {
    index,
    round: frame.round,
    step: frame.step,
    masked: frame.masked,
    slotsDone: frame.slotsDone,
    slotsTotal: frame.slotsTotal,
    nfe: frame.stats.nfe,
  };
}

/** every run option: the sampling ones and the run's own. */
const RUN_KEYS = [
  ...samplingKeys,
  'branchSelection',
  'maxRenoiseRounds',
  'growRounds',
  'distinctSpans',
  'onProgress',
] as const satisfies ReadonlyArray<keyof RunOptions>;
const REQUEST_KEYS = ['schema', 'prompt', 'compile', 'verbatim', 'grounded', 'referenceDate', 'values'];
const FILL_KEYS = [
  'template',
  'data',
  'schema',
  'missing',
  'missingSlotTokens',
  'verbatimFrom',
  'verbatim',
  'limits',
  'ground',
  'prompt',
  'validators',
  'validate',
  'grounded',
  'referenceDate',
];

/** edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const kept = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = kept;
    }
  }
  return row[b.length]!;
}

/**
 * an option the call does not know (`promt`, `treshold`) is an `invalid-argument` error naming it
 * and the nearest known one, never silently ignored.
 */
export function checkOptionKeys(
  options: object,
  call: 'generate' | 'fill' | 'generateMany' | 'request',
): void {
  const known = new Set<string>(
    call === 'fill'
      ? [...FILL_KEYS, ...RUN_KEYS]
      : call === 'generateMany'
        ? ['requests', ...RUN_KEYS]
        : call === 'request'
          ? REQUEST_KEYS
          : [...REQUEST_KEYS, ...RUN_KEYS],
  );
  for (const key of Object.keys(options)) {
    if (known.has(key)) continue;
    const nearest = [...known].sort((a, b) => distance(key, a) - distance(key, b))[0]!;
    throw new UnmaskError({
      code: 'invalid-argument',
      message: `${call}: unknown option "${key}"${distance(key, nearest) <= 3 ? ` (did you mean "${nearest}"?)` : ''}`,
    });
  }
}
