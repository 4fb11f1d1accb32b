import type { Canvas, Issue, Layout } from '@unmask/core';
import { SchemaError } from '../errors/schema-error';
import { checkCompileOptions } from '../options';
import { collectAnchors } from '../resolve';
import type { CompiledSchema, JsonSchema, SchemaCompileOptions } from '../types';
import { decodeNode, encodeNode, INCOMPLETE } from './codec';
import { Compiler } from './compiler';
import {
  type Context,
  DEFAULT_LIMITS,
  DEFAULTS,
  type DocumentCache,
  SlotLimit,
  Unrepresentable,
} from './context';
import { pointerJoin } from './json';
import type { ValueNode } from './nodes';
import { unknownKeywords } from './vocabulary';

/** compile a JSON Schema to a layout and the means to read values back. */
export function compileJsonSchema<T = unknown>(
  schema: JsonSchema,
  options: SchemaCompileOptions = {},
  validate?: (value: unknown) => Issue[],
): CompiledSchema<T> {
  checkCompileOptions(options);
  checkSchemaBounds(schema, options.limits);
  const warnings = unknownKeywords(schema);
  if (options.strict && warnings.length) {
    const [first, ...more] = warnings;
    const also = more.length ? ` and ${more.length} more (${more.map((w) => w.message).join(', ')})` : '';
    throw new SchemaError({
      code: 'invalid-schema',
      pointer: first!.pointer,
      message: `unknown keyword '${first!.keyword}'${also}, refused by strict: true`,
    });
  }
  const document: DocumentCache = {
    root: schema,
    anchors: collectAnchors(schema),
    refTargets: new Map(),
    normalised: new WeakMap(),
    unions: new WeakMap(),
    leaves: [new WeakMap(), new WeakMap()],
    untyped: new WeakMap(),
    branchPointers: new WeakMap(),
    warnings,
  };
  try {
    return compileOnce<T>(document, options, validate, reducible(options));
  } catch (error) {
    // a schema too large for the slot limit: offer fewer optional items, entries and unrolled levels
    if (!(error instanceof SlotLimit) || !reducible(options)) throw error;
    // then none beyond what the schema requires
    for (const offer of [1, 0]) {
      try {
        const smaller = compileOnce<T>(
          document,
          { ...options, arrayItems: offer, mapEntries: offer, recursionDepth: 1 },
          validate,
        );
        smaller.report.reduced = true;
        return smaller;
      } catch (smallerError) {
        if (!(smallerError instanceof SlotLimit) || offer === 0) throw smallerError;
      }
    }
    throw error;
  }
}

/** whether a smaller offering is tried when the default one runs out of slots. */
const reducible = (options: SchemaCompileOptions) =>
  options.arrayItems === undefined && options.recursionDepth === undefined;

/** one attempt, with one offering (items, entries, unrolled levels). */
function compileOnce<T>(
  document: DocumentCache,
  options: SchemaCompileOptions,
  validate?: (value: unknown) => Issue[],
  stopWhenFull = false,
): CompiledSchema<T> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const ctx: Context = {
    ...document,
    options: { ...DEFAULTS, ...stripUndefined(options) } as typeof DEFAULTS,
    limits,
    segments: [],
    slots: [],
    report: { slots: 0, optionalOffered: 0, validationOnly: [] },
    refDepth: new Map(),
    stopWhenFull,
    fullBranches: new Map(),
    ids: new WeakMap(),
  };
  let root: ValueNode;
  try {
    root = new Compiler(ctx).value(document.root, {
      pointer: '#',
      path: '',
      depth: 0,
      prefix: '',
      optional: false,
    }).node;
  } catch (error) {
    if (error instanceof Unrepresentable)
      throw new SchemaError({ code: 'empty-language', pointer: '#', message: error.message });
    throw error;
  }
  ctx.report.slots = ctx.slots.length;
  if (document.warnings.length) ctx.report.warnings = [...document.warnings];
  // a keyword met again (items, entries, unrolled levels) is reported once
  ctx.report.validationOnly = [...new Set(ctx.report.validationOnly)];
  if (ctx.report.verbatim) {
    const seen = new Set<string>();
    ctx.report.verbatim.kept = ctx.report.verbatim.kept.filter(
      ({ pointer }) => !seen.has(pointer) && !!seen.add(pointer),
    );
  }
  const layout: Layout = { segments: ctx.segments };
  return {
    layout,
    report: ctx.report,
    decode: (canvas: Canvas) => {
      const value = decodeNode(root, canvas);
      return (value === INCOMPLETE ? undefined : value) as T;
    },
    validate: validate ?? (() => []),
    encode: (value: unknown) => {
      const texts: Array<string | undefined> = new Array(ctx.slots.length).fill(undefined);
      try {
        encodeNode(root, value, texts, false);
      } catch (error) {
        if (error instanceof Unrepresentable) return undefined;
        throw error;
      }
      return texts;
    },
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * reject a schema over the size or depth limit before anything walks it recursively (ajv
 * included): one iterative pass that stops as soon as a limit is passed.
 */
export function checkSchemaBounds(schema: unknown, limits: SchemaCompileOptions['limits'] = {}) {
  const maxBytes = limits.maxSchemaBytes ?? DEFAULT_LIMITS.maxSchemaBytes;
  // nesting counts objects and arrays, so a subschema level is about two to four of them
  const maxNesting = (limits.maxDepth ?? DEFAULT_LIMITS.maxDepth) * 4;
  let bytes = 0;
  const tooLarge = () =>
    new SchemaError({
      code: 'unsupported',
      pointer: '#',
      message: `schema larger than the limit of ${maxBytes} bytes`,
    });
  // each entry keeps its parent, so that the pointer is built only for an error
  type Entry = { node: unknown; depth: number; key?: string; parent?: Entry };
  const pointerOf = (entry: Entry) => {
    const keys: string[] = [];
    for (let at: Entry | undefined = entry; at?.key !== undefined; at = at.parent) keys.push(at.key);
    return pointerJoin('#', ...keys.reverse());
  };
  const stack: Entry[] = [{ node: schema, depth: 0 }];
  while (stack.length) {
    const entry = stack.pop()!;
    const { node, depth } = entry;
    if (typeof node === 'string') bytes += node.length + 2;
    else if (node === null || typeof node !== 'object') bytes += String(node).length;
    else {
      if (depth > maxNesting)
        throw new SchemaError({
          code: 'unsupported',
          pointer: pointerOf(entry),
          message: `schema nested deeper than ${maxNesting} levels`,
        });
      bytes += 2;
      for (const [key, value] of Object.entries(node)) {
        bytes += key.length + 4;
        stack.push({ node: value, depth: depth + 1, key, parent: entry });
      }
    }
    if (bytes > maxBytes) throw tooLarge();
  }
}
