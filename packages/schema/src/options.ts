import { checkSampleOptions, type SampleOptions, UnmaskError } from '@unmask/core';
import type { SchemaCompileOptions } from './types';

type Check = (value: unknown) => string | undefined;

const integer =
  (min: number, max = Number.MAX_SAFE_INTEGER): Check =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? undefined
      : `an integer from ${min}${max === Number.MAX_SAFE_INTEGER ? ' up' : ` to ${max}`}`;

const boolean: Check = (value) => (typeof value === 'boolean' ? undefined : 'a boolean');
const string: Check = (value) => (typeof value === 'string' ? undefined : 'a string');

/** an object of JSON pointer -> count (branches, items, entries). */
const byPointer =
  (min: number): Check =>
  (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return 'an object of JSON pointers to integers';
    for (const [pointer, count] of Object.entries(value))
      if (integer(min)(count) !== undefined)
        return `an object of JSON pointers to integers (at "${pointer}")`;
    return undefined;
  };

const limitChecks: Record<string, Check> = {
  maxSchemaBytes: integer(1),
  maxDepth: integer(1),
  maxSlots: integer(1),
};

const checks: Record<keyof SchemaCompileOptions, Check> = {
  pretty: boolean,
  stringTokens: integer(1, 4096),
  numberTokens: integer(1, 4096),
  arrayItems: integer(0, 4096),
  mapEntries: integer(0, 4096),
  recursionDepth: integer(0, 64),
  branches: byPointer(0),
  items: byPointer(0),
  entries: byPointer(0),
  verbatimFrom: string,
  strict: boolean,
  values: (value) =>
    value === null || typeof value !== 'object' || Array.isArray(value)
      ? 'an object of known values'
      : undefined,
  ground: (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return 'an object { text, referenceDate? }';
    const { text, referenceDate, ...rest } = value as Record<string, unknown>;
    if (typeof text !== 'string') return 'an object whose text is a string';
    if (
      referenceDate !== undefined &&
      !(typeof referenceDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(referenceDate))
    )
      return 'an object whose referenceDate is a YYYY-MM-DD date';
    if (Object.keys(rest).length)
      return `an object of text and referenceDate (not "${Object.keys(rest)[0]}")`;
    return undefined;
  },
  limits: (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'an object';
    for (const [key, limit] of Object.entries(value)) {
      const check = limitChecks[key];
      if (!check) return `an object of ${Object.keys(limitChecks).join(', ')} (not "${key}")`;
      const wrong = limit === undefined ? undefined : check(limit);
      if (wrong) return `an object whose ${key} is ${wrong}`;
    }
    return undefined;
  },
};

/**
 * the compile options, checked: an unknown option or a value of the wrong kind is an
 * `invalid-argument` error naming it (never a default silently used instead).
 */
export function checkCompileOptions(options: unknown): asserts options is SchemaCompileOptions | undefined {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new UnmaskError({ code: 'invalid-argument', message: 'compile options must be an object' });
  for (const [key, value] of Object.entries(options)) {
    const check = checks[key as keyof SchemaCompileOptions];
    if (!check)
      throw new UnmaskError({
        code: 'invalid-argument',
        message: `unknown compile option "${key}" (known: ${Object.keys(checks).join(', ')})`,
      });
    // an option present but undefined is the default (spreads of partial options leave such keys)
    const wrong = value === undefined ? undefined : check(value);
    if (wrong)
      throw new UnmaskError({
        code: 'invalid-argument',
        message: `compile option ${key} must be ${wrong}, got ${JSON.stringify(value)}`,
      });
  }
}

/**
 * generateObject's options, the sampling ones included (the branch choice hands the model the
 * signal before core's fill loop would look at it): typed errors, never ignored.
 */
export function checkGenerateOptions(
  options: SampleOptions & { branchSelection?: unknown; growRounds?: unknown },
): void {
  checkSampleOptions(options);
  if (
    options.branchSelection !== undefined &&
    options.branchSelection !== 'model' &&
    options.branchSelection !== 'first'
  )
    throw new UnmaskError({
      code: 'invalid-argument',
      message: `branchSelection must be 'model' or 'first', got ${JSON.stringify(options.branchSelection)}`,
    });
  const rounds = options.growRounds;
  if (rounds !== undefined && integer(0, 16)(rounds) !== undefined)
    throw new UnmaskError({
      code: 'invalid-argument',
      message: `growRounds must be an integer from 0 to 16, got ${JSON.stringify(rounds)}`,
    });
}
