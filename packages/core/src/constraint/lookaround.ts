import { type Assertion, CharSet, type Concatenation, DFA, type Element, NFA, type NoParent } from 'refa';
import { ConstraintError } from '../errors/constraint-error';
import type { CompileLimits } from './limits';

// each assertion of a regex stands in the words as a marker: a lone surrogate, which no value holds
// (UTF-8 cannot write one), so the regex's own characters are its scalar values only
const MARKER_BASE = 0xd800;
const MARKER_COUNT = 0x800;

type Direction = Assertion['kind'];
type Marked = { marker: number; assertion: NoParent<Assertion> };

/**
 * the automaton of a parsed regex (full match) with its assertions (lookarounds, anchors, word
 * boundaries) applied exactly, wherever they stand, quantified groups included. Each assertion
 * becomes a marker in the words it stands in; the words where a lookahead's marker is not followed
 * (markers aside) by a text its content starts, or a lookbehind's not preceded by a text its
 * content ends, are removed (a regular language each, the content's automaton complemented), and
 * the markers are erased. A lookbehind inside a lookahead (or the reverse, `\b` in either) looks
 * past the text its assertion sees: an `unsupported` error. refa's `simplify` applied some
 * lookarounds only in part (`(?=b-)(bb)*` read as `(bb)+`).
 */
export function assertionsApplied(
  alternatives: readonly NoParent<Concatenation>[],
  { maxCharacter, limits, construct }: { maxCharacter: number; limits: CompileLimits; construct: string },
): NFA {
  return new AssertionApplier(maxCharacter, limits, construct).language(alternatives);
}

class AssertionApplier {
  private readonly all: CharSet;
  private readonly scalars: CharSet;

  constructor(
    private readonly maxCharacter: number,
    private readonly limits: CompileLimits,
    private readonly construct: string,
  ) {
    this.all = CharSet.all(maxCharacter);
    this.scalars = this.all.without({ min: 0xd800, max: 0xdfff });
  }

  private nfaNodes = () => new NFA.LimitedNodeFactory(this.limits.maxStates);
  private dfaNodes = () => new DFA.LimitedNodeFactory(this.limits.maxStates);

  /** the words of `alternatives` where each assertion holds; `inside`: the direction of the assertion they are the content of. */
  language(alternatives: readonly NoParent<Concatenation>[], inside?: Direction): NFA {
    const marked: Marked[] = [];
    const copy = alternatives.map((alternative) => this.mark(alternative, marked, inside));
    const nfa = NFA.fromRegex(copy, { maxCharacter: this.maxCharacter }, {}, this.nfaNodes());
    if (marked.length === 0) return nfa;
    const markers = CharSet.fromRange(this.maxCharacter, {
      min: MARKER_BASE,
      max: MARKER_BASE + marked.length - 1,
    });
    let words = DFA.fromFA(nfa, this.dfaNodes());
    words.minimize();
    for (const { marker, assertion } of marked) {
      // the violations among these words only: determinised alone, a lookahead's would track every
      // place its marker might stand at once (exponential for `(?=.{8,64}$)`)
      const failing = DFA.fromFA(
        NFA.fromIntersection(words, this.violations(marker, assertion, markers), this.nfaNodes()),
        this.dfaNodes(),
      );
      failing.complement();
      words = DFA.fromIntersection(words, failing, this.dfaNodes());
      words.minimize();
    }
    return this.erase(words, markers);
  }

  private mark(
    concatenation: NoParent<Concatenation>,
    marked: Marked[],
    inside: Direction | undefined,
  ): NoParent<Concatenation> {
    return {
      type: 'Concatenation',
      elements: concatenation.elements.map((element) => this.markElement(element, marked, inside)),
    };
  }

  private markElement(
    element: NoParent<Element>,
    marked: Marked[],
    inside: Direction | undefined,
  ): NoParent<Element> {
    switch (element.type) {
      case 'CharacterClass':
        return { type: 'CharacterClass', characters: element.characters.intersect(this.scalars) };
      case 'Alternation':
        return {
          type: 'Alternation',
          alternatives: element.alternatives.map((alternative) => this.mark(alternative, marked, inside)),
        };
      case 'Quantifier':
        return {
          type: 'Quantifier',
          min: element.min,
          max: element.max,
          lazy: element.lazy,
          alternatives: element.alternatives.map((alternative) => this.mark(alternative, marked, inside)),
        };
      case 'Assertion': {
        if (inside !== undefined && element.kind !== inside)
          throw this.unsupported(
            `a look${element.kind} inside a look${inside} (it looks past what its assertion sees)`,
          );
        if (marked.length === MARKER_COUNT) throw this.unsupported(`more than ${MARKER_COUNT} assertions`);
        const marker = MARKER_BASE + marked.length;
        marked.push({ marker, assertion: element });
        return { type: 'CharacterClass', characters: CharSet.fromCharacter(this.maxCharacter, marker) };
      }
      default:
        throw this.unsupported(`an element it cannot read (${element.type})`);
    }
  }

