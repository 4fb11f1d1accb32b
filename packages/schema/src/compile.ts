import {
  type Canvas,
  type Constraint,
  ConstraintError,
  checkConstraint,
  constraintLengthRange,
  copyOf,
  dateCandidates,
  fixed,
  type Issue,
  integer,
  intersect,
  jsonString,
  type Layout,
  length,
  literal,
  literals,
  type Mentions,
  mentionsOf,
  numberCandidates,
  regex,
  type Segment,
  type SlotSpec,
  sequence,
  slotIsAbsent,
  slotText,
  union,
} from '@unmask/core';
import { SchemaError } from './errors/schema-error';
import { FORMAT_BUDGET, FORMAT_REGEX } from './formats';
import { checkCompileOptions } from './options';
import { collectAnchors, resolveRef, type SchemaObject } from './resolve';
import type { CompiledSchema, CompileReport, JsonSchema, SchemaCompileOptions } from './types';

/** keywords with no effect on valid instances. */
const ANNOTATIONS = new Set([
  '$schema',
  '$id',
  'id',
  '$anchor',
  '$dynamicAnchor',
  '$comment',
  '$defs',
  'definitions',
  '$vocabulary',
  'title',
  'description',
  'default',
  'examples',
  'example',
  'deprecated',
  'readOnly',
  'writeOnly',
  'contentEncoding',
  'contentMediaType',
  'contentSchema',
  'discriminator',
  'nullable',
  'xml',
  'externalDocs',
]);
/** keywords honoured by validation only: a value that breaks them is re-noised. */
const VALIDATION_ONLY = new Set([
  'multipleOf',
  'uniqueItems',
  'contains',
  'minContains',
  'maxContains',
  'minProperties',
  'maxProperties',
  'dependentRequired',
  'dependentSchemas',
  'dependencies',
  'if',
  'then',
  'else',
  'not',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
  'exclusiveMinimum',
  'exclusiveMaximum',
]);
/** keywords the compiler turns into structure or constraints. */
const STRUCTURAL = new Set([
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'patternProperties',
  'items',
  'prefixItems',
  'additionalItems',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'allOf',
  'anyOf',
  'oneOf',
  '$ref',
]);
const UNSUPPORTED = new Set(['$dynamicRef', '$recursiveRef', '$recursiveAnchor']);

/** how the compiler treats a keyword; undefined for a keyword of no vocabulary it knows (an annotation by the spec). */
export function keywordTreatment(
  keyword: string,
): 'annotation' | 'validation' | 'structure' | 'unsupported' | undefined {
  if (UNSUPPORTED.has(keyword)) return 'unsupported';
  if (STRUCTURAL.has(keyword)) return 'structure';
  if (VALIDATION_ONLY.has(keyword)) return 'validation';
  if (ANNOTATIONS.has(keyword)) return 'annotation';
  return undefined;
}

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array';
const ALL_TYPES: JsonType[] = ['string', 'number', 'integer', 'boolean', 'null', 'object', 'array'];
const SCALAR_TYPES = new Set<JsonType>(['string', 'number', 'integer', 'boolean', 'null']);

/** the compiled tree the value is read back from. */
export type ValueNode =
  | { kind: 'const'; value: unknown }
  /** a value in one slot; its JSON text is before + text + after. */
  | { kind: 'leaf'; slot: number; before: string; after: string; path: string }
  | { kind: 'object'; path: string; props: MemberNode[]; entries: EntryNode[] }
  | { kind: 'array'; path: string; items: MemberNode[] };

/** a property or an array item. Optional composite members have presence and closing slots. */
export interface MemberNode {
  key?: string;
  node: ValueNode;
  optional: boolean;
  /** the schema lets this member be absent (not required, or an item beyond minItems). */
  absentable?: boolean;
  /** slot holding the separator, key and opening bracket of an optional composite member. */
  presence?: number;
  presenceText?: string;
  close?: number;
  closeText?: string;
}

/** one offered entry of a free-form object: a key slot, then the value. */
export interface EntryNode {
  keySlot: number;
  keyPrefix: string;
  /** what follows the quoted key in the key slot (`:`, or `: ` when pretty). */
  keySuffix: string;
  /** whether a key may be written in this entry's key slot. */
  accepts: (key: string) => boolean;
  node: ValueNode;
  /** the value's presence and closing slots, when it is a composite. */
  member?: MemberNode;
}

const DEFAULTS = {
  pretty: false,
  stringTokens: 24,
  numberTokens: 8,
  arrayItems: 3,
  mapEntries: 2,
  recursionDepth: 2,
  branches: undefined as Record<string, number> | undefined,
  items: undefined as Record<string, number> | undefined,
  entries: undefined as Record<string, number> | undefined,
  verbatimFrom: undefined as string | undefined,
  ground: undefined as { text: string; referenceDate?: string } | undefined,
  values: undefined as Record<string, unknown> | undefined,
};
/** formats a text often writes another way than the value (March 3, 2024): never held to a copy. */
const REWRITTEN_FORMATS = new Set(['date', 'time', 'date-time', 'duration']);
const NON_EMPTY = regex('[\\s\\S]+', 'u');
const DEFAULT_LIMITS = { maxSchemaBytes: 2_000_000, maxDepth: 64, maxSlots: 2000 };

const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');
const isObject = (value: unknown): value is SchemaObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const escapeToken = (token: string | number) => {
  const text = String(token);
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
};
const pointerJoin = (pointer: string, ...tokens: Array<string | number>) => {
  let at = pointer;
  for (const token of tokens) at += `/${escapeToken(token)}`;
  return at;
};

/** an own property, even named `__proto__`. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
  // a plain assignment is the same on a plain object, and much faster
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

function jsonEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (isObject(value))
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical(value[key])]),
    );
  return value;
}

/** the schema with $ref and allOf folded in, and the $ref targets it went through. */
interface Normalised {
  schema: SchemaObject | boolean;
  refs: unknown[];
}

/** what depends on the schema document only, shared by the attempts of one compilation. */
interface DocumentCache {
  root: unknown;
  anchors: Map<string, unknown>;
  /** `$ref` string -> its target. */
  refTargets: Map<string, unknown>;
  /** a subschema (by identity) -> its normalised form; results are never mutated. */
  normalised: WeakMap<object, Normalised>;
  /** a schema carrying anyOf/oneOf (by identity) -> its branches merged with the rest of it. */
  unions: WeakMap<SchemaObject, UnionParts>;
  /** a leaf schema (by identity) -> how it is laid out; the second for a value of any type. */
  leaves: [WeakMap<SchemaObject, LeafPlan>, WeakMap<SchemaObject, LeafPlan>];
  /** a schema that says nothing of its type (by identity) -> it with the scalar types. */
  untyped: WeakMap<SchemaObject, SchemaObject>;
  /** an anyOf list the compiler made (by identity) -> where each branch comes from in the schema. */
  branchPointers: WeakMap<object, string[]>;
}

/** a leaf's slot language, worked out once per leaf schema (the same leaf is met again and again). */
interface LeafPlan {
  constraint: Constraint;
  budget: number;
  /** grounding found no candidate in the prompt: the leaf kept its own language. */
  ungrounded?: boolean;
  /** the string's content and budget when the quotes are fixed text. */
  string?: { content: Constraint; budget: number };
  /** the keywords left to validation, as pointers relative to the leaf's. */
  notes: string[];
}

/** a union's branches, each merged with what the schema says besides the union (when first needed). */
interface UnionParts {
  rest: SchemaObject;
  /** null: a branch with no value; undefined: not merged yet. */
  merged: Array<(Normalised & { schema: SchemaObject }) | null | undefined>;
  /** a branch with the properties only the other branches require left out (oneOf), by those names. */
  withAbsent: Map<SchemaObject, Map<string, SchemaObject>>;
}

interface Context extends DocumentCache {
  options: typeof DEFAULTS;
  limits: typeof DEFAULT_LIMITS;
  segments: Segment[];
  slots: SlotSpec[];
  report: CompileReport;
  /** how many times each $ref target is being expanded, for recursion depth. */
  refDepth: Map<unknown, number>;
  /**
   * running out of slots ends the attempt at once, instead of falling back to a smaller union
   * branch: set when a smaller offering will be tried next (so an attempt that cannot fit stops
   * early instead of laying out and undoing large branches again and again).
   */
  stopWhenFull: boolean;
  /**
   * union branches that ran out of slots, by the branch and the $ref expansions under way, with
   * the most slots that were left then: with no more left, the same branch runs out again (its own
   * unions fall back the same way), so it is not laid out again only to be undone. A branch that
   * is a $ref (the union adds nothing to it) is known by its target, so the many unions that
   * offer the same large object and a small alternative learn it once.
   */
  fullBranches: Map<string, number>;
  /** small ids of schema objects, for those keys. */
  ids: WeakMap<object, number>;
}

