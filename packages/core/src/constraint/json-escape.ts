import { CharSet, NFA } from 'refa';
import { type CompileLimits, guard, MAX_CHAR } from './limits';

const JSON_ESCAPES: Record<number, string> = {
  34: '\\"',
  92: '\\\\',
  8: '\\b',
  12: '\\f',
  10: '\\n',
  13: '\\r',
  9: '\\t',
};
const escapeChar = (code: number): string => JSON_ESCAPES[code] ?? `\\u${code.toString(16).padStart(4, '0')}`;
const JSON_SAFE = CharSet.fromRange(MAX_CHAR, { min: 0x20, max: 0x21 }).union([
  { min: 0x23, max: 0x5b },
  { min: 0x5d, max: 0xd7ff },
  { min: 0xe000, max: MAX_CHAR },
]);
const JSON_SPECIAL = CharSet.fromRange(MAX_CHAR, { min: 0, max: 0x1f }).union([
  { min: 0x22, max: 0x22 },
  { min: 0x5c, max: 0x5c },
]);

/** a trie of escape sequences (without the leading backslash); shared by every transition with the same specials. */
interface EscapeTrie {
  children: Map<number, EscapeTrie>;
  /** characters that end an escape here, as one set. */
  ends: CharSet;
}

const escapeTries = new Map<string, EscapeTrie>();

function escapeTrie(specials: CharSet): EscapeTrie {
  const key = specials.ranges.map((range) => `${range.min}-${range.max}`).join(',');
  const trie = escapeTries.get(key);
  if (trie) return trie;
  const root: EscapeTrie = { children: new Map(), ends: CharSet.empty(MAX_CHAR) };
  for (const range of specials.ranges) {
    for (let code = range.min; code <= range.max; code++) {
      const rest = escapeChar(code).slice(1);
      let node = root;
      for (let k = 0; k < rest.length - 1; k++) {
        const char = rest.codePointAt(k)!;
        let child = node.children.get(char);
        if (!child) node.children.set(char, (child = { children: new Map(), ends: CharSet.empty(MAX_CHAR) }));
        node = child;
      }
      node.ends = node.ends.union([
        { min: rest.codePointAt(rest.length - 1)!, max: rest.codePointAt(rest.length - 1)! },
      ]);
    }
  }
  escapeTries.set(key, root);
  return root;
}

/** the language of JSON.stringify(v).slice(1, -1) for v in the content language. */
export function jsonEscapedNfa(content: NFA, limits: CompileLimits): NFA {
  const iterator = content.transitionIterator();
  type Pending = { target: NFA.ReadonlyNode; trie: EscapeTrie };
  type State = NFA.ReadonlyNode | Pending;
  const pending = new Map<NFA.ReadonlyNode, Map<EscapeTrie, Pending>>();
  const pendingState = (target: NFA.ReadonlyNode, trie: EscapeTrie): Pending => {
    let byTrie = pending.get(target);
    if (!byTrie) pending.set(target, (byTrie = new Map()));
    let state = byTrie.get(trie);
    if (!state) byTrie.set(trie, (state = { target, trie }));
    return state;
  };
  const isPending = (state: State): state is Pending => 'trie' in state;
  const backslash = CharSet.fromCharacter(MAX_CHAR, 0x5c);
  return guard('json-string', limits, () =>
    NFA.fromTransitionIterator<State>(
      {
        initial: iterator.initial,
        isFinal: (state) => !isPending(state) && iterator.isFinal(state),
        getOut: (state) => {
          const out = new Map<State, CharSet>();
          if (isPending(state)) {
            if (!state.trie.ends.isEmpty) out.set(state.target, state.trie.ends);
            for (const [char, child] of state.trie.children)
              out.set(pendingState(state.target, child), CharSet.fromCharacter(MAX_CHAR, char));
            return out;
          }
          for (const [to, chars] of iterator.getOut(state)) {
            const direct = chars.intersect(JSON_SAFE);
            if (!direct.isEmpty) out.set(to, direct);
            const specials = chars.intersect(JSON_SPECIAL);
            if (!specials.isEmpty) out.set(pendingState(to, escapeTrie(specials)), backslash);
          }
          return out;
        },
      },
      { maxCharacter: MAX_CHAR },
      new NFA.LimitedNodeFactory(limits.maxStates * 4),
    ),
  );
}
