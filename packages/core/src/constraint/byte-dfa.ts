import type { NFA } from 'refa';
import { hopcroft } from './hopcroft';
import { type CompileLimits, stateLimit } from './limits';
import { type ByteNfa, utf8Nfa } from './utf8';

/** a deterministic automaton over UTF-8 bytes: `table[state * 256 + byte]` is the next state or -1. */
export interface ByteDfa {
  readonly stateCount: number;
  readonly start: number;
  readonly accepting: Uint8Array;
  readonly table: Int32Array;
}

/** subset construction over bytes: a dense table (`-1`: no transition), state 0 the start. */
function determinise(
  automaton: ByteNfa,
  construct: string,
  limits: CompileLimits,
): { rows: Int32Array[]; accepting: number[] } {
  const keys = new Map<string, number>();
  const singles = new Map<number, number>([[0, 0]]);
  const sets: number[][] = [[0]];
  const rows: Int32Array[] = [];
  const accepting: number[] = [];
  // scratch, reused from state to state
  const isCut = new Uint8Array(258);
  const cuts: number[] = [];
  /** a bound (0..256) -> its place among the current state's bounds. */
  const boundIndex = new Int32Array(258);
  const counts = new Int32Array(258);
  let bucketTargets = new Int32Array(64);
  const seen = new Int32Array(automaton.edges.length).fill(-1);
  let stamp = 0;
  const next: number[] = [];
  for (let head = 0; head < sets.length; head++) {
    const set = sets[head]!;
    const row = new Int32Array(256).fill(-1);
    let final = 0;
    cuts.length = 0;
    let edgeCount = 0;
    for (const state of set) {
      final |= automaton.finals[state]!;
      for (const [lo, hi] of automaton.edges[state]!) {
        edgeCount++;
        for (const cut of [lo, hi + 1]) {
          if (isCut[cut]) continue;
          isCut[cut] = 1;
          cuts.push(cut);
        }
      }
    }
    accepting.push(final);
    if (edgeCount > 0) {
      cuts.sort((a, b) => a - b);
      const intervals = cuts.length - 1;
      for (let k = 0; k < cuts.length; k++) {
        boundIndex[cuts[k]!] = k;
        isCut[cuts[k]!] = 0;
        counts[k] = 0;
      }
      // the targets over each interval [cuts[k], cuts[k + 1]), as one flat array by interval
      for (const state of set)
        for (const [lo, hi] of automaton.edges[state]!)
          for (let k = boundIndex[lo]!, end = boundIndex[hi + 1]!; k < end; k++) counts[k + 1]!++;
      for (let k = 0; k < intervals; k++) counts[k + 1]! += counts[k]!;
      const total = counts[intervals]!;
      if (bucketTargets.length < total) bucketTargets = new Int32Array(total * 2);
      const fill = counts.slice(0, intervals + 1);
      for (const state of set)
        for (const [lo, hi, target] of automaton.edges[state]!)
          for (let k = boundIndex[lo]!, end = boundIndex[hi + 1]!; k < end; k++)
            bucketTargets[fill[k]!++] = target;
      for (let k = 0; k < intervals; k++) {
        const from = counts[k]!;
        const to = counts[k + 1]!;
        if (from === to) continue;
        stamp++;
        next.length = 0;
        for (let t = from; t < to; t++) {
          const target = bucketTargets[t]!;
          if (seen[target] !== stamp) {
            seen[target] = stamp;
            next.push(target);
          }
        }
        // one NFA state (most intervals): known by its number, no key string
        let id: number | undefined;
        let key: string | undefined;
        if (next.length === 1) id = singles.get(next[0]!);
        else {
          next.sort((a, b) => a - b);
          key = next.join(',');
          id = keys.get(key);
        }
        if (id === undefined) {
          id = sets.length;
          if (id >= limits.maxStates * 4)
            throw stateLimit(construct, limits, new Error('too many byte states'));
          if (key === undefined) singles.set(next[0]!, id);
          else keys.set(key, id);
          sets.push(next.slice());
        }
        row.fill(id, cuts[k]!, cuts[k + 1]!);
      }
    }
    rows.push(row);
  }
  return { rows, accepting };
}

