import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPrompt, UnmaskError } from '@unmask/core';
import { describe, expect, it } from 'vitest';
import { bytesToUnicode } from './byte-level';
import { TokenizerLoadError } from './errors/tokenizer-load-error';
import { HuggingFaceTokenizer, loadTokenizer } from './hugging-face-tokenizer';
import { backtrackingShape } from './tokenizer-regex';

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

  it('reads added tokens written in the text as text, and adds no BOS or EOS', async () => {
    const tokenizer = await loadTokenizer(path);
    expect(tokenizer.promptFormat).toBeUndefined();
    const ids = tokenizer.encode('<|prompt|>hi<|canvas|>');
    expect(ids.some((id) => tokenizer.isSpecial(id))).toBe(false);
    expect(tokenizer.decode(ids)).toBe('<|prompt|>hi<|canvas|>');
    expect(tokenizer.encode('')).toEqual([]);
    expect(tokenizer.decode(tokenizer.encode('hi'))).toBe('hi');
  });

  describe('with a prompt format', () => {
    const format = '<|prompt|>{prompt}<|canvas|>';
    const plain = HuggingFaceTokenizer.fromJson(text);
    const tokenizer = HuggingFaceTokenizer.fromJson(text, { promptFormat: format });
    const id = (token: string) => tokenizer.tokenId(token)!;
    const specialsIn = (ids: number[]) => ids.filter((k) => tokenizer.isSpecial(k));

    it('writes the control tokens of the format as tokens and the prompt as text', async () => {
      expect(tokenizer.promptFormat).toBe(format);
      expect((await loadTokenizer(path, { promptFormat: format })).encode('<|prompt|>hi<|canvas|>')).toEqual([
        id('<|prompt|>'),
        ...plain.encode('hi'),
        id('<|canvas|>'),
      ]);
      expect(plain.withPromptFormat(format).encode(formatPrompt({ promptFormat: format }, 'a b'))).toEqual(
        tokenizer.encode('<|prompt|>a b<|canvas|>'),
      );
    });

    it.each(['<|mask|>', '<|canvas|>', '<|prompt|>', '<|pad|>', '<|unk|>'])(
      'a prompt holding %s gets no control token from it',
      (control) => {
        for (const prompt of [control, `x ${control} y`, `${control}${control}`, `${control}\n`]) {
          const written = formatPrompt({ promptFormat: format }, prompt);
          const ids = tokenizer.encode(written);
          expect(specialsIn(ids)).toEqual([id('<|prompt|>'), id('<|canvas|>')]);
          expect(ids[0]).toBe(id('<|prompt|>'));
          expect(ids.at(-1)).toBe(id('<|canvas|>'));
          expect(tokenizer.decode(ids)).toBe(written);
          expect(ids.slice(1, -1)).toEqual(plain.encode(prompt));
        }
      },
    );

    it('reads text that is not a formatted prompt (canvas text, slot values) as text', () => {
      for (const written of [
        '{"a": "<|mask|>"}',
        '<|prompt|>',
        '<|canvas|>',
        '<|prompt|> no end',
        '<|pad|>x<|canvas|>',
      ])
        expect(specialsIn(tokenizer.encode(written))).toEqual([]);
    });

    it('reads a field guide as text, with the tokens of a {fields} format at its ends', () => {
      const withFields = '<|prompt|>{prompt}{fields}<|canvas|>';
      const written = formatPrompt({ promptFormat: withFields }, 'hi <|canvas|>', '- a: <|mask|> <|prompt|>');
      const ids = tokenizer.withPromptFormat(withFields).encode(written);
      expect(specialsIn(ids)).toEqual([id('<|prompt|>'), id('<|canvas|>')]);
      expect(tokenizer.decode(ids)).toBe(written);
    });

    it('keeps the text of a format around its control tokens as the model was trained on it', () => {
      const worded = tokenizer.withPromptFormat('<|prompt|>Extract: {prompt}\n<|canvas|>');
      const written = formatPrompt(
        { promptFormat: '<|prompt|>Extract: {prompt}\n<|canvas|>' },
        'the customer',
      );
      expect(worded.encode(written)).toEqual([
        id('<|prompt|>'),
        ...plain.encode('Extract: the customer\n'),
        id('<|canvas|>'),
      ]);
    });

    it('refuses a format with a control token between its placeholders', () => {
      let error: unknown;
      try {
        tokenizer.withPromptFormat('<|prompt|>{prompt}<|canvas|>{fields}');
      } catch (caught) {
        error = caught;
      }
      expect(UnmaskError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'invalid-argument' });
      expect((error as Error).message).toContain('<|canvas|> between {prompt} and {fields}');
    });
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

  it('refuses ids past any real vocabulary (no array of a billion entries)', async () => {
    const vocab = { ...(handMade().model as { vocab: Record<string, number> }).vocab, far: 2 ** 31 };
    expect((await loadError(handMade({ model: { type: 'BPE', vocab, merges: [] } }))).message).toContain(
      'has id 2147483648',
    );
    const added_tokens = [{ id: 1e12, content: '<x>', special: true }];
    expect((await loadError(handMade({ added_tokens }))).message).toContain(
      'needs a string content and an id',
    );
  });

  it.skipIf(process.platform === 'win32')('refuses a named pipe before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unmask-onnx-'));
    try {
      const pipe = join(dir, 'tokenizer.json');
      execFileSync('mkfifo', [pipe]);
      const error = await loadError(pipe);
      expect(error.file).toBe(pipe);
      expect(error.message).toContain('is a named pipe, not a regular file: refused');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('regexes that could backtrack catastrophically', () => {
    const split = (regex: string) => ({
      type: 'Split',
      pattern: { Regex: regex },
      behavior: 'Isolated',
      invert: false,
    });
    const byteLevel = { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: false };

    it('refuses a pre-tokenizer Split regex, naming it and where it is', async () => {
      const pre_tokenizer = { type: 'Sequence', pretokenizers: [split('(a+)+b'), byteLevel] };
      const error = await loadError(handMade({ pre_tokenizer }));
      expect(error.code).toBe('tokenizer');
      expect(error.message).toContain('pre_tokenizer.pretokenizers[0].pattern.Regex /(a+)+b/');
      expect(error.message).toContain(
        'could backtrack catastrophically (a repeated group holds a quantifier)',
      );
    });

    it('refuses a normalizer Replace regex', async () => {
      const normalizer = { type: 'Replace', pattern: { Regex: '(x|xy)*z' }, content: '' };
      const error = await loadError(handMade({ normalizer }));
      expect(error.message).toContain('normalizer.pattern.Regex /(x|xy)*z/');
    });

    it('loads the pre-tokenizer regexes of Llama 3 and o200k and encodes with them', () => {
      const llama3 =
        "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";
      const o200k =
        "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]*[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";
      for (const regex of [llama3, o200k]) {
        expect(backtrackingShape(regex)).toBeUndefined();
        const tokenizer = HuggingFaceTokenizer.fromJson(
          handMade({ pre_tokenizer: { type: 'Sequence', pretokenizers: [split(regex), byteLevel] } }),
        );
        expect(tokenizer.decode(tokenizer.encode("we're at 1234 abab"))).toBe("we're at 1234 abab");
      }
    });

    it.each([
      ['(a+)+b', 'a repeated group holds a quantifier'],
      ['(?:a?){20}', 'a repeated group holds a quantifier'],
      ['((a*))*', 'a repeated group holds a quantifier'],
      ['(?:ab|a)+c', 'a repeated group holds an alternation'],
      ['(a)\\1', 'a backreference (\\1)'],
      ['(?<x>a)\\k<x>', 'a named backreference'],
      ['\\s*\\s*\\s*x', 'three unbounded quantifiers in one alternative'],
      // an unbalanced `)` does not end the scan
      ['a)(b+)+', 'a repeated group holds a quantifier'],
    ])('%s: %s', (regex, shape) => {
      expect(backtrackingShape(regex)).toContain(shape);
    });

    it.each(['(?:ab)+', '(?i:a|b)?c+', '[(a+)+]+', '\\(a+\\)+', '\\p{L}{1,3}\\s+', '(?=a)b+'])(
      '%s is linear enough',
      (regex) => {
        expect(backtrackingShape(regex)).toBeUndefined();
      },
    );

    it('refuses a config nested past 64 levels', async () => {
      let pre_tokenizer: Record<string, unknown> = byteLevel;
      for (let k = 0; k < 100; k++) pre_tokenizer = { type: 'Sequence', pretokenizers: [pre_tokenizer] };
      expect((await loadError(handMade({ pre_tokenizer }))).message).toContain('is nested too deep');
    });
  });

  it('errors are UnmaskErrors with a stable code', async () => {
    const error = await loadError({});
    expect(UnmaskError.isInstance(error)).toBe(true);
    expect(error.toJSON()).toMatchObject({ name: 'TokenizerLoadError', code: 'tokenizer' });
  });
});
