import type { NFA } from 'refa';
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
 * Hopcroft's partition refinement: the block of each live state in the coarsest partition that
 * separates accepting states and respects transitions (`next[state * k + c]`, -1: the dead state).
 */
function hopcroft(n: number, k: number, next: Int32Array, live: Uint8Array, accepting: number[]): Int32Array {
  // live states as 0..m-1, the dead state as m; every state has one target per class
  const index = new Int32Array(n).fill(-1);
  const states: number[] = [];
  for (let state = 0; state < n; state++) if (live[state]) index[state] = states.push(state) - 1;
  const m = states.length;
  const size = m + 1;
  const delta = new Int32Array(size * k).fill(m);
  for (let q = 0; q < m; q++)
    for (let c = 0; c < k; c++) {
      const to = next[states[q]! * k + c]!;
      if (to >= 0) delta[q * k + c] = index[to]!;
    }
  // predecessors per class and target
  const invStart = new Int32Array(k * size + 1);
  for (let q = 0; q < size; q++) for (let c = 0; c < k; c++) invStart[c * size + delta[q * k + c]! + 1]!++;
  for (let i = 0; i < k * size; i++) invStart[i + 1]! += invStart[i]!;
  const fill = invStart.slice(0, k * size);
  const inv = new Int32Array(k * size);
  for (let q = 0; q < size; q++) for (let c = 0; c < k; c++) inv[fill[c * size + delta[q * k + c]!]!++] = q;
  // the partition: elements ordered by block, each block a range [start, end), marked ones first
  const elems = new Int32Array(size);
  const pos = new Int32Array(size);
  const blockOf = new Int32Array(size);
  const start = new Int32Array(size + 1);
  const end = new Int32Array(size + 1);
  const marked = new Int32Array(size + 1);
  let blocks = 0;
  let at = 0;
  for (const group of [
    (q: number) => q < m && accepting[states[q]!] === 1,
    (q: number) => q < m && accepting[states[q]!] !== 1,
    (q: number) => q === m,
  ]) {
    const first = at;
    for (let q = 0; q < size; q++)
      if (group(q)) {
        elems[at] = q;
        pos[q] = at++;
        blockOf[q] = blocks;
      }
    if (at > first) {
      start[blocks] = first;
      end[blocks] = at;
      marked[blocks] = first;
      blocks++;
    }
  }
  const inWork = new Uint8Array(size * k);
  const work: number[] = [];
  // every initial block but the largest splits the others (Hopcroft)
  let largest = 0;
  for (let b = 1; b < blocks; b++) if (end[b]! - start[b]! > end[largest]! - start[largest]!) largest = b;
  for (let b = 0; b < blocks; b++) {
    if (b === largest) continue;
    for (let c = 0; c < k; c++) {
      inWork[b * k + c] = 1;
      work.push(b * k + c);
    }
  }
  const splitter = new Int32Array(size);
  const touched = new Int32Array(size);
  while (work.length > 0) {
    const item = work.pop()!;
    inWork[item] = 0;
    const a = Math.floor(item / k);
    const c = item % k;
    const splitterSize = end[a]! - start[a]!;
    for (let s = 0; s < splitterSize; s++) splitter[s] = elems[start[a]! + s]!;
    let touchedCount = 0;
    for (let s = 0; s < splitterSize; s++) {
      const q = splitter[s]!;
      for (let j = invStart[c * size + q]!; j < invStart[c * size + q + 1]!; j++) {
        const p = inv[j]!;
        const b = blockOf[p]!;
        const i = pos[p]!;
        if (i < marked[b]!) continue;
        // move p to the end of its block's marked part
        const other = elems[marked[b]!]!;
        elems[i] = other;
        pos[other] = i;
        elems[marked[b]!] = p;
        pos[p] = marked[b]!;
        if (marked[b]!++ === start[b]!) touched[touchedCount++] = b;
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const b = touched[t]!;
      if (marked[b] === end[b]) {
        marked[b] = start[b]!;
        continue;
      }
      // split: the marked part becomes a new block
      const fresh = blocks++;
      start[fresh] = start[b]!;
      end[fresh] = marked[b]!;
      marked[fresh] = start[fresh]!;
      start[b] = end[fresh]!;
      marked[b] = start[b]!;
      for (let i = start[fresh]!; i < end[fresh]!; i++) blockOf[elems[i]!] = fresh;
      const smaller = end[fresh]! - start[fresh]! <= end[b]! - start[b]! ? fresh : b;
      for (let d = 0; d < k; d++) {
        const add = inWork[b * k + d] ? fresh : smaller;
        if (inWork[add * k + d]) continue;
        // a block no state enters on d splits nothing on d
        let entered = false;
        for (let i = start[add]!; i < end[add]! && !entered; i++) {
          const q = elems[i]!;
          entered = invStart[d * size + q + 1]! > invStart[d * size + q]!;
        }
        if (!entered) continue;
        inWork[add * k + d] = 1;
        work.push(add * k + d);
      }
    }
  }
  const block = new Int32Array(n).fill(-1);
  for (let q = 0; q < m; q++) block[states[q]!] = blockOf[q]!;
  return block;
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
