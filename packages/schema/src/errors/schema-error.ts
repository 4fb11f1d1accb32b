import { UnmaskError } from '@unmask/core';

export type SchemaErrorCode = 'invalid-schema' | 'unsupported' | 'empty-language';

/** a schema that cannot be compiled: invalid, unsupported construct, unsatisfiable, or over a limit. `pointer` says where. */
export class SchemaError extends UnmaskError {
  /** JSON pointer of the offending schema location (`#/properties/a/pattern`). */
  readonly pointer: string;

  constructor({
    code,
    message,
    pointer,
    cause,
  }: { code: SchemaErrorCode; message: string; pointer: string; cause?: unknown }) {
    super({ code, message: `${message} (at ${pointer})`, cause });
    this.name = 'SchemaError';
    this.pointer = pointer;
  }

  static override isInstance(error: unknown): error is SchemaError {
    return UnmaskError.isInstance(error) && error.name === 'SchemaError';
  }
}
