export {
  type CompiledTemplate,
  type CompileTemplateOptions,
  compileTemplate,
  type RenderedTemplate,
  type TemplateFile,
} from './compile-template';
export { escapeExpression } from './escape';
export {
  type FillTemplateOptions,
  fillTemplate,
  type TemplateFillResult,
  type TemplateIssue,
  type TemplateSlotValidator,
} from './fill-template';
export { formatConstraint, type SlotFormat, slotFormats } from './formats';
export { checkSize, defaultTemplateLimits, type TemplateLimits } from './limits';
export { loadTemplateFile, schemaPathOf } from './load-template-file';
export { type NumberRange, numberConstraint } from './number-constraint';
export { freeText, type SlotHelper, slotHelpers, type TemplateSlot } from './slot-helpers';
export {
  type InferSlots,
  normalizeSlotSchema,
  type SlotSchema,
  type SlotSchemaProperty,
  type SlotValue,
} from './slot-schema';
export { TemplateError } from './template-error';