/** control flow of the compiler (a part that cannot be laid out), thrown often: no stack trace. */
class Unrepresentable extends Error {
  constructor(message: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}

/** more slots than the limit: a typed error unless a smaller offering fits. */
class SlotLimit extends SchemaError {
  constructor(limit: number) {
    super({ code: 'unsupported', pointer: '#', message: `the canvas would need more than ${limit} slots` });
  }
}

/** internal keyword: properties a oneOf branch leaves out. */
const ABSENT = 'x-unmask-absent';

/** in-place applicators left after merging, which may evaluate more properties or items than the schema's own keywords. */
const evaluatesInPlace = (schema: SchemaObject) =>
  ['anyOf', 'oneOf', 'if', 'then', 'else', 'not', 'dependentSchemas', 'contains'].some(
    (key) => schema[key] !== undefined,
  );

/** merge a list of schemas that must all hold (allOf) into one, as far as structure goes. */
function mergeSchemas(schemas: SchemaObject[], pointer: string): SchemaObject {
  const merged: SchemaObject = {};
  for (const schema of schemas) {
    for (const [key, value] of Object.entries(schema)) {
      if (!Object.hasOwn(merged, key)) {
        setOwn(merged, key, value);
        continue;
      }
      const old = merged[key];
      switch (key) {
        case 'properties': {
          const props: SchemaObject = { ...(old as SchemaObject) };
          for (const [name, sub] of Object.entries(value as SchemaObject)) {
            setOwn(props, name, Object.hasOwn(props, name) ? { allOf: [props[name], sub] } : sub);
          }
          merged.properties = props;
          break;
        }
        case 'required':
          merged.required = [...new Set([...(old as string[]), ...(value as string[])])];
          break;
        case 'type': {
          const a = Array.isArray(old) ? old : [old];
          const b = Array.isArray(value) ? value : [value];
          const both = a.filter((t) => b.includes(t) || (t === 'integer' && b.includes('number')));
          for (const t of b)
            if (t === 'integer' && a.includes('number') && !both.includes('integer')) both.push('integer');
          if (both.length === 0)
            throw new SchemaError({
              code: 'empty-language',
              pointer,
              message: `allOf: types ${JSON.stringify(a)} and ${JSON.stringify(b)} have nothing in common`,
            });
          merged.type = both.length === 1 ? both[0] : both;
          break;
        }
        case 'enum':
          merged.enum = (old as unknown[]).filter((x) => (value as unknown[]).some((y) => jsonEqual(x, y)));
          break;
        case 'minimum':
        case 'minLength':
        case 'minItems':
        case 'minProperties':
          merged[key] = Math.max(old as number, value as number);
          break;
        case 'maximum':
        case 'maxLength':
        case 'maxItems':
        case 'maxProperties':
          merged[key] = Math.min(old as number, value as number);
          break;
        case 'pattern':
          merged['x-unmask-patterns'] = [...((merged['x-unmask-patterns'] as string[]) ?? []), value];
          break;
        case 'items':
        case 'additionalProperties':
          if (old === false || value === false) merged[key] = false;
          else if (isObject(old) && isObject(value)) merged[key] = { allOf: [old, value] };
          break;
        case 'unevaluatedItems':
        case 'unevaluatedProperties':
          // what each part leaves unevaluated differs: no structural use of it (validation checks it)
          if (!jsonEqual(old, value)) merged[key] = {};
          break;
        case 'prefixItems': {
          // position by position; the positions one part lacks are held by validation
          const a = old as unknown[];
          const b = value as unknown[];
          merged.prefixItems = Array.from({ length: Math.max(a.length, b.length) }, (_, k) =>
            k < a.length && k < b.length ? { allOf: [a[k], b[k]] } : k < a.length ? a[k] : b[k],
          );
          break;
        }
        case 'anyOf':
        case 'oneOf':
          if (jsonEqual(old, value)) break;
          merged.allOf = [...((merged.allOf as unknown[]) ?? []), { [key]: value }];
          merged[key] = old;
          break;
        case 'allOf':
          merged.allOf = [...((merged.allOf as unknown[]) ?? []), { [key]: value }];
          break;
        default:
          // others are checked against the original schema by validation
          break;
      }
    }
  }
  return merged;
}

/** the schema with $ref and allOf folded in; `pointer` locates errors. */
function normalise(ctx: Context, input: unknown, pointer: string): Normalised {
  // a subschema met again (array items, map entries, unrolled recursion, retries) is folded once
  if (!isObject(input)) return normaliseAt(ctx, input, pointer, 0);
  let result = ctx.normalised.get(input);
  if (!result) ctx.normalised.set(input, (result = normaliseAt(ctx, input, pointer, 0)));
  return result;
}

function resolveCached(ctx: Context, ref: string, pointer: string): unknown {
  let target = ctx.refTargets.get(ref);
  if (target === undefined && !ctx.refTargets.has(ref))
    ctx.refTargets.set(ref, (target = resolveRef(ctx.root, ref, pointer, ctx.anchors)));
  return target;
}

function normaliseAt(ctx: Context, input: unknown, pointer: string, depth: number): Normalised {
  if (depth > ctx.limits.maxDepth)
    throw new SchemaError({
      code: 'unsupported',
      pointer,
      message: `schema nested deeper than ${ctx.limits.maxDepth}`,
    });
  if (typeof input === 'boolean') return { schema: input, refs: [] };
  if (!isObject(input))
    throw new SchemaError({
      code: 'invalid-schema',
      pointer,
      message: 'a schema must be an object or a boolean',
    });
  let schema: SchemaObject = input;
  const refs: unknown[] = [];
  if (typeof schema.$ref === 'string') {
    const target = resolveCached(ctx, schema.$ref, pointer);
    refs.push(target);
    const { $ref: _ref, ...rest } = schema;
    const inner = normaliseAt(ctx, target, `${pointer}/$ref`, depth + 1);
    refs.push(...inner.refs);
    if (inner.schema === false) return { schema: false, refs };
    const restKeys = Object.keys(rest).filter((key) => !ANNOTATIONS.has(key));
    schema =
      inner.schema === true
        ? rest
        : restKeys.length
          ? mergeSchemas([inner.schema, rest], pointer)
          : inner.schema;
  }
  // an if/then chain on a discriminator, in allOf or the schema's own if/then/else: a union (see discriminatedChain)
  let parts: Part[] | undefined = Array.isArray(schema.allOf)
    ? schema.allOf.map((part, k) => ({ part, pointer: pointerJoin(pointer, 'allOf', k) }))
    : undefined;
  if (schema.if !== undefined || parts) {
    const { if: test, then, else: otherwise, allOf: _allOf, ...rest } = schema;
    const own = test === undefined ? undefined : { part: { if: test, then, else: otherwise }, pointer };
    const mine = own !== undefined && chainLink(own.part, pointer) !== undefined;
    const candidates = mine ? [...(parts ?? []), own!] : (parts ?? []);
    const rewritten = discriminatedChain(ctx, rest, candidates, pointer);
    if (rewritten !== candidates) {
      parts = rewritten;
      if (mine) schema = { ...rest, ...(_allOf === undefined ? {} : { allOf: _allOf }) };
    }
  }
  if (parts) {
    const { allOf: _allOf, ...rest } = schema;
    const merged: SchemaObject[] = [rest];
    for (const { part, pointer: at } of parts) {
      const inner = normaliseAt(ctx, part, at, depth + 1);
      refs.push(...inner.refs);
      if (inner.schema === false) return { schema: false, refs };
      if (inner.schema !== true) merged.push(inner.schema);
    }
    schema = mergeSchemas(merged, pointer);
    // what is left in allOf is a second anyOf/oneOf met by the first: the union expands it, one
    // branch at a time (merging it here again would give the same schema back, forever)
    const pending = (schema.allOf as unknown[] | undefined)?.every(
      (part) => isObject(part) && Object.keys(part).length === 1 && ('anyOf' in part || 'oneOf' in part),
    );
    if (Array.isArray(schema.allOf) && !pending) return normaliseAt(ctx, schema, pointer, depth + 1);
  }
  // not of a schema that accepts everything: nothing is valid
  const not = schema.not;
  if (not === true || (isObject(not) && Object.keys(not).every((key) => ANNOTATIONS.has(key))))
    return { schema: false, refs };
  return { schema, refs };
}

/** one link of an if/then chain: `{if: {properties: {D: {const: c}}}, then: T, else?: E}`. */
interface ChainLink {
  /** where the if/then/else is (an allOf part, or the schema itself). */
  pointer: string;
  name: string;
  value: unknown;
  thenSchema: unknown;
  elseSchema: unknown;
  /** the `if` requires D itself (so a value without D meets no `then`). */
  requiresName: boolean;
}

/** `{if: {properties: {D: {const: c}}, required?: [D]}, then?: T, else?: E}` (nothing else) as a chain link. */
function chainLink(part: unknown, pointer: string): ChainLink | undefined {
  if (!isObject(part) || !isObject(part.if)) return;
  if (Object.keys(part).some((key) => !['if', 'then', 'else'].includes(key) && !ANNOTATIONS.has(key))) return;
  const test = part.if;
  const keys = Object.keys(test).filter((key) => !ANNOTATIONS.has(key));
  if (!isObject(test.properties) || keys.some((key) => key !== 'properties' && key !== 'required')) return;
  const tested = Object.entries(test.properties);
  if (tested.length !== 1) return;
  const [name, condition] = tested[0]!;
  if (!isObject(condition)) return;
  const conditionKeys = Object.keys(condition).filter((key) => !ANNOTATIONS.has(key));
  let value: unknown;
  if (conditionKeys.length === 1 && conditionKeys[0] === 'const') value = condition.const;
  else if (
    conditionKeys.length === 1 &&
    conditionKeys[0] === 'enum' &&
    Array.isArray(condition.enum) &&
    condition.enum.length === 1
  )
    value = condition.enum[0];
  else return;
  const required = test.required;
  if (required !== undefined && !(Array.isArray(required) && required.every((r) => r === name))) return;
  return {
    pointer,
    name,
    value,
    thenSchema: part.then ?? true,
    elseSchema: part.else ?? true,
    requiresName: Array.isArray(required) && required.length > 0,
  };
}

/** an allOf part, or the schema's own if/then/else moved beside them, with where it is. */
interface Part {
  part: unknown;
  pointer: string;
}

/**
 * an allOf's parts, with a discriminated if/then chain made one union: parts
 * `{if: {properties: {D: {const: c_i}}}, then: T_i}` over one property D with distinct constants
 * (JSON Schema's idiom for tagged unions, e.g. GitHub's issue forms), or one such if/then/else.
 * When D is present, at most one `if` holds, that of D's constant, so the chain is the union of
 * `D = c_i and T_i` for each i, and of D holding none of the constants (and the `else`; left out
 * when D's enum has no other value). Compiled as that anyOf, each `then` is structure: its
 * required properties are offered and filled, not found missing by validation round after round.
 * A chain is only rewritten when every `if` that does not require D itself meets a D the schema
 * requires (an absent D would make all those `if`s hold), and not beside unevaluatedProperties
 * or unevaluatedItems; others stay with validation. The union takes the place of the chain's
 * first link; its branches point at the `then`s they come from. When no branch compiles (a
 * `then` with an unsupported keyword), the value is laid out without the union and the chain is
 * left to validation, as one that is not rewritten.
 */
function discriminatedChain(ctx: Context, rest: SchemaObject, parts: Part[], pointer: string): Part[] {
  const links = parts.flatMap(({ part, pointer }) => chainLink(part, pointer) ?? []);
  // a failed `if` evaluates nothing: unevaluated* would tell the union's branches from the chain
  if (links.length === 0 || rest.unevaluatedProperties !== undefined || rest.unevaluatedItems !== undefined)
    return parts;
  const first = links[0]!;
  const name = first.name;
  if (links.some((link) => link.name !== name)) return parts;
  if (links.length > 1 && links.some((link) => link.elseSchema !== true)) return parts;
  if (links.some((a, i) => links.some((b, j) => j > i && jsonEqual(a.value, b.value)))) return parts;
  const linked = new Set(links.map((link) => link.pointer));
  const requiredBy = (schema: unknown) =>
    isObject(schema) && Array.isArray(schema.required) && schema.required.includes(name);
  const present =
    requiredBy(rest) || parts.some(({ part, pointer }) => !linked.has(pointer) && requiredBy(part));
  if (!present && links.some((link) => !link.requiresName)) return parts;
  const branches: SchemaObject[] = links.map((link) => ({
    properties: { [name]: { const: link.value } },
    required: [name],
    allOf: [link.thenSchema],
  }));
  const pointers = links.map((link) => pointerJoin(link.pointer, 'then'));
  // D with none of the constants (or absent, when the schema lets it be): the values its own
  // schema leaves, when it lists them
  const own = isObject(rest.properties) ? rest.properties[name] : undefined;
  const ownSchema =
    own === undefined ? undefined : normalise(ctx, own, pointerJoin(pointer, 'properties', name)).schema;
  const listed = isObject(ownSchema)
    ? ownSchema.const !== undefined
      ? [ownSchema.const]
      : Array.isArray(ownSchema.enum)
        ? ownSchema.enum
        : undefined
    : undefined;
  const others = listed?.filter((value) => !links.some((link) => jsonEqual(link.value, value)));
  if (others === undefined || others.length > 0 || !present) {
    const values = links.map((link) => link.value);
    const other =
      others === undefined ? { not: { enum: values } } : others.length > 0 ? { enum: others } : false;
    branches.push({ properties: { [name]: other }, allOf: [first.elseSchema] });
    pointers.push(first.elseSchema === true ? first.pointer : pointerJoin(first.pointer, 'else'));
  }
  const union = { anyOf: branches };
  ctx.branchPointers.set(union.anyOf, pointers);
  return parts.flatMap((part) =>
    part.pointer === first.pointer
      ? [{ part: union, pointer: first.pointer }]
      : linked.has(part.pointer)
        ? []
        : [part],
  );
}

/** a union branch merged with the rest of the schema carrying the union; null when no value is left. */
function mergeBranch(
  ctx: Context,
  rest: SchemaObject,
  inner: Normalised,
  pointer: string,
): (Normalised & { schema: SchemaObject }) | null {
  try {
    const merged = mergeSchemas([rest, inner.schema === true ? {} : (inner.schema as SchemaObject)], pointer);
    if (Array.isArray(merged.anyOf) || Array.isArray(merged.oneOf) || Array.isArray(merged.allOf)) {
      const again = normalise(ctx, merged, pointer);
      if (again.schema === false) return null;
      return { schema: again.schema === true ? {} : again.schema, refs: [...inner.refs, ...again.refs] };
    }
    return { schema: merged, refs: inner.refs };
  } catch (error) {
    if (SchemaError.isInstance(error) && error.code === 'empty-language') return null;
    throw error;
  }
}

function typesOf(schema: SchemaObject): JsonType[] {
  if (schema.const !== undefined) return [jsonTypeOf(schema.const)];
  if (Array.isArray(schema.enum)) return [...new Set(schema.enum.map(jsonTypeOf))];
  const declared = schema.type;
  if (typeof declared === 'string') return [declared as JsonType];
  if (Array.isArray(declared)) return declared as JsonType[];
  if (
    schema.properties ||
    schema.additionalProperties !== undefined ||
    schema.patternProperties ||
    schema.required
  )
    return ['object'];
  if (schema.items !== undefined || schema.prefixItems) return ['array'];
  if (schema.pattern || schema.format || schema.minLength !== undefined || schema.maxLength !== undefined)
    return ['string'];
  if (schema.minimum !== undefined || schema.maximum !== undefined) return ['number'];
  return ALL_TYPES;
}

function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value as JsonType;
}

