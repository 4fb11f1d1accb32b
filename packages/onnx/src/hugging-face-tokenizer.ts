import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Tokenizer as HfTokenizer } from '@huggingface/tokenizers';
import { type Tokenizer, UnmaskError } from '@unmask/core';
import { byteLevelBytes } from './byte-level';
import { TokenizerLoadError } from './errors/tokenizer-load-error';

/** the parts of a Hugging Face `tokenizer.json` this package reads itself. */
interface TokenizerJson {
  model: { type?: string; vocab: Record<string, number>; merges?: unknown[] };
  added_tokens?: Array<{ id: number; content: string; special?: boolean }>;
  pre_tokenizer?: unknown;
  decoder?: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** whether a pre-tokenizer or decoder config is, or holds in a Sequence, a ByteLevel step. */
function hasByteLevel(config: unknown): boolean {
  if (!isRecord(config)) return false;
  if (config.type === 'ByteLevel') return true;
  const steps = config.pretokenizers ?? config.decoders;
  return Array.isArray(steps) && steps.some(hasByteLevel);
}

function checkShape(json: unknown, file: string): asserts json is TokenizerJson {
  const fail = (message: string): never => {
    throw new TokenizerLoadError({ file, message });
  };
  if (!isRecord(json)) fail('not a JSON object');
  const root = json as Record<string, unknown>;
  const model = root.model;
  if (!isRecord(model) || !isRecord(model.vocab)) fail('no model.vocab');
  const { type, vocab } = model as { type?: unknown; vocab: Record<string, unknown> };
  if (type !== undefined && type !== 'BPE') fail(`model type ${String(type)} is not supported (BPE only)`);
  for (const [token, id] of Object.entries(vocab)) {
    if (!Number.isInteger(id) || (id as number) < 0)
      fail(`model.vocab: token ${JSON.stringify(token)} has id ${id}`);
  }
  const added = root.added_tokens ?? [];
  if (!Array.isArray(added)) fail('added_tokens is not an array');
  for (const token of added as unknown[]) {
    if (
      !isRecord(token) ||
      typeof token.content !== 'string' ||
      !Number.isInteger(token.id) ||
      (token.id as number) < 0
    )
      fail(`added_tokens: ${JSON.stringify(token)} needs a string content and an id`);
  }
  if (!hasByteLevel(root.pre_tokenizer) && !hasByteLevel(root.decoder))
    fail('not a byte-level tokenizer (no ByteLevel pre-tokenizer or decoder)');
}

/**
 * a byte-level BPE tokenizer read from a Hugging Face `tokenizer.json`, encoding with
 * `@huggingface/tokenizers`. Special tokens written in the text are recognised; no BOS or
 * EOS is added.
 */
export class HuggingFaceTokenizer implements Tokenizer {
  /** sha256 of the tokenizer.json text. */
  readonly id: string;
  readonly vocabSize: number;
  /** the file it was read from (`<json>` when given as a value). */
  readonly file: string;
  private readonly tokenizer: HfTokenizer;
  private readonly bytes: Array<Uint8Array | undefined>;
  /** content of each added token, by id. */
  private readonly added = new Map<number, string>();
  private readonly addedIds = new Map<string, number>();

  private constructor(json: TokenizerJson, text: string, file: string) {
    this.file = file;
    this.id = `sha256:${createHash('sha256').update(text).digest('hex')}`;
    try {
      this.tokenizer = new HfTokenizer(json, {});
    } catch (cause) {
      throw new TokenizerLoadError({
        file,
        message: `@huggingface/tokenizers cannot load it: ${(cause as Error).message}`,
        cause,
      });
    }
    for (const token of json.added_tokens ?? []) {
      this.added.set(token.id, token.content);
      this.addedIds.set(token.content, token.id);
    }
    let size = 0;
    for (const id of Object.values(json.model.vocab)) size = Math.max(size, id + 1);
    for (const id of this.added.keys()) size = Math.max(size, id + 1);
    this.vocabSize = size;
    this.bytes = new Array(size);
    for (const [token, id] of Object.entries(json.model.vocab)) {
      if (this.added.has(id)) continue;
      const bytes = byteLevelBytes(token);
      if (!bytes)
        throw new TokenizerLoadError({
          file,
          message: `vocabulary token ${JSON.stringify(token)} (id ${id}) is not byte-level`,
        });
      this.bytes[id] = bytes;
    }
  }

  /** a tokenizer from the text of a tokenizer.json, or its parsed value. */
  static fromJson(json: string | object, { file = '<json>' }: { file?: string } = {}): HuggingFaceTokenizer {
    const text = typeof json === 'string' ? json : JSON.stringify(json);
    let value: unknown = json;
    if (typeof json === 'string') {
      try {
        value = JSON.parse(json);
      } catch (cause) {
        throw new TokenizerLoadError({
          file,
          message: `does not parse as JSON: ${(cause as Error).message}`,
          cause,
        });
      }
    }
    checkShape(value, file);
    return new HuggingFaceTokenizer(value, text, file);
  }

  /** the id of a token string (an added token such as `<|mask|>`, or a vocabulary entry). */
  tokenId(token: string): number | undefined {
    return this.addedIds.get(token) ?? this.tokenizer.token_to_id(token);
  }

  /** whether an id is an added (special) token, which stands for no bytes. */
  isSpecial(id: number): boolean {
    return this.added.has(id);
  }

  encode(text: string): number[] {
    const { ids } = this.tokenizer.encode(text, { add_special_tokens: false });
    for (const id of ids) {
      if (!Number.isInteger(id))
        throw new UnmaskError({
          code: 'tokenizer',
          message: `${this.file}: a piece of the text has no token (the vocabulary lacks a byte and there is no unk token)`,
        });
    }
    return ids;
  }

  decode(ids: readonly number[]): string {
    const decoder = new TextDecoder('utf-8', { fatal: false });
    let text = '';
    let run: number[] = [];
    const flush = () => {
      if (run.length) text += decoder.decode(Uint8Array.from(run));
      run = [];
    };
    for (const id of ids) {
      const bytes = this.bytes[id];
      if (bytes) {
        for (const byte of bytes) run.push(byte);
        continue;
      }
      flush();
      text += this.added.get(id) ?? '';
    }
    flush();
    return text;
  }

  tokenBytes(id: number): Uint8Array | undefined {
    return this.bytes[id];
  }
}

/**
 * load a Hugging Face `tokenizer.json`: a path to the file, or its parsed value.
 * Errors are `TokenizerLoadError`s naming the file.
 */
export async function loadTokenizer(pathOrJson: string | object): Promise<HuggingFaceTokenizer> {
  if (typeof pathOrJson !== 'string') return HuggingFaceTokenizer.fromJson(pathOrJson);
  let text: string;
  try {
    text = await readFile(pathOrJson, 'utf8');
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    throw new TokenizerLoadError({
      file: pathOrJson,
      message: missing ? 'file not found' : `cannot be read: ${(cause as Error).message}`,
      cause,
    });
  }
  return HuggingFaceTokenizer.fromJson(text, { file: pathOrJson });
}
