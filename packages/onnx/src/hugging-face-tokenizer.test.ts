import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UnmaskError } from '@unmask/core';
import { describe, expect, it } from 'vitest';
import { bytesToUnicode } from './byte-level';
import { TokenizerLoadError } from './errors/tokenizer-load-error';
import { HuggingFaceTokenizer, loadTokenizer } from './hugging-face-tokenizer';

const path = fileURLToPath(new URL('./__fixtures__/bpe/tokenizer.json', import.meta.url));
const text = readFileSync(path, 'utf8');
const json = JSON.parse(text);

/** a byte-level tokenizer.json with the 256 bytes and a few merges, built by hand. */
function handMade(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const vocab: Record<string, number> = { '<mask>': 0, '<pad>': 1 };
  for (const char of bytesToUnicode()) vocab[char] = Object.keys(vocab).length;
  // 'ab', then ' ab' (Ġ is the space byte)
  for (const merged of ['ab', 'Ġab']) vocab[merged] = Object.keys(vocab).length;
  return {
    version: '1.0',
    added_tokens: [
      { id: 0, content: '<mask>', special: true },
      { id: 1, content: '<pad>', special: true },
    ],
    normalizer: null,
    pre_tokenizer: { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true },
    post_processor: null,
    decoder: { type: 'ByteLevel' },
    model: {
      type: 'BPE',
      vocab,
      merges: [
        ['a', 'b'],
        ['Ġ', 'ab'],
      ],
    },
    ...extra,
  };
}

async function loadError(source: string | object): Promise<TokenizerLoadError> {
  const error = await loadTokenizer(source).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(TokenizerLoadError.isInstance(error)).toBe(true);
  return error as TokenizerLoadError;
}

describe('HuggingFaceTokenizer', () => {
  it('loads a path or a value, with the vocabulary size of the file', async () => {
    const fromPath = await loadTokenizer(path);
    const fromValue = await loadTokenizer(json);
    expect(fromPath.vocabSize).toBe(640);
    expect(fromValue.vocabSize).toBe(640);
    expect(fromPath.file).toBe(path);
    expect(fromPath.encode('hello 42')).toEqual(fromValue.encode('hello 42'));
  });

  it('takes its id from a sha256 of the file', async () => {
    const tokenizer = await loadTokenizer(path);
    expect(tokenizer.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(HuggingFaceTokenizer.fromJson(text).id).toBe(tokenizer.id);
    expect(HuggingFaceTokenizer.fromJson(`${text} `).id).not.toBe(tokenizer.id);
  });

  it('maps each byte-level token to its exact bytes', () => {
    const tokenizer = HuggingFaceTokenizer.fromJson(handMade());
    // ids 2.. are the 256 byte characters in GPT-2's order; check every byte comes back
    const seen = new Set<number>();
    for (let id = 2; id < 258; id++) {
      const bytes = tokenizer.tokenBytes(id)!;
      expect(bytes).toHaveLength(1);
      seen.add(bytes[0]!);
    }
    expect(seen.size).toBe(256);
    expect(tokenizer.tokenBytes(tokenizer.tokenId('Ġab')!)).toEqual(Uint8Array.of(0x20, 0x61, 0x62));
    expect(tokenizer.tokenBytes(tokenizer.tokenId('Ċ')!)).toEqual(Uint8Array.of(0x0a));
    expect(tokenizer.tokenBytes(tokenizer.tokenId('Ã')!)).toEqual(Uint8Array.of(0xc3));
  });

  it('gives no bytes for special tokens and out-of-range ids', async () => {
    const tokenizer = await loadTokenizer(path);
    for (const special of ['<|mask|>', '<|pad|>', '<|prompt|>', '<|canvas|>', '<|unk|>']) {
      const id = tokenizer.tokenId(special)!;
      expect(id).toBeLessThan(5);
      expect(tokenizer.isSpecial(id)).toBe(true);
      expect(tokenizer.tokenBytes(id)).toBeUndefined();
    }
    expect(tokenizer.tokenBytes(640)).toBeUndefined();
  });

  it('recognises special tokens in the text and adds no BOS or EOS', async () => {
    const tokenizer = await loadTokenizer(path);
    const prompt = tokenizer.tokenId('<|prompt|>')!;
    const canvas = tokenizer.tokenId('<|canvas|>')!;
    const ids = tokenizer.encode('<|prompt|>hi<|canvas|>');
    expect(ids[0]).toBe(prompt);
    expect(ids.at(-1)).toBe(canvas);
    expect(tokenizer.decode(ids)).toBe('<|prompt|>hi<|canvas|>');
    expect(tokenizer.encode('')).toEqual([]);
    expect(tokenizer.encode('hi')).toEqual(ids.slice(1, -1));
  });

  it('decodes tokens that split a UTF-8 character once they are joined', () => {
    const tokenizer = HuggingFaceTokenizer.fromJson(handMade());
    const ids = tokenizer.encode('é');
    expect(ids).toHaveLength(2);
    expect(tokenizer.decode(ids)).toBe('é');
    expect(tokenizer.decode([ids[0]!, 0, ids[1]!])).toBe('\ufffd<mask>\ufffd');
  });

  it('names a missing file', async () => {
    const error = await loadError('/nonexistent/tokenizer.json');
    expect(error.code).toBe('tokenizer');
    expect(error.file).toBe('/nonexistent/tokenizer.json');
    expect(error.message).toContain('not found');
  });

  it('names JSON that does not parse', () => {
    expect(() => HuggingFaceTokenizer.fromJson('{"model": ', { file: 'broken.json' })).toThrowError(
      /broken\.json: does not parse as JSON/,
    );
  });

  it('refuses what is not a byte-level BPE tokenizer', async () => {
    expect((await loadError({ hello: 1 })).message).toContain('no model.vocab');
    expect((await loadError(handMade({ model: { type: 'WordPiece', vocab: {} } }))).message).toContain(
      'WordPiece',
    );
    const metaspace = { type: 'Metaspace', replacement: '▁' };
    expect((await loadError(handMade({ pre_tokenizer: metaspace, decoder: metaspace }))).message).toContain(
      'not a byte-level',
    );
    const model = { type: 'BPE', vocab: { '▁hello': 2 }, merges: [] };
    expect((await loadError(handMade({ model }))).message).toContain('is not byte-level');
  });

  it('errors are UnmaskErrors with a stable code', async () => {
    const error = await loadError({});
    expect(UnmaskError.isInstance(error)).toBe(true);
    expect(error.toJSON()).toMatchObject({ name: 'TokenizerLoadError', code: 'tokenizer' });
  });
});