/** check every keyword once: unsupported ones are errors, validation-only ones are reported. */
function auditKeywords(ctx: Context, schema: SchemaObject, pointer: string) {
  for (const key of Object.keys(schema)) {
    if (UNSUPPORTED.has(key))
      throw new SchemaError({
        code: 'unsupported',
        pointer: pointerJoin(pointer, key),
        message: `keyword ${key} is not supported`,
      });
    if (VALIDATION_ONLY.has(key)) ctx.report.validationOnly.push(pointerJoin(pointer, key));
  }
}

interface Emitted {
  node: ValueNode;
}

/** the member node of an emitted value (built field by field: an object spread is slow on this hot path). */
function memberNode(
  emitted: Emitted & Partial<MemberNode>,
  optional: boolean,
  absentable: boolean,
  key?: string,
): MemberNode {
  const member: MemberNode = { node: emitted.node, optional, absentable };
  if (key !== undefined) member.key = key;
  if (emitted.presence !== undefined) {
    member.presence = emitted.presence;
    member.presenceText = emitted.presenceText!;
    member.close = emitted.close!;
    member.closeText = emitted.closeText!;
  }
  return member;
}

/** the compiler proper: walks the schema, appends segments, returns the value tree. */
class Compiler {
  /** how many free-form objects enclose the current one. */
  private mapDepth = 0;
  /** where the layout stands, so that a failed attempt can be undone. */
  private mark() {
    return {
      segments: this.ctx.segments.length,
      // fixed text is appended to the last segment when it is fixed text too
      last: this.ctx.segments.at(-1),
      slots: this.ctx.slots.length,
      offered: this.ctx.report.optionalOffered,
      unions: this.ctx.report.unions?.length ?? 0,
      arrays: this.ctx.report.arrays?.length ?? 0,
      maps: this.ctx.report.maps?.length ?? 0,
      validationOnly: this.ctx.report.validationOnly.length,
    };
  }

  /** undo what was emitted since the mark. */
  private restore(mark: ReturnType<Compiler['mark']>) {
    this.ctx.segments.length = mark.segments;
    if (mark.last) this.ctx.segments[mark.segments - 1] = mark.last;
    this.ctx.slots.length = mark.slots;
    this.ctx.report.optionalOffered = mark.offered;
    if (this.ctx.report.unions) this.ctx.report.unions.length = mark.unions;
    if (this.ctx.report.arrays) this.ctx.report.arrays.length = mark.arrays;
    if (this.ctx.report.maps) this.ctx.report.maps.length = mark.maps;
    this.ctx.report.validationOnly.length = mark.validationOnly;
  }

  /** work done so far (values visited, constraints compiled). */
  private work = 0;

  /** a bound on the whole walk, so that unions of large branches cannot take exponential time. */
  private spend(units: number) {
    this.work += units;
    if (this.work > this.ctx.limits.maxSlots * 8) throw new SlotLimit(this.ctx.limits.maxSlots);
  }

  constructor(private readonly ctx: Context) {}

  /** the known value at a value path (`/customer/name`), from the `values` option. */
  knownAt(path: string): { value: unknown } | undefined {
    let at: unknown = this.ctx.options.values;
    if (at === undefined) return undefined;
    if (path === '') return { value: at };
    for (const raw of path.slice(1).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (!isObject(at) || !Object.hasOwn(at, key)) return undefined;
      at = (at as Record<string, unknown>)[key];
    }
    return at === undefined ? undefined : { value: at };
  }

  /** grounding of the leaf being planned: types with candidates, types without, types chosen. */
  private groundHits = 0;
  private groundMisses = 0;
  private choiceTypes = 0;

  /** the prompt's mentions when grounding (worked out once per text). */
  private get mentions(): Mentions | undefined {
    const ground = this.ctx.options.ground;
    return ground ? mentionsOf(ground.text, ground.referenceDate) : undefined;
  }

  /**
   * a grounded language: `base` intersected with the candidate texts (numbers, dates the prompt
   * mentions), or `base` unchanged, counted as a miss, when none of them fits.
   */
  private grounded(
    base: Constraint,
    candidates: string[],
    wrap: (c: Constraint) => Constraint = (c) => c,
  ): { constraint: Constraint; budget: number } | undefined {
    const texts = [...new Set(candidates)];
    if (texts.length) {
      const constraint = intersect(base, literals(texts));
      try {
        checkConstraint(wrap(constraint));
        this.groundHits++;
        return { constraint, budget: Math.max(...texts.map(byteLength)) };
      } catch (error) {
        if (!ConstraintError.isInstance(error)) throw error;
      }
    }
    this.groundMisses++;
    return undefined;
  }

  /** the numbers the prompt mentions that a number schema's bounds allow, as JSON texts. */
  private numberCandidates(schema: SchemaObject, integerOnly: boolean): string[] {
    const mentions = this.mentions;
    const num = (key: string) => (typeof schema[key] === 'number' ? (schema[key] as number) : undefined);
    return mentions
      ? numberCandidates(mentions, {
          integer: integerOnly,
          minimum: num('minimum'),
          maximum: num('maximum'),
          exclusiveMinimum: num('exclusiveMinimum'),
          exclusiveMaximum: num('exclusiveMaximum'),
          multipleOf: num('multipleOf'),
        })
      : [];
  }

  /** the dates and times the prompt mentions, in the spellings a format may take. */
  private dateCandidates(format: string | undefined): string[] {
    const mentions = this.mentions;
    return mentions ? dateCandidates(mentions, format, format === 'time') : [];
  }

  /** whether expanding these $ref targets again goes past the recursion depth. */
  private tooDeep(refs: unknown[]): boolean {
    for (const ref of refs)
      if ((this.ctx.refDepth.get(ref) ?? 0) >= this.ctx.options.recursionDepth) return true;
    return false;
  }

  private enter(refs: unknown[]) {
    for (const ref of refs) this.ctx.refDepth.set(ref, (this.ctx.refDepth.get(ref) ?? 0) + 1);
  }

  private leave(refs: unknown[]) {
    for (const ref of refs) this.ctx.refDepth.set(ref, this.ctx.refDepth.get(ref)! - 1);
  }

  private fixedText(text: string) {
    if (!text) return;
    const last = this.ctx.segments.at(-1);
    if (last?.kind === 'fixed') this.ctx.segments[this.ctx.segments.length - 1] = fixed(last.text + text);
    else this.ctx.segments.push(fixed(text));
  }

  private addSlot(spec: Pick<SlotSpec, 'path' | 'constraint' | 'maxTokens' | 'optional'>): number {
    if (this.ctx.slots.length >= this.ctx.limits.maxSlots) throw new SlotLimit(this.ctx.limits.maxSlots);
    // built field by field: an object spread is slow on this hot path
    const slot: SlotSpec = {
      kind: 'slot',
      path: spec.path,
      constraint: spec.constraint,
      maxTokens: spec.maxTokens,
    };
    if (spec.optional !== undefined) slot.optional = spec.optional;
    this.ctx.segments.push(slot);
    this.ctx.slots.push(slot);
    if (spec.optional) this.ctx.report.optionalOffered++;
    return this.ctx.slots.length - 1;
  }

  private ws(depth: number): string {
    return this.ctx.options.pretty ? `\n${'  '.repeat(depth)}` : '';
  }

  /** the language of a scalar value's JSON text, with its budget; undefined when not scalar. */
  scalarLanguage(
    schema: SchemaObject,
    pointer: string,
  ): { constraint: Constraint; budget: number; quoted: boolean } {
    if (schema.const !== undefined) {
      const text = JSON.stringify(schema.const);
      return { constraint: literal(text), budget: byteLength(text), quoted: false };
    }
    if (Array.isArray(schema.enum)) {
      if (schema.enum.length === 0)
        throw new SchemaError({
          code: 'empty-language',
          pointer: `${pointer}/enum`,
          message: 'enum is empty: no value is valid',
        });
      const texts = [...new Set(schema.enum.map((value) => JSON.stringify(value)))];
      return { constraint: literals(texts), budget: Math.max(...texts.map(byteLength)), quoted: false };
    }
    const types = typesOf(schema).filter((t) => SCALAR_TYPES.has(t));
    const parts: Array<{ constraint: Constraint; budget: number }> = [];
    let emptyError: unknown;
    for (const type of types) {
      // a type whose keywords leave no value (an integer range with no integer) is left out of a type list
      try {
        parts.push(this.typeLanguage(type, schema, pointer));
      } catch (error) {
        if (!(SchemaError.isInstance(error) && error.code === 'empty-language')) throw error;
        emptyError = error;
      }
    }
    if (parts.length === 0)
      throw (
        emptyError ??
        new SchemaError({ code: 'empty-language', pointer, message: 'no scalar type is possible here' })
      );
    if (parts.length === 1)
      return { constraint: parts[0]!.constraint, budget: parts[0]!.budget, quoted: false };
    return {
      constraint: union(...parts.map((part) => part.constraint)),
      budget: Math.max(...parts.map((part) => part.budget)),
      quoted: false,
    };
  }

