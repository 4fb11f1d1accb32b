import type { SlotLattice } from '../slot-lattice';
import { confidenceAt } from './viterbi';

/** how the confidence of a proposed token is measured (over the tokens the constraint allows there). */
export type ConfidenceMeasure = 'probability' | 'margin' | 'entropy';

/**
 * the tokens proposed for one canvas in one step, a row per masked position: parallel arrays
 * reused from step to step (a step of a large canvas proposes tens of thousands). A slot's rows
 * are consecutive.
 */
export class Proposals {
  count = 0;
  position = new Int32Array(64);
  token = new Int32Array(64);
  slot = new Int32Array(64);
  /** index of the position within its slot. */
  index = new Int32Array(64);
  /** automaton state before the position on the chosen path. */
  state = new Int32Array(64);
  /**
   * an upper bound of the probability confidence, from the chosen token and the best other
   * allowed one (the sum over all allowed tokens is at least those two terms); NaN where the
   * pass did not work it out (the greedy choice, the other measures).
   */
  bound = new Float64Array(64);
  private exact = new Float64Array(64);
  private logits: Float32Array = new Float32Array(0);
  /** offset of the canvas's logits. */
  private rowOffset = 0;
  private vocab = 0;
  private lattices: readonly SlotLattice[] = [];
  private measure: ConfidenceMeasure = 'probability';

  /** start a step: no rows, confidences read from these logits. */
  reset(
    logits: Float32Array,
    rowOffset: number,
    vocab: number,
    lattices: readonly SlotLattice[],
    measure: ConfidenceMeasure,
  ) {
    this.count = 0;
    this.logits = logits;
    this.rowOffset = rowOffset;
    this.vocab = vocab;
    this.lattices = lattices;
    this.measure = measure;
  }

  push(position: number, token: number, slot: number, index: number, state: number, bound: number) {
    if (this.count === this.position.length) this.grow();
    const k = this.count++;
    this.position[k] = position;
    this.token[k] = token;
    this.slot[k] = slot;
    this.index[k] = index;
    this.state[k] = state;
    this.bound[k] = bound;
    this.exact[k] = Number.NaN;
  }

  /** the confidence of row k, computed on first use (a pass with exp over the allowed tokens). */
  confidence(k: number): number {
    let exact = this.exact[k]!;
    if (Number.isNaN(exact)) {
      exact = confidenceAt(
        this.lattices[this.slot[k]!]!,
        this.logits,
        this.rowOffset + this.position[k]! * this.vocab,
        this.index[k]!,
        this.state[k]!,
        this.token[k]!,
        this.measure,
      );
      this.exact[k] = exact;
    }
    return exact;
  }

  private grow() {
    const size = this.position.length * 2;
    const int = (from: Int32Array) => {
      const to = new Int32Array(size);
      to.set(from);
      return to;
    };
    const float = (from: Float64Array) => {
      const to = new Float64Array(size);
      to.set(from);
      return to;
    };
    this.position = int(this.position);
    this.token = int(this.token);
    this.slot = int(this.slot);
    this.index = int(this.index);
    this.state = int(this.state);
    this.bound = float(this.bound);
    this.exact = float(this.exact);
  }
}
