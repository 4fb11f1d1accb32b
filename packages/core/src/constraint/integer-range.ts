import { ConstraintError } from '../errors/constraint-error';

const digits = (n: bigint) => n.toString().length;
const pow10 = (k: number) => 10n ** BigInt(k);

/** regex (no anchors) for the canonical decimals of the non-negative integers in [lo, hi]. */
function nonNegativeRange(lo: bigint, hi: bigint): string[] {
  const out: string[] = [];
  for (let d = digits(lo); d <= digits(hi); d++) {
    const a = lo > (d === 1 ? 0n : pow10(d - 1)) ? lo : d === 1 ? 0n : pow10(d - 1);
    const b = hi < pow10(d) - 1n ? hi : pow10(d) - 1n;
    if (a <= b) out.push(...sameLength(a.toString().padStart(d, '0'), b.toString().padStart(d, '0')));
  }
  return out;
}

/** decimals of equal length d between a and b (as strings), as alternatives. */
function sameLength(a: string, b: string): string[] {
  if (a === b) return [a];
  const n = a.length - 1;
  const fa = Number(a[0]);
  const fb = Number(b[0]);
  const restA = a.slice(1);
  const restB = b.slice(1);
  const tail = (k: number) => (k === 0 ? '' : k === 1 ? '\\d' : `\\d{${k}}`);
  if (fa === fb) return sameLength(restA, restB).map((p) => `${fa}${p}`);
  if (/^0*$/.test(restA) && /^9*$/.test(restB)) return [`[${fa}-${fb}]${tail(n)}`];
  const out: string[] = [];
  if (/^0*$/.test(restA)) out.push(`${fa}${tail(n)}`);
  else out.push(...sameLength(restA, '9'.repeat(n)).map((p) => `${fa}${p}`));
  if (fb - fa > 1) out.push(`${fb - fa === 2 ? fa + 1 : `[${fa + 1}-${fb - 1}]`}${tail(n)}`);
  if (/^9*$/.test(restB)) out.push(`${fb}${tail(n)}`);
  else out.push(...sameLength('0'.repeat(n), restB).map((p) => `${fb}${p}`));
  return out;
}

/** at least lo (non-negative), no upper bound. */
function nonNegativeFrom(lo: bigint): string[] {
  const d = digits(lo);
  const out = nonNegativeRange(lo, pow10(d) - 1n);
  out.push(`[1-9]\\d{${d},}`);
  return out;
}

function parseBound(value: string | undefined, name: string): bigint | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) {
    throw new ConstraintError({
      code: 'unsupported',
      construct: `integer ${name}`,
      message: `integer range: ${name} "${value}" is not an integer`,
    });
  }
  return BigInt(value);
}

/**
 * an exact regex (without anchors) for the canonical JSON integers in [minimum, maximum].
 * `-0` is never produced.
 */
export function integerRangeRegex(minimum?: string, maximum?: string): string {
  const lo = parseBound(minimum, 'minimum');
  const hi = parseBound(maximum, 'maximum');
  if (lo !== undefined && hi !== undefined && lo > hi) {
    throw new ConstraintError({
      code: 'empty-language',
      construct: `integer [${minimum}, ${maximum}]`,
      message: `integer range is empty: minimum ${minimum} is greater than maximum ${maximum}`,
    });
  }
  const alternatives: string[] = [];
  // non-negative part
  if (hi === undefined || hi >= 0n) {
    const from = lo === undefined || lo < 0n ? 0n : lo;
    alternatives.push(...(hi === undefined ? nonNegativeFrom(from) : nonNegativeRange(from, hi)));
  }
  // negative part: -x with x in [max(1, -hi), -lo]
  if (lo === undefined || lo < 0n) {
    const from = hi === undefined || hi >= 0n ? 1n : -hi;
    const negatives = lo === undefined ? nonNegativeFrom(from) : nonNegativeRange(from, -lo);
    alternatives.push(`-(?:${negatives.join('|')})`);
  }
  return alternatives.join('|');
}