  private stringContent(schema: SchemaObject, pointer: string): { content: Constraint; budget: number } {
    const parts: Constraint[] = [];
    let budget = this.ctx.options.stringTokens;
    const format = typeof schema.format === 'string' ? schema.format : undefined;
    if (format !== undefined) {
      const source = FORMAT_REGEX[format];
      if (source) {
        parts.push(regex(source, 'u'));
        budget = FORMAT_BUDGET[format] ?? budget;
      } else {
        // an unknown format asserts nothing (the spec makes formats annotations by default)
        this.ctx.report.validationOnly.push(`${pointer}/format`);
      }
    }
    const patterns = [
      ...(typeof schema.pattern === 'string' ? [schema.pattern] : []),
      ...((schema['x-unmask-patterns'] as string[]) ?? []),
    ];
    for (const pattern of patterns) parts.push(patternConstraint(pattern, `${pointer}/pattern`));
    const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
    const max = typeof schema.maxLength === 'number' ? schema.maxLength : undefined;
    if (max !== undefined && min > max) {
      throw new SchemaError({
        code: 'empty-language',
        pointer,
        message: `minLength ${min} is greater than maxLength ${max}`,
      });
    }
    if (min > 0 || max !== undefined) {
      // an exact length automaton is cheap up to a few hundred characters; beyond that, validation
      // checks it. A format's automaton times a length counter costs far more: bounds the format
      // implies change nothing, others are exact up to FORMAT_EXACT_LENGTH characters
      const formatted = format !== undefined && FORMAT_REGEX[format] !== undefined;
      const exact = formatted ? FORMAT_EXACT_LENGTH : EXACT_LENGTH;
      const implied = formatted && formatImplies(format, min, max);
      if (!implied && (max ?? min) <= exact) parts.push(length(min, max));
      else if (!implied) {
        if (min > 0 && min <= exact) parts.push(length(min));
        this.ctx.report.validationOnly.push(`${pointer}/${min > exact ? 'minLength' : 'maxLength'}`);
      }
      // a declared maxLength sets the budget: a token per character when the automaton holds the
      // length exactly; beyond that, few enough tokens that even long tokens rarely pass it
      if (max !== undefined && format === undefined)
        budget =
          max <= EXACT_LENGTH
            ? max + 1
            : Math.min(LONG_STRING_TOKENS, Math.max(budget, Math.floor(max / LONG_TOKEN_CHARS)));
      if (min > 0) budget = Math.max(budget, Math.min(min + 2, 256));
    }
    const content =
      parts.length === 0 ? { kind: 'any' as const } : parts.length === 1 ? parts[0]! : intersect(...parts);
    if (this.ctx.options.ground) return this.groundString(content, format, pointer, budget);
    return { content: this.verbatim(content, format, pointer), budget: Math.max(1, budget) };
  }

  /**
   * a grounded string: a date, time or date-time format takes the ones the prompt mentions; any
   * other string is a copy of the prompt (as verbatim), or a date or time the prompt mentions when
   * its pattern takes one ("^\d\d:\d\d$" and "half past nine").
   */
  private groundString(content: Constraint, format: string | undefined, pointer: string, budget: number) {
    if (format !== undefined && REWRITTEN_FORMATS.has(format)) {
      const found = this.grounded(content, this.dateCandidates(format), jsonString);
      return found
        ? { content: found.constraint, budget: found.budget }
        : { content, budget: Math.max(1, budget) };
    }
    const source = this.ctx.options.ground!.text;
    // a copy of something: the empty string is in every text and says nothing
    const copy = copyOf(intersect(content, NON_EMPTY), source, { slot: jsonString });
    const dated =
      format === undefined ? this.grounded(content, this.dateCandidates(undefined), jsonString) : undefined;
    if ('kept' in copy) {
      if (dated) {
        // the date found counted as a hit; a copy that fits nothing is no miss then
        return { content: dated.constraint, budget: dated.budget };
      }
      this.groundMisses++;
      return { content, budget: Math.max(1, budget) };
    }
    this.groundHits++;
    for (const range of copy.lengths) {
      if (range.max !== undefined) this.ctx.report.validationOnly.push(`${pointer}/maxLength`);
      if (range.min > 0) this.ctx.report.validationOnly.push(`${pointer}/minLength`);
    }
    return {
      content: dated ? union(copy.constraint, dated.constraint) : copy.constraint,
      budget: Math.max(1, budget),
    };
  }

  /**
   * with `verbatimFrom`, a free-text string is a copy of that text as well (core's `copyOf`): it
   * keeps its pattern and format; a length range the automaton cannot carry goes to validation
   * (listed in validationOnly); a string no copy satisfies, or a text too long for the automaton
   * limits, keeps its own language, reported with the reason.
   */
  private verbatim(content: Constraint, format: string | undefined, pointer: string): Constraint {
    const source = this.ctx.options.verbatimFrom;
    if (source === undefined || (format !== undefined && REWRITTEN_FORMATS.has(format))) return content;
    const report = (this.ctx.report.verbatim ??= { kept: [] });
    const copy = copyOf(content, source, { slot: jsonString });
    if ('kept' in copy) {
      report.kept.push({ pointer, reason: copy.kept });
      return content;
    }
    for (const range of copy.lengths) {
      if (range.max !== undefined) this.ctx.report.validationOnly.push(`${pointer}/maxLength`);
      if (range.min > 0) this.ctx.report.validationOnly.push(`${pointer}/minLength`);
    }
    return copy.constraint;
  }

  private typeLanguage(
    type: JsonType,
    schema: SchemaObject,
    pointer: string,
  ): { constraint: Constraint; budget: number } {
    switch (type) {
      case 'string': {
        const { content, budget } = this.stringContent(schema, pointer);
        return { constraint: sequence(literal('"'), jsonString(content), literal('"')), budget: budget + 2 };
      }
      case 'integer': {
        const range = integerRange(schema);
        if (integerRangeEmpty(range))
          throw new SchemaError({
            code: 'empty-language',
            pointer,
            message: `no integer lies between the minimum and the maximum (${range.minimum} > ${range.maximum})`,
          });
        const digits = Math.max(range.minimum?.length ?? 0, range.maximum?.length ?? 0);
        if (this.ctx.options.ground) {
          const found = this.grounded(
            integerLanguage(range, schema.multipleOf),
            this.numberCandidates(schema, true),
          );
          if (found) return found;
        }
        return {
          constraint: integerLanguage(range, schema.multipleOf),
          budget:
            range.minimum !== undefined && range.maximum !== undefined
              ? digits
              : Math.max(digits, this.ctx.options.numberTokens),
        };
      }
      case 'number':
        if (numberRangeEmpty(schema))
          throw new SchemaError({
            code: 'empty-language',
            pointer,
            message: 'no number lies between the minimum and the maximum',
          });
        if (decimalPlaces(schema.multipleOf) === 0 && integerRangeEmpty(integerRange(schema)))
          throw new SchemaError({
            code: 'empty-language',
            pointer,
            message: `no multiple of ${schema.multipleOf} lies between the minimum and the maximum`,
          });
        if (this.ctx.options.ground) {
          const found = this.grounded(numberLanguage(schema), this.numberCandidates(schema, false));
          if (found) return found;
        }
        return { constraint: numberLanguage(schema), budget: this.ctx.options.numberTokens + 4 };
      case 'boolean':
        this.choiceTypes++;
        return { constraint: literals(['true', 'false']), budget: 5 };
      case 'null':
        this.choiceTypes++;
        return { constraint: literal('null'), budget: 4 };
      default:
        throw new SchemaError({ code: 'unsupported', pointer, message: `type ${type} is not scalar` });
    }
  }

  /**
   * emit a value. `prefix` is the separator/key text written before it; `optional` makes
   * every slot of the value absent-able (the member's presence is decided by its first slot).
   */
  value(
    input: unknown,
    pointer: string,
    path: string,
    depth: number,
    prefix: string,
    optional: boolean,
  ): Emitted {
    this.spend(1);
    const { schema: normalised, refs } = normalise(this.ctx, input, pointer);
    if (this.tooDeep(refs))
      throw new Unrepresentable(`recursion deeper than ${this.ctx.options.recursionDepth} at ${pointer}`);
    if (normalised === false) throw new Unrepresentable(`false schema at ${pointer}`);
    const schema: SchemaObject = normalised === true ? {} : normalised;
    this.enter(refs);
    try {
      auditKeywords(this.ctx, schema, pointer);
      // a known value (a form field a person filled) is written as it is, unless it is an object
      // of some of the members of an object schema: those are written, the rest filled
      const known = this.knownAt(path);
      if (known !== undefined && !(isObject(known.value) && typesOf(schema).includes('object'))) {
        this.fixedText(prefix + JSON.stringify(known.value));
        return { node: { kind: 'const', value: known.value } };
      }
      return this.valueOf(schema, pointer, path, depth, prefix, optional);
    } finally {
      this.leave(refs);
    }
  }

  private valueOf(
    schema: SchemaObject,
    pointer: string,
    path: string,
    depth: number,
    prefix: string,
    optional: boolean,
  ): Emitted {
    // const and enum of composite values: written whole (const) or chosen whole (enum)
    if (schema.const !== undefined && !optional && (isObject(schema.const) || Array.isArray(schema.const))) {
      this.fixedText(prefix + JSON.stringify(schema.const));
      return { node: { kind: 'const', value: schema.const } };
    }
    const branches = (
      Array.isArray(schema.anyOf) ? 'anyOf' : Array.isArray(schema.oneOf) ? 'oneOf' : undefined
    ) as 'anyOf' | 'oneOf' | undefined;
    if (branches) return this.union(schema, branches, pointer, path, depth, prefix, optional);
    const types = typesOf(schema);
    // a schema that says nothing of its type: offered as a scalar (any scalar is a valid instance)
    const untyped = types === ALL_TYPES;
    const composite =
      !untyped &&
      schema.const === undefined &&
      !Array.isArray(schema.enum) &&
      types.some((t) => !SCALAR_TYPES.has(t));
    const scalarOnly =
      types.every((t) => SCALAR_TYPES.has(t)) || schema.const !== undefined || Array.isArray(schema.enum);
    if (scalarOnly || !composite)
      return this.leaf(
        untyped ? this.untypedView(schema) : schema,
        pointer,
        path,
        prefix,
        optional,
        untyped && !SCALAR_KEYWORDS.some((keyword) => schema[keyword] !== undefined),
      );
    // a composite type: prefer object, then array (scalars are dropped from a mixed type list)
    if (types.includes('object')) return this.object(schema, pointer, path, depth, prefix, optional);
    return this.array(schema, pointer, path, depth, prefix, optional);
  }

  private leaf(
    schema: SchemaObject,
    pointer: string,
    path: string,
    prefix: string,
    optional: boolean,
    anyValue = false,
  ): Emitted {
    const plans = this.ctx.leaves[anyValue ? 1 : 0];
    const known = plans.get(schema);
    let plan: Omit<LeafPlan, 'notes'>;
    if (known) {
      plan = known;
      for (const note of known.notes) this.ctx.report.validationOnly.push(pointer + note);
    } else {
      const noted = this.ctx.report.validationOnly.length;
      plan = this.leafPlan(schema, pointer, anyValue);
      const notes = this.ctx.report.validationOnly.slice(noted);
      // kept when what it noted is relative to this leaf (it always is, today)
      if (notes.every((note) => note.startsWith(pointer)))
        plans.set(schema, { ...plan, notes: notes.map((note) => note.slice(pointer.length)) });
    }
    if (plan.ungrounded) {
      // nothing in the prompt for it: absent when it may be, else generated and said so
      if (optional) throw new Unrepresentable(`the prompt holds no value for ${pointer}`);
      (this.ctx.report.ground ??= { generated: [] }).generated.push(pointer);
    }
    if (!optional && plan.string) {
      // quotes are structure: written by the SDK
      this.fixedText(`${prefix}"`);
      const slot = this.addSlot({
        path,
        constraint: jsonString(plan.string.content),
        maxTokens: plan.string.budget,
      });
      this.fixedText('"');
      return { node: { kind: 'leaf', slot, before: '"', after: '"', path } };
    }
    // the separator and key are fixed text, so that the model sees which member the slot is (an
    // absent optional member leaves them in the canvas; decode goes by the nodes, not the text)
    this.fixedText(prefix);
    const slot = this.addSlot({
      path,
      constraint: plan.constraint,
      maxTokens: plan.budget,
      ...(optional ? { optional } : {}),
    });
    return { node: { kind: 'leaf', slot, before: '', after: '', path } };
  }

