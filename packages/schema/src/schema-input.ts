import { type Canvas, type Issue, slotIsAbsent } from '@unmask/core';
import { z } from 'zod';
import { checkSchemaBounds, compileJsonSchema } from './compile';
import { SchemaError } from './errors/schema-error';
import { checkCompileOptions } from './options';
import type { CompiledSchema, JsonSchema, SchemaCompileOptions } from './types';
import { schemaValidator } from './validate';

/** a zod schema (v4). */
export type ZodSchema = z.ZodType;

export const isZodSchema = (schema: unknown): schema is ZodSchema =>
  typeof schema === 'object' &&
  schema !== null &&
  '_zod' in schema &&
  typeof (schema as { safeParse?: unknown }).safeParse === 'function';

/** what a schema input turns into: the compiled layout, plus the zod parse that gives the typed output. */
export interface PreparedSchema<T> {
  compiled: CompiledSchema<unknown>;
  jsonSchema: JsonSchema;
  /** the final typed value (zod transforms applied), or issues. */
  finalize(value: unknown): { value: T; issues: [] } | { value?: undefined; issues: Issue[] };
}

/**
 * the canvas check of a fill: decode with `compiled`, finalize with the prepared schema (ajv, zod);
 * the last value that passed is kept in `value`.
 */
export function valueCheck<T>(
  prepared: Pick<PreparedSchema<T>, 'finalize'>,
  compiled: Pick<CompiledSchema, 'decode'>,
) {
  const check = {
    value: undefined as T | undefined,
    validate: (filled: Canvas): Issue[] => {
      const result = prepared.finalize(compiled.decode(filled));
      if (result.issues.length === 0) check.value = result.value;
      return [...result.issues, ...result.issues.flatMap((issue) => presenceIssues(filled, issue))];
    },
  };
  return check;
}

/**
 * a value that several oneOf branches match: what tells branches apart is often an optional
 * member one branch constrains (a tag, a property only it declares), and the sparse value left it
 * out. The members absent at the value's path are offered again with absence banned, beside the
 * re-noise of the whole value the oneOf issue asks for.
 */
function presenceIssues(canvas: Canvas, issue: Issue): Issue[] {
  if (issue.code !== 'oneOf' || !Array.isArray(issue.params?.passingSchemas)) return [];
  const out: Issue[] = [];
  canvas.slots.forEach((slot, k) => {
    const path = slot.spec.path;
    if (
      !slot.spec.optional ||
      path.lastIndexOf('/') !== issue.path.length ||
      !path.startsWith(`${issue.path}/`)
    )
      return;
    if (!slotIsAbsent(canvas, k)) return;
    out.push({
      code: 'oneOf',
      path,
      slot: k,
      message: `${issue.path || '/'} matches several oneOf branches: ${path} is offered again, present`,
    });
  });
  return out;
}

/** compile a JSON Schema: ajv validates it first (its message, typed, when invalid). */
export function prepareJsonSchema<T = unknown>(
  schema: JsonSchema,
  options?: SchemaCompileOptions,
  /** filled with the time ajv took to compile its validator and the compiler took to build the layout. */
  timings?: { validatorMs?: number; layoutMs?: number },
): PreparedSchema<T> {
  if (
    typeof schema !== 'boolean' &&
    (typeof schema !== 'object' || schema === null || Array.isArray(schema))
  ) {
    throw new SchemaError({
      code: 'invalid-schema',
      pointer: '#',
      message: 'a JSON Schema must be an object or a boolean',
    });
  }
  // bounded before ajv walks it (recursively)
  const started = performance.now();
  checkCompileOptions(options);
  checkSchemaBounds(schema, options?.limits);
  const validate = schemaValidator(schema);
  const validated = performance.now();
  const compiled = compileJsonSchema(schema, options, validate);
  if (timings) {
    timings.validatorMs = validated - started;
    timings.layoutMs = performance.now() - validated;
  }
  return {
    compiled,
    jsonSchema: schema,
    finalize: (value) => {
      const issues = validate(value);
      return issues.length ? { issues } : { value: value as T, issues: [] };
    },
  };
}

/**
 * a zod schema's JSON Schema by the zod schema: generating again from the same zod schema reuses it,
 * and with it ajv's validator (compiled once per JSON Schema object).
 */
const zodJsonSchemas = new WeakMap<ZodSchema, JsonSchema>();

function zodJsonSchema(schema: ZodSchema): JsonSchema {
  let jsonSchema = zodJsonSchemas.get(schema);
  if (jsonSchema) return jsonSchema;
  try {
    jsonSchema = z.toJSONSchema(schema, {
      unrepresentable: 'throw',
      io: 'input',
      target: 'draft-2020-12',
    }) as JsonSchema;
  } catch (cause) {
    throw new SchemaError({
      code: 'unsupported',
      pointer: '#',
      message: `zod schema cannot be expressed as JSON Schema: ${(cause as Error).message}`,
      cause,
    });
  }
  zodJsonSchemas.set(schema, jsonSchema);
  return jsonSchema;
}

/** compile a zod schema through its JSON Schema; zod refinements and transforms run at validation. */
export function prepareZodSchema<S extends ZodSchema>(
  schema: S,
  options?: SchemaCompileOptions,
): PreparedSchema<z.output<S>> {
  checkCompileOptions(options);
  const jsonSchema = zodJsonSchema(schema);
  const zodIssues = (value: unknown): Issue[] => {
    const result = schema.safeParse(value);
    return result.success
      ? []
      : result.error.issues.map((issue) => ({
          code: issue.code,
          path: issue.path.length ? `/${issue.path.map(String).join('/')}` : '',
          message: issue.message,
        }));
  };
  checkSchemaBounds(jsonSchema, options?.limits);
  const validate = schemaValidator(jsonSchema);
  const compiled = compileJsonSchema(jsonSchema, options, (value) => [
    ...validate(value),
    ...zodIssues(value),
  ]);
  return {
    compiled,
    jsonSchema,
    finalize: (value) => {
      const result = schema.safeParse(value);
      if (result.success) return { value: result.data as z.output<S>, issues: [] };
      return { issues: zodIssues(value) };
    },
  };
}
