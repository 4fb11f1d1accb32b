import Handlebars from 'handlebars';
import { TemplateError } from '../template-error';

/** throws a TemplateError located at a node of the template. */
export type Fail = (message: string, node: hbs.AST.Node) => never;

/** the `fail` of a template read from `file` (undefined for a string template). */
export function failAt(file: string | undefined): Fail {
  return (message, node) => {
    throw new TemplateError({
      message,
      line: node.loc?.start.line ?? 0,
      column: (node.loc?.start.column ?? -1) + 1,
      file,
    });
  };
}

interface Parser {
  lexer?: { yylloc?: { first_line: number; first_column: number } };
}

/** the template's syntax tree, or a located TemplateError for malformed source. */
export function parseTemplate(source: string, file: string | undefined): hbs.AST.Program {
  try {
    return Handlebars.parse(source);
  } catch (cause) {
    const error = cause as { message?: string; lineNumber?: number; column?: number };
    const firstLine = String(error.message ?? cause).split('\n')[0]!;
    const { line, column } = errorPosition(error, firstLine);
    const reason = firstLine.replace(/ - \d+:\d+$/, '').replace(/:$/, '');
    throw new TemplateError({ message: `malformed template: ${reason}`, line, column, file, cause });
  }
}

/** 1-based line and column of a parse error (0 when unknown). */
function errorPosition(
  error: { lineNumber?: number; column?: number },
  firstLine: string,
): { line: number; column: number } {
  if (typeof error.lineNumber === 'number')
    return { line: error.lineNumber, column: (error.column ?? 0) + 1 };
  // jison keeps the last token's location on the shared lexer
  const at = (Handlebars as unknown as { Parser?: Parser }).Parser?.lexer?.yylloc;
  if (at) return { line: at.first_line, column: at.first_column + 1 };
  const fromMessage = /line (\d+)/.exec(firstLine);
  return { line: fromMessage ? Number(fromMessage[1]) : 0, column: 0 };
}
