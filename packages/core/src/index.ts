/** a byte-level tokenizer and a random-logits model: what the coverage harness and the CLI's `scripted:uniform` run with (also re-exported from `@unmask/core/test`). */
export { ByteTokenizer, type ByteTokenizerOptions } from './byte-tokenizer';
export {
  type BuildCanvasOptions,
  buildCanvas,
  type Canvas,
  type CanvasModelInfo,
  type CanvasSlot,
  type CanvasTextOptions,
  COMMITTED,
  canvasText,
  checkPromptFits,
  cloneCanvas,
  FIXED,
  MASKED,
  maskedCount,
  type RenoiseTarget,
  renoise,
  slotIsAbsent,
  slotText,
  writeSlotTexts,
} from './canvas';
export * from './constraint/index';
export * from './errors/index';
export {
  type FillJob,
  type FillManyOptions,
  type FillOptions,
  type FillOutcome,
  type FillResult,
  type FillStats,
  fillCanvas,
  fillCanvases,
  slotIssues,
  slotsOfIssue,
  streamFill,
  sumFillStats,
} from './fill';
export * from './ground/index';
export type { Issue } from './issue';
export {
  type FixedSegment,
  fixed,
  type Layout,
  layoutSlots,
  type Segment,
  type SlotSpec,
  type SlotValidator,
  slot,
} from './layout';
export type { DenoisingModel, ForwardInput, ForwardOutput } from './model';
export { FIELDS_HEADER, formatPrompt } from './prompt';
export { Rng } from './rng';
export {
  addStats,
  type ConfidenceMeasure,
  checkSampleOptions,
  type DenoiseOptions,
  denoise,
  emptyStats,
  type Frame,
  type SampleOptions,
  type SampleResult,
  type SampleStats,
  sample,
  sampleBatch,
} from './sampler';
export { SlotLattice } from './slot-lattice';
export type { Tokenizer } from './tokenizer';
export { type UniformModelOptions, UniformRandomModel, uniformStandIn } from './uniform-model';
