export {
  AbortedError,
  BudgetError,
  ConstraintError,
  type ConstraintErrorCode,
  type DenoisingModel,
  type FillStats,
  type ForwardInput,
  type ForwardOutput,
  type Frame,
  type Issue,
  RenoiseExhaustedError,
  type SampleStats,
  type Tokenizer,
  UnmaskError,
  type UnmaskErrorCode,
} from '@unmask/core';
export { hasNanoModel, nanoModelDirectory } from '@unmask/model-nano';
export { ManifestError, ModelLoadError, TokenizerLoadError } from '@unmask/onnx';
export type { FieldSource } from '@unmask/schema';
export {
  type InferSchema,
  type JsonSchema,
  type SchemaCompileOptions,
  SchemaError,
  type SchemaErrorCode,
} from '@unmask/schema';
export {
  type InferSlots,
  loadTemplateFile,
  type SlotSchema,
  type SlotValue,
  TemplateError,
  type TemplateFile,
  type TemplateIssue,
  type TemplateSlotValidator,
} from '@unmask/template';
export {
  createUnmask,
  type FillOptions,
  type FillResult,
  type GenerateManyOptions,
  type GenerateOptions,
  type GenerateRequest,
  type GenerateResult,
  type Unmask,
  type UnmaskOptions,
} from './create-unmask';
export type { Progress, RunOptions } from './options';
export type { ModelSource, ResolvedModel } from './resolve-model';
export {
  ApiError,
  type ApiErrorBody,
  createHandler,
  createServer,
  DEFAULT_SERVE_LIMITS,
  type ListenOptions,
  type ServeLimits,
  type ServeOptions,
  type UnmaskHandler,
  type UnmaskServer,
} from './serve';
export type { StreamFrame, UnmaskStream } from './stream';
