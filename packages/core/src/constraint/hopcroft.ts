/**
 * Hopcroft's partition refinement: the block of each live state in the coarsest partition that
 * separates accepting states and respects transitions (`next[state * k + c]`, -1: the dead state).
 */
export function hopcroft(
  n: number,
  k: number,
  next: Int32Array,
  live: Uint8Array,
  accepting: number[],
): Int32Array {
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
