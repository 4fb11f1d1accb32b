import {
  type Constraint,
  ConstraintError,
  checkConstraint,
  integer,
  intersect,
  literal,
  multipleOf,
  regex,
  sequence,
  union,
} from '@unmask/core';
import type { SchemaObject } from '../resolve';

export function integerRange(schema: SchemaObject): { minimum?: string; maximum?: string } {
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
export function numberRangeEmpty(schema: SchemaObject): boolean {
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
export function decimalPlaces(step: unknown): number | undefined {
  if (typeof step !== 'number' || !Number.isFinite(step) || step <= 0) return undefined;
  const [mantissa, exponent] = step.toExponential().split('e');
  return Math.max(0, (mantissa!.split('.')[1]?.length ?? 0) - Number(exponent));
}

/**
 * `language` held to the multiples of a step (core's divisibility automaton: 7, 3, 0.25, any step
 * of at most MAX_STEP_STATES remainders whose automaton keeps within the state limit); undefined
 * for other steps (9973, 1e-7 beside a wide range: left to validation, as every step was before).
 */
function multiplesIn(language: Constraint, step: unknown): Constraint | undefined {
  if (typeof step !== 'number' || !Number.isFinite(step) || step <= 0) return undefined;
  const constraint = intersect(language, multipleOf(step));
  try {
    checkConstraint(constraint);
  } catch (error) {
    if (ConstraintError.isInstance(error) && error.code === 'state-limit') return undefined;
    // an empty language is the canvas's typed error, naming the slot
    if (!ConstraintError.isInstance(error) || error.code !== 'empty-language') throw error;
  }
  return constraint;
}

/** whether an integer range holds no integer. */
export const integerRangeEmpty = (range: { minimum?: string; maximum?: string }): boolean =>
  range.minimum !== undefined && range.maximum !== undefined && BigInt(range.minimum) > BigInt(range.maximum);

/** the integers of a range, the multiples of `step` among them where the language can tell. */
export function integerLanguage(range: { minimum?: string; maximum?: string }, step: unknown): Constraint {
  return (step !== 1 && multiplesIn(integer(range), step)) || integer(range);
}

/**
 * JSON numbers as JSON.stringify writes them (up to 21 whole digits, 17 fraction digits, `e±n`
 * beyond); with bounds, the whole part is held to the range (the fraction is checked by
 * validation) and no exponent is offered. The slot's token budget bounds the length.
 */
export function numberLanguage(schema: SchemaObject): Constraint {
  const tighter = (a: unknown, b: unknown, pick: (x: number, y: number) => number) =>
    typeof a === 'number' ? (typeof b === 'number' ? pick(a, b) : a) : typeof b === 'number' ? b : undefined;
  const min = tighter(schema.minimum, schema.exclusiveMinimum, Math.max);
  const max = tighter(schema.maximum, schema.exclusiveMaximum, Math.min);
  // a multipleOf bounds the fraction digits (0.01: at most two; an integer step: none) and rules out
  // exponents (kept below 1e-6, which JSON.stringify writes as 1e-7); 10^-k is then exact, other
  // steps (0.25, 1.5, 3) are exact where their divisibility automaton fits (multiplesIn)
  const places = decimalPlaces(schema.multipleOf);
  if (places === 0) return integerLanguage(integerRange(schema), schema.multipleOf);
  const step = schema.multipleOf as number;
  const stepped = (language: Constraint) =>
    (places !== undefined &&
      places <= 6 &&
      Math.round(step * 10 ** places) !== 1 &&
      multiplesIn(language, step)) ||
    language;
  const fractionDigits = places === undefined || places > 17 ? '1,17' : `1,${places}`;
  if (min === undefined && max === undefined)
    return stepped(
      regex(
        `-?(?:0|[1-9]\\d{0,20})(?:\\.\\d{${fractionDigits}})?${places === undefined || places > 6 ? '(?:e[+-]\\d{1,3})?' : ''}`,
      ),
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
  return stepped(parts.length === 1 ? parts[0]! : union(...parts));
}
