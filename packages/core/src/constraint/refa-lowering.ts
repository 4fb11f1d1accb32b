import { CharSet, DFA } from 'refa';
import type { ByteDfa } from './byte-dfa';
import { type CompileLimits, guard, SCALARS } from './limits';
import { utf8Sequences } from './utf8';

/**
 * the reference lowering: a byte automaton from the character DFA through refa's DFA
 * construction and minimisation (slower; the test oracle of nfaToByteDfa).
 */
export function lowerThroughRefa(chars: DFA, construct: string, limits: CompileLimits): ByteDfa {
  const iterator = chars.transitionIterator();
  type Pending = { target: DFA.ReadonlyNode; rest: Array<[number, number]>; key: string };
  type State = DFA.ReadonlyNode | Pending;
  const ids = new Map<DFA.ReadonlyNode, number>();
  const idOf = (node: DFA.ReadonlyNode) => {
    let id = ids.get(node);
    if (id === undefined) ids.set(node, (id = ids.size));
    return id;
  };
  const pendings = new Map<string, Pending>();
  const pendingState = (target: DFA.ReadonlyNode, rest: Array<[number, number]>): Pending => {
    const key = `${idOf(target)}:${rest.map(([a, b]) => `${a}-${b}`).join(',')}`;
    let state = pendings.get(key);
    if (!state) pendings.set(key, (state = { target, rest, key }));
    return state;
  };
  const isPending = (state: State): state is Pending => 'rest' in state;
  const stepTo = (target: DFA.ReadonlyNode, rest: Array<[number, number]>): State =>
    rest.length === 0 ? target : pendingState(target, rest);
  const addRange = (out: Map<State, CharSet>, to: State, [a, b]: [number, number]) => {
    const set = CharSet.fromRange(255, { min: a, max: b });
    const old = out.get(to);
    out.set(to, old ? old.union(set) : set);
  };
  const bytes = guard(construct, limits, () => {
    const dfa = DFA.fromTransitionIterator<State>(
      {
        initial: iterator.initial,
        isFinal: (state) => !isPending(state) && iterator.isFinal(state),
        getOut: (state) => {
          const out = new Map<State, CharSet>();
          if (isPending(state)) {
            addRange(out, stepTo(state.target, state.rest.slice(1)), state.rest[0]!);
            return out;
          }
          for (const [to, set] of iterator.getOut(state)) {
            for (const range of set.intersect(SCALARS).ranges) {
              for (const sequence of utf8Sequences(range.min, range.max)) {
                addRange(out, stepTo(to, sequence.slice(1)), sequence[0]!);
              }
            }
          }
          return out;
        },
      },
      { maxCharacter: 255 },
      new DFA.LimitedNodeFactory(limits.maxStates),
    );
    dfa.minimize();
    return dfa;
  });
  // dense table, states numbered in breadth-first order from the start
  const order = new Map<DFA.ReadonlyNode, number>([[bytes.initial, 0]]);
  const queue: DFA.ReadonlyNode[] = [bytes.initial];
  const byteIterator = bytes.transitionIterator();
  for (let head = 0; head < queue.length; head++) {
    for (const to of byteIterator.getOut(queue[head]!).keys()) {
      if (!order.has(to)) {
        order.set(to, order.size);
        queue.push(to);
      }
    }
  }
  const stateCount = queue.length;
  const table = new Int32Array(stateCount * 256).fill(-1);
  const accepting = new Uint8Array(stateCount);
  for (const [node, id] of order) {
    if (bytes.finals.has(node as DFA.Node)) accepting[id] = 1;
    for (const [to, set] of byteIterator.getOut(node)) {
      const target = order.get(to)!;
      for (const range of set.ranges)
        for (let b = range.min; b <= range.max; b++) table[id * 256 + b] = target;
    }
  }
  return { stateCount, start: 0, accepting, table };
}
