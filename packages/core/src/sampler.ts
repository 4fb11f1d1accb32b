import { type Canvas, COMMITTED, canvasText, cloneCanvas, MASKED, maskedCount } from './canvas';
import { AbortedError } from './errors/aborted-error';
import { UnmaskError } from './errors/unmask-error';
import type { DenoisingModel } from './model';
import { Rng } from './rng';
import { type ChooseOptions, choose, type DecodingOrder } from './sampler/choose';
import { SampledLattice } from './sampler/lattice';
import { type ConfidenceMeasure, Proposals } from './sampler/proposals';
import { greedy, Scratch, viterbi } from './sampler/viterbi';

export type { ConfidenceMeasure } from './sampler/proposals';

export interface SampleOptions {
  /** commit every proposed token whose confidence reaches this (at least one per unfinished slot). Default 0.9. */
  threshold?: number;
  /** instead of the threshold: commit this many tokens per canvas per step, most confident first. */
  tokensPerStep?: number;
  /** instead of the threshold: spread the masked tokens evenly over this many steps. */
  steps?: number;
  /**
   * `confidence` (default): the most confident tokens anywhere; `left-to-right`: one token per
   * step, leftmost first (the autoregressive baseline); `slot-left-to-right`: every unfinished slot
   * writes its leftmost masked token each step (slots in parallel, each slot in order: as many
   * steps as the longest value, not as all values together); `slot-prefix`: every unfinished slot
   * writes its leftmost masked token and, after it, the tokens that reach the threshold up to the
   * first that does not (each slot in order, several tokens a step where the model is sure).
   */
  order?: DecodingOrder;
  confidence?: ConfidenceMeasure;
  /** 0 (default) picks the most probable joint assignment; above 0 samples it (Gumbel-perturbed Viterbi). */
  temperature?: number;
  /** seed of the sampling noise; same seed, same output. Default 0. */
  seed?: number;
  /** checked between steps; aborting ends the run with an AbortedError. */
  signal?: AbortSignal;
  /** most steps a run may take before it fails. Default: the number of masked tokens + 8. */
  maxSteps?: number;
}

/** counters of one run. */
export interface SampleStats {
  /** forward passes of the model. */
  nfe: number;
  steps: number;
  /** tokens committed from the model's proposals. */
  committedTokens: number;
  /** tokens the constraints forced, committed without the model. */
  forcedTokens: number;
  /** milliseconds inside model.forward. */
  forwardMs: number;
  /** milliseconds outside model.forward. */
  overheadMs: number;
  totalMs: number;
}

/** what a stream yields after each step, per canvas. */
export interface Frame {
  step: number;
  /** index of the canvas in the batch. */
  canvasIndex: number;
  /** the canvas as text, masks shown. */
  text: string;
  slotsDone: number;
  slotsTotal: number;
  masked: number;
  done: boolean;
  stats: SampleStats;
}

export const emptyStats = (): SampleStats => ({
  nfe: 0,
  steps: 0,
  committedTokens: 0,
  forcedTokens: 0,
  forwardMs: 0,
  overheadMs: 0,
  totalMs: 0,
});

export function addStats(into: SampleStats, from: SampleStats): SampleStats {
  into.nfe += from.nfe;
  into.steps += from.steps;
  into.committedTokens += from.committedTokens;
  into.forcedTokens += from.forcedTokens;
  into.forwardMs += from.forwardMs;
  into.overheadMs += from.overheadMs;
  into.totalMs += from.totalMs;
  return into;
}

