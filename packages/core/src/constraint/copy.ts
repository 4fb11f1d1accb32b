import { ConstraintError } from '../errors/constraint-error';
import { type CompileLimits, compileConstraint, defaultCompileLimits } from './compile';
import { type Constraint, intersect, substringOf } from './constraint';

type LengthRange = Extract<Constraint, { kind: 'length' }>;

/** text length × (longest length + 1) up to which a copy keeps its length range in its automaton. */
const LENGTH_PRODUCT = 4000;

/**
 * a constraint held to copies of a source text, or why it cannot be: `lengths` are the length
 * ranges left out of the automaton, for validation to hold.
 */
export type CopyOutcome =
  | { constraint: Constraint; lengths: LengthRange[] }
  | { kept: 'no-substring' | 'state-limit' };

const partsOf = (constraint: Constraint): Constraint[] =>
  constraint.kind === 'intersect'
    ? constraint.parts.flatMap(partsOf)
    : constraint.kind === 'any'
      ? []
      : [constraint];

/**
 * `base` intersected with the substrings of `source` that cut no word in two (verbatim copies).
 * A length range stays in the automaton while the product of the text's substrings and a length
 * counter is small and within the state limit; else it is left to validation (`lengths`). When no
 * copy fits `base`, or the text passes the automaton limits, `kept` says why. `slot` wraps the
 * result as the slot compiles it (a JSON string's content, say), so that the check here is the
 * cache entry the canvas then reads.
 */
export function copyOf(
  base: Constraint,
  source: string,
  { slot = (constraint: Constraint) => constraint, limits = defaultCompileLimits } = {} as {
    slot?: (constraint: Constraint) => Constraint;
    limits?: CompileLimits;
  },
): CopyOutcome {
  const chars = [...source].length;
  const parts = partsOf(base);
  const lengths = parts.filter((part): part is LengthRange => part.kind === 'length');
  const others = parts.filter((part) => part.kind !== 'length');
  // a range the text's length already keeps costs nothing; a long text times a long counter does
  const costly = (range: LengthRange) => {
    const longest = range.max ?? Number.POSITIVE_INFINITY;
    if (range.min === 0 && longest >= chars) return false;
    return chars * (Math.min(Math.max(longest, range.min), chars) + 1) > LENGTH_PRODUCT;
  };
  const attempts = lengths.some(costly) ? [others] : lengths.length ? [parts, others] : [parts];
  const copy = substringOf(source, { words: true });
  let kept: 'no-substring' | 'state-limit' = 'no-substring';
  for (const held of attempts) {
    const constraint = held.length === 0 ? copy : intersect(...held, copy);
    try {
      compileConstraint(slot(constraint), limits);
    } catch (error) {
      if (!ConstraintError.isInstance(error)) throw error;
      kept = error.code === 'state-limit' ? 'state-limit' : 'no-substring';
      // without the length range the automaton may fit; with no copy that fits, none will
      if (kept === 'state-limit') continue;
      break;
    }
    return { constraint, lengths: held === parts ? [] : lengths };
  }
  return { kept };
}
