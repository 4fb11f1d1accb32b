import { CharSet, NFA } from 'refa';
import { ConstraintError } from '../errors/constraint-error';
import { type CompileLimits, guard, MAX_CHAR } from './limits';

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

function parseRange(minimum: string | undefined, maximum: string | undefined) {
  const lo = parseBound(minimum, 'minimum');
  const hi = parseBound(maximum, 'maximum');
  if (lo !== undefined && hi !== undefined && lo > hi) {
    throw new ConstraintError({
      code: 'empty-language',
      construct: `integer [${minimum}, ${maximum}]`,
      message: `integer range is empty: minimum ${minimum} is greater than maximum ${maximum}`,
    });
  }
  return { lo, hi };
}

/**
 * an exact regex (without anchors) for the canonical JSON integers in [minimum, maximum].
 * `-0` is never produced.
 */
export function integerRangeRegex(minimum?: string, maximum?: string): string {
  const { lo, hi } = parseRange(minimum, maximum);
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

const digitSet = (from: number, to: number) =>
  CharSet.fromRange(MAX_CHAR, { min: 0x30 + from, max: 0x30 + to });
const MINUS = CharSet.fromCharacter(MAX_CHAR, 0x2d);

/**
 * the automaton of the canonical JSON integers in [minimum, maximum] (integerRangeRegex's
 * language), in states linear in the bounds' digits: the regex repeats a tail of free digits for
 * each digit of a bound (quadratic), so bounds of a few hundred digits passed the state limit.
 * A state reads the digits of one length tight to the lower bound (`l`), the upper (`h`), both
 * (`b`), or freely (`f`, k digits left; `g`, at least k digits left).
 */
export function integerRangeNfa(
  minimum: string | undefined,
  maximum: string | undefined,
  limits: CompileLimits,
): NFA {
  const { lo, hi } = parseRange(minimum, maximum);
  // magnitudes: the non-negative values, and those of the negative values after a minus
  const parts: Array<{ sign: string; from: bigint; to: bigint | undefined }> = [];
  if (hi === undefined || hi >= 0n)
    parts.push({ sign: '', from: lo === undefined || lo < 0n ? 0n : lo, to: hi });
  if (lo === undefined || lo < 0n)
    parts.push({
      sign: '-',
      from: hi === undefined || hi >= 0n ? 1n : -hi,
      to: lo === undefined ? undefined : -lo,
    });
  type State = string;
  const out = (state: State): Map<State, CharSet> => {
    const edges = new Map<State, CharSet>();
    const add = (to: State, chars: CharSet) => {
      const old = edges.get(to);
      edges.set(to, old ? old.union(chars) : chars);
    };
    if (state === 'start') {
      for (const [k, part] of parts.entries()) {
        if (part.sign) add(`${k}`, MINUS);
        else for (const [to, chars] of out(`${k}`)) add(to, chars);
      }
      return edges;
    }
    const [k, kind, at] = state.split(':') as [string, string | undefined, string | undefined];
    const part = parts[Number(k)]!;
    const low = part.from.toString();
    const high = part.to?.toString();
    const free = (left: number) => `${k}:f:${left}`;
    const step = (from: number, to: number, tight: Map<number, State>, rest: State) => {
      for (let digit = from; digit <= to; digit++) add(tight.get(digit) ?? rest, digitSet(digit, digit));
    };
    if (kind === undefined) {
      // the first digit of each length: no leading zero but in "0" itself
      const first = (length: number) => (length === 1 ? 0 : 1);
      const lengths = high === undefined ? low.length : high.length;
      for (let length = low.length; length <= lengths; length++) {
        const d = (text: string) => Number(text[0]);
        const fromDigit = length === low.length ? d(low) : first(length);
        const toDigit = high !== undefined && length === high.length ? d(high) : 9;
        const tight = new Map<number, State>();
        if (length === low.length) tight.set(d(low), `${k}:l:1`);
        if (high !== undefined && length === high.length)
          tight.set(d(high), tight.has(d(high)) ? `${k}:b:1` : `${k}:h:1`);
        step(fromDigit, toDigit, tight, free(length - 1));
      }
      // no upper bound: any longer number
      if (high === undefined) add(`${k}:g:${low.length}`, digitSet(1, 9));
      return edges;
    }
    const i = Number(at);
    const any = digitSet(0, 9);
    if (kind === 'f') {
      if (i > 0) add(free(i - 1), any);
    } else if (kind === 'g') {
      add(`${k}:g:${Math.max(0, i - 1)}`, any);
    } else if (kind === 'l' && i < low.length) {
      step(Number(low[i]), 9, new Map([[Number(low[i]), `${k}:l:${i + 1}`]]), free(low.length - i - 1));
    } else if (kind === 'h' && high !== undefined && i < high.length) {
      step(0, Number(high[i]), new Map([[Number(high[i]), `${k}:h:${i + 1}`]]), free(high.length - i - 1));
    } else if (kind === 'b' && high !== undefined && i < low.length) {
      const tight = new Map([[Number(low[i]), `${k}:l:${i + 1}`]]);
      tight.set(Number(high[i]), tight.has(Number(high[i])) ? `${k}:b:${i + 1}` : `${k}:h:${i + 1}`);
      step(Number(low[i]), Number(high[i]), tight, free(low.length - i - 1));
    }
    return edges;
  };
  const isFinal = (state: State): boolean => {
    if (state === 'start') return parts.some((part, k) => !part.sign && isFinal(`${k}`));
    const [k, kind, at] = state.split(':') as [string, string | undefined, string | undefined];
    const part = parts[Number(k)]!;
    const i = Number(at);
    if (kind === 'f' || kind === 'g') return i === 0;
    if (kind === 'l' || kind === 'b') return i === part.from.toString().length;
    if (kind === 'h') return i === part.to?.toString().length;
    return false;
  };
  return guard(`integer [${minimum ?? ''}, ${maximum ?? ''}]`, limits, () =>
    NFA.fromTransitionIterator(
      { initial: 'start', getOut: out, isFinal },
      { maxCharacter: MAX_CHAR },
      new NFA.LimitedNodeFactory(limits.maxStates),
    ),
  );
}
