export {
  type BranchChoice,
  type ChooseBranchesOptions,
  type ChosenBranches,
  chooseBranches,
} from './branches';
export { compileJsonSchema, type MemberNode, nodeSlots, type ValueNode } from './compile';
export {
  type CoverageCase,
  type CoverageReport,
  runCoverage,
  type SubsetSummary,
  warmUpCompiler,
} from './coverage';
export { SchemaError, type SchemaErrorCode } from './errors/schema-error';
export { fieldGuide } from './field-guide';
export { FORMAT_BUDGET, FORMAT_REGEX } from './formats';
export {
  buildSchemaCanvas,
  type GenerateObjectOptions,
  type GenerateObjectResult,
  type GenerateObjectsOptions,
  type GenerateOutcome,
  type GenerateRequest,
  type GenerateRunOptions,
  generateObject,
  generateObjects,
  type InferSchema,
  prepareSchema,
} from './generate';
export {
  DEFAULT_GROW_ROUNDS,
  fullArrays,
  fullMaps,
  fullPaths,
  fullSlots,
  type Grown,
  type GrowOptions,
  type Growth,
  growCanvas,
  isFullSlot,
  MAX_GROWN_TOKENS,
} from './grow';
export { checkCompileOptions, checkGenerateOptions } from './options';
export { type FieldSource, fieldSources } from './provenance';
export {
  isZodSchema,
  type PreparedSchema,
  prepareJsonSchema,
  prepareZodSchema,
  valueCheck,
  type ZodSchema,
} from './schema-input';
export type {
  ArrayReport,
  CompiledSchema,
  CompileReport,
  CompileWarning,
  JsonSchema,
  SchemaCompileOptions,
  UnionReport,
} from './types';
export { schemaValidator } from './validate';
