import { TemplateError } from './template-error';

/** bounds checked before and while a template is compiled; each guards time or memory. */
export interface TemplateLimits {
  /** longest template source, in characters (default 100,000). */
  maxLength: number;
  /** deepest nesting of blocks and sub-expressions (default 64), checked before parsing. */
  maxDepth: number;
  /** most slots one template may produce, `#each` expansion included (default 256). */
  maxSlots: number;
  /** most `#each` iterations over the whole template, nested loops included (default 10,000). */
  maxIterations: number;
  /** longest rendered fixed text, in characters (default 1,000,000). */
  maxOutputLength: number;
}

export const defaultTemplateLimits: TemplateLimits = {
  maxLength: 100_000,
  maxDepth: 64,
  maxSlots: 256,
  maxIterations: 10_000,
  maxOutputLength: 1_000_000,
};

/** 1-based line and column of an offset. */
export function positionOf(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * reject a template over the size or nesting limit without parsing it: one linear pass that
 * counts block openers (`{{#`, `{{^name`), closers (`{{/`) and parentheses inside mustaches.
 * It over-counts rather than under-counts (Handlebars' own parser takes seconds on deep input).
 */
export function checkSize(source: string, limits: TemplateLimits, file?: string): void {
  if (source.length > limits.maxLength) {
    throw new TemplateError({
      message: `template is ${source.length} characters long, over the limit of ${limits.maxLength}`,
      line: 0,
      column: 0,
      file,
    });
  }
  let blocks = 0;
  const tooDeep = (offset: number) => {
    const { line, column } = positionOf(source, offset);
    return new TemplateError({
      message: `template nests deeper than ${limits.maxDepth} levels`,
      line,
      column,
      file,
    });
  };
  let i = 0;
  const n = source.length;
  while (i < n) {
    const open = source.indexOf('{{', i);
    if (open < 0) break;
    if (open > 0 && source[open - 1] === '\\' && source[open - 2] !== '\\') {
      i = open + 2;
      continue;
    }
    let j = open + 2;
    while (source[j] === '{') j++;
    if (source[j] === '~') j++;
    const sigil = source[j];
    if (sigil === '!') {
      const long = source.startsWith('--', j + 1);
      const end = source.indexOf(long ? '--' : '}}', j + 1 + (long ? 2 : 0));
      if (end < 0) break;
      i = end + 2;
      continue;
    }
    if (sigil === '#') blocks++;
    else if (sigil === '^' && !/^\^\s*~?\}\}/.test(source.slice(j, j + 8))) blocks++;
    else if (sigil === '/') blocks--;
    if (blocks > limits.maxDepth) throw tooDeep(open);
    // parentheses (sub-expressions) up to the closing braces, outside string literals
    let parens = 0;
    let quote = '';
    for (; j < n; j++) {
      const char = source[j]!;
      if (quote) {
        if (char === quote) quote = '';
        continue;
      }
      if (char === '"' || char === "'") quote = char;
      else if (char === '(') {
        if (blocks + ++parens > limits.maxDepth) throw tooDeep(j);
      } else if (char === ')') parens--;
      else if (char === '}' && source[j + 1] === '}') break;
    }
    i = j + 2;
  }
}
