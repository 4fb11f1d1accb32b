import { UnmaskError } from './unmask-error';

export type ConstraintErrorCode = 'invalid-regex' | 'unsupported' | 'empty-language' | 'state-limit';

/** a constraint that cannot be compiled exactly: bad regex, unsupported construct, empty language, too many states. */
export class ConstraintError extends UnmaskError {
  /** the construct (or regex source) the error is about. */
  readonly construct: string;
  /** the slot whose automaton it is, when the error came while a canvas was built. */
  readonly path?: string;

  constructor({
    code,
    message,
    construct,
    path,
    cause,
  }: { code: ConstraintErrorCode; message: string; construct: string; path?: string; cause?: unknown }) {
    super({ code, message, cause });
    this.name = 'ConstraintError';
    this.construct = construct;
    if (path !== undefined) this.path = path;
  }

  static override isInstance(error: unknown): error is ConstraintError {
    return UnmaskError.isInstance(error) && error.name === 'ConstraintError';
  }
}