  /** an untyped schema with the scalar types, the same object each time (leaf plans go by identity). */
  private untypedView(schema: SchemaObject): SchemaObject {
    let view = this.ctx.untyped.get(schema);
    if (!view)
      this.ctx.untyped.set(schema, (view = { ...schema, type: ['string', 'number', 'boolean', 'null'] }));
    return view;
  }

  private leafPlan(schema: SchemaObject, pointer: string, anyValue: boolean): Omit<LeafPlan, 'notes'> {
    this.groundMisses = 0;
    this.groundHits = 0;
    this.choiceTypes = 0;
    const scalar = this.scalarLanguage(schema, pointer);
    // a value the schema says nothing of: a scalar, or an array or object of scalars
    const language = anyValue
      ? {
          constraint: union(scalar.constraint, SHALLOW_CONTAINER),
          budget: Math.max(scalar.budget, 2 * this.ctx.options.stringTokens),
        }
      : scalar;
    if (mayFail(schema)) checkPatterns(schema, language.constraint, pointer);
    const stringOnly =
      !schema.enum && schema.const === undefined && typesOf(schema).every((t) => t === 'string');
    const string = stringOnly ? this.stringContent(schema, pointer) : undefined;
    // every grounded type of the leaf found nothing, and it has no chosen type (boolean, null)
    const ungrounded = this.groundMisses > 0 && this.groundHits === 0 && this.choiceTypes === 0;
    return {
      constraint: language.constraint,
      budget: language.budget,
      ...(string ? { string } : {}),
      ...(ungrounded ? { ungrounded } : {}),
    };
  }

  private union(
    schema: SchemaObject,
    keyword: 'anyOf' | 'oneOf',
    pointer: string,
    path: string,
    depth: number,
    prefix: string,
    optional: boolean,
  ): Emitted {
    let parts = this.ctx.unions.get(schema);
    if (!parts) {
      const { [keyword]: _list, ...rest } = schema;
      this.ctx.unions.set(schema, (parts = { rest, merged: [], withAbsent: new Map() }));
    }
    const branches: SchemaObject[] = [];
    const branchRefs: unknown[][] = [];
    /** the index in the keyword's list of each branch kept. */
    const branchIndex: number[] = [];
    /** each branch kept as it is without the union's other keywords. */
    const branchTargets: unknown[] = [];
    const list = schema[keyword] as unknown[];
    // a union the compiler made of an if/then chain: its branches point at the thens
    const made = this.ctx.branchPointers.get(list);
    const branchPointer = (k: number) => made?.[k] ?? pointerJoin(pointer, keyword, k);
    for (const [k, branch] of list.entries()) {
      const inner = normalise(this.ctx, branch, branchPointer(k));
      if (inner.schema === false) continue;
      if (this.tooDeep(inner.refs)) continue;
      let merged = parts.merged[k];
      // merged once: the same union is met again and again (items, entries, unrolled recursion, retries)
      if (merged === undefined) parts.merged[k] = merged = mergeBranch(this.ctx, parts.rest, inner, pointer);
      if (merged === null) continue;
      branches.push(merged.schema);
      branchRefs.push(merged.refs);
      branchIndex.push(k);
      branchTargets.push(inner.schema);
    }
    if (branches.length === 0)
      throw new Unrepresentable(
        `no branch of ${keyword} at ${pointer} can hold a value within the recursion depth`,
      );
    if (keyword === 'oneOf') {
      this.ctx.report.validationOnly.push(`${pointer}/oneOf`);
      // a branch does not offer the properties only the other branches require, so that a value of
      // it does not match them too (oneOf [{required: [a]}, {required: [b]}])
      const requiredOf = branches.map(
        (branch) => new Set(Array.isArray(branch.required) ? (branch.required as string[]) : []),
      );
      for (const [k, branch] of branches.entries()) {
        const absent = requiredOf.flatMap((names, j) =>
          j === k ? [] : [...names].filter((name) => !requiredOf[k]!.has(name)),
        );
        if (!absent.length) continue;
        let byNames = parts.withAbsent.get(branch);
        if (!byNames) parts.withAbsent.set(branch, (byNames = new Map()));
        const names = absent.join('\u0000');
        let narrowed = byNames.get(names);
        if (!narrowed) byNames.set(names, (narrowed = { ...branch, [ABSENT]: absent }));
        branches[k] = narrowed;
      }
    }
    const scalar = branches.every(
      (branch) =>
        !Array.isArray(branch.anyOf) &&
        !Array.isArray(branch.oneOf) &&
        typesOf(branch).every((t) => SCALAR_TYPES.has(t)),
    );
    if (scalar) {
      // one slot whose language is the union of the branches; a branch with no value is left out
      const parts: Array<{ constraint: Constraint; budget: number }> = [];
      let emptyError: unknown;
      for (const [k, branch] of branches.entries()) {
        try {
          const part = this.scalarLanguage(branch, branchPointer(branchIndex[k]!));
          if (mayFail(branch)) checkPatterns(branch, part.constraint, branchPointer(branchIndex[k]!));
          parts.push(part);
        } catch (error) {
          if (!(SchemaError.isInstance(error) && error.code === 'empty-language')) throw error;
          emptyError = error;
        }
      }
      if (parts.length === 0) throw emptyError;
      const language = {
        constraint: union(...parts.map((part) => part.constraint)),
        budget: Math.max(...parts.map((part) => part.budget)),
      };
      this.fixedText(prefix);
      const slot = this.addSlot({
        path,
        constraint: language.constraint,
        maxTokens: language.budget,
        optional,
      });
      return { node: { kind: 'leaf', slot, before: '', after: '', path } };
    }
    // composite branches: one is offered, the one asked for (options.branches, chosen by the model
    // in generateObject) or else the first that compiles; any value of it satisfies anyOf, oneOf
    // is checked by validation
    const mark = this.mark();
    let lastError: unknown;
    const asked = this.ctx.options.branches?.[pointer];
    const order = [...branches.keys()];
    const at = asked === undefined ? -1 : branchIndex.indexOf(asked);
    if (at > 0) order.unshift(...order.splice(at, 1));
    const unions = (this.ctx.report.unions ??= []);
    const plain = Object.keys(parts.rest).every((key) => ANNOTATIONS.has(key));
    const expansions = this.ctx.options.branches ? undefined : this.expansionKey();
    for (const k of order) {
      const branch = branches[k]!;
      const refs = branchRefs[k]!;
      // what the branch's size depends on (not known when branches are asked for by pointer)
      const sizeKey =
        expansions === undefined
          ? undefined
          : `${this.idOf(plain && branch === parts.merged[branchIndex[k]!]?.schema ? branchTargets[k]! : branch)}|${optional}|${expansions}`;
      const left = this.ctx.limits.maxSlots - this.ctx.slots.length;
      if (sizeKey !== undefined && left <= (this.ctx.fullBranches.get(sizeKey) ?? -1)) {
        lastError = new SlotLimit(this.ctx.limits.maxSlots);
        continue;
      }
      this.enter(refs);
      try {
        const emitted = this.valueOf(branch, branchPointer(branchIndex[k]!), path, depth, prefix, optional);
        // reported once per union (the same union met again, in items or unrolled levels, offers the same branch)
        if (!unions.some((u) => u.pointer === pointer))
          unions.push({ pointer, keyword, candidates: branchIndex, chosen: branchIndex[k]! });
        return emitted;
      } catch (error) {
        if (
          !(error instanceof Unrepresentable) &&
          !(SchemaError.isInstance(error) && error.code !== 'invalid-schema')
        )
          throw error;
        if (error instanceof SlotLimit && this.ctx.stopWhenFull) throw error;
        if (error instanceof SlotLimit && sizeKey !== undefined)
          this.ctx.fullBranches.set(sizeKey, Math.max(left, this.ctx.fullBranches.get(sizeKey) ?? -1));
        lastError = error;
        this.restore(mark);
      } finally {
        this.leave(refs);
      }
    }
    // a union made of an if/then chain whose branches all fail: the chain is left to validation
    if (made && SchemaError.isInstance(lastError) && !(lastError instanceof SlotLimit)) {
      this.ctx.report.validationOnly.push(...made);
      return this.valueOf(parts.rest, pointer, path, depth, prefix, optional);
    }
    throw lastError;
  }

  private nextId = 0;

  private idOf(object: unknown): number | string {
    if (typeof object !== 'object' || object === null) return String(object);
    let id = this.ctx.ids.get(object);
    if (id === undefined) this.ctx.ids.set(object, (id = this.nextId++));
    return id;
  }

  /** the $ref targets being expanded, with their counts, as a key. */
  private expansionKey(): string {
    const open: string[] = [];
    for (const [ref, count] of this.ctx.refDepth) if (count > 0) open.push(`${this.idOf(ref)}:${count}`);
    return open.sort().join(',');
  }

  /** a composite member: presence slot (optional) or fixed prefix, the body, closing slot or fixed text. */
  private composite(
    open: string,
    close: string,
    prefix: string,
    optional: boolean,
    path: string,
    body: () => Omit<MemberNode, 'optional' | 'key'>['node'],
  ) {
    if (!optional) {
      this.fixedText(prefix + open);
      const node = body();
      this.fixedText(close);
      return { node } as Emitted & Partial<MemberNode>;
    }
    // the key stays fixed text (the model sees which member it is); the slot holds the bracket
    this.fixedText(prefix);
    const presenceText = open;
    const presence = this.addSlot({
      path,
      constraint: literal(presenceText),
      maxTokens: prefixBudget(presenceText),
      optional: true,
    });
    const node = body();
    const close_ = this.addSlot({
      path,
      constraint: literal(close),
      maxTokens: byteLength(close),
      optional: true,
    });
    return { node, presence, presenceText, close: close_, closeText: close } as Emitted & Partial<MemberNode>;
  }

