import { UnmaskError } from '@unmask/core';

/** a template that cannot be turned into a layout: malformed, unsupported, unsafe or over a limit. */
export class TemplateError extends UnmaskError {
  /** 1-based line of the offending construct (0 when it concerns the whole template). */
  readonly line: number;
  /** 1-based column of the offending construct (0 when unknown). */
  readonly column: number;
  /** the template file, when the template came from one. */
  readonly file: string | undefined;

  constructor({
    message,
    line,
    column,
    file,
    cause,
  }: { message: string; line: number; column: number; file?: string; cause?: unknown }) {
    const where = line > 0 ? ` (${file ? `${file}:` : ''}${line}:${column})` : file ? ` (${file})` : '';
    super({ code: 'invalid-template', message: `${message}${where}`, cause });
    this.name = 'TemplateError';
    this.line = line;
    this.column = column;
    this.file = file;
  }

  static override isInstance(error: unknown): error is TemplateError {
    return UnmaskError.isInstance(error) && error.name === 'TemplateError';
  }
}
