import { MASKED } from '../canvas';
import { SlotLattice } from '../slot-lattice';

/**
 * the sampler's SlotLattice: after the first analysis, analyse() redoes only what the positions
 * committed since (touch) change. Forward reachability is recomputed from the leftmost of them
 * until a row comes out as it was, the alive states back from there until a row comes out as it
 * was; the rows of `alive` that changed are kept, so that only their positions are looked at for
 * forced tokens. The states are those a full analysis finds, row for row.
 */
export class SampledLattice extends SlotLattice {
  /** forward reachability: reach[i * S + s]. */
  private reach = new Uint8Array(0);
  private row = new Uint8Array(0);
  private analysed = false;
  /** slot positions committed since the last analysis: from..to (none when from > to). */
  private from = 0;
  private to = -1;
  /** the rows of `alive` the last analysis changed: changedFrom..changedTo (none when from > to). */
  changedFrom = 0;
  changedTo = -1;

  /** position i of the slot was committed. */
  touch(i: number) {
    this.dirty = true;
    if (this.from > this.to) {
      this.from = i;
      this.to = i;
    } else {
      if (i < this.from) this.from = i;
      if (i > this.to) this.to = i;
    }
  }

  override analyse(): boolean {
    const a = this.slot.automaton;
    const S = a.stateCount;
    const L = this.slot.length;
    let { from, to } = this;
    if (!this.analysed || from > to) {
      // everything, from nothing
      const size = (L + 1) * S;
      if (this.reach.length < size) {
        this.reach = new Uint8Array(size);
        this.alive = new Uint8Array(size);
        this.row = new Uint8Array(S);
      } else {
        this.reach.fill(0, 0, size);
        this.alive.fill(0, 0, size);
      }
      this.reach[a.start] = 1;
      this.stateCount = S;
      this.length = L;
      this.analysed = true;
      from = 0;
      to = L - 1;
    }
    this.dirty = false;
    this.from = 0;
    this.to = -1;
    const reach = this.reach;
    const alive = this.alive;
    const row = this.row;
    // forward, from the first committed position until a row past the last one comes out unchanged
    let top = to + 1;
    for (let i = from; i < L; i++) {
      row.fill(0);
      this.forwardRow(i, row, 0);
      const next = i * S + S;
      let same = true;
      for (let s = 0; s < S; s++) {
        if (reach[next + s] !== row[s]) {
          same = false;
          reach[next + s] = row[s]!;
        }
      }
      if (!same && i + 1 > top) top = i + 1;
      if (same && i >= to) break;
    }
    // alive, from the highest row whose inputs changed down, until a row at or below the first
    // committed position comes out unchanged
    let low = L + 1;
    let high = -1;
    for (let i = top; i >= 0; i--) {
      const at = i * S;
      let same = true;
      for (let s = 0; s < S; s++) {
        const v = reach[at + s] === 1 && (i === L ? a.final[s] === 1 : this.goesAlive(i, s)) ? 1 : 0;
        if (alive[at + s] !== v) {
          same = false;
          alive[at + s] = v;
        }
      }
      if (!same) {
        if (i < low) low = i;
        if (i > high) high = i;
      }
      if (same && i <= from) break;
    }
    this.changedFrom = low;
    this.changedTo = high;
    return alive[a.start] === 1;
  }

  /** reach (at offset `into`) of the row after slot position i, from row i of this.reach. */
  private forwardRow(i: number, into: Uint8Array, offset: number) {
    const a = this.slot.automaton;
    const S = a.stateCount;
    const p = this.slot.start + i;
    const masked = this.canvas.status[p] === MASKED;
    const token = this.canvas.ids[p]!;
    const reach = this.reach;
    const row = i * S;
    for (let s = 0; s < S; s++) {
      if (reach[row + s] !== 1) continue;
      if (masked) {
        for (let g = a.groupStart[s]!; g < a.groupStart[s + 1]!; g++) into[offset + a.groupTarget[g]!] = 1;
        if (this.padAllowed(i, s)) into[offset + a.padState] = 1;
      } else if (token === a.padTokenId) {
        if (this.padAllowed(i, s)) into[offset + a.padState] = 1;
      } else {
        const t = this.step(s, token);
        if (t >= 0) into[offset + t] = 1;
      }
    }
  }

  /** whether state s at slot position i has a move to an alive state of row i + 1. */
  private goesAlive(i: number, s: number): boolean {
    const a = this.slot.automaton;
    const nextRow = (i + 1) * a.stateCount;
    const alive = this.alive;
    const p = this.slot.start + i;
    const token = this.canvas.ids[p]!;
    if (this.canvas.status[p] === MASKED) {
      for (let g = a.groupStart[s]!; g < a.groupStart[s + 1]!; g++)
        if (alive[nextRow + a.groupTarget[g]!] === 1) return true;
      return alive[nextRow + a.padState] === 1 && this.padAllowed(i, s);
    }
    if (token === a.padTokenId) return alive[nextRow + a.padState] === 1 && this.padAllowed(i, s);
    const t = this.step(s, token);
    return t >= 0 && alive[nextRow + t] === 1;
  }
}
