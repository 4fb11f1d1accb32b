import { UnmaskError } from '@unmask/core';

/** a tokenizer.json that is missing, does not parse, or is not a byte-level BPE tokenizer. */
export class TokenizerLoadError extends UnmaskError {
  /** the file the error is about (`<json>` when the tokenizer was given as a value). */
  readonly file: string;

  constructor({ file, message, cause }: { file: string; message: string; cause?: unknown }) {
    super({ code: 'tokenizer', message: `${file}: ${message}`, cause });
    this.name = 'TokenizerLoadError';
    this.file = file;
  }

  static override isInstance(error: unknown): error is TokenizerLoadError {
    return UnmaskError.isInstance(error) && error.name === 'TokenizerLoadError';
  }
}
