import { type CharSet, JS, NFA, TooManyNodesError, Transformers, transform } from 'refa';
import { ConstraintError } from '../errors/constraint-error';
import { type CompileLimits, MAX_CHAR, SCALARS, stateLimit } from './limits';
import { assertionsApplied } from './lookaround';

export const describeRegex = (source: string, flags?: string) =>
  `/${source.length > 80 ? `${source.slice(0, 77)}...` : source}/${flags ?? ''}`;

export function regexNfa(source: string, flags: string | undefined, limits: CompileLimits): NFA {
  const construct = describeRegex(source, flags);
  if (source.length > limits.maxRegexLength) {
    throw new ConstraintError({
      code: 'state-limit',
      construct,
      message: `regex ${construct} is longer than ${limits.maxRegexLength} characters`,
    });
  }
  const keptFlags = (flags ?? '').replace(/[gyd]/g, '');
  if (/[^imsuv]/.test(keptFlags)) {
    throw new ConstraintError({
      code: 'invalid-regex',
      construct,
      message: `regex ${construct}: unknown flag in "${flags}"`,
    });
  }
  try {
    // validate alone first, so a source like `a)|(b` cannot escape the wrapper below
    new RegExp(source, keptFlags);
    JS.Parser.fromLiteral({ source, flags: keptFlags });
  } catch (cause) {
    throw new ConstraintError({
      code: 'invalid-regex',
      construct,
      message: `regex ${construct} is invalid: ${(cause as Error).message}`,
      cause,
    });
  }
  // full-match semantics: nothing before, nothing after
  const parse = (wrapped: string) => {
    const parser = JS.Parser.fromLiteral({ source: wrapped, flags: keptFlags });
    try {
      const { expression } = parser.parse({
        backreferences: 'throw',
        assertions: 'parse',
        maxNodes: limits.maxStates * 4,
      });
      return { expression, maxCharacter: parser.maxCharacter };
    } catch (cause) {
      if (cause instanceof TooManyNodesError) throw stateLimit(construct, limits, cause);
      const message = (cause as Error).message;
      const what = /backreference/i.test(message) ? 'a backreference (not a regular language)' : message;
      throw new ConstraintError({
        code: 'unsupported',
        construct,
        message: `regex ${construct}: cannot honour ${what}`,
        cause,
      });
    }
  };
  const { expression, maxCharacter } = parse(`(?<![^])(?:${source})(?![^])`);
  let nfa: NFA;
  try {
    // a pattern with no assertion of its own (only the two of the wrapper, true in a full match)
    // builds directly; any other has its assertions applied exactly, the wrapper's left out
    nfa =
      assertionCount(expression) === 2
        ? NFA.fromRegex(
            transform(Transformers.patternEdgeAssertions({ inline: false, remove: true }), expression),
            { maxCharacter },
            { assertions: 'throw' },
            new NFA.LimitedNodeFactory(limits.maxStates),
          )
        : assertionsApplied(parse(`(?:${source})`).expression.alternatives, {
            maxCharacter,
            limits,
            construct,
          });
  } catch (cause) {
    if (cause instanceof TooManyNodesError) throw stateLimit(construct, limits, cause);
    if (ConstraintError.isInstance(cause)) throw cause;
    throw new ConstraintError({
      code: 'unsupported',
      construct,
      message: `regex ${construct}: its assertions cannot be applied (${(cause as Error).message})`,
      cause,
    });
  }
  if (maxCharacter === MAX_CHAR) return nfa;
  // non-unicode regexes match UTF-16 code units: keep the scalar values of the BMP
  return scalarsOnly(nfa, limits.maxStates);
}

/** the automaton without transitions on surrogates (code points UTF-8 cannot encode), over MAX_CHAR. */
export function scalarsOnly(nfa: NFA, maxNodes: number): NFA {
  const iterator = nfa.transitionIterator();
  return NFA.fromTransitionIterator(
    {
      initial: iterator.initial,
      isFinal: iterator.isFinal,
      getOut: (state) => {
        const out = new Map<NFA.ReadonlyNode, CharSet>();
        for (const [to, chars] of iterator.getOut(state)) {
          const kept = chars.resize(MAX_CHAR).intersect(SCALARS);
          if (!kept.isEmpty) out.set(to, kept);
        }
        return out;
      },
    },
    { maxCharacter: MAX_CHAR },
    new NFA.LimitedNodeFactory(maxNodes),
  );
}

/** how many assertions (lookarounds, anchors, word boundaries) a parsed regex holds. */
function assertionCount(node: unknown): number {
  if (typeof node !== 'object' || node === null) return 0;
  const { type, alternatives, elements } = node as {
    type?: string;
    alternatives?: unknown[];
    elements?: unknown[];
  };
  let count = type === 'Assertion' ? 1 : 0;
  for (const child of alternatives ?? []) count += assertionCount(child);
  for (const child of elements ?? []) count += assertionCount(child);
  return count;
}
