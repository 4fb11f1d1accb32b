import type { ConfidenceMeasure, Proposals } from './proposals';

/** the order in which the sampler commits tokens (SampleOptions.order). */
export type DecodingOrder = 'confidence' | 'left-to-right' | 'slot-left-to-right' | 'slot-prefix';

/** how the step picks what to commit among the proposals (the checked SampleOptions). */
export interface ChooseOptions {
  order: DecodingOrder;
  threshold: number;
  tokensPerStep?: number;
  steps?: number;
  confidence?: ConfidenceMeasure;
}

/**
 * choose which proposals to commit this step: their rows, each once. `nfe`: forward passes the
 * run has taken so far.
 */
export function choose(proposals: Proposals, options: ChooseOptions, nfe: number): number[] {
  const n = proposals.count;
  if (n === 0) return [];
  const { position, slot } = proposals;
  if (options.order === 'left-to-right') {
    let first = 0;
    for (let k = 1; k < n; k++) if (position[k]! < position[first]!) first = k;
    return [first];
  }
  // one proposal per unfinished slot, its leftmost masked position: all of them
  if (options.order === 'slot-left-to-right') return Array.from({ length: n }, (_, k) => k);
  if (options.order === 'slot-prefix') return slotPrefixes(proposals, options.threshold);
  if (options.tokensPerStep !== undefined || options.steps !== undefined) {
    let k = options.tokensPerStep ?? 1;
    if (options.steps !== undefined) {
      const remainingSteps = Math.max(1, options.steps - nfe);
      k = Math.ceil(n / remainingSteps);
    }
    const confidence = Float64Array.from({ length: n }, (_, row) => proposals.confidence(row));
    return Array.from({ length: n }, (_, row) => row)
      .sort((x, y) => confidence[y]! - confidence[x]! || position[x]! - position[y]!)
      .slice(0, Math.max(1, k));
  }
  // threshold rule; with the probability measure, a cheap upper bound settles most positions.
  // Per slot (its rows are consecutive), the best row by that score, the leftmost on ties: the
  // slot's commit when none of its rows reaches the threshold
  const cheap = (options.confidence ?? 'probability') === 'probability';
  const chosen: number[] = [];
  const fallbacks: number[] = [];
  let best = 0;
  let bestScore = 0;
  let slotChosen = false;
  for (let k = 0; k < n; k++) {
    const score = cheap ? proposals.bound[k]! : proposals.confidence(k);
    const first = k === 0 || slot[k] !== slot[k - 1];
    if (first && k > 0 && !slotChosen) fallbacks.push(best);
    if (first) slotChosen = false;
    if (score >= options.threshold && proposals.confidence(k) >= options.threshold) {
      chosen.push(k);
      slotChosen = true;
    }
    if (first || score > bestScore || (score === bestScore && position[k]! < position[best]!)) {
      best = k;
      bestScore = score;
    }
  }
  if (!slotChosen) fallbacks.push(best);
  for (const k of fallbacks) chosen.push(k);
  return chosen;
}

/** per slot: its leftmost proposal, then the next ones while they reach the threshold. */
function slotPrefixes(proposals: Proposals, threshold: number): number[] {
  const chosen: number[] = [];
  const n = proposals.count;
  for (let from = 0; from < n; ) {
    let to = from + 1;
    while (to < n && proposals.slot[to] === proposals.slot[from]) to++;
    const rows = Array.from({ length: to - from }, (_, k) => from + k).sort(
      (x, y) => proposals.position[x]! - proposals.position[y]!,
    );
    chosen.push(rows[0]!);
    for (let k = 1; k < rows.length && proposals.confidence(rows[k]!) >= threshold; k++)
      chosen.push(rows[k]!);
    from = to;
  }
  return chosen;
}
