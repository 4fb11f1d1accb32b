import { SchemaError } from '../errors/schema-error';
import { resolveRef, type SchemaObject } from '../resolve';
import type { Context, Normalised } from './context';
import { isObject, jsonEqual, pointerJoin, setOwn } from './json';
import { ANNOTATIONS } from './keywords';

/** merge a list of schemas that must all hold (allOf) into one, as far as structure goes. */
export function mergeSchemas(schemas: SchemaObject[], pointer: string): SchemaObject {
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
export function normalise(ctx: Context, input: unknown, pointer: string): Normalised {
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
export function mergeBranch(
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
