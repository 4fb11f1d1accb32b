import { describe, expect, it } from 'vitest';
import { generateExamples } from './examples';
import { EXTRA_PREDICATES } from './extra-predicates';
import { heldoutIndex, kindById } from './facts';

const words = (text: string) => text.toLowerCase().split(/\s+/);
const trigrams = (text: string) => {
  const w = words(text);
  return new Set(w.slice(0, -2).map((_, i) => w.slice(i, i + 3).join(' ')));
};

describe('extra yes/no predicates (training with composed phrasings only)', () => {
  it('belong to boolean kinds and stay away from every held-out pair', () => {
    for (const [id, pairs] of Object.entries(EXTRA_PREDICATES)) {
      const kind = kindById.get(id);
      expect(kind?.predicates, id).toBeDefined();
      const list = kind!.predicates!;
      const held = list.filter((_, i) => heldoutIndex(i, list.length, 3, 3)).flat();
      const all = list.flat();
      expect(held.length, id).toBeGreaterThan(0);
      for (const phrase of pairs.flat()) {
        expect(all, phrase).not.toContain(phrase);
        for (const h of held) {
          expect(phrase.includes(h) || h.includes(phrase), `${phrase} / ${h}`).toBe(false);
          const shared = [...trigrams(phrase)].filter((t) => trigrams(h).has(t));
          expect(shared, `${phrase} / ${h}`).toEqual([]);
        }
      }
    }
  });

  it('are drawn in training when composed, never in held-out examples, which do not change', () => {
    const plain = [...generateExamples(600, { seed: 11, heldoutFrac: 0.25 })];
    const composed = [...generateExamples(600, { seed: 11, heldoutFrac: 0.25, composed: true })];
    const extra = (e: (typeof plain)[number]) => e.meta.templates.some((t) => /\.e\d+$/.test(t));
    expect(plain.some(extra)).toBe(false);
    const used = composed.filter(extra);
    expect(used.length).toBeGreaterThan(5);
    expect(used.every((e) => e.split === 'train')).toBe(true);
    expect(composed.filter((e) => e.split === 'heldout')).toEqual(plain.filter((e) => e.split === 'heldout'));
    // and dates in words (month names) are written more often in composed training
    const months =
      /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
    const share = (list: typeof plain) => {
      const train = list.filter((e) => e.split === 'train' && e.kind === 'extraction');
      return train.filter((e) => months.test(e.prompt)).length / train.length;
    };
    expect(share(composed)).toBeGreaterThan(share(plain) * 1.3);
  });
});
