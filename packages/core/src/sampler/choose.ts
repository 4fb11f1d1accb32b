import type { ConfidenceMeasure, Proposal } from './viterbi';

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

/** choose which proposals to commit this step; `nfe`: forward passes the run has taken so far. */
export function choose(proposals: Proposal[], options: ChooseOptions, nfe: number): Proposal[] {
  if (proposals.length === 0) return [];
  if (options.order === 'left-to-right') {
    let first = proposals[0]!;
    for (const proposal of proposals) if (proposal.position < first.position) first = proposal;
    return [first];
  }
  // one proposal per unfinished slot, its leftmost masked position: all of them
  if (options.order === 'slot-left-to-right') return proposals;
  if (options.order === 'slot-prefix') return slotPrefixes(proposals, options.threshold);
  const byConfidence = (x: Proposal, y: Proposal) => y.confidence - x.confidence || x.position - y.position;
  if (options.tokensPerStep !== undefined || options.steps !== undefined) {
    let k = options.tokensPerStep ?? 1;
    if (options.steps !== undefined) {
      const remainingSteps = Math.max(1, options.steps - nfe);
      k = Math.ceil(proposals.length / remainingSteps);
    }
    return [...proposals].sort(byConfidence).slice(0, Math.max(1, k));
  }
  // threshold rule; with the probability measure, a cheap upper bound settles most positions
  const cheap = (options.confidence ?? 'probability') === 'probability';
  const chosen: Proposal[] = [];
  const bestBySlot = new Map<number, { proposal: Proposal; score: number }>();
  for (const proposal of proposals) {
    const score = cheap ? proposal.bound() : proposal.confidence;
    if (score >= options.threshold && proposal.confidence >= options.threshold) chosen.push(proposal);
    const best = bestBySlot.get(proposal.slot);
    if (!best || score > best.score || (score === best.score && proposal.position < best.proposal.position)) {
      bestBySlot.set(proposal.slot, { proposal, score });
    }
  }
  const slotsChosen = new Set(chosen.map((proposal) => proposal.slot));
  for (const [slot, best] of bestBySlot) if (!slotsChosen.has(slot)) chosen.push(best.proposal);
  return chosen;
}

/** per slot: its leftmost proposal, then the next ones while they reach the threshold. */
function slotPrefixes(proposals: Proposal[], threshold: number): Proposal[] {
  const bySlot = new Map<number, Proposal[]>();
  for (const proposal of proposals) {
    const list = bySlot.get(proposal.slot);
    if (list) list.push(proposal);
    else bySlot.set(proposal.slot, [proposal]);
  }
  const chosen: Proposal[] = [];
  for (const list of bySlot.values()) {
    list.sort((x, y) => x.position - y.position);
    chosen.push(list[0]!);
    for (let k = 1; k < list.length && list[k]!.confidence >= threshold; k++) chosen.push(list[k]!);
  }
  return chosen;
}
