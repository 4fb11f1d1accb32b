import { UnmaskError } from '@unmask/core';

/** a model file that is missing, unreadable, or not a model onnxruntime can run with unmask's interface. */
export class ModelLoadError extends UnmaskError {
  /** the file the error is about. */
  readonly file: string;

  constructor({ file, message, cause }: { file: string; message: string; cause?: unknown }) {
    super({ code: 'model', message: `${file}: ${message}`, cause });
    this.name = 'ModelLoadError';
    this.file = file;
  }

  static override isInstance(error: unknown): error is ModelLoadError {
    return UnmaskError.isInstance(error) && error.name === 'ModelLoadError';
  }
}
