import { CharSet, NFA } from 'refa';
import { ConstraintError } from '../errors/constraint-error';
import { hopcroft } from './hopcroft';
import { type CompileLimits, guard, MAX_CHAR, stateLimit } from './limits';

/**
 * most states a step's divisibility automaton may have before it is minimised: an integer step up
 * to 10,000, fewer for a decimal one (0.25: 25 remainders over 2 fraction digits). A larger step
 * is no language: the schema leaves it to validation.
 */
export const MAX_STEP_STATES = 10_000;

/** a step as an integer count of units of 10^-places (0.25: 25 of 10^-2; 7: 7 of 10^0). */
export interface Step {
  units: number;
  places: number;
}

const unsupported = (step: string, why: string) =>
  new ConstraintError({
    code: 'unsupported',
    construct: `multiple-of ${step}`,
    message: `multiple-of ${step}: ${why}`,
  });

/** a positive decimal step (`7`, `0.25`, `1e-3`) as units of 10^-places; throws when it is not one. */
export function parseStep(step: string): { units: bigint; places: number } {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(step);
  if (!match) throw unsupported(step, 'the step is not a positive decimal number');
  const [, whole, fraction = '', exponent = '0'] = match;
  let digits = `${whole}${fraction}`.replace(/^0+/, '');
  let places = fraction.length - Number(exponent);
  // trailing zeros: fewer places (2.50 is 25 of 10^-1; 1e3 is 1000 of 10^0)
  while (places > 0 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    places--;
  }
  if (places < 0) {
    digits += '0'.repeat(-places);
    places = 0;
  }
  if (digits === '') throw unsupported(step, 'a step of zero divides nothing');
  return { units: BigInt(digits), places };
}

/** how many states the divisibility automaton of a step has before minimising. */
export const stepStates = ({ units, places }: { units: bigint; places: number }): bigint =>
  units * BigInt(places === 0 ? 1 : places + 2) + 2n;

/** the characters of a decimal text, as the classes of the transition table: digits 0-9, `-`, `.`. */
const CLASSES = [...'0123456789-.'].map((char) => CharSet.fromCharacter(MAX_CHAR, char.codePointAt(0)!));
const SIGN = 10;
const POINT = 11;

/**
 * the decimal texts `-?\d+(\.\d{1,p})?` (p: the step's places; none for an integer step) whose
 * value is a multiple of the step, leading zeros and all (the language it meets keeps texts
 * canonical). States: the start, after a sign, the integer part by remainder, after the point by
 * remainder, and the fraction by remainder and digit count; the value times 10^p is a multiple of
 * the units where a remainder r after j fraction digits has r × 10^(p - j) divisible by them.
 * Minimised (a step of 1,000 needs only its last three digits), at most limits.maxStates.
 */
export function multipleOfNfa(step: string, limits: CompileLimits): NFA {
  const construct = `multiple-of ${step}`;
  const parsed = parseStep(step);
  if (stepStates(parsed) > BigInt(MAX_STEP_STATES) + 2n) {
    throw stateLimit(
      construct,
      limits,
      new Error(
        `a step of ${parsed.units} units of 10^-${parsed.places} needs over ${MAX_STEP_STATES} states`,
      ),
    );
  }
  const k = Number(parsed.units);
  const p = parsed.places;
  // states: 0 start, 1 sign, 2 + r integer part, then (p > 0) 2 + k + r after the point and
  // 2 + 2k + (j - 1)k + r after j fraction digits (1 <= j <= p)
  const n = Number(stepStates(parsed));
  const afterPoint = 2 + k;
  const fraction = (j: number) => 2 + 2 * k + (j - 1) * k;
  const tens = Array.from({ length: p + 1 }, (_, e) => Number(10n ** BigInt(e) % parsed.units));
  const divides = (r: number, e: number) => (r * tens[e]!) % k === 0;
  const c = CLASSES.length;
  const next = new Int32Array(n * c).fill(-1);
  const accepting: number[] = new Array(n).fill(0);
  const digitsTo = (state: number, r: number, base: number) => {
    for (let d = 0; d < 10; d++) next[state * c + d] = base + ((10 * r + d) % k);
  };
  digitsTo(0, 0, 2);
  next[SIGN] = 1;
  digitsTo(1, 0, 2);
  for (let r = 0; r < k; r++) {
    digitsTo(2 + r, r, 2);
    accepting[2 + r] = divides(r, p) ? 1 : 0;
    if (p === 0) continue;
    next[(2 + r) * c + POINT] = afterPoint + r;
    digitsTo(afterPoint + r, r, fraction(1));
    for (let j = 1; j <= p; j++) {
      if (j < p) digitsTo(fraction(j) + r, r, fraction(j + 1));
      accepting[fraction(j) + r] = divides(r, p - j) ? 1 : 0;
    }
  }
  // live: the states from which a multiple can still be written
  const live = new Uint8Array(n);
  const preds: number[][] = Array.from({ length: n }, () => []);
  for (let state = 0; state < n; state++)
    for (let x = 0; x < c; x++) if (next[state * c + x]! >= 0) preds[next[state * c + x]!]!.push(state);
  const stack: number[] = [];
  for (let state = 0; state < n; state++)
    if (accepting[state]) {
      live[state] = 1;
      stack.push(state);
    }
  while (stack.length > 0)
    for (const q of preds[stack.pop()!]!)
      if (!live[q]) {
        live[q] = 1;
        stack.push(q);
      }
  const block = hopcroft(n, c, next, live, accepting);
  const blocks = new Map<number, number>();
  for (let state = 0; state < n; state++)
    if (block[state]! >= 0 && !blocks.has(block[state]!)) blocks.set(block[state]!, state);
  if (blocks.size > limits.maxStates)
    throw stateLimit(construct, limits, new Error(`${blocks.size} states once minimised`));
  return guard(construct, limits, () => {
    const builder = new NFA.Builder(new NFA.LimitedNodeFactory(limits.maxStates));
    const nodes = new Map<number, NFA.Node>([[block[0]!, builder.initial]]);
    const nodeOf = (id: number) => {
      let node = nodes.get(id);
      if (!node) nodes.set(id, (node = builder.createNode()));
      return node;
    };
    for (const [id, state] of blocks) {
      const from = nodeOf(id);
      if (accepting[state]) builder.makeFinal(from);
      const out = new Map<number, CharSet>();
      for (let x = 0; x < c; x++) {
        const to = next[state * c + x]!;
        if (to < 0 || block[to]! < 0) continue;
        const old = out.get(block[to]!);
        out.set(block[to]!, old ? old.union(CLASSES[x]!) : CLASSES[x]!);
      }
      for (const [to, chars] of out) builder.linkNodes(from, nodeOf(to), chars);
    }
    return NFA.fromBuilder(builder, { maxCharacter: MAX_CHAR });
  });
}
