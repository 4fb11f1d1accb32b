import { createHash } from 'node:crypto';
import { Tokenizer as HfTokenizer } from '@huggingface/tokenizers';
import { type Tokenizer, UnmaskError } from '@unmask/core';
import { byteLevelBytes } from './byte-level';
import { TokenizerLoadError } from './errors/tokenizer-load-error';
import { readModelFile } from './read-model-file';
import { backtrackingShape, tokenizerRegexes } from './tokenizer-regex';

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

/** ids at or above this are refused (the largest vocabularies hold a few hundred thousand). */
const MAX_VOCABULARY = 1 << 24;

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
    if (!Number.isInteger(id) || (id as number) < 0 || (id as number) >= MAX_VOCABULARY)
      fail(`model.vocab: token ${JSON.stringify(token)} has id ${id}`);
  }
  const added = root.added_tokens ?? [];
  if (!Array.isArray(added)) fail('added_tokens is not an array');
  for (const token of added as unknown[]) {
    if (
      !isRecord(token) ||
      typeof token.content !== 'string' ||
      !Number.isInteger(token.id) ||
      (token.id as number) < 0 ||
      (token.id as number) >= MAX_VOCABULARY
    )
      fail(`added_tokens: ${JSON.stringify(token)} needs a string content and an id`);
  }
  // the regexes run on every text encoded: one that can backtrack for minutes is refused here
  const { regexes, tooDeep } = tokenizerRegexes(root);
  if (tooDeep !== undefined) fail(`${tooDeep} is nested too deep`);
  for (const { where, regex } of regexes) {
    const shape = backtrackingShape(regex);
    if (shape !== undefined) fail(`${where} /${regex}/ could backtrack catastrophically (${shape}): refused`);
  }
  if (!hasByteLevel(root.pre_tokenizer) && !hasByteLevel(root.decoder))
    fail('not a byte-level tokenizer (no ByteLevel pre-tokenizer or decoder)');
}

/** what every tokenizer read from one tokenizer.json shares, whatever its prompt format. */
interface Shared {
  id: string;
  vocabSize: number;
  file: string;
  json: TokenizerJson;
  /** encodes an added token written in the text as that token. */
  control: HfTokenizer;
  /** encodes all of the text as text (no added tokens); built on first need. */
  plain?: HfTokenizer;
  bytes: Array<Uint8Array | undefined>;
  /** content of each added token, by id. */
  added: Map<number, string>;
  addedIds: Map<string, number>;
}

/** the control text a prompt format puts before and after the prompt (up to its outermost added tokens). */
interface Framing {
  head: string;
  tail: string;
  headIds: number[];
  tailIds: number[];
}

const NO_FRAMING: Framing = { head: '', tail: '', headIds: [], tailIds: [] };

/**
 * a byte-level BPE tokenizer read from a Hugging Face `tokenizer.json`, encoding with
 * `@huggingface/tokenizers`. Text is read as text: an added token written in it (`<|mask|>`)
 * is encoded as the characters it is written with, never as the token, except the control
 * tokens its prompt format puts at the start and end of a formatted prompt (see
 * `withPromptFormat`). No BOS or EOS is added.
 */
export class HuggingFaceTokenizer implements Tokenizer {
  /** sha256 of the tokenizer.json text. */
  readonly id: string;
  readonly vocabSize: number;
  /** the file it was read from (`<json>` when given as a value). */
  readonly file: string;
  /** the prompt format whose control tokens `encode` writes as tokens; undefined: none. */
  readonly promptFormat: string | undefined;
  private readonly shared: Shared;
  private readonly framing: Framing;

  private constructor(shared: Shared, promptFormat?: string) {
    this.shared = shared;
    this.id = shared.id;
    this.vocabSize = shared.vocabSize;
    this.file = shared.file;
    this.promptFormat = promptFormat;
    this.framing = promptFormat === undefined ? NO_FRAMING : this.framingOf(promptFormat);
  }

  private static read(json: TokenizerJson, text: string, file: string): Shared {
    let control: HfTokenizer;
    try {
      control = new HfTokenizer(json, {});
    } catch (cause) {
      throw new TokenizerLoadError({
        file,
        message: `@huggingface/tokenizers cannot load it: ${(cause as Error).message}`,
        cause,
      });
    }
    const added = new Map<number, string>();
    const addedIds = new Map<string, number>();
    for (const token of json.added_tokens ?? []) {
      added.set(token.id, token.content);
      addedIds.set(token.content, token.id);
    }
    let size = 0;
    for (const id of Object.values(json.model.vocab)) size = Math.max(size, id + 1);
    for (const id of added.keys()) size = Math.max(size, id + 1);
    const bytes: Array<Uint8Array | undefined> = new Array(size);
    for (const [token, id] of Object.entries(json.model.vocab)) {
      if (added.has(id)) continue;
      const tokenBytes = byteLevelBytes(token);
      if (!tokenBytes)
        throw new TokenizerLoadError({
          file,
          message: `vocabulary token ${JSON.stringify(token)} (id ${id}) is not byte-level`,
        });
      bytes[id] = tokenBytes;
    }
    return {
      id: `sha256:${createHash('sha256').update(text).digest('hex')}`,
      vocabSize: size,
      file,
      json,
      control,
      bytes,
      added,
      addedIds,
    };
  }

  /**
   * a tokenizer from the text of a tokenizer.json, or its parsed value; with `promptFormat`, the
   * control tokens of that format are encoded as tokens (see `withPromptFormat`).
   */
  static fromJson(
    json: string | object,
    { file = '<json>', promptFormat }: { file?: string; promptFormat?: string } = {},
  ): HuggingFaceTokenizer {
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
    return new HuggingFaceTokenizer(HuggingFaceTokenizer.read(value, text, file), promptFormat);
  }