  private object(
    schema: SchemaObject,
    pointer: string,
    path: string,
    depth: number,
    prefix: string,
    optional: boolean,
  ): Emitted {
    const properties = isObject(schema.properties) ? schema.properties : {};
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    const additional = schema.additionalProperties;
    const patternProperties = isObject(schema.patternProperties) ? schema.patternProperties : {};
    const absent = new Set((schema[ABSENT] as string[] | undefined) ?? []);
    const names = Object.keys(properties).filter((name) => !absent.has(name));
    // required names without a declared schema take the additional/pattern schema
    const extraSchemas = new Map<string, unknown>();
    for (const name of required) {
      if (Object.hasOwn(properties, name)) continue;
      const matching = Object.entries(patternProperties).find(([pattern]) => safeTest(pattern, name));
      if (matching) extraSchemas.set(name, matching[1]);
      else if (additional === false)
        throw new SchemaError({
          code: 'empty-language',
          pointer,
          message: `required property "${name}" is forbidden by additionalProperties: false`,
        });
      else extraSchemas.set(name, isObject(additional) ? additional : {});
      names.push(name);
    }
    // minProperties: make optional properties required, in order, until it can hold
    const minProperties = typeof schema.minProperties === 'number' ? schema.minProperties : 0;
    for (const name of names) {
      if (required.size >= minProperties) break;
      required.add(name);
    }
    const props: MemberNode[] = [];
    const entries: EntryNode[] = [];
    const body = (): ValueNode => {
      let first = true;
      for (const name of names) {
        const declared = Object.hasOwn(properties, name);
        const sub = declared ? properties[name] : extraSchemas.get(name);
        const subPointer = declared ? pointerJoin(pointer, 'properties', name) : pointer;
        // a known value is present, whatever the schema requires
        const isRequired = required.has(name) || this.knownAt(pointerJoin(path, name)) !== undefined;
        const memberPrefix = `${first ? '' : ','}${this.ws(depth + 1)}${quoted(name)}:${this.ctx.options.pretty ? ' ' : ''}`;
        const mark = this.mark();
        try {
          const emitted = this.member(
            sub,
            subPointer,
            pointerJoin(path, name),
            depth + 1,
            memberPrefix,
            optional || !isRequired,
          );
          props.push(memberNode(emitted, optional || !isRequired, !isRequired, name));
          first = false;
        } catch (error) {
          if (!(error instanceof Unrepresentable) || isRequired)
            throw error instanceof Unrepresentable
              ? new SchemaError({ code: 'unsupported', pointer: subPointer, message: error.message })
              : error;
          // an optional property that cannot be represented (false schema, deep recursion) is not offered
          this.restore(mark);
        }
      }
      // free-form entries: additionalProperties / patternProperties with a schema, or no properties at all
      const mapSchemas: Array<{
        key: Constraint;
        accepts: (key: string) => boolean;
        value: unknown;
        pointer: string;
      }> = [];
      // a pattern that matches the empty string matches every key (patterns are unanchored): its
      // schema holds for the values of every other pattern's entries too
      const everyKey = Object.entries(patternProperties).filter(([pattern]) => safeTest(pattern, ''));
      for (const [pattern, sub] of Object.entries(patternProperties)) {
        if (sub === false) continue;
        const also = everyKey.filter(([other]) => other !== pattern).map(([, schema]) => schema);
        mapSchemas.push({
          key: patternConstraint(pattern, pointerJoin(pointer, 'patternProperties', pattern)),
          accepts: (key) => safeTest(pattern, key),
          value: also.length ? { allOf: [sub, ...also] } : sub,
          pointer: pointerJoin(pointer, 'patternProperties', pattern),
        });
      }
      // unevaluatedProperties: false closes the object to what properties/patternProperties evaluate
      const closed =
        additional === undefined && schema.unevaluatedProperties === false && !evaluatesInPlace(schema);
      const freeForm =
        additional === undefined || additional === true
          ? names.length === 0 && mapSchemas.length === 0 && !closed
          : isObject(additional);
      if (freeForm && additional !== false) {
        // a key equal to a declared property is ignored when decoding (the declared one wins)
        mapSchemas.push({
          key: FREE_KEY,
          accepts: isFreeKey,
          value: isObject(additional) ? additional : {},
          pointer: isObject(additional) ? `${pointer}/additionalProperties` : pointer,
        });
      }
      const maxProperties =
        typeof schema.maxProperties === 'number' ? schema.maxProperties : Number.POSITIVE_INFINITY;
      let offered = 0;
      // free-form objects nested in free-form objects: entries offered two levels deep, then {}
      if (this.mapDepth >= 2) mapSchemas.length = 0;
      // entries per map: mapEntries, or as many as asked for this object (options.entries: growth)
      const perMap = this.ctx.options.entries?.[pointer] ?? this.ctx.options.mapEntries;
      /** every map offered all its entries (none stopped by maxProperties or an unrepresentable value) */
      let allOffered = mapSchemas.length > 0;
      this.mapDepth++;
      try {
        for (const map of mapSchemas) {
          let k = 0;
          for (; k < perMap && names.length + offered < maxProperties; k++, offered++) {
            const keyPrefix = `${first && k === 0 && map === mapSchemas[0] ? '' : ','}${this.ws(depth + 1)}`;
            const entryPath = pointerJoin(path, `*${entries.length}`);
            const mark = this.mark();
            try {
              const keyConstraint = entryKeyConstraint(keyPrefix, map.key, this.ctx.options.pretty);
              if (map.key !== FREE_KEY) checkLanguage(keyConstraint, map.pointer);
              const keySlot = this.addSlot({
                path: entryPath,
                constraint: keyConstraint,
                maxTokens: 10 + prefixBudget(keyPrefix),
                optional: true,
              });
              const emitted = this.member(map.value, map.pointer, entryPath, depth + 1, '', true);
              entries.push({
                keySlot,
                keyPrefix,
                keySuffix: this.ctx.options.pretty ? ': ' : ':',
                accepts: map.accepts,
                node: emitted.node,
                ...(emitted.presence !== undefined ? { member: memberNode(emitted, true, true) } : {}),
              });
            } catch (error) {
              if (
                !(error instanceof Unrepresentable) &&
                !(SchemaError.isInstance(error) && error.code === 'empty-language')
              )
                throw error;
              this.restore(mark);
              break;
            }
          }
          if (k < perMap) allOffered = false;
        }
      } finally {
        this.mapDepth--;
      }
      if (mapSchemas.length > 0 && perMap > 0)
        (this.ctx.report.maps ??= []).push({
          pointer,
          path,
          perMap,
          entries: entries.length,
          declared: names,
          more: allOffered && names.length + offered < maxProperties,
        });
      return { kind: 'object', path, props, entries };
    };
    return this.composite(
      '{',
      `${names.length || this.ctx.options.pretty ? this.ws(depth) : ''}}`,
      prefix,
      optional,
      path,
      body,
    );
  }

  /** a member (property, entry value or item) of any type. */
  private member(
    sub: unknown,
    pointer: string,
    path: string,
    depth: number,
    prefix: string,
    optional: boolean,
  ): Emitted & Partial<MemberNode> {
    return this.value(sub, pointer, path, depth, prefix, optional);
  }

  private array(
    schema: SchemaObject,
    pointer: string,
    path: string,
    depth: number,
    prefix: string,
    optional: boolean,
  ): Emitted {
    const tuple = Array.isArray(schema.prefixItems)
      ? schema.prefixItems
      : Array.isArray(schema.items)
        ? schema.items
        : [];
    let rest = Array.isArray(schema.prefixItems)
      ? schema.items
      : Array.isArray(schema.items)
        ? schema.additionalItems
        : schema.items;
    // unevaluatedItems: false with nothing else evaluating the rest: the tuple only (a subset, always valid)
    if (rest === undefined && schema.unevaluatedItems === false && !evaluatesInPlace(schema)) rest = false;
    const minItems = typeof schema.minItems === 'number' ? schema.minItems : 0;
    const maxItems = typeof schema.maxItems === 'number' ? schema.maxItems : Number.POSITIVE_INFINITY;
    if (minItems > maxItems)
      throw new SchemaError({
        code: 'empty-language',
        pointer,
        message: `minItems ${minItems} is greater than maxItems ${maxItems}`,
      });
    const restAllowed = rest !== false;
    // a small maxItems is offered whole; otherwise arrayItems items beyond the tuple (or the
    // number of items asked for this array in options.items)
    const asked = this.ctx.options.items?.[pointer];
    const bounded = maxItems - tuple.length <= 2 * this.ctx.options.arrayItems;
    const restItems = restAllowed
      ? asked !== undefined
        ? asked - tuple.length
        : bounded
          ? maxItems - tuple.length
          : this.ctx.options.arrayItems
      : 0;
    let count = Math.max(minItems, Math.min(maxItems, tuple.length + Math.max(0, restItems)));
    if (!restAllowed) count = Math.min(count, tuple.length);
    if (count < minItems)
      throw new SchemaError({
        code: 'empty-language',
        pointer,
        message: `minItems ${minItems} cannot be met: items beyond the ${tuple.length} of the tuple are forbidden`,
      });
    const items: MemberNode[] = [];
    const body = (): ValueNode => {
      for (let k = 0; k < count; k++) {
        const sub = k < tuple.length ? tuple[k] : rest === undefined || rest === true ? {} : rest;
        const subPointer =
          k < tuple.length
            ? pointerJoin(pointer, Array.isArray(schema.prefixItems) ? 'prefixItems' : 'items', k)
            : `${pointer}/items`;
        const itemOptional = optional || k >= minItems;
        // positional items (tuples) cannot be absent without shifting the rest: required up to the tuple
        const itemPrefix = `${k === 0 ? '' : ','}${this.ws(depth + 1)}`;
        const mark = this.mark();
        try {
          const emitted = this.member(
            sub,
            subPointer,
            pointerJoin(path, k),
            depth + 1,
            itemPrefix,
            itemOptional,
          );
          items.push(memberNode(emitted, itemOptional, k >= minItems));
        } catch (error) {
          if (!(error instanceof Unrepresentable) || !itemOptional)
            throw error instanceof Unrepresentable
              ? new SchemaError({ code: 'unsupported', pointer: subPointer, message: error.message })
              : error;
          this.restore(mark);
          break;
        }
      }
      // every item offered, and the schema allows more: generation may grow it (see grow.ts)
      (this.ctx.report.arrays ??= []).push({
        pointer,
        path,
        items: items.length,
        more: restAllowed && items.length === count && count < maxItems,
      });
      return { kind: 'array', path, items };
    };
    return this.composite(
      '[',
      `${count && this.ctx.options.pretty ? this.ws(depth) : ''}]`,
      prefix,
      optional,
      path,
      body,
    );
  }
}

/** most tokens offered to a string with a long maxLength. */
const LONG_STRING_TOKENS = 128;
/** characters a token may hold, for budgets of lengths the automaton does not hold. */
const LONG_TOKEN_CHARS = 8;
/** longest length bound held exactly by the automaton; longer ones are checked by validation. */
const EXACT_LENGTH = 64;
/** the longest exact length bound on a format (an email of at most 64 characters is over 4,000 states). */
const FORMAT_EXACT_LENGTH = 40;
const formatLengths = new Map<string, { min: number; max: number }>();
/** whether a format's own texts already lie within [min, max] characters. */
function formatImplies(format: string, min: number, max: number | undefined): boolean {
  let range = formatLengths.get(format);
  if (!range) {
    range = constraintLengthRange(regex(FORMAT_REGEX[format]!, 'u'));
    formatLengths.set(format, range);
  }
  return min <= range.min && (max ?? Number.POSITIVE_INFINITY) >= range.max;
}

/** property names as JSON strings: the same names are written again and again. */
const quotedNames = new Map<string, string>();
function quoted(name: string): string {
  let text = quotedNames.get(name);
  if (text === undefined) {
    if (quotedNames.size >= 4096) quotedNames.clear();
    quotedNames.set(name, (text = JSON.stringify(name)));
  }
  return text;
}

/** the token budget the compiler gives a slot's literal prefix (about 2 bytes a token); buildSchemaCanvas grows it for tokenizers that need more. */
export const prefixBudget = (prefix: string) => (prefix ? Math.ceil(byteLength(prefix) / 2) + 1 : 0);

/** a pattern read in unicode mode, else in legacy mode (`\\-` and the like), with its constraint; or why it is invalid. */
type PatternEntry = { regExp: RegExp; constraint?: Constraint } | { invalid: unknown };
const patterns = new Map<string, PatternEntry>();
const PATTERN_CACHE_SIZE = 1024;

