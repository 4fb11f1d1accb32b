import { type Constraint, integer, literal, regex, sequence, union } from '@unmask/core';

export interface NumberRange {
  minimum?: number;
  maximum?: number;
  /** most digits after the decimal point (0: integers only). */
  decimals: number;
}

/**
 * decimal numbers in a range. Exact when the bounds are integers (or absent); a fractional
 * bound is widened to the next integer and `exact` is false, so the caller adds a range check.
 */
export function numberConstraint({ minimum, maximum, decimals }: NumberRange): {
  constraint: Constraint;
  exact: boolean;
} {
  const lo = minimum === undefined ? undefined : Math.floor(minimum);
  const hi = maximum === undefined ? undefined : Math.ceil(maximum);
  const exact = lo === minimum && hi === maximum;
  if (decimals === 0) return { constraint: integer({ minimum: lo, maximum: hi }), exact };
  const fraction = regex(`(?:\\.\\d{1,${decimals}})?`);
  const zeros = regex(`(?:\\.0{1,${decimals}})?`);
  const parts: Constraint[] = [];
  if (hi === undefined || hi >= 0) {
    const from = lo === undefined ? 0 : Math.max(lo, 0);
    if (hi === undefined) parts.push(sequence(integer({ minimum: from }), fraction));
    else {
      if (from <= hi - 1) parts.push(sequence(integer({ minimum: from, maximum: hi - 1 }), fraction));
      parts.push(sequence(literal(String(hi)), zeros));
    }
  }
  if (lo === undefined || lo < 0) {
    // magnitudes y of negative values: y in [fromMagnitude, toMagnitude], y > 0
    const fromMagnitude = hi === undefined || hi >= 0 ? 0 : -hi;
    const toMagnitude = lo === undefined ? undefined : -lo;
    const negative: Constraint[] = [];
    const first = Math.max(fromMagnitude, 1);
    if (toMagnitude === undefined) negative.push(sequence(integer({ minimum: first }), fraction));
    else {
      if (first <= toMagnitude - 1)
        negative.push(sequence(integer({ minimum: first, maximum: toMagnitude - 1 }), fraction));
      negative.push(sequence(literal(String(toMagnitude)), zeros));
    }
    if (fromMagnitude === 0) negative.push(regex(`0\\.\\d{0,${decimals - 1}}[1-9]`));
    parts.push(sequence(literal('-'), union(...negative)));
  }
  return { constraint: parts.length === 1 ? parts[0]! : union(...parts), exact };
}

/** the most characters a number in the range can take. */
export function numberWidth({ minimum, maximum, decimals }: NumberRange): number {
  const digits = (bound: number | undefined) =>
    bound === undefined ? 15 : String(Math.ceil(Math.abs(bound))).length + (bound < 0 ? 1 : 0);
  const sign = minimum === undefined || minimum < 0 ? 1 : 0;
  return Math.max(digits(minimum), digits(maximum)) + sign + (decimals > 0 ? decimals + 1 : 0);
}
