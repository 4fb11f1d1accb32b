import { createRequire } from 'node:module';
import { ConstraintError, compileConstraint, dfaAccepts, type Issue, regex } from '@unmask/core';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import Ajv2019 from 'ajv/dist/2019.js';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { unanchored } from './compile';
import { type KeywordTable, useJsonEquality } from './equality-keywords';
import { SchemaError } from './errors/schema-error';
import type { JsonSchema } from './types';

// a JSON module read with require: bundlers drop import attributes, and Node's ESM needs them
const draft06MetaSchema = createRequire(import.meta.url)('ajv/dist/refs/json-schema-draft-06.json') as object;

type AnyAjv = KeywordTable & {
  compile(schema: object | boolean): ValidateFunction;
  removeSchema(schema: object): unknown;
  refs: Record<string, unknown>;
};

/** a pattern as a native RegExp: unicode mode (the spec's), else legacy mode for what only it accepts (`\\-`). */
function nativeRegExp(pattern: string, flags: string): RegExp {
  try {
    return new RegExp(pattern, flags.includes('u') ? flags : `${flags}u`);
  } catch {
    return new RegExp(pattern, flags.replace('u', ''));
  }
}

/**
 * a quantified group that holds a quantifier or an alternation (`(a+)+`, `(a|aa)*`): the shape
 * that makes a backtracking engine take exponential time; backreferences too.
 */
export function backtrackingRisk(pattern: string): boolean {
  if (/\\[1-9]|\\k</.test(pattern)) return true;
  const stack: boolean[] = [];
  let inner = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      // a class: skip to its end
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
      continue;
    }
    if (c === '(') {
      stack.push(inner);
      inner = false;
    } else if (c === ')') {
      const held: boolean = inner;
      inner = stack.pop() ?? false;
      const next = pattern[i + 1];
      const repeats =
        next === '*' || next === '+' || (next === '{' && !/^\{\d+\}/.test(pattern.slice(i + 1)));
      if (held && repeats) return true;
      inner ||= held;
    } else if (c === '*' || c === '+' || c === '{' || c === '|') inner = true;
  }
  return false;
}