/** patterns are met again and again (items, entries, retries): each is read once. */
function patternEntry(pattern: string): PatternEntry {
  let entry = patterns.get(pattern);
  if (entry) return entry;
  try {
    entry = { regExp: new RegExp(pattern, 'u') };
  } catch {
    try {
      entry = { regExp: new RegExp(pattern) };
    } catch (cause) {
      entry = { invalid: cause };
    }
  }
  if (patterns.size >= PATTERN_CACHE_SIZE) patterns.delete(patterns.keys().next().value!);
  patterns.set(pattern, entry);
  return entry;
}

function safeTest(pattern: string, text: string): boolean {
  const entry = patternEntry(pattern);
  return 'regExp' in entry && entry.regExp.test(text);
}

/** a JSON Schema pattern (unanchored: the value contains a match) as a constraint on the decoded string. */
function patternConstraint(pattern: string, pointer: string): Constraint {
  const entry = patternEntry(pattern);
  if ('invalid' in entry)
    throw new SchemaError({
      code: 'invalid-schema',
      pointer,
      message: `pattern /${pattern}/ is not a valid regular expression`,
      cause: entry.invalid,
    });
  entry.constraint ??= regex(unanchored(pattern), entry.regExp.unicode ? 'u' : '');
  return entry.constraint;
}

/**
 * the full-match regex of "contains a match of `pattern`": each top-level alternative gets `[^]*`
 * on the sides it is not anchored (`^dev|beta|rc$` is `dev[^]*|[^]*beta[^]*|[^]*rc`), so that
 * anchors inside an alternation are honoured exactly; alternatives anchored alike are grouped
 * (`a|b` is `[^]*(?:a|b)[^]*`).
 */
export function unanchored(pattern: string): string {
  // without backreferences, a group that is a whole alternative is that alternative's alternatives
  // (`^$|(^\d+$)` is `^$|^\d+$`): its anchors are then read as the top level's
  const unwrap = !/\\[1-9]|\\k</.test(pattern);
  const alternatives = topAlternatives(pattern, unwrap);
  const endsWithAnchor = (text: string) => {
    if (!text.endsWith('$')) return false;
    let escapes = 0;
    for (let i = text.length - 2; i >= 0 && text[i] === '\\'; i--) escapes++;
    return escapes % 2 === 0;
  };
  // alternatives anchored alike share their [^]* sides: `[^]*(?:a|b)[^]*`, not `[^]*a[^]*|[^]*b[^]*`
  // (the same language; the second makes every automaton state a set of all the branches' loops)
  const groups = new Map<string, string[]>();
  for (const alternative of alternatives) {
    let body = alternative;
    const head = body.startsWith('^') ? '' : '[^]*';
    if (!head) body = body.slice(1);
    const tail = endsWithAnchor(body) ? '' : '[^]*';
    if (!tail) body = body.slice(0, -1);
    const sides = `${head}|${tail}`;
    const group = groups.get(sides);
    if (group) group.push(body);
    else groups.set(sides, [body]);
  }
  return [...groups]
    .map(([sides, bodies]) => {
      const [head, tail] = sides.split('|');
      return `${head}(?:${bodies.join('|')})${tail}`;
    })
    .join('|');
}

/** the top-level alternatives of a pattern; with `unwrap`, a whole-alternative group gives its own. */
function topAlternatives(pattern: string, unwrap: boolean): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  /** where the alternative's first top-level group closes */
  let firstClose = -1;
  const close = (end: number) => {
    const alternative = pattern.slice(start, end);
    const inner =
      unwrap && pattern[start] === '(' && firstClose === end - 1 ? groupBody(alternative) : undefined;
    if (inner === undefined) alternatives.push(alternative);
    else alternatives.push(...topAlternatives(inner, unwrap));
  };
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') {
      depth--;
      if (depth === 0 && firstClose === -1) firstClose = i;
    } else if (char === '|' && depth === 0) {
      close(i);
      start = i + 1;
      firstClose = -1;
    }
  }
  close(pattern.length);
  return alternatives;
}

/** the body of a plain, capturing or named group (not a lookaround); undefined for anything else. */
function groupBody(group: string): string | undefined {
  if (!group.startsWith('(') || !group.endsWith(')')) return undefined;
  if (!group.startsWith('(?')) return group.slice(1, -1);
  if (group.startsWith('(?:')) return group.slice(3, -1);
  const named = /^\(\?<([A-Za-z_$][\w$]*)>/.exec(group);
  return named ? group.slice(named[0].length, -1) : undefined;
}

function integerRange(schema: SchemaObject): { minimum?: string; maximum?: string } {
  const bound = (value: unknown, exclusive: unknown, up: boolean): string | undefined => {
    let result: number | undefined;
    if (typeof value === 'number') result = up ? Math.ceil(value) : Math.floor(value);
    // draft-04 boolean exclusivity
    if (exclusive === true && typeof value === 'number' && Number.isInteger(value))
      result = up ? value + 1 : value - 1;
    if (typeof exclusive === 'number') {
      const strict = up ? Math.floor(exclusive) + 1 : Math.ceil(exclusive) - 1;
      result = result === undefined ? strict : up ? Math.max(result, strict) : Math.min(result, strict);
    }
    if (result === undefined || !Number.isFinite(result)) return undefined;
    return BigInt(result).toString();
  };
  const minimum = bound(schema.minimum, schema.exclusiveMinimum, true);
  const maximum = bound(schema.maximum, schema.exclusiveMaximum, false);
  return { ...(minimum !== undefined ? { minimum } : {}), ...(maximum !== undefined ? { maximum } : {}) };
}

/** whether the bounds of a number leave nothing (draft-04 boolean and 2020 numeric exclusivity). */
function numberRangeEmpty(schema: SchemaObject): boolean {
  let lower = Number.NEGATIVE_INFINITY;
  let lowerStrict = false;
  let upper = Number.POSITIVE_INFINITY;
  let upperStrict = false;
  if (typeof schema.minimum === 'number') {
    lower = schema.minimum;
    lowerStrict = schema.exclusiveMinimum === true;
  }
  if (typeof schema.exclusiveMinimum === 'number' && schema.exclusiveMinimum >= lower) {
    lower = schema.exclusiveMinimum;
    lowerStrict = true;
  }
  if (typeof schema.maximum === 'number') {
    upper = schema.maximum;
    upperStrict = schema.exclusiveMaximum === true;
  }
  if (typeof schema.exclusiveMaximum === 'number' && schema.exclusiveMaximum <= upper) {
    upper = schema.exclusiveMaximum;
    upperStrict = true;
  }
  return lower > upper || (lower === upper && (lowerStrict || upperStrict));
}

/**
 * the decimal places of a `multipleOf` (0.01: 2, 1.5: 1, 1e-8: 8, 5: 0): every multiple of it is
 * written with at most that many; undefined when it is not a positive finite number.
 */
function decimalPlaces(step: unknown): number | undefined {
  if (typeof step !== 'number' || !Number.isFinite(step) || step <= 0) return undefined;
  const [mantissa, exponent] = step.toExponential().split('e');
  return Math.max(0, (mantissa!.split('.')[1]?.length ?? 0) - Number(exponent));
}

/**
 * the decimal integers that are multiples of an integer `multipleOf` decided by their last digits
 * (a divisor of 1000: 2, 4, 5, 8, 10, 20, 25, 50, 100, 125, …), as a language to intersect with the
 * integer range (which keeps the texts canonical); undefined for other steps (3, 7, 1.5: left to
 * validation).
 */
function integerMultiples(step: unknown): Constraint | undefined {
  if (typeof step !== 'number' || !Number.isInteger(step) || step <= 1) return undefined;
  let places = 1;
  while (places <= 3 && 10 ** places % step !== 0) places++;
  if (places > 3) return undefined;
  const endings: string[] = [];
  for (let r = 0; r < 10 ** places; r += step) endings.push(String(r).padStart(places, '0'));
  // shorter texts: the multiples below 10^(places-1), written as they are
  const short: string[] = [];
  for (let r = 0; r < 10 ** (places - 1); r += step) short.push(String(r));
  return regex(`-?(?:\\d*(?:${endings.join('|')})${short.length ? `|${short.join('|')}` : ''})`);
}

/** whether an integer range holds no integer. */
const integerRangeEmpty = (range: { minimum?: string; maximum?: string }): boolean =>
  range.minimum !== undefined && range.maximum !== undefined && BigInt(range.minimum) > BigInt(range.maximum);

/** the integers of a range, the multiples of `multipleOf` among them where the last digits tell. */
function integerLanguage(range: { minimum?: string; maximum?: string }, multipleOf: unknown): Constraint {
  const multiples = integerMultiples(multipleOf);
  return multiples ? intersect(integer(range), multiples) : integer(range);
}

/**
 * JSON numbers as JSON.stringify writes them (up to 21 whole digits, 17 fraction digits, `e±n`
 * beyond); with bounds, the whole part is held to the range (the fraction is checked by
 * validation) and no exponent is offered. The slot's token budget bounds the length.
 */
function numberLanguage(schema: SchemaObject): Constraint {
  const tighter = (a: unknown, b: unknown, pick: (x: number, y: number) => number) =>
    typeof a === 'number' ? (typeof b === 'number' ? pick(a, b) : a) : typeof b === 'number' ? b : undefined;
  const min = tighter(schema.minimum, schema.exclusiveMinimum, Math.max);
  const max = tighter(schema.maximum, schema.exclusiveMaximum, Math.min);
  // a multipleOf bounds the fraction digits (0.01: at most two; an integer step: none) and rules out
  // exponents (kept below 1e-6, which JSON.stringify writes as 1e-7); 10^-k is then exact, other
  // steps (0.25, 1.5, 3) are checked by validation
  const places = decimalPlaces(schema.multipleOf);
  if (places === 0) return integerLanguage(integerRange(schema), schema.multipleOf);
  const fractionDigits = places === undefined || places > 17 ? '1,17' : `1,${places}`;
  if (min === undefined && max === undefined)
    return regex(
      `-?(?:0|[1-9]\\d{0,20})(?:\\.\\d{${fractionDigits}})?${places === undefined || places > 6 ? '(?:e[+-]\\d{1,3})?' : ''}`,
    );
  const fraction = regex(`\\.\\d{${fractionDigits}}`);
  // bounds as exact integer texts (1e21 is not an integer text)
  const range = (lo: number | undefined, hi: number | undefined) =>
    integer({
      ...(lo !== undefined ? { minimum: BigInt(lo) } : {}),
      ...(hi !== undefined ? { maximum: BigInt(hi) } : {}),
    });
  const parts: Constraint[] = [];
  // whole numbers in [ceil(min), floor(max)]
  const lo = min === undefined ? undefined : Math.ceil(min);
  const hi = max === undefined ? undefined : Math.floor(max);
  if (lo === undefined || hi === undefined || lo <= hi) parts.push(range(lo, hi));
  // decimals: the written whole part is trunc(value), in [trunc(min), trunc(max)]; positive and
  // negative values (written -w.f, -0.f included) are two languages
  if (max === undefined || max > 0) {
    const wholeLo = Math.max(0, min === undefined ? 0 : Math.trunc(min));
    parts.push(sequence(range(wholeLo, max === undefined ? undefined : Math.trunc(max)), fraction));
  }
  if (min === undefined || min < 0) {
    const wholeLo = Math.max(0, max === undefined ? 0 : -Math.trunc(max));
    parts.push(
      sequence(literal('-'), range(wholeLo, min === undefined ? undefined : -Math.trunc(min)), fraction),
    );
  }
  return parts.length === 1 ? parts[0]! : union(...parts);
}

/** keywords that speak of scalars only: an untyped schema with one of them is offered as a scalar. */
const SCALAR_KEYWORDS = [
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'x-unmask-patterns',
];

/** a JSON array or object whose members are scalars (compact): what an untyped value may be besides a scalar. */
const JSON_STRING_TEXT = String.raw`"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"`;
const JSON_SCALAR_TEXT = `(?:${JSON_STRING_TEXT}|-?(?:0|[1-9]\\d{0,20})(?:\\.\\d{1,17})?(?:e[+-]\\d{1,3})?|true|false|null)`;
const SHALLOW_CONTAINER = regex(
  `\\[(?:${JSON_SCALAR_TEXT}(?:,${JSON_SCALAR_TEXT})*)?\\]|\\{(?:${JSON_STRING_TEXT}:${JSON_SCALAR_TEXT}(?:,${JSON_STRING_TEXT}:${JSON_SCALAR_TEXT})*)?\\}`,
  'u',
);

/** keys offered for free-form objects. */
/**
 * a free-form key: any non-empty text without control characters ("Content-Type", "/users",
 * "2.0.0", "*.py"); its slot's token budget bounds its length.
 */
const FREE_KEY = regex('[^\\u0000-\\u001f]+', 'u');
/** whether a key is in FREE_KEY's language. */
const isFreeKey = (key: string): boolean => key.length > 0 && ![...key].some((c) => c.charCodeAt(0) < 0x20);
const entryKeys = new Map<string, Map<Constraint, Constraint>>();

/** the constraint of an entry's key slot (separator, quoted key, colon); one object per (prefix, key language). */
function entryKeyConstraint(prefix: string, key: Constraint, pretty: boolean): Constraint {
  const head = `${prefix}"`;
  let byKey = entryKeys.get(head + pretty);
  if (!byKey) entryKeys.set(head + pretty, (byKey = new Map()));
  let constraint = byKey.get(key);
  if (!constraint)
    byKey.set(
      key,
      (constraint = sequence(literal(head), jsonString(key), literal(`":${pretty ? ' ' : ''}`))),
    );
  return constraint;
}

/** whether a leaf's constraint can be empty or unsupported (patterns): only then is it compiled while compiling the schema. */
function mayFail(schema: SchemaObject): boolean {
  return typeof schema.pattern === 'string' || Array.isArray(schema['x-unmask-patterns']);
}

/**
 * a leaf constraint with patterns, checked when the compiler meets it: the regex parsed, its
 * assertions applied, the language not empty, without determinising (core checkConstraint, which
 * remembers what it passed; the byte automata of these and of every other constraint are built
 * with the canvas, where one over the state limit is a typed error naming its slot).
 */
function checkPatterns(schema: SchemaObject, constraint: Constraint, pointer: string) {
  // a construct the automaton cannot honour is the pattern's; an empty language is the whole value's
  checkLanguage(
    constraint,
    pointer,
    typeof schema.pattern === 'string' ? `${pointer}/pattern` : `${pointer}/allOf`,
  );
}

function checkLanguage(constraint: Constraint, pointer: string, unsupportedPointer = pointer) {
  try {
    checkConstraint(constraint);
  } catch (error) {
    if (ConstraintError.isInstance(error)) {
      const empty = error.code === 'empty-language';
      throw new SchemaError({
        code: empty ? 'empty-language' : 'unsupported',
        pointer: empty ? pointer : unsupportedPointer,
        message: error.message,
        cause: error,
      });
    }
    throw error;
  }
}

/** compile a JSON Schema to a layout and the means to read values back. */
export function compileJsonSchema<T = unknown>(
  schema: JsonSchema,
  options: SchemaCompileOptions = {},
  validate?: (value: unknown) => Issue[],
): CompiledSchema<T> {
  checkCompileOptions(options);
  checkSchemaBounds(schema, options.limits);
  const document: DocumentCache = {
    root: schema,
    anchors: collectAnchors(schema),
    refTargets: new Map(),
    normalised: new WeakMap(),
    unions: new WeakMap(),
    leaves: [new WeakMap(), new WeakMap()],
    untyped: new WeakMap(),
    branchPointers: new WeakMap(),
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

/** one attempt, with one offering (items, entries, unrolled levels). */
/** whether a smaller offering is tried when the default one runs out of slots. */
const reducible = (options: SchemaCompileOptions) =>
  options.arrayItems === undefined && options.recursionDepth === undefined;

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
    root = new Compiler(ctx).value(document.root, '#', '', 0, '', false).node;
  } catch (error) {
    if (error instanceof Unrepresentable)
      throw new SchemaError({ code: 'empty-language', pointer: '#', message: error.message });
    throw error;
  }
  ctx.report.slots = ctx.slots.length;
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

const slotTextOf = (canvas: Canvas, k: number) => (slotIsAbsent(canvas, k) ? undefined : slotText(canvas, k));

/** a composite present on the canvas with a required part missing: read as absent where it may be. */
const INCOMPLETE = Symbol('incomplete');

/**
 * the value of a node on a filled canvas; undefined for an absent member, INCOMPLETE for an
 * object or array whose required parts are not all there (its member is then left out, the
 * slots of an optional member being filled independently of each other).
 */
function decodeNode(node: ValueNode, canvas: Canvas): unknown {
  switch (node.kind) {
    case 'const':
      return node.value;
    case 'leaf': {
      const text = slotTextOf(canvas, node.slot);
      if (text === undefined) return undefined;
      return JSON.parse(node.before + text + node.after);
    }
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const member of node.props) {
        const inner = decodeMember(member, canvas);
        if (inner === undefined || inner === INCOMPLETE) {
          if (member.absentable === false) return INCOMPLETE;
          continue;
        }
        setOwn(value, member.key!, inner);
      }
      for (const entry of node.entries) {
        const keyText = slotTextOf(canvas, entry.keySlot);
        if (keyText === undefined) continue;
        const key = JSON.parse(keyText.slice(entry.keyPrefix.length).replace(/:\s*$/, ''));
        const inner = entry.member ? decodeMember(entry.member, canvas) : decodeNode(entry.node, canvas);
        if (inner !== undefined && inner !== INCOMPLETE && !Object.hasOwn(value, key))
          setOwn(value, key, inner);
      }
      return value;
    }
    case 'array': {
      const value: unknown[] = [];
      for (const member of node.items) {
        const inner = decodeMember(member, canvas);
        if (inner === undefined || inner === INCOMPLETE) {
          if (member.absentable === false) return INCOMPLETE;
          continue;
        }
        value.push(inner);
      }
      return value;
    }
  }
}

