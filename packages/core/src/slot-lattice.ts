import { type Canvas, type CanvasSlot, MASKED } from './canvas';

/**
 * per-slot reachability over the token automaton, given what is committed: which states
 * are reachable from the left (forward) and can still reach acceptance (backward). A
 * masked position's allowed tokens are the moves that join the two.
 */
export class SlotLattice {
  /** alive[i * S + s]: state s at boundary i is forward-reachable and backward-viable. */
  alive = new Uint8Array(0);
  private forward = new Uint8Array(0);
  stateCount = 0;
  length = 0;
  /** set when a position of the slot changed since the last analyse(). */
  dirty = true;

  constructor(
    readonly canvas: Canvas,
    readonly slot: CanvasSlot,
  ) {}

  /** may position i (0-based within the slot) move from state s to the pad state? */
  padAllowed(i: number, s: number): boolean {
    const a = this.slot.automaton;
    if (s === a.padState) return true;
    if (i === 0 && s === a.start && this.slot.spec.optional) return !this.slot.banAbsent;
    if (a.dfa.accepting[s] !== 1) return false;
    if (i < (this.slot.spec.minTokens ?? 0)) return false;
    // an optional slot that pads from its first position is absent, not empty
    if (i === 0 && this.slot.spec.optional) return !this.slot.banAbsent;
    return true;
  }

  /** the state token `token` leads to from s, or -1. */
  step(s: number, token: number): number {
    const a = this.slot.automaton;
    if (token === a.padTokenId) return -2; // handled by padAllowed
    for (let g = a.groupStart[s]!; g < a.groupStart[s + 1]!; g++) {
      let lo = a.tokenStart[g]!;
      let hi = a.tokenStart[g + 1]! - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const t = a.tokens[mid]!;
        if (t === token) return a.groupTarget[g]!;
        if (t < token) lo = mid + 1;
        else hi = mid - 1;
      }
    }
    return -1;
  }

  /** recompute the alive states; returns false if no accepting path is left (never when committed by the sampler). */
  analyse(): boolean {
    this.dirty = false;
    const a = this.slot.automaton;
    const S = a.stateCount;
    const L = this.slot.length;
    this.stateCount = S;
    this.length = L;
    const size = (L + 1) * S;
    if (this.forward.length < size) {
      this.forward = new Uint8Array(size);
      this.alive = new Uint8Array(size);
    } else {
      this.forward.fill(0, 0, size);
      this.alive.fill(0, 0, size);
    }
    const fwd = this.forward;
    const alive = this.alive;
    const ids = this.canvas.ids;
    const status = this.canvas.status;
    fwd[a.start] = 1;
    for (let i = 0; i < L; i++) {
      const p = this.slot.start + i;
      const row = i * S;
      const nextRow = row + S;
      const masked = status[p] === MASKED;
      const token = ids[p]!;
      for (let s = 0; s < S; s++) {
        if (fwd[row + s] !== 1) continue;
        if (masked) {
          for (let g = a.groupStart[s]!; g < a.groupStart[s + 1]!; g++) fwd[nextRow + a.groupTarget[g]!] = 1;
          if (this.padAllowed(i, s)) fwd[nextRow + a.padState] = 1;
        } else if (token === a.padTokenId) {
          if (this.padAllowed(i, s)) fwd[nextRow + a.padState] = 1;
        } else {
          const t = this.step(s, token);
          if (t >= 0) fwd[nextRow + t] = 1;
        }
      }
    }
    // backward pass, intersected with forward
    let any = false;
    for (let s = 0; s < S; s++) {
      if (fwd[L * S + s] === 1 && a.final[s] === 1) {
        alive[L * S + s] = 1;
        any = true;
      }
    }
    if (!any) return false;
    for (let i = L - 1; i >= 0; i--) {
      const p = this.slot.start + i;
      const row = i * S;
      const nextRow = row + S;
      const masked = status[p] === MASKED;
      const token = ids[p]!;
      for (let s = 0; s < S; s++) {
        if (fwd[row + s] !== 1) continue;
        let ok = false;
        if (masked) {
          for (let g = a.groupStart[s]!; g < a.groupStart[s + 1]! && !ok; g++)
            if (alive[nextRow + a.groupTarget[g]!] === 1) ok = true;
          if (!ok && alive[nextRow + a.padState] === 1 && this.padAllowed(i, s)) ok = true;
        } else if (token === a.padTokenId) {
          ok = alive[nextRow + a.padState] === 1 && this.padAllowed(i, s);
        } else {
          const t = this.step(s, token);
          ok = t >= 0 && alive[nextRow + t] === 1;
        }
        if (ok) alive[row + s] = 1;
      }
    }
    return alive[a.start] === 1;
  }

  /**
   * the only token allowed at position i, -1 if several are, -2 if none.
   * Call after analyse().
   */
  forcedToken(i: number): number {
    const a = this.slot.automaton;
    const S = this.stateCount;
    const row = i * S;
    const nextRow = row + S;
    let only = -2;
    for (let s = 0; s < S; s++) {
      if (this.alive[row + s] !== 1) continue;
      for (let g = a.groupStart[s]!; g < a.groupStart[s + 1]!; g++) {
        if (this.alive[nextRow + a.groupTarget[g]!] !== 1) continue;
        const count = a.tokenStart[g + 1]! - a.tokenStart[g]!;
        if (count > 1) return -1;
        const token = a.tokens[a.tokenStart[g]!]!;
        if (only === -2) only = token;
        else if (only !== token) return -1;
      }
      if (this.alive[nextRow + a.padState] === 1 && this.padAllowed(i, s)) {
        if (only === -2) only = a.padTokenId;
        else if (only !== a.padTokenId) return -1;
      }
    }
    return only;
  }
}