const LINEAR_CACHE_SIZE = 1024;
const LOOKAROUND = /\(\?<?[=!]/;
const linear = new Map<string, { test(text: string): boolean; toString(): string }>();

/**
 * a pattern's linear-time matcher: compiled to the byte automaton unmask builds for slots (core's
 * compileConstraint over "contains a match"), so no schema pattern backtracks on the caller's
 * thread (`^(a+)+$` against 30 a's and a "!" took 30 s with V8's engine). A pattern the automata
 * cannot hold (a backreference, a blow-up past the state limit) falls back to V8's engine when it
 * has no shape that backtracks exponentially, and is refused (a typed `unsupported` error naming
 * where it is) when it has.
 */
function linearMatcher(
  pattern: string,
  flags: string,
  pointer = '#',
): { test(text: string): boolean; toString(): string } {
  const key = `${flags}/${pattern}`;
  const known = linear.get(key);
  if (known) return known;
  const native = nativeRegExp(pattern, flags);
  let engine: { test(text: string): boolean; toString(): string };
  try {
    const dfa = compileConstraint(regex(unanchored(pattern), native.unicode ? 'u' : ''));
    // the automaton is the slot's own, lookarounds applied by core: where V8's engine cannot
    // backtrack for long it checks a lookaround again, so that an automaton wrong there (a lookahead
    // once dropped) is a validation issue, never a valid value
    const again = LOOKAROUND.test(pattern) && !backtrackingRisk(pattern) ? native : undefined;
    engine = {
      test: (text: string) => dfaAccepts(dfa, text) && (again?.test(text) ?? true),
      // ajv keys its patterns by toString(): a RegExp's own text, so that two patterns never share one
      toString: () => `/${pattern}/${flags}`,
    };
  } catch (error) {
    if (!ConstraintError.isInstance(error)) throw error;
    if (backtrackingRisk(pattern))
      throw new SchemaError({
        code: 'unsupported',
        pointer,
        message: `pattern /${pattern}/ cannot be matched in linear time (${error.message}) and could backtrack for minutes: refused`,
      });
    engine = native;
  }
  if (linear.size >= LINEAR_CACHE_SIZE) linear.delete(linear.keys().next().value!);
  linear.set(key, engine);
  return engine;
}

/** keywords whose values are data, not schemas: a "pattern" inside them is not a pattern. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples', 'example']);

/** every pattern of a schema (`pattern` values, `patternProperties` keys) checked first, so a refusal names where it is. */
function checkPatterns(schema: unknown, pointer = '#'): void {
  if (schema === null || typeof schema !== 'object') return;
  if (Array.isArray(schema)) {
    schema.forEach((item, k) => {
      checkPatterns(item, `${pointer}/${k}`);
    });
    return;
  }
  for (const [key, value] of Object.entries(schema)) {
    const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (DATA_KEYWORDS.has(key)) continue;
    if (key === 'pattern' && typeof value === 'string') {
      try {
        linearMatcher(value, '', at);
      } catch (error) {
        if (SchemaError.isInstance(error)) throw error;
        // an invalid pattern: ajv says so in its own words
      }
    } else if (
      key === 'patternProperties' &&
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value)
    ) {
      for (const pattern of Object.keys(value)) {
        const keyAt = `${at}/${pattern.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        try {
          linearMatcher(pattern, '', keyAt);
        } catch (error) {
          if (SchemaError.isInstance(error)) throw error;
        }
        checkPatterns((value as Record<string, unknown>)[pattern], keyAt);
      }
    } else checkPatterns(value, at);
  }
}

const regExp = Object.assign((pattern: string, flags: string) => linearMatcher(pattern, flags), {
  code: 'new RegExp',
});

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
    // enum, const and uniqueItems that read a value's members as data, never as its methods
    useJsonEquality(instance);
    // draft-06 schemas are checked by the draft-07 rules (a superset), against their own meta-schema
    if (draft === '07')
      (instance as unknown as { addMetaSchema(s: object): void }).addMetaSchema(draft06MetaSchema);
    // `id` is draft-04's $id; from draft-06 on it is an unknown keyword (ignored), but ajv throws
    // on it to catch draft-04 schemas declared as later ones: a later draft's schema with draft-04
    // style ids (JSON Schema Store's compose-spec) is valid and gets it ignored, as the spec says
    if (draft !== '04') instance.removeKeyword('id');
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
  // patterns first: one that could backtrack and no automaton holds is refused, naming where it is
  checkPatterns(schema);
  const ajv = ajvFor(schema);
  // ajv caches by $id: strip ids so that two schemas with one id do not collide
  const target = typeof schema === 'object' ? withoutRootId(schema) : schema;
  const knownRefs = new Set(Object.keys(ajv.refs));
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(target);
  } catch (cause) {
    // a pattern refused (no linear-time matcher) is said as it is
    if (SchemaError.isInstance(cause)) throw cause;
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
  const issues = (value: unknown) => {
    const found = validate(value) ? [] : (validate.errors ?? []).map(toIssue);
    return nonFinite(value, found);
  };
  if (typeof schema === 'object') validators.set(schema, issues);
  return issues;
}

/**
 * `issues` and an issue for each number in `value` that is not finite: JSON has none (JSON.stringify
 * writes null), and ajv takes Infinity for a number, even an integer. A slot text past a double's
 * range (1e999) reads as one: re-noised, never returned.
 */
function nonFinite(value: unknown, issues: Issue[], path = ''): Issue[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      issues.push({
        code: 'type',
        path,
        message: `${path || '/'} must be a finite number, not ${value}`,
        params: { type: 'number' },
      });
  } else if (typeof value === 'object' && value !== null)
    for (const [key, inner] of Object.entries(value))
      nonFinite(inner, issues, `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
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
