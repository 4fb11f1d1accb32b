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

/** the largest integer every smaller one of which a double holds exactly. */
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** the largest integer a double holds. */
const LARGEST = BigInt(Number.MAX_VALUE);

/**
 * the integers of [lo, hi] (either may be absent) a slot writes: the safe integers (±(2^53 - 1),
 * which decode exactly: a 21-digit multiple of 5 decodes to a double that is not), or when the
 * range lies past them, the integers of as many digits as its integer nearest zero, never past a
 * double's range (a longer text is Infinity, null as JSON). Every integer held lies in [lo, hi]:
 * ±1e300 is the safe integers, with a budget to match (a 4,096-character regex of 301 digits a
 * side before, a state-limit error).
 */
export function writableIntegers(lo?: bigint, hi?: bigint): { minimum: bigint; maximum: bigint } {
  const nearest = lo !== undefined && lo > 0n ? lo : hi !== undefined && hi < 0n ? -hi : 0n;
  const power = nearest > SAFE ? 10n ** BigInt(nearest.toString().length) - 1n : SAFE;
  const widest = power < LARGEST ? power : LARGEST;
  return {
    minimum: lo === undefined || lo < -widest ? -widest : lo,
    maximum: hi === undefined || hi > widest ? widest : hi,
  };
}

/** an integer range's given bounds, as a slot writes them (writableIntegers). */
export function integerRange(schema: SchemaObject): { minimum?: string; maximum?: string } {
  // in bigints: past 2^53, a double plus one is the same double (an exclusive 2^60 let 2^60 in)
  const bound = (value: unknown, exclusive: unknown, up: boolean): bigint | undefined => {
    const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
    let result: bigint | undefined;
    if (finite(value)) result = BigInt(up ? Math.ceil(value) : Math.floor(value));
    // draft-04 boolean exclusivity
    if (exclusive === true && finite(value) && Number.isInteger(value))
      result = BigInt(value) + (up ? 1n : -1n);
    if (finite(exclusive)) {
      const strict = up ? BigInt(Math.floor(exclusive)) + 1n : BigInt(Math.ceil(exclusive)) - 1n;
      result = result === undefined || (up ? strict > result : strict < result) ? strict : result;
    }
    return result;
  };
  const lo = bound(schema.minimum, schema.exclusiveMinimum, true);
  const hi = bound(schema.maximum, schema.exclusiveMaximum, false);
  const { minimum, maximum } = writableIntegers(lo, hi);
  return {
    ...(lo !== undefined ? { minimum: minimum.toString() } : {}),
    ...(hi !== undefined ? { maximum: maximum.toString() } : {}),
  };
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
  const { minimum, maximum } = writableIntegers(
    range.minimum === undefined ? undefined : BigInt(range.minimum),
    range.maximum === undefined ? undefined : BigInt(range.maximum),
  );
  const integers = integer({ minimum, maximum });
  return (step !== 1 && multiplesIn(integers, step)) || integers;
}

/**
 * the text of a JSON number: up to 21 whole digits (JSON.stringify's, below 1e21), fraction digits
 * `fractionDigits` (a regex count, `1,17`); with `exponent`, also one whole digit and an exponent,
 * as JSON.stringify writes the rest, up to e+307: every text is a finite double (e+999 was
 * Infinity, null as JSON). An exponent below -324 is 0, still a number.
 */
export function jsonNumberText(fractionDigits: string, exponent: boolean): string {
  const plain = `(?:0|[1-9]\\d{0,20})(?:\\.\\d{${fractionDigits}})?`;
  if (!exponent) return `-?${plain}`;
  return `-?(?:${plain}|[1-9](?:\\.\\d{${fractionDigits}})?e(?:-\\d{1,3}|\\+(?:\\d{1,2}|[12]\\d{2}|30[0-7])))`;
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
    return stepped(regex(jsonNumberText(fractionDigits, places === undefined || places > 6)));
  const fraction = regex(`\\.\\d{${fractionDigits}}`);
  // bounds as exact integer texts (1e21 is not an integer text)
  const range = (lo: number | undefined, hi: number | undefined) =>
    integer(
      writableIntegers(lo === undefined ? undefined : BigInt(lo), hi === undefined ? undefined : BigInt(hi)),
    );
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
