import {
  type Canvas,
  type DenoisingModel,
  type Issue,
  renoise,
  type Tokenizer,
  writeSlotTexts,
} from '@unmask/core';
import { compileJsonSchema } from './compile';
import { buildSchemaCanvas } from './schema-canvas';
import type { CompiledSchema, JsonSchema, SchemaCompileOptions } from './types';

/** growth rounds after the first fill: 3 offered items become 6, 12, 24. */
export const DEFAULT_GROW_ROUNDS = 3;

/** an array that was grown: every offered item was filled, so more were offered. */
export interface Growth {
  /** JSON pointer of the array in the value. */
  path: string;
  /** item slots before and after. */
  from: number;
  to: number;
}

export interface GrowOptions {
  jsonSchema: JsonSchema;
  /** the compile that was filled. */
  compiled: CompiledSchema;
  /** its compile options (branches and items are kept). */
  compile?: SchemaCompileOptions;
  validate: (value: unknown) => Issue[];
  /** the decoded value of the filled canvas. */
  value: unknown;
  tokenizer: Tokenizer;
  model: DenoisingModel;
  prompt: string | undefined;
}

export interface Grown {
  compiled: CompiledSchema;
  /** compile options of the grown layout (to grow it again). */
  compile: SchemaCompileOptions;
  /** the value written in, the new items' slots masked. */
  canvas: Canvas;
  growths: Growth[];
}

/** value at a JSON pointer (undefined when absent). */
function valueAt(value: unknown, path: string): unknown {
  if (path === '') return value;
  let at = value;
  for (const raw of path.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** arrays of the value that hold every item slot offered while the schema allows more. */
export function fullArrays(
  compiled: CompiledSchema,
  value: unknown,
): Array<{ pointer: string; path: string; items: number }> {
  const full: Array<{ pointer: string; path: string; items: number }> = [];
  for (const array of compiled.report.arrays ?? []) {
    if (!array.more || array.items === 0) continue;
    const at = valueAt(value, array.path);
    if (Array.isArray(at) && at.length >= array.items) full.push(array);
  }
  return full;
}

/**
 * the next layout for a filled canvas whose arrays are full (every offered item present, the
 * schema allowing more): each such array offered twice the items, the value written in, and only
 * the new items' slots masked, so that the model continues the list where it stopped. Union
 * choices are kept. Undefined when nothing is full or the grown canvas cannot be built (slot
 * limit, the model's maximum length): the value stays as it is.
 */
export function growCanvas(options: GrowOptions): Grown | undefined {
  const { compiled, value, tokenizer, model, prompt } = options;
  const full = fullArrays(compiled, value);
  if (full.length === 0) return undefined;
  const items: Record<string, number> = { ...options.compile?.items };
  for (const array of full) items[array.pointer] = Math.max(items[array.pointer] ?? 0, array.items * 2);
  const branches: Record<string, number> = { ...options.compile?.branches };
  for (const union of compiled.report.unions ?? []) branches[union.pointer] = union.chosen;
  const compile: SchemaCompileOptions = { ...options.compile, items, branches };
  let grown: CompiledSchema;
  let canvas: Canvas | undefined;
  try {
    grown = compileJsonSchema(options.jsonSchema, compile, options.validate);
    if (grown.report.reduced) return undefined;
    const texts = grown.encode(value);
    if (!texts) return undefined;
    canvas = writeSlotTexts(buildSchemaCanvas(grown.layout, tokenizer, model, prompt), texts);
  } catch {
    // over the slot limit or the model's length: the arrays stay as they are
    return undefined;
  }
  if (!canvas) return undefined;
  // the new items of the full arrays are masked; the other arrays at the same pointer keep their absent items
  const growths: Growth[] = [];
  const fresh: string[] = [];
  for (const array of full) {
    const after = grown.report.arrays?.find((a) => a.path === array.path)?.items ?? array.items;
    if (after <= array.items) continue;
    growths.push({ path: array.path, from: array.items, to: after });
    for (let k = array.items; k < after; k++) fresh.push(`${array.path}/${k}`);
  }
  if (growths.length === 0) return undefined;
  const slots: number[] = [];
  canvas.slots.forEach((slot, k) => {
    const path = slot.spec.path;
    if (fresh.some((item) => path === item || path.startsWith(`${item}/`))) slots.push(k);
  });
  return {
    compiled: grown,
    compile,
    canvas: renoise(canvas, { slots: slots.map((slot) => ({ slot, ban: false })) }),
    growths,
  };
}

/**
 * the compile growth reaches for a value: while an array of the value is longer than its item
 * slots (and the schema allows more), that array is offered twice the items, as generation does
 * when the model fills them all; at most `rounds` times. Undefined when no array needs more room
 * (growth cannot help) or the grown schema goes over the slot limit. Used by the coverage
 * harness to tell which valid instances a generation can reach.
 */
export function grownFor(
  jsonSchema: JsonSchema,
  compiled: CompiledSchema,
  value: unknown,
  compile: SchemaCompileOptions = {},
  rounds = DEFAULT_GROW_ROUNDS,
): CompiledSchema | undefined {
  let current = compiled;
  let options = compile;
  let grown: CompiledSchema | undefined;
  for (let round = 0; round < rounds; round++) {
    const items: Record<string, number> = { ...options.items };
    let more = false;
    for (const array of current.report.arrays ?? []) {
      const at = valueAt(value, array.path);
      if (!array.more || array.items === 0 || !Array.isArray(at) || at.length <= array.items) continue;
      items[array.pointer] = Math.max(items[array.pointer] ?? 0, array.items * 2);
      more = true;
    }
    if (!more) break;
    options = { ...options, items };
    try {
      current = compileJsonSchema(jsonSchema, options);
    } catch {
      break;
    }
    if (current.report.reduced) break;
    grown = current;
  }
  return grown;
}
