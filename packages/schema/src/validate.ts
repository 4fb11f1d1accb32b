import { createRequire } from 'node:module';
import type { Issue } from '@unmask/core';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import Ajv2019 from 'ajv/dist/2019.js';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { SchemaError } from './errors/schema-error';
import type { JsonSchema } from './types';

// a JSON module read with require: bundlers drop import attributes, and Node's ESM needs them
const draft06MetaSchema = createRequire(import.meta.url)('ajv/dist/refs/json-schema-draft-06.json') as object;

type AnyAjv = {
  compile(schema: object | boolean): ValidateFunction;
  removeSchema(schema: object): unknown;
  refs: Record<string, unknown>;
};

/**
 * patterns as the compiler reads them: unicode mode (the spec's semantics: `\\p{Letter}`, astral
 * characters), falling back to legacy mode for patterns that only it accepts (`\\-` and the like).
 */
const regExp = Object.assign(
  (pattern: string, flags: string) => {
    try {
      return new RegExp(pattern, flags.includes('u') ? flags : `${flags}u`);
    } catch {
      return new RegExp(pattern, flags.replace('u', ''));
    }
  },
  { code: 'new RegExp' },
);

const options = {
  strict: false,
  allErrors: true,
  unicodeRegExp: false,
  // a validator is compiled for every schema and run a few times: ajv's code optimisation pass and
  // the inlining of referenced schemas cost more compile time (about half of it, much more on
  // large schemas with many $refs) than they save at validation
  code: { regExp, optimize: false },
  inlineRefs: false,
  // long required lists and enums as loops, not unrolled code (less code to generate and compile:
  // the validator's first-pass compile p50 1.44 -> 1.10 ms, total over the 299 dev schemas -18 %)
  loopRequired: 8,
  loopEnum: 8,
  validateFormats: true,
  logger: false as const,
};
/**
 * an ajv instance keeps every validator it compiled (its code's scope holds each schema and function
 * for good): after this many, the next schema gets a fresh instance, and the old one goes with the
 * last of its validators. A process compiling a schema per request stays bounded.
 */
export const AJV_RECYCLE_AFTER = 512;
const instances = new Map<string, { ajv: AnyAjv; compiled: number }>();

/** the ajv instance for the draft a schema declares (default: draft-07 rules, as most real schemas expect). */
function ajvFor(schema: JsonSchema): AnyAjv {
  const declared = typeof schema === 'object' && typeof schema.$schema === 'string' ? schema.$schema : '';
  const draft = /draft-04/.test(declared)
    ? '04'
    : /2019-09/.test(declared)
      ? '2019'
      : /2020-12/.test(declared)
        ? '2020'
        : '07';
  let entry = instances.get(draft);
  if (!entry || entry.compiled >= AJV_RECYCLE_AFTER) {
    const Ctor = (draft === '04'
      ? AjvDraft04
      : draft === '2019'
        ? Ajv2019
        : draft === '2020'
          ? Ajv2020
          : Ajv) as unknown as new (
      o: object,
    ) => AnyAjv;
    const instance = new Ctor(options);
    (addFormats as unknown as (a: AnyAjv) => void)(instance);
    // draft-06 schemas are checked by the draft-07 rules (a superset), against their own meta-schema
    if (draft === '07')
      (instance as unknown as { addMetaSchema(s: object): void }).addMetaSchema(draft06MetaSchema);
    // `id` is draft-04's $id; from draft-06 on it is an unknown keyword (ignored), but ajv throws
    // on it to catch draft-04 schemas declared as later ones: a later draft's schema with draft-04
    // style ids (JSON Schema Store's compose-spec) is valid and gets it ignored, as the spec says
    if (draft !== '04') (instance as unknown as { removeKeyword(k: string): void }).removeKeyword('id');
    entry = { ajv: instance, compiled: 0 };
    instances.set(draft, entry);
  }
  entry.compiled++;
  return entry.ajv;
}

/**
 * validators by the schema object they were compiled from: a schema handed again (the same object)
 * is not compiled again, and one no longer referenced by the caller is let go with its validator.
 */
const validators = new WeakMap<object, (value: unknown) => Issue[]>();

/** compile a validator for a schema; an invalid schema is a typed error with ajv's message. */
export function schemaValidator(schema: JsonSchema): (value: unknown) => Issue[] {
  const cached = typeof schema === 'object' ? validators.get(schema) : undefined;
  if (cached) return cached;
  const ajv = ajvFor(schema);
  // ajv caches by $id: strip ids so that two schemas with one id do not collide
  const target = typeof schema === 'object' ? withoutRootId(schema) : schema;
  const knownRefs = new Set(Object.keys(ajv.refs));
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(target);
  } catch (cause) {
    // a $ref to another document is valid JSON Schema that unmask does not fetch
    const missingSchema = (cause as { missingSchema?: unknown }).missingSchema;
    if (typeof missingSchema === 'string' && missingSchema !== '')
      throw new SchemaError({
        code: 'unsupported',
        pointer: '#',
        message: `$ref to another document (${missingSchema}): only references inside the schema are resolved`,
        cause,
      });
    throw new SchemaError({
      code: 'invalid-schema',
      pointer: '#',
      message: `invalid schema: ${(cause as Error).message}`,
      cause,
    });
  } finally {
    // the shared instance keeps nothing of this schema: its cache holds compiled schemas strongly
    // (a process that compiles a schema per request would grow without bound), and the absolute
    // $ids inside it would resolve for the next schema
    if (typeof target === 'object') ajv.removeSchema(target);
    for (const ref of Object.keys(ajv.refs)) if (!knownRefs.has(ref)) delete ajv.refs[ref];
  }
  const issues = (value: unknown) => (validate(value) ? [] : (validate.errors ?? []).map(toIssue));
  if (typeof schema === 'object') validators.set(schema, issues);
  return issues;
}

function withoutRootId(schema: { [keyword: string]: unknown }) {
  const { $id: _id, id: _legacy, ...rest } = schema;
  return typeof _legacy === 'string' || typeof _id === 'string' ? rest : schema;
}

function toIssue(error: ErrorObject): Issue {
  const params = error.params as Record<string, unknown>;
  // a missing property is about the property's path, not only its parent's
  // (required, dependentRequired, draft-07 dependencies); a duplicate item is about the later copy only
  let path = error.instancePath;
  if (typeof params.missingProperty === 'string')
    path = `${error.instancePath}/${params.missingProperty.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  else if (error.keyword === 'uniqueItems' && typeof params.i === 'number' && typeof params.j === 'number')
    path = `${error.instancePath}/${Math.max(params.i, params.j)}`;
  // oneOf: say which branches matched when several did (ajv's message is the same for none)
  const several = error.keyword === 'oneOf' && Array.isArray(params.passingSchemas);
  return {
    code: error.keyword,
    path,
    message: `${error.instancePath || '/'} ${error.message ?? 'is invalid'}${several ? ` (branches ${(params.passingSchemas as number[]).join(', ')} all match)` : ''}`,
    params,
  };
}