/** sampling options of the wrong kind or out of range: an `invalid-argument` error naming the option. */
export function checkSampleOptions(options: SampleOptions): void {
  const bad = (message: string) => new UnmaskError({ code: 'invalid-argument', message });
  if (options.threshold !== undefined && !(options.threshold >= 0 && options.threshold <= 1))
    throw bad(`threshold must be in [0, 1], got ${options.threshold}`);
  if (
    options.tokensPerStep !== undefined &&
    !(Number.isInteger(options.tokensPerStep) && options.tokensPerStep >= 1)
  ) {
    throw bad(`tokensPerStep must be a positive integer, got ${options.tokensPerStep}`);
  }
  if (options.steps !== undefined && !(Number.isInteger(options.steps) && options.steps >= 1))
    throw bad(`steps must be a positive integer, got ${options.steps}`);
  if (
    options.temperature !== undefined &&
    !(options.temperature >= 0 && options.temperature <= MAX_TEMPERATURE)
  )
    throw bad(`temperature must be from 0 to ${MAX_TEMPERATURE}, got ${options.temperature}`);
  if (options.maxSteps !== undefined && !(Number.isInteger(options.maxSteps) && options.maxSteps >= 1))
    throw bad(`maxSteps must be a positive integer, got ${options.maxSteps}`);
  if (options.order !== undefined && !ORDERS.includes(options.order))
    throw bad(`order must be one of ${ORDERS.join(', ')}, got ${String(options.order)}`);
  if (options.confidence !== undefined && !MEASURES.includes(options.confidence))
    throw bad(`confidence must be one of ${MEASURES.join(', ')}, got ${String(options.confidence)}`);
  if (options.seed !== undefined && !Number.isSafeInteger(options.seed))
    throw bad(`seed must be an integer, got ${JSON.stringify(options.seed)}`);
  if (
    options.signal !== undefined &&
    (options.signal === null ||
      typeof options.signal !== 'object' ||
      typeof (options.signal as { aborted?: unknown }).aborted !== 'boolean' ||
      typeof (options.signal as { addEventListener?: unknown }).addEventListener !== 'function')
  )
    throw bad('signal must be an AbortSignal');
  // the ordered decodings set their own pace: a schedule beside them would be ignored
  if (
    options.order !== undefined &&
    options.order !== 'confidence' &&
    (options.tokensPerStep !== undefined || options.steps !== undefined)
  )
    throw bad(`tokensPerStep and steps apply to the confidence order only, not to order '${options.order}'`);
}

/** past this, sampling is noise: a value above it is a mistake, not a setting. */
const MAX_TEMPERATURE = 100;

const ORDERS: readonly DecodingOrder[] = ['confidence', 'left-to-right', 'slot-left-to-right', 'slot-prefix'];
const MEASURES: readonly ConfidenceMeasure[] = ['probability', 'margin', 'entropy'];

interface RunState {
  canvas: Canvas;
  lattices: SampledLattice[];
  stats: SampleStats;
  done: boolean;
  maxSteps: number;
  /** masked positions left, in all and per slot: kept as tokens are written, never counted again. */
  masked: number;
  maskedInSlot: Int32Array;
  /** no masked position lies left of this one (masks are only ever filled). */
  leftmost: number;
}

/** write a token at position p of slot k. */
function place(run: RunState, k: number, p: number, token: number, confidence: number) {
  (run.canvas.ids as Int32Array)[p] = token;
  (run.canvas.status as Uint8Array)[p] = COMMITTED;
  (run.canvas.confidence as Float32Array)[p] = confidence;
  run.masked--;
  run.maskedInSlot[k] = run.maskedInSlot[k]! - 1;
  const lattice = run.lattices[k]!;
  lattice.touch(p - lattice.slot.start);
}

/**
 * commit every position the automaton forces; repeat until nothing more is forced. Only positions
 * whose alive states the analysis changed can have become forced.
 */
function commitForced(run: RunState) {
  const { canvas } = run;
  for (const [k, lattice] of run.lattices.entries()) {
    while (lattice.dirty) {
      lattice.analyse();
      const { slot } = lattice;
      const last = Math.min(slot.length - 1, lattice.changedTo);
      for (let i = Math.max(0, lattice.changedFrom - 1); i <= last; i++) {
        const p = slot.start + i;
        if (canvas.status[p] !== MASKED) continue;
        const token = lattice.forcedToken(i);
        if (token >= 0) {
          place(run, k, p, token, 1);
          run.stats.forcedTokens++;
        }
      }
    }
  }
}