  /** the marked words in which `marker` stands somewhere its assertion does not hold. */
  private violations(
    marker: number,
    { kind, negate, alternatives }: NoParent<Assertion>,
    markers: CharSet,
  ): NFA {
    const anything: NoParent<Element> = {
      type: 'Quantifier',
      min: 0,
      max: Number.POSITIVE_INFINITY,
      lazy: false,
      alternatives: [
        { type: 'Concatenation', elements: [{ type: 'CharacterClass', characters: this.scalars }] },
      ],
    };
    const content: NoParent<Element> = { type: 'Alternation', alternatives };
    // the texts a lookahead's content starts (a lookbehind's ends), other markers anywhere in them
    const held = this.language(
      [{ type: 'Concatenation', elements: kind === 'ahead' ? [content, anything] : [anything, content] }],
      kind,
    );
    const failing = DFA.fromFA(withLoops(held, markers, this.nfaNodes()), this.dfaNodes());
    if (!negate) failing.complement();
    const steps = failing.transitionIterator();
    const mark = CharSet.fromCharacter(this.maxCharacter, marker);
    type State = DFA.ReadonlyNode | 'free';
    // a lookahead: anything, the marker, a failing text; a lookbehind: a failing text, the marker, anything
    const iterator =
      kind === 'ahead'
        ? {
            initial: 'free' as State,
            getOut: (state: State) =>
              state === 'free'
                ? new Map<State, CharSet>([
                    ['free', this.all],
                    [steps.initial, mark],
                  ])
                : (steps.getOut(state) as ReadonlyMap<State, CharSet>),
            isFinal: (state: State) => state !== 'free' && steps.isFinal(state),
          }
        : {
            initial: steps.initial as State,
            getOut: (state: State) => {
              if (state === 'free') return new Map<State, CharSet>([['free', this.all]]);
              const out = new Map<State, CharSet>(steps.getOut(state));
              if (steps.isFinal(state)) out.set('free', mark);
              return out;
            },
            isFinal: (state: State) => state === 'free',
          };
    return NFA.fromTransitionIterator(iterator, { maxCharacter: this.maxCharacter }, this.nfaNodes());
  }

  /** the words with their markers taken out (a marker step is an empty step). */
  private erase(words: DFA, markers: CharSet): NFA {
    const steps = words.transitionIterator();
    const closures = new Map<DFA.ReadonlyNode, DFA.ReadonlyNode[]>();
    const closure = (state: DFA.ReadonlyNode) => {
      let reached = closures.get(state);
      if (reached) return reached;
      const seen = new Set([state]);
      reached = [state];
      for (let k = 0; k < reached.length; k++)
        for (const [to, chars] of steps.getOut(reached[k]!))
          if (!chars.isDisjointWith(markers) && !seen.has(to)) {
            seen.add(to);
            reached.push(to);
          }
      closures.set(state, reached);
      return reached;
    };
    return NFA.fromTransitionIterator(
      {
        initial: steps.initial,
        isFinal: (state) => closure(state).some(steps.isFinal),
        getOut: (state) => {
          const out = new Map<DFA.ReadonlyNode, CharSet>();
          for (const from of closure(state))
            for (const [to, chars] of steps.getOut(from)) {
              const kept = chars.without(markers);
              if (kept.isEmpty) continue;
              const old = out.get(to);
              out.set(to, old ? old.union(kept) : kept);
            }
          return out;
        },
      },
      { maxCharacter: this.maxCharacter },
      this.nfaNodes(),
    );
  }

  private unsupported(what: string): ConstraintError {
    return new ConstraintError({
      code: 'unsupported',
      construct: this.construct,
      message: `regex ${this.construct}: cannot apply ${what}`,
    });
  }
}

/** an automaton that also steps over `chars` anywhere, staying where it is. */
function withLoops(nfa: NFA, chars: CharSet, nodes: NFA.LimitedNodeFactory): NFA {
  const steps = nfa.transitionIterator();
  return NFA.fromTransitionIterator(
    {
      initial: steps.initial,
      isFinal: steps.isFinal,
      getOut: (state) => {
        const out = new Map(steps.getOut(state));
        const old = out.get(state);
        out.set(state, old ? old.union(chars) : chars);
        return out;
      },
    },
    { maxCharacter: nfa.maxCharacter },
    nodes,
  );
}
