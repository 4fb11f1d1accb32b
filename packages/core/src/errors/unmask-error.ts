const marker = 'unmask.error';
const symbol = Symbol.for(marker);

/** stable codes of every error unmask throws; a code never changes meaning once released. */
export type UnmaskErrorCode =
  | 'invalid-regex'
  | 'unsupported'
  | 'empty-language'
  | 'state-limit'
  | 'budget'
  | 'invalid-layout'
  | 'canvas-too-long'
  | 'aborted'
  | 'renoise-exhausted'
  | 'model'
  | 'tokenizer'
  | 'invalid-schema'
  | 'invalid-template'
  | 'invalid-argument';

/**
 * base of every error unmask throws. `code` is stable; `isInstance` works across
 * duplicated copies of the package (it checks a global symbol, not the prototype chain).
 */
export class UnmaskError extends Error {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance looks for
  private readonly [symbol] = true;
  readonly code: UnmaskErrorCode;

  constructor({ code, message, cause }: { code: UnmaskErrorCode; message: string; cause?: unknown }) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'UnmaskError';
    this.code = code;
  }

  static isInstance(error: unknown): error is UnmaskError {
    return UnmaskError.hasMarker(error);
  }

  protected static hasMarker(error: unknown): boolean {
    return (
      typeof error === 'object' &&
      error !== null &&
      symbol in error &&
      (error as Record<symbol, unknown>)[symbol] === true
    );
  }

  toJSON(): { name: string; code: UnmaskErrorCode; message: string } {
    return { name: this.name, code: this.code, message: this.message };
  }
}