  /**
   * the same tokenizer, writing the control tokens of a prompt format (`<|prompt|>{prompt}<|canvas|>`)
   * as tokens: those before `{prompt}` or `{fields}` at the start of a text, and those after them
   * at its end. Everything between, the prompt and the field guide, is read as text. A format with
   * an added token between its placeholders is an `invalid-argument` error (it could not be told
   * from the prompt).
   */
  withPromptFormat(promptFormat: string): HuggingFaceTokenizer {
    return new HuggingFaceTokenizer(this.shared, promptFormat);
  }

  private framingOf(format: string): Framing {
    const fail = (message: string): never => {
      throw new UnmaskError({
        code: 'invalid-argument',
        message: `promptFormat ${JSON.stringify(format)}: ${message}`,
      });
    };
    if (typeof format !== 'string') fail('must be a string');
    const pieces = format.split(/\{prompt\}|\{fields\}/);
    if (pieces.length < 2) fail('must hold {prompt}');
    const contents = [...this.shared.addedIds.keys()].filter((content) => content.length > 0);
    for (const piece of pieces.slice(1, -1)) {
      const inside = contents.find((content) => piece.includes(content));
      if (inside !== undefined)
        fail(
          `the added token ${inside} between {prompt} and {fields} could not be told from the prompt; put control tokens before or after both`,
        );
    }
    const first = pieces[0]!;
    const last = pieces.at(-1)!;
    let headEnd = 0;
    let tailStart = last.length;
    for (const content of contents) {
      const before = first.lastIndexOf(content);
      if (before >= 0) headEnd = Math.max(headEnd, before + content.length);
      const after = last.indexOf(content);
      if (after >= 0) tailStart = Math.min(tailStart, after);
    }
    const head = first.slice(0, headEnd);
    const tail = last.slice(tailStart);
    return {
      head,
      tail,
      headIds: this.run(this.shared.control, head),
      tailIds: this.run(this.shared.control, tail),
    };
  }

  /** the id of a token string (an added token such as `<|mask|>`, or a vocabulary entry). */
  tokenId(token: string): number | undefined {
    return this.shared.addedIds.get(token) ?? this.shared.control.token_to_id(token);
  }

  /** whether an id is an added (special) token, which stands for no bytes. */
  isSpecial(id: number): boolean {
    return this.shared.added.has(id);
  }

  encode(text: string): number[] {
    const { head, tail, headIds, tailIds } = this.framing;
    const framed = text.length >= head.length + tail.length && text.startsWith(head) && text.endsWith(tail);
    const [before, after] = framed ? [headIds, tailIds] : [[], []];
    // most texts hold no added token: one pass, checked
    const ids = this.run(this.shared.control, text);
    if (this.onlyAt(ids, before, after)) return ids;
    // an added token written in the text: the text between the framing, read as text
    const middle = framed ? text.slice(head.length, text.length - tail.length) : text;
    this.shared.plain ??= new HfTokenizer({ ...this.shared.json, added_tokens: [] }, {});
    const plain = this.run(this.shared.plain, middle);
    const special = plain.find((id) => this.shared.added.has(id));
    if (special !== undefined)
      throw new UnmaskError({
        code: 'tokenizer',
        message: `${this.file}: a piece of the text encodes as the added token ${JSON.stringify(this.shared.added.get(special))} (id ${special}); the vocabulary cannot write it as text`,
      });
    return [...before, ...plain, ...after];
  }

  /** whether `ids` are `before`, then ids that are no added token, then `after`. */
  private onlyAt(ids: readonly number[], before: readonly number[], after: readonly number[]): boolean {
    if (ids.length < before.length + after.length) return false;
    for (let k = 0; k < before.length; k++) if (ids[k] !== before[k]) return false;
    const end = ids.length - after.length;
    for (let k = 0; k < after.length; k++) if (ids[end + k] !== after[k]) return false;
    for (let k = before.length; k < end; k++) if (this.shared.added.has(ids[k]!)) return false;
    return true;
  }

  private run(tokenizer: HfTokenizer, text: string): number[] {
    const { ids } = tokenizer.encode(text, { add_special_tokens: false });
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
      const bytes = this.shared.bytes[id];
      if (bytes) {
        for (const byte of bytes) run.push(byte);
        continue;
      }
      flush();
      text += this.shared.added.get(id) ?? '';
    }
    flush();
    return text;
  }

  tokenBytes(id: number): Uint8Array | undefined {
    return this.shared.bytes[id];
  }
}

/** the largest tokenizer.json read (the largest published ones are tens of MiB; a string holds at most 512 Mi characters). */
export const MAX_TOKENIZER_BYTES = 256 << 20;

/** what `loadTokenizer` takes besides the file. */
export interface LoadTokenizerOptions {
  /** the prompt format whose control tokens `encode` writes as tokens (see `withPromptFormat`). */
  promptFormat?: string;
}

/**
 * load a Hugging Face `tokenizer.json`: a path to the file, or its parsed value. Errors are
 * `TokenizerLoadError`s naming the file (a path that is not a regular file, a pipe say, is one).
 */
export async function loadTokenizer(
  pathOrJson: string | object,
  { promptFormat }: LoadTokenizerOptions = {},
): Promise<HuggingFaceTokenizer> {
  if (typeof pathOrJson !== 'string') return HuggingFaceTokenizer.fromJson(pathOrJson, { promptFormat });
  const file = pathOrJson;
  const bytes = await readModelFile(file, {
    maxBytes: MAX_TOKENIZER_BYTES,
    fail: (message, cause) => {
      throw new TokenizerLoadError({ file, message, cause });
    },
  });
  return HuggingFaceTokenizer.fromJson(bytes.toString('utf8'), { file, promptFormat });
}