function frameOf(run: RunState, canvasIndex: number): Frame {
  const { canvas } = run;
  let slotsDone = 0;
  for (const left of run.maskedInSlot) if (left === 0) slotsDone++;
  return {
    step: run.stats.steps,
    canvasIndex,
    text: canvasText(canvas),
    slotsDone,
    slotsTotal: canvas.slots.length,
    masked: run.masked,
    done: run.done,
    stats: { ...run.stats },
  };
}

export interface DenoiseOptions extends SampleOptions {
  model: DenoisingModel;
  canvases: readonly Canvas[];
  /** build a frame (canvas text) after each step; off saves the decoding work. Default true. */
  frames?: boolean;
}

/**
 * the sampler as a generator: one forward pass over the batch per step; yields one frame per
 * unfinished canvas after each step and returns the filled canvases with their stats.
 */
export async function* denoise(
  options: DenoiseOptions,
): AsyncGenerator<Frame, Array<{ canvas: Canvas; stats: SampleStats }>> {
  checkSampleOptions(options);
  const { model, canvases, signal } = options;
  const settings: ChooseOptions = {
    threshold: options.threshold ?? 0.9,
    order: options.order ?? 'confidence',
    ...(options.tokensPerStep !== undefined ? { tokensPerStep: options.tokensPerStep } : {}),
    ...(options.steps !== undefined ? { steps: options.steps } : {}),
    ...(options.confidence !== undefined ? { confidence: options.confidence } : {}),
  };
  const temperature = options.temperature ?? 0;
  const measure = options.confidence ?? 'probability';
  const rng = new Rng(options.seed ?? 0);
  const vocab = model.vocabSize;
  const scratch = new Scratch();
  const proposals = new Proposals();
  // the threshold rule with the probability measure settles most positions by a bound
  const bounds =
    measure === 'probability' &&
    settings.order === 'confidence' &&
    settings.tokensPerStep === undefined &&
    settings.steps === undefined;
  const runs: RunState[] = canvases.map((input) => {
    if (input.model.maskTokenId !== model.maskTokenId || input.model.padTokenId !== model.padTokenId) {
      throw new UnmaskError({
        code: 'invalid-argument',
        message: 'the canvas was built for another model (mask or pad id differ)',
      });
    }
    if (input.ids.length > model.maxLength) {
      throw new UnmaskError({
        code: 'canvas-too-long',
        message: `canvas of ${input.ids.length} tokens is longer than the model's maximum ${model.maxLength}`,
      });
    }
    const canvas = cloneCanvas(input);
    const masked = maskedCount(canvas);
    const maskedInSlot = Int32Array.from(canvas.slots, ({ start, length }) => {
      let left = 0;
      for (let p = start; p < start + length; p++) if (canvas.status[p] === MASKED) left++;
      return left;
    });
    return {
      canvas,
      lattices: canvas.slots.map((slot) => new SampledLattice(canvas, slot)),
      stats: emptyStats(),
      done: false,
      maxSteps: options.maxSteps ?? masked + 8,
      masked,
      maskedInSlot,
      leftmost: 0,
    };
  });
  const started = performance.now();
  let step = 0;
  for (;;) {
    const stepStart = performance.now();
    const active: RunState[] = [];
    for (const run of runs) {
      if (run.done) continue;
      commitForced(run);
      if (run.masked === 0) run.done = true;
      else active.push(run);
    }
    if (active.length === 0) {
      const now = performance.now();
      for (const run of runs) run.stats.overheadMs += now - stepStart;
      break;
    }
    if (signal?.aborted) throw new AbortedError({ step, reason: signal.reason });
    for (const run of active) {
      if (run.stats.steps >= run.maxSteps) {
        throw new UnmaskError({
          code: 'model',
          message: `sampling did not finish within maxSteps (${run.maxSteps})`,
        });
      }
    }
    // one forward pass over the active canvases, padded to the longest
    const length = Math.max(...active.map((run) => run.canvas.ids.length));
    const batch = active.length;
    const ids = new Int32Array(batch * length).fill(model.padTokenId);
    let ragged = false;
    for (let b = 0; b < batch; b++) {
      const canvas = active[b]!.canvas;
      ids.set(canvas.ids, b * length);
      if (canvas.ids.length !== length) ragged = true;
    }
    let attentionMask: Uint8Array | undefined;
    if (ragged) {
      attentionMask = new Uint8Array(batch * length);
      for (let b = 0; b < batch; b++)
        attentionMask.fill(1, b * length, b * length + active[b]!.canvas.ids.length);
    }
    const forwardStart = performance.now();
    const { logits } = await model.forward({
      ids,
      batch,
      length,
      ...(attentionMask ? { attentionMask } : {}),
      ...(signal ? { signal } : {}),
    });
    const forwardMs = performance.now() - forwardStart;
    if (logits.length !== batch * length * vocab) {
      throw new UnmaskError({
        code: 'model',
        message: `model returned ${logits.length} logits, expected ${batch * length * vocab} (batch ${batch} x length ${length} x vocab ${vocab})`,
      });
    }
    step++;
    for (let b = 0; b < batch; b++) {
      const run = active[b]!;
      proposals.reset(logits, b * length * vocab, vocab, run.lattices, measure);
      const pick = { temperature, confidence: measure, rng, bounds };
      if (settings.order === 'left-to-right') {
        while (run.canvas.status[run.leftmost] !== MASKED) run.leftmost++;
        const leftmost = run.leftmost;
        const k = run.canvas.slotOf[leftmost]!;
        const lattice = run.lattices[k]!;
        greedy(
          lattice,
          logits,
          b * length * vocab + leftmost * vocab,
          leftmost - lattice.slot.start,
          pick,
          k,
          proposals,
        );
      } else if (settings.order === 'slot-left-to-right') {
        run.lattices.forEach((lattice, k) => {
          if (run.maskedInSlot[k] === 0) return;
          const { start, length: size } = lattice.slot;
          for (let p = start; p < start + size; p++) {
            if (run.canvas.status[p] !== MASKED) continue;
            greedy(lattice, logits, b * length * vocab + p * vocab, p - start, pick, k, proposals);
            break;
          }
        });
      } else {
        run.lattices.forEach((lattice, k) => {
          if (run.maskedInSlot[k]! > 0)
            viterbi(lattice, logits, b * length * vocab, vocab, pick, scratch, k, proposals);
        });
      }
      for (const row of choose(proposals, settings, run.stats.nfe)) {
        place(
          run,
          proposals.slot[row]!,
          proposals.position[row]!,
          proposals.token[row]!,
          proposals.confidence(row),
        );
        run.stats.committedTokens++;
      }
      run.stats.nfe++;
      run.stats.steps++;
      run.stats.forwardMs += forwardMs;
    }
    const stepMs = performance.now() - stepStart;
    for (const run of active) run.stats.overheadMs += stepMs - forwardMs;
    if (options.frames !== false) {
      for (const run of active) {
        if (run.masked === 0) {
          // finishing touches happen at the top of the next iteration; report done now
          run.done = true;
        }
        yield frameOf(run, runs.indexOf(run));
      }
    }
  }
  const total = performance.now() - started;
  for (const run of runs) run.stats.totalMs = total;
  return runs.map((run) => ({ canvas: run.canvas, stats: run.stats }));
}

export interface SampleResult {
  canvas: Canvas;
  stats: SampleStats;
}

/** fill every masked position of one canvas. */
export async function sample(
  options: SampleOptions & { model: DenoisingModel; canvas: Canvas },
): Promise<SampleResult> {
  const [result] = await sampleBatch({ ...options, canvases: [options.canvas] });
  return result!;
}

/** fill several canvases together: one forward pass over the batch per step. */
export async function sampleBatch(
  options: SampleOptions & { model: DenoisingModel; canvases: readonly Canvas[] },
): Promise<SampleResult[]> {
  const iterator = denoise({ ...options, frames: false });
  for (;;) {
    const next = await iterator.next();
    if (next.done) return next.value;
  }
}
