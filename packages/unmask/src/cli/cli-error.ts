/** a failure the command line reports as one line; `exitCode` 2 for usage errors, 1 otherwise. */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
