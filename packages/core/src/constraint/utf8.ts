import type { NFA } from 'refa';
import { numbered } from './char-nfa';
import { MAX_CHAR, SCALARS, UTF8 } from './limits';

/**
 * byte sequences (as lists of byte ranges) that encode exactly the code points in [lo, hi]
 * (surrogates, which UTF-8 cannot encode, left out).
 */
export function utf8Sequences(lo: number, hi: number): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  const stack: Array<[number, number]> = [];
  if (lo < 0xd800) stack.push([lo, Math.min(hi, 0xd7ff)]);
  if (hi > 0xdfff) stack.push([Math.max(lo, 0xe000), hi]);
  const encode = (cp: number): number[] => Array.from(UTF8.encode(String.fromCodePoint(cp)));
  while (stack.length > 0) {
    const [s, e] = stack.pop()!;
    let split = false;
    for (const boundary of [0x7f, 0x7ff, 0xffff]) {
      if (s <= boundary && boundary < e) {
        stack.push([boundary + 1, e], [s, boundary]);
        split = true;
        break;
      }
    }
    if (split) continue;
    if (e <= 0x7f) {
      out.push([[s, e]]);
      continue;
    }
    for (let i = 1; i < 4 && !split; i++) {
      const mask = (1 << (6 * i)) - 1;
      if ((s & ~mask) !== (e & ~mask)) {
        if ((s & mask) !== 0) {
          stack.push([(s | mask) + 1, e], [s, s | mask]);
          split = true;
        } else if ((e & mask) !== mask) {
          stack.push([e & ~mask, e], [s, (e & ~mask) - 1]);
          split = true;
        }
      }
    }
    if (split) continue;
    const a = encode(s);
    const b = encode(e);
    out.push(a.map((byte, k) => [byte, b[k]!] as [number, number]));
  }
  return out;
}

const sequenceCache = new Map<number, Array<Array<[number, number]>>>();

/** utf8Sequences, memoised (the same few ranges come back in every automaton). */
function cachedSequences(lo: number, hi: number): Array<Array<[number, number]>> {
  const key = lo * 0x110000 + hi;
  let sequences = sequenceCache.get(key);
  if (!sequences) {
    if (sequenceCache.size >= 4096) sequenceCache.clear();
    sequenceCache.set(key, (sequences = utf8Sequences(lo, hi)));
  }
  return sequences;
}

/** an automaton over bytes: per state, transitions `[lo, hi, target]` (nondeterministic). */
export interface ByteNfa {
  edges: Array<Array<[number, number, number]>>;
  finals: Uint8Array;
}

/** the character automaton over UTF-8 bytes: each character becomes its byte sequences (surrogates dropped). */
export function utf8Nfa(nfa: NFA): ByteNfa {
  const { order, outs, isFinal } = numbered(nfa);
  const edges: Array<Array<[number, number, number]>> = order.map(() => []);
  const finals: number[] = [];
  // the rest of a multi-byte character, shared by (target, remaining ranges)
  const rests = new Map<string, number>();
  const restState = (target: number, ranges: Array<[number, number]>, at: number): number => {
    if (at === ranges.length) return target;
    let key = `${target}`;
    for (let k = at; k < ranges.length; k++) key += `:${ranges[k]![0]}-${ranges[k]![1]}`;
    let id = rests.get(key);
    if (id === undefined) {
      const next = restState(target, ranges, at + 1);
      id = edges.length;
      edges.push([[ranges[at]![0], ranges[at]![1], next]]);
      rests.set(key, id);
    }
    return id;
  };
  for (let state = 0; state < order.length; state++) {
    if (isFinal(state)) finals.push(state);
    for (const [target, chars] of outs[state]!) {
      for (const range of chars.resize(MAX_CHAR).intersect(SCALARS).ranges) {
        for (const ranges of cachedSequences(range.min, range.max)) {
          edges[state]!.push([ranges[0]![0], ranges[0]![1], restState(target, ranges, 1)]);
        }
      }
    }
  }
  const finalFlags = new Uint8Array(edges.length);
  for (const state of finals) finalFlags[state] = 1;
  return { edges, finals: finalFlags };
}
