import {
  type Canvas,
  type CanvasSlot,
  type DenoisingModel,
  type Issue,
  type Layout,
  longestTokenCount,
  MASKED,
  renoise,
  type Tokenizer,
  writeSlotTexts,
} from '@unmask/core';
import { compileJsonSchema } from './compile';
import { buildSchemaCanvas } from './schema-canvas';
import type { CompiledSchema, JsonSchema, SchemaCompileOptions } from './types';

/** growth rounds after the first fill: 3 offered items become 6, 12, 24; a budget of 24 tokens 48, 96, 192. */
export const DEFAULT_GROW_ROUNDS = 3;
/** a slot's budget does not grow beyond this many tokens. */
export const MAX_GROWN_TOKENS = 256;

/**
 * something that was grown: an array whose every offered item was filled (`items`), or a slot
 * whose every token position was used while its language allows longer values (`tokens`).
 */
export interface Growth {
  kind: 'items' | 'entries' | 'tokens';
  /** JSON pointer of the array or free-form object, or path of the slot, in the value. */
  path: string;
  /** item slots, entries, or the slot's token budget, before and after. */
  from: number;
  to: number;
}

export interface GrowOptions {
  jsonSchema: JsonSchema;
  /** the compile that was filled. */
  compiled: CompiledSchema;
  /** its compile options (branches and items are kept). */
  compile?: SchemaCompileOptions;
  /** token budgets grown so far, by slot path. */
  budgets?: Record<string, number>;
  /** the filled canvas (its full slots grow). */
  canvas?: Canvas;
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
  /** token budgets by slot path (to grow it again). */
  budgets: Record<string, number>;
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
  compiled: Pick<CompiledSchema, 'report'>,
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

/** entries of an object that are not its declared properties. */
function undeclaredCount(at: unknown, declared: readonly string[]): number {
  if (at === null || typeof at !== 'object' || Array.isArray(at)) return 0;
  let count = 0;
  for (const key of Object.keys(at)) if (!declared.includes(key)) count++;
  return count;
}

/** free-form objects of the value that fill every entry offered while the schema allows more. */
export function fullMaps(
  compiled: Pick<CompiledSchema, 'report'>,
  value: unknown,
): Array<{ pointer: string; path: string; perMap: number; entries: number }> {
  const full: Array<{ pointer: string; path: string; perMap: number; entries: number }> = [];
  for (const map of compiled.report.maps ?? []) {
    if (!map.more || map.entries === 0) continue;
    if (undeclaredCount(valueAt(value, map.path), map.declared) >= map.entries) full.push(map);
  }
  return full;
}

/** a slot whose every position holds a token while its language has longer values: the value may be cut. */
export function isFullSlot(canvas: Canvas, slot: CanvasSlot): boolean {
  const last = slot.start + slot.length - 1;
  if (slot.length === 0 || canvas.status[last] === MASKED || canvas.ids[last] === canvas.model.padTokenId)
    return false;
  return longestTokenCount(slot.automaton) > slot.length;
}

/** arrays that fill every item slot and slots that fill every position, while more is allowed. */
export function fullPaths(
  compiled: Pick<CompiledSchema, 'report'>,
  value: unknown,
  canvas: Canvas,
): string[] {
  return [
    ...fullArrays(compiled, value).map((array) => array.path),
    ...fullMaps(compiled, value).map((map) => map.path),
    ...canvas.slots.filter((slot) => isFullSlot(canvas, slot)).map((slot) => slot.spec.path),
  ];
}

/** the slots of a filled canvas that are full (see isFullSlot) and may still grow. */
export function fullSlots(canvas: Canvas): CanvasSlot[] {
  return canvas.slots.filter((slot) => slot.length < MAX_GROWN_TOKENS && isFullSlot(canvas, slot));
}

/** the layout with the grown budgets applied. */
function withBudgets(layout: Layout, budgets: Record<string, number>): Layout {
  if (Object.keys(budgets).length === 0) return layout;
  return {
    segments: layout.segments.map((segment) =>
      segment.kind === 'slot' && (budgets[segment.path] ?? 0) > segment.maxTokens
        ? { ...segment, maxTokens: budgets[segment.path]! }
        : segment,
    ),
  };
}

/**
 * the next layout for a filled canvas with full arrays (every offered item present, the schema
 * allowing more) or full slots (every token position used, the language allowing longer values):
 * each such array offered twice the items and each such slot twice the tokens, the value
 * written in, and only the new items' slots and the grown slots' tails (from their last token)
 * masked, so that the model continues where it stopped. Union choices are kept. Undefined when
 * nothing is full or the grown canvas cannot be built (slot limit, the model's maximum length):
 * the value stays as it is.
 */
export function growCanvas(options: GrowOptions): Grown | undefined {
  const { compiled, value, tokenizer, model, prompt } = options;
  const full = fullArrays(compiled, value);
  const maps = fullMaps(compiled, value);
  const budgets: Record<string, number> = { ...options.budgets };
  const slotGrowths: Growth[] = [];
  for (const slot of options.canvas ? fullSlots(options.canvas) : []) {
    // a path shared by several slots (a composite's presence and closing slots) is not grown
    if (options.canvas!.slots.some((other) => other !== slot && other.spec.path === slot.spec.path)) continue;
    const to = Math.min(MAX_GROWN_TOKENS, slot.length * 2);
    budgets[slot.spec.path] = to;
    slotGrowths.push({ kind: 'tokens', path: slot.spec.path, from: slot.length, to });
  }
  if (full.length === 0 && maps.length === 0 && slotGrowths.length === 0) return undefined;
  const items: Record<string, number> = { ...options.compile?.items };
  for (const array of full) items[array.pointer] = Math.max(items[array.pointer] ?? 0, array.items * 2);
  const entries: Record<string, number> = { ...options.compile?.entries };
  for (const map of maps) entries[map.pointer] = Math.max(entries[map.pointer] ?? 0, map.perMap * 2);
  const branches: Record<string, number> = { ...options.compile?.branches };
  for (const union of compiled.report.unions ?? []) branches[union.pointer] = union.chosen;
  const compile: SchemaCompileOptions = { ...options.compile, items, entries, branches };
  let grown: CompiledSchema;
  let canvas: Canvas | undefined;
  try {
    grown =
      full.length || maps.length
        ? compileJsonSchema(options.jsonSchema, compile, options.validate)
        : compiled;
    if (grown.report.reduced) return undefined;
    const texts = grown.encode(value);
    if (!texts) return undefined;
    const layout = withBudgets(grown.layout, budgets);
    canvas = writeSlotTexts(buildSchemaCanvas(layout, tokenizer, model, prompt), texts);
    if (layout !== grown.layout) grown = { ...grown, layout };
  } catch {
    // over the slot limit or the model's length: the value stays as it is
    return undefined;
  }
  if (!canvas) return undefined;
  // the new items of the full arrays are masked; the other arrays at the same pointer keep their absent items
  const growths: Growth[] = [];
  const fresh: string[] = [];
  for (const array of full) {
    const after = grown.report.arrays?.find((a) => a.path === array.path)?.items ?? array.items;
    if (after <= array.items) continue;
    growths.push({ kind: 'items', path: array.path, from: array.items, to: after });
    for (let k = array.items; k < after; k++) fresh.push(`${array.path}/${k}`);
  }
  // the new entries of the full maps: those the value leaves empty (their key slot all pad)
  for (const map of maps) {
    const after = grown.report.maps?.find((m) => m.path === map.path)?.entries ?? map.entries;
    if (after <= map.entries) continue;
    growths.push({ kind: 'entries', path: map.path, from: map.entries, to: after });
    const prefix = `${map.path}/*`;
    const seen = new Set<string>();
    for (const slot of canvas.slots) {
      const rest = slot.spec.path.startsWith(prefix) ? slot.spec.path.slice(prefix.length) : undefined;
      // an entry's key slot is the first slot at its path (its value may be all pad: "", absent
      // parts); nested paths go deeper
      if (rest === undefined || !/^\d+$/.test(rest) || seen.has(slot.spec.path)) continue;
      seen.add(slot.spec.path);
      let empty = true;
      for (let p = slot.start; p < slot.start + slot.length && empty; p++)
        empty = canvas.ids[p] === model.padTokenId;
      if (empty) fresh.push(slot.spec.path);
    }
  }
  const slots: number[] = [];
  const positions: number[] = [];
  for (const [k, slot] of canvas.slots.entries()) {
    const path = slot.spec.path;
    if (fresh.some((item) => path === item || path.startsWith(`${item}/`))) {
      slots.push(k);
      continue;
    }
    const growth = slotGrowths.find((g) => g.path === path);
    if (!growth || slot.length <= growth.from) continue;
    // continue the value: its last token and the new positions are masked
    let used = 0;
    while (used < slot.length && canvas.ids[slot.start + used] !== model.padTokenId) used++;
    for (let p = slot.start + Math.max(0, used - 1); p < slot.start + slot.length; p++) positions.push(p);
    growths.push({ ...growth, to: slot.length });
  }
  if (growths.length === 0) return undefined;
  return {
    compiled: grown,
    compile,
    budgets,
    canvas: renoise(canvas, { slots: slots.map((slot) => ({ slot, ban: false })), positions }),
    growths,
  };
}

/**
 * the compile growth reaches for a value: while an array of the value is longer than its item
 * slots (and the schema allows more), that array is offered twice the items, and while a slot's
 * text needs more tokens than its budget (with `tokenizer`), that slot twice the tokens, as
 * generation does when the model fills them all; at most `rounds` times. Undefined when nothing
 * needs more room (growth cannot help) or the grown schema goes over the slot limit. Used by the
 * coverage harness to tell which valid instances a generation can reach.
 */
export function grownFor(
  jsonSchema: JsonSchema,
  compiled: CompiledSchema,
  value: unknown,
  compile: SchemaCompileOptions = {},
  rounds = DEFAULT_GROW_ROUNDS,
  tokenizer?: Tokenizer,
): CompiledSchema | undefined {
  let current = compiled;
  let options = compile;
  const budgets: Record<string, number> = {};
  let grew = false;
  for (let round = 0; round < rounds; round++) {
    const items: Record<string, number> = { ...options.items };
    const entries: Record<string, number> = { ...options.entries };
    let more = false;
    for (const array of current.report.arrays ?? []) {
      const at = valueAt(value, array.path);
      if (!array.more || array.items === 0 || !Array.isArray(at) || at.length <= array.items) continue;
      items[array.pointer] = Math.max(items[array.pointer] ?? 0, array.items * 2);
      more = true;
    }
    for (const map of current.report.maps ?? []) {
      if (!map.more || map.entries === 0) continue;
      if (undeclaredCount(valueAt(value, map.path), map.declared) <= map.entries) continue;
      entries[map.pointer] = Math.max(entries[map.pointer] ?? 0, map.perMap * 2);
      more = true;
    }
    if (more) {
      options = { ...options, items, entries };
      try {
        current = compileJsonSchema(jsonSchema, options);
      } catch {
        break;
      }
      if (current.report.reduced) break;
      grew = true;
    }
    // texts longer than their slot's budget: that slot twice the tokens
    const texts = tokenizer ? current.encode(value) : undefined;
    if (texts) {
      const slots = current.layout.segments.filter((segment) => segment.kind === 'slot');
      for (const [k, slot] of slots.entries()) {
        const text = texts[k];
        const budget = Math.max(slot.maxTokens, budgets[slot.path] ?? 0);
        if (text === undefined || budget >= MAX_GROWN_TOKENS || tokenizer!.encode(text).length <= budget)
          continue;
        budgets[slot.path] = Math.min(MAX_GROWN_TOKENS, budget * 2);
        more = true;
        grew = true;
      }
    }
    if (!more) break;
  }
  return grew ? { ...current, layout: withBudgets(current.layout, budgets) } : undefined;
}
