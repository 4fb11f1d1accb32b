import { type Canvas, type Layout, mentionsOf, UnmaskError } from '@unmask/core';
import { checkProgram } from './compile/allowlist';
import { type BuiltLayout, LayoutBuilder } from './compile/layout-builder';
import { failAt, parseTemplate } from './compile/parse';
import { convertSlot, renderCanvas } from './compile/render';
import { TemplateWalker } from './compile/walker';
import { checkSize, defaultTemplateLimits, type TemplateLimits } from './limits';
import type { TemplateSlot } from './slot-helpers';
import { normalizeSlotSchema, type SlotSchema, type SlotSchemaProperty, type SlotValue } from './slot-schema';
import { checkTemplateOptions } from './template-options';

/** a template with its optional companion schema, as `loadTemplateFile` returns it. */
export interface TemplateFile {
  source: string;
  schema?: SlotSchema;
  /** where it was read from, for error messages. */
  path?: string;
}

export interface CompileTemplateOptions {
  /** the Handlebars source, or a template file. */
  template: string | TemplateFile;
  /** the values data references read; never executed (functions are refused). */
  data?: unknown;
  /** a companion schema typing the slots (overrides the file's). */
  schema?: SlotSchema;
  /** a data reference missing from the data: `error` (default) or `slot` (the model fills it). */
  missing?: 'error' | 'slot';
  /** token budget of a slot made from a missing reference (default 16). */
  missingSlotTokens?: number;
  /**
   * the text slots copy from (the prompt, as the user wrote it): a `gen` slot with `verbatim=true`
   * is a substring of it, character for character.
   */
  verbatimFrom?: string;
  /** every free-text `gen` slot (no format) is held to `verbatimFrom`, as with `verbatim=true`. */
  verbatim?: boolean;
  /**
   * grounded extraction from this text: free text, formats and `regex` slots are copies of it
   * (non-empty), `integer` and `number` slots the numbers it mentions within their bounds, date,
   * time and date-time slots the ones it mentions (relative ones from `referenceDate`); `choice`
   * slots are chosen. A slot the text holds nothing for keeps its own language and is listed in
   * `groundGenerated`.
   */
  ground?: { text: string; referenceDate?: string };
  limits?: Partial<TemplateLimits>;
}

/** the rendered text of a filled canvas and the slot values by name. */
export interface RenderedTemplate<T = Record<string, SlotValue>> {
  text: string;
  slots: T;
}

/** a template turned into a layout for the given data. */
export interface CompiledTemplate {
  layout: Layout;
  /** the slots in layout order (slot index k is `slots[k]`). */
  slots: readonly TemplateSlot[];
  slotNames: string[];
  /** the slot index of each name. */
  slotIndex: ReadonlyMap<string, number>;
  /** the schema property typing each slot, when a schema was given. */
  slotSchema: readonly (SlotSchemaProperty | undefined)[];
  /**
   * slots asked to copy from `verbatimFrom` that keep their own language: no part of the text fits
   * them, or the text is past the automaton limits (4,000 characters).
   */
  verbatimKept: string[];
  /** with `ground`: the slots the text holds no candidate for (filled from their own language). */
  groundGenerated: string[];
  /** a slot's text as its typed value. */
  convert(k: number, text: string): SlotValue;
  /** the text and the slot values of a canvas built from `layout` (absent optional slots left out). */
  render(canvas: Canvas): RenderedTemplate;
}

/**
 * turn a Handlebars template and its data into a layout: data written in as fixed text, slot
 * helpers (and, on request, missing references) as slots. The template is parsed and walked
 * with an allowlist; nothing is compiled or executed.
 *
 * The stages, in `compile/`: parse, check against the allowlist, walk (data -> text, helpers ->
 * slots), each slot held to its hints (schema, verbatim, grounding) as the layout is built, render.
 */
export function compileTemplate(options: CompileTemplateOptions): CompiledTemplate {
  const file = typeof options.template === 'string' ? undefined : options.template;
  const source = typeof options.template === 'string' ? options.template : options.template.source;
  const filePath = file?.path;
  if (typeof source !== 'string')
    throw new UnmaskError({ code: 'invalid-argument', message: 'template must be a string' });
  checkTemplateOptions(options);
  const limits: TemplateLimits = { ...defaultTemplateLimits, ...options.limits };
  const schemaInput = options.schema ?? file?.schema;
  const schema = schemaInput === undefined ? undefined : normalizeSlotSchema(schemaInput, filePath);

  checkSize(source, limits, filePath);
  const program = parseTemplate(source, filePath);
  const fail = failAt(filePath);
  checkProgram(program, fail);

  const builder = new LayoutBuilder({
    limits,
    hints: {
      schema,
      verbatim: options.verbatim,
      verbatimFrom: options.verbatimFrom,
      mentions: options.ground ? mentionsOf(options.ground.text, options.ground.referenceDate) : undefined,
    },
    fail,
  });
  new TemplateWalker({
    builder,
    data: options.data,
    missing: options.missing ?? 'error',
    missingSlotTokens: options.missingSlotTokens ?? 16,
    maxIterations: limits.maxIterations,
    fail,
  }).walkTemplate(program);
  return compiledTemplate(builder.finish());
}

/** the built layout with its lookups by name, conversion and rendering. */
function compiledTemplate(built: BuiltLayout): CompiledTemplate {
  const { layout, slots, slotIndex, slotSchema, verbatimKept, groundGenerated } = built;
  const convert = (k: number, value: string): SlotValue => convertSlot(slots[k]!, slotSchema[k], value);
  return {
    layout,
    slots,
    slotNames: slots.map((slot) => slot.name),
    slotIndex,
    slotSchema,
    verbatimKept,
    groundGenerated,
    convert,
    render: (canvas) => renderCanvas({ canvas, slots, convert }),
  };
}
