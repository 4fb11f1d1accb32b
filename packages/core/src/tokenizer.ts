/** what the SDK needs of a tokenizer: encode, decode, and the bytes each token stands for. */
export interface Tokenizer {
  /** identity used to cache lifted constraints (e.g. a hash of tokenizer.json). */
  readonly id: string;
  readonly vocabSize: number;
  encode(text: string): number[];
  decode(ids: readonly number[]): string;
  /** the UTF-8 bytes a token stands for; `undefined` for special tokens (mask, pad, markers). */
  tokenBytes(id: number): Uint8Array | undefined;
}
