import { UnmaskError } from './unmask-error';

/** the caller's AbortSignal fired; sampling stopped between two steps. */
export class AbortedError extends UnmaskError {
  readonly step: number;

  constructor({ step, reason }: { step: number; reason?: unknown }) {
    super({ code: 'aborted', message: `sampling aborted before step ${step}`, cause: reason });
    this.name = 'AbortedError';
    this.step = step;
  }

  static override isInstance(error: unknown): error is AbortedError {
    return UnmaskError.isInstance(error) && error.name === 'AbortedError';
  }
}