/**
 * the minimal equivalent of a dense byte DFA (Hopcroft's refinement over the byte classes the
 * automaton distinguishes), without states that cannot reach acceptance, renumbered breadth-first
 * from the start.
 */
export function minimise(rows: Int32Array[], accepting: number[]): ByteDfa | undefined {
  const n = rows.length;
  // live states: those that reach an accepting state
  const live = new Uint8Array(n);
  const preds: number[][] = rows.map(() => []);
  for (let state = 0; state < n; state++) {
    const row = rows[state]!;
    let last = -2;
    for (let byte = 0; byte < 256; byte++) {
      const to = row[byte]!;
      if (to >= 0 && to !== last) preds[to]!.push(state);
      last = to;
    }
  }
  const stack: number[] = [];
  const reach = (state: number) => {
    if (live[state]) return;
    live[state] = 1;
    stack.push(state);
  };
  for (let state = 0; state < n; state++) if (accepting[state]) reach(state);
  while (stack.length > 0) for (const p of preds[stack.pop()!]!) reach(p);
  if (!live[0]) return undefined;
  // byte classes: runs of bytes no row tells apart (not always the coarsest classes; enough)
  const boundary = new Uint8Array(256);
  for (const row of rows)
    for (let byte = 1; byte < 256; byte++) if (row[byte] !== row[byte - 1]) boundary[byte] = 1;
  const classOf = new Int32Array(256);
  const representatives: number[] = [0];
  for (let byte = 1; byte < 256; byte++) {
    if (boundary[byte]) representatives.push(byte);
    classOf[byte] = representatives.length - 1;
  }
  const k = representatives.length;
  const next = new Int32Array(n * k);
  for (let state = 0; state < n; state++)
    for (let c = 0; c < k; c++) {
      const to = rows[state]![representatives[c]!]!;
      next[state * k + c] = to >= 0 && live[to] ? to : -1;
    }
  const block = hopcroft(n, k, next, live, accepting);
  // renumber the blocks breadth-first from the start's
  // block ids run up to n (the dead state's block takes one)
  const order = new Int32Array(n + 1).fill(-1);
  const representative = new Int32Array(n + 1).fill(-1);
  for (let state = n - 1; state >= 0; state--) if (live[state]) representative[block[state]!] = state;
  order[block[0]!] = 0;
  const queue = [block[0]!];
  for (let head = 0; head < queue.length; head++) {
    const state = representative[queue[head]!]!;
    for (let c = 0; c < k; c++) {
      const to = next[state * k + c]!;
      if (to >= 0 && order[block[to]!]! < 0) {
        order[block[to]!] = queue.length;
        queue.push(block[to]!);
      }
    }
  }
  const stateCount = queue.length;
  const table = new Int32Array(stateCount * 256);
  const accept = new Uint8Array(stateCount);
  const targets = new Int32Array(k);
  for (let id = 0; id < stateCount; id++) {
    const state = representative[queue[id]!]!;
    accept[id] = accepting[state]!;
    for (let c = 0; c < k; c++) {
      const to = next[state * k + c]!;
      targets[c] = to >= 0 ? order[block[to]!]! : -1;
    }
    for (let byte = 0; byte < 256; byte++) table[id * 256 + byte] = targets[classOf[byte]!]!;
  }
  return { stateCount, start: 0, accepting: accept, table };
}

/** the minimal DFA over UTF-8 bytes of a character automaton (undefined when it accepts nothing). */
export function nfaToByteDfa(nfa: NFA, construct: string, limits: CompileLimits): ByteDfa | undefined {
  const { rows, accepting } = determinise(utf8Nfa(nfa), construct, limits);
  return minimise(rows, accepting);
}
