import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteTokenizer } from '../byte-tokenizer';
import { buildCanvas, COMMITTED, MASKED } from '../canvas';
import * as c from '../constraint/constraint';
import { fixed, slot } from '../layout';
import { SlotLattice } from '../slot-lattice';
import { SampledLattice } from './lattice';

const tokenizer = new ByteTokenizer({
  merges: ['ab', 'ba', '12', '00', 'red', 'gre', 'en', 'é', '\\"'],
  specials: ['<mask>', '<pad>'],
});
const info = {
  maskTokenId: tokenizer.special('<mask>'),
  padTokenId: tokenizer.special('<pad>'),
  maxLength: 4096,
};

const corpus: c.Constraint[] = [
  c.regex('[a-z]{1,6}'),
  c.regex('\\d{3}-\\d{4}'),
  c.regex('(ab|ba)+c?'),
  c.literals(['red', 'green', 'blue', 'é']),
  c.integer({ minimum: -50, maximum: 1200 }),
  c.jsonString(),
  c.jsonString(c.regex('[a-z ]{2,10}')),
];

/** a path the lattice accepts, a token (or the pad) per slot position, its choices led by `pick`. */
function acceptedPath(lattice: SlotLattice, pick: number): number[] {
  const a = lattice.slot.automaton;
  const S = a.stateCount;
  const { canvas, slot: target } = lattice;
  const path: number[] = [];
  let s = a.start;
  for (let i = 0; i < target.length; i++) {
    const moves: Array<[number, number]> = [];
    const p = target.start + i;
    if (canvas.status[p] !== MASKED) {
      const token = canvas.ids[p]!;
      moves.push([token, token === a.padTokenId ? a.padState : lattice.step(s, token)]);
    } else {
      for (let g = a.groupStart[s]!; g < a.groupStart[s + 1]!; g++) {
        if (lattice.alive[(i + 1) * S + a.groupTarget[g]!] !== 1) continue;
        for (let k = a.tokenStart[g]!; k < a.tokenStart[g + 1]!; k++)
          moves.push([a.tokens[k]!, a.groupTarget[g]!]);
      }
      if (lattice.alive[(i + 1) * S + a.padState] === 1 && lattice.padAllowed(i, s))
        moves.push([a.padTokenId, a.padState]);
    }
    expect(moves.length).toBeGreaterThan(0);
    const [token, next] = moves[(pick + i) % moves.length]!;
    path.push(token);
    s = next;
  }
  return path;
}

describe('SampledLattice', () => {
  it('after any commits, its alive states are a full analysis’s, and only the changed rows can hold new forced tokens', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: corpus.length - 1 }),
        fc.integer({ min: 1, max: 14 }),
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 3 })), { maxLength: 20 }),
        (which, maxTokens, optional, moves) => {
          const layout = {
            segments: [fixed('{'), slot({ path: '/x', constraint: corpus[which]!, maxTokens, optional })],
          };
          let canvas: ReturnType<typeof buildCanvas>;
          try {
            canvas = buildCanvas({ layout, tokenizer, model: info });
          } catch {
            return; // a budget too small for the constraint
          }
          const target = canvas.slots[0]!;
          const lattice = new SampledLattice(canvas, target);
          lattice.analyse();
          for (const [at, pick, count] of moves) {
            const before = Array.from({ length: target.length }, (_, i) => lattice.forcedToken(i));
            // commit `count` positions of one accepted path (a step commits several)
            const path = acceptedPath(lattice, pick);
            for (let n = 0; n < count; n++) {
              const masked = [];
              for (let i = 0; i < target.length; i++)
                if (canvas.status[target.start + i] === MASKED) masked.push(i);
              if (masked.length === 0) return;
              const i = masked[(at + n) % masked.length]!;
              (canvas.ids as Int32Array)[target.start + i] = path[i]!;
              (canvas.status as Uint8Array)[target.start + i] = COMMITTED;
              lattice.touch(i);
            }
            expect(lattice.analyse()).toBe(true);
            const full = new SlotLattice(canvas, target);
            full.analyse();
            const S = target.automaton.stateCount;
            expect(Array.from(lattice.alive.subarray(0, (target.length + 1) * S))).toEqual(
              Array.from(full.alive.subarray(0, (target.length + 1) * S)),
            );
            for (let i = 0; i < target.length; i++) {
              if (i >= lattice.changedFrom - 1 && i <= lattice.changedTo) continue;
              if (canvas.status[target.start + i] === MASKED) expect(lattice.forcedToken(i)).toBe(before[i]);
            }
          }
        },
      ),
      { numRuns: 300, seed: 24 },
    );
  });
});
