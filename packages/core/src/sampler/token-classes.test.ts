import { describe, expect, it } from 'vitest';
import { ByteTokenizer } from '../byte-tokenizer';
import { buildCanvas } from '../canvas';
import * as c from '../constraint/constraint';
import { slot } from '../layout';
import { tokenClasses } from './token-classes';

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
  c.jsonString(c.length(0, 40)),
];

describe('tokenClasses', () => {
  it('numbers groups alike exactly when they hold the same tokens', () => {
    for (const constraint of corpus) {
      const canvas = buildCanvas({
        layout: { segments: [slot({ path: '/x', constraint, maxTokens: 12 })] },
        tokenizer,
        model: info,
      });
      const a = canvas.slots[0]!.automaton;
      const { groupClass, count } = tokenClasses(a);
      const tokensOf = (g: number) =>
        Array.from(a.tokens.subarray(a.tokenStart[g]!, a.tokenStart[g + 1]!)).join();
      const byClass = new Map<number, string>();
      for (let g = 0; g < groupClass.length; g++) {
        const known = byClass.get(groupClass[g]!);
        if (known === undefined) byClass.set(groupClass[g]!, tokensOf(g));
        else expect(tokensOf(g)).toBe(known);
      }
      expect(byClass.size).toBe(count);
      expect(new Set(byClass.values()).size).toBe(count);
    }
  });

  it('a length-bounded string repeats its character sets: far fewer classes than groups', () => {
    const canvas = buildCanvas({
      layout: { segments: [slot({ path: '/x', constraint: c.jsonString(c.length(0, 40)), maxTokens: 48 })] },
      tokenizer,
      model: info,
    });
    const a = canvas.slots[0]!.automaton;
    const { groupClass, count } = tokenClasses(a);
    expect(count * 10).toBeLessThan(groupClass.length);
  });
});
