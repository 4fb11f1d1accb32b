import { UnmaskError } from '@unmask/core';

/** an `unmask.model.json` that is missing, does not parse, or has a field that is wrong. */
export class ManifestError extends UnmaskError {
  /** the manifest file. */
  readonly file: string;
  /** JSON pointer of the wrong field (`` for the whole file). */
  readonly field: string;

  constructor({
    file,
    field = '',
    message,
    cause,
  }: { file: string; field?: string; message: string; cause?: unknown }) {
    super({ code: 'model', message: `${file}${field ? ` ${field}` : ''}: ${message}`, cause });
    this.name = 'ManifestError';
    this.file = file;
    this.field = field;
  }

  static override isInstance(error: unknown): error is ManifestError {
    return UnmaskError.isInstance(error) && error.name === 'ManifestError';
  }
}