/** a member's value: undefined when its presence slot is pad, INCOMPLETE when its closing slot is. */
function decodeMember(member: MemberNode, canvas: Canvas): unknown {
  if (member.presence !== undefined && slotTextOf(canvas, member.presence) === undefined) return undefined;
  if (member.close !== undefined && slotTextOf(canvas, member.close) === undefined) return INCOMPLETE;
  return decodeNode(member.node, canvas);
}

/** the slots a node owns (for consistency checks and re-noise). */
export function nodeSlots(node: ValueNode, out: number[] = []): number[] {
  switch (node.kind) {
    case 'leaf':
      out.push(node.slot);
      break;
    case 'object':
      for (const member of node.props) {
        if (member.presence !== undefined) out.push(member.presence);
        nodeSlots(member.node, out);
        if (member.close !== undefined) out.push(member.close);
      }
      for (const entry of node.entries) {
        out.push(entry.keySlot);
        nodeSlots(entry.node, out);
      }
      break;
    case 'array':
      for (const member of node.items) {
        if (member.presence !== undefined) out.push(member.presence);
        nodeSlots(member.node, out);
        if (member.close !== undefined) out.push(member.close);
      }
      break;
  }
  return out;
}

/** write a value's slot texts; throws Unrepresentable when it does not fit the layout. */
function encodeNode(node: ValueNode, value: unknown, texts: Array<string | undefined>, absent: boolean) {
  switch (node.kind) {
    case 'const':
      if (!absent && !jsonEqual(node.value, value)) throw new Unrepresentable('const differs');
      return;
    case 'leaf':
      texts[node.slot] = absent ? undefined : encodeLeaf(node, value);
      return;
    case 'object': {
      if (!absent && !isObject(value)) throw new Unrepresentable('not an object');
      const object = (value ?? {}) as Record<string, unknown>;
      const used = new Set<string>();
      for (const member of node.props) {
        const present = !absent && member.key !== undefined && Object.hasOwn(object, member.key);
        if (!present && !member.optional) throw new Unrepresentable(`missing ${member.key}`);
        if (present) used.add(member.key!);
        encodeMember(member, present ? object[member.key!] : undefined, texts, !present);
      }
      const extra = absent ? [] : Object.keys(object).filter((key) => !used.has(key));
      // each extra key goes to the first free entry whose key language and value schema take it
      const taken = new Set<EntryNode>();
      for (const key of extra) {
        const fits = node.entries.find((entry) => {
          if (taken.has(entry) || !entry.accepts(key)) return false;
          try {
            encodeEntry(entry, object[key], texts, false);
            return true;
          } catch (error) {
            if (error instanceof Unrepresentable) return false;
            throw error;
          }
        });
        if (!fits) throw new Unrepresentable(`no entry can hold property ${key}`);
        taken.add(fits);
        texts[fits.keySlot] = `${fits.keyPrefix}${JSON.stringify(key)}${fits.keySuffix}`;
      }
      for (const entry of node.entries) {
        if (taken.has(entry)) continue;
        texts[entry.keySlot] = undefined;
        encodeEntry(entry, undefined, texts, true);
      }
      return;
    }
    case 'array': {
      if (!absent && !Array.isArray(value)) throw new Unrepresentable('not an array');
      const array = (value ?? []) as unknown[];
      if (array.length > node.items.length) throw new Unrepresentable('too many items');
      node.items.forEach((member, k) => {
        const present = !absent && k < array.length;
        if (!present && !member.optional) throw new Unrepresentable('too few items');
        encodeMember(member, array[k], texts, !present);
      });
      return;
    }
  }
}

function encodeEntry(entry: EntryNode, value: unknown, texts: Array<string | undefined>, absent: boolean) {
  if (entry.member) encodeMember(entry.member, value, texts, absent);
  else encodeNode(entry.node, value, texts, absent);
}

function encodeMember(member: MemberNode, value: unknown, texts: Array<string | undefined>, absent: boolean) {
  if (member.presence !== undefined) texts[member.presence] = absent ? undefined : member.presenceText;
  encodeNode(member.node, value, texts, absent);
  if (member.close !== undefined) texts[member.close] = absent ? undefined : member.closeText;
}

function encodeLeaf(node: Extract<ValueNode, { kind: 'leaf' }>, value: unknown): string {
  if (value === undefined) throw new Unrepresentable('missing value');
  const json = JSON.stringify(value);
  if (
    !json.startsWith(node.before) ||
    !json.endsWith(node.after) ||
    json.length < node.before.length + node.after.length
  ) {
    throw new Unrepresentable('wrong type');
  }
  return json.slice(node.before.length, json.length - node.after.length);
}
