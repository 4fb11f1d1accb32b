import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HuggingFaceTokenizer } from './hugging-face-tokenizer';

// fixtures made by recipes/model-nano/tokenizer.py (see __fixtures__/bpe/make-corpus.py)
const dir = new URL('./__fixtures__/bpe/', import.meta.url);
const tokenizer = HuggingFaceTokenizer.fromJson(readFileSync(new URL('tokenizer.json', dir), 'utf8'));
const encodings: Array<{ text: string; ids: number[] }> = JSON.parse(
  readFileSync(new URL('encodings.json', dir), 'utf8'),
);
const specials = /<\|(?:mask|pad|prompt|canvas|unk)\|>/;

describe('byte-level BPE parity with tokenizer.py', () => {
  it('has every sample', () => {
    expect(encodings.length).toBeGreaterThan(20);
  });

  it.each(encodings.map((e) => [JSON.stringify(e.text), e] as const))(
    'encodes %s like Python',
    (_, sample) => {
      if (!specials.test(sample.text)) {
        expect(tokenizer.encode(sample.text)).toEqual(sample.ids);
        return;
      }
      // Python reads added tokens in any text; here they are written as tokens only where a
      // prompt format puts them, so the text between them is compared piece by piece
      const pieces = sample.text.split(new RegExp(`(${specials.source})`)).filter((piece) => piece !== '');
      const ids = pieces.flatMap((piece) =>
        specials.test(piece) ? [tokenizer.tokenId(piece)!] : tokenizer.encode(piece),
      );
      expect(ids).toEqual(sample.ids);
      // and the whole text, with no prompt format, is read as text
      const asText = tokenizer.encode(sample.text);
      expect(asText.some((id) => tokenizer.isSpecial(id))).toBe(false);
      expect(tokenizer.decode(asText)).toBe(sample.text);
    },
  );

  it.each(encodings.map((e) => [JSON.stringify(e.text), e] as const))('round-trips %s', (_, sample) => {
    expect(tokenizer.decode(sample.ids)).toBe(sample.text);
    if (specials.test(sample.text)) return;
    const bytes = sample.ids.flatMap((id) => [...(tokenizer.tokenBytes(id) ?? [])]);
    expect(Uint8Array.from(bytes)).toEqual(new TextEncoder().encode(sample.text));
  });

  it('splits numbers into single digits', () => {
    const ids = tokenizer.encode('12345');
    expect(ids).toHaveLength(5);
    expect(ids.map((id) => tokenizer.decode([id]))).toEqual(['1', '2', '3', '4', '5']);
  });

  it('learned merges from the corpus', () => {
    // "customer" is frequent in the corpus: far fewer tokens than bytes
    expect(tokenizer.encode(' customer').length).toBeLessThan(3);
  });
});
