import { type Constraint, ConstraintError, checkConstraint, regex } from '@unmask/core';
import { SchemaError } from '../errors/schema-error';
import type { SchemaObject } from '../resolve';

/** a pattern read in unicode mode, else in legacy mode (`\\-` and the like), with its constraint; or why it is invalid. */
type PatternEntry = { regExp: RegExp; constraint?: Constraint } | { invalid: unknown };
const patterns = new Map<string, PatternEntry>();
const PATTERN_CACHE_SIZE = 1024;

/** patterns are met again and again (items, entries, retries): each is read once. */
function patternEntry(pattern: string): PatternEntry {
  let entry = patterns.get(pattern);
  if (entry) return entry;
  try {
    entry = { regExp: new RegExp(pattern, 'u') };
  } catch {
    try {
      entry = { regExp: new RegExp(pattern) };
    } catch (cause) {
      entry = { invalid: cause };
    }
  }
  if (patterns.size >= PATTERN_CACHE_SIZE) patterns.delete(patterns.keys().next().value!);
  patterns.set(pattern, entry);
  return entry;
}

export function safeTest(pattern: string, text: string): boolean {
  const entry = patternEntry(pattern);
  return 'regExp' in entry && entry.regExp.test(text);
}

/** a JSON Schema pattern (unanchored: the value contains a match) as a constraint on the decoded string. */
export function patternConstraint(pattern: string, pointer: string): Constraint {
  const entry = patternEntry(pattern);
  if ('invalid' in entry)
    throw new SchemaError({
      code: 'invalid-schema',
      pointer,
      message: `pattern /${pattern}/ is not a valid regular expression`,
      cause: entry.invalid,
    });
  entry.constraint ??= regex(unanchored(pattern), entry.regExp.unicode ? 'u' : '');
  return entry.constraint;
}

/**
 * the full-match regex of "contains a match of `pattern`": each top-level alternative gets `[^]*`
 * on the sides it is not anchored (`^dev|beta|rc$` is `dev[^]*|[^]*beta[^]*|[^]*rc`), so that
 * anchors inside an alternation are honoured exactly; alternatives anchored alike are grouped
 * (`a|b` is `[^]*(?:a|b)[^]*`).
 */
export function unanchored(pattern: string): string {
  // without backreferences, a group that is a whole alternative is that alternative's alternatives
  // (`^$|(^\d+$)` is `^$|^\d+$`): its anchors are then read as the top level's
  const unwrap = !/\\[1-9]|\\k</.test(pattern);
  const alternatives = topAlternatives(pattern, unwrap);
  const endsWithAnchor = (text: string) => {
    if (!text.endsWith('$')) return false;
    let escapes = 0;
    for (let i = text.length - 2; i >= 0 && text[i] === '\\'; i--) escapes++;
    return escapes % 2 === 0;
  };
  // alternatives anchored alike share their [^]* sides: `[^]*(?:a|b)[^]*`, not `[^]*a[^]*|[^]*b[^]*`
  // (the same language; the second makes every automaton state a set of all the branches' loops)
  const groups = new Map<string, string[]>();
  for (const alternative of alternatives) {
    let body = alternative;
    const head = body.startsWith('^') ? '' : '[^]*';
    if (!head) body = body.slice(1);
    const tail = endsWithAnchor(body) ? '' : '[^]*';
    if (!tail) body = body.slice(0, -1);
    const sides = `${head}|${tail}`;
    const group = groups.get(sides);
    if (group) group.push(body);
    else groups.set(sides, [body]);
  }
  return [...groups]
    .map(([sides, bodies]) => {
      const [head, tail] = sides.split('|');
      return `${head}(?:${bodies.join('|')})${tail}`;
    })
    .join('|');
}

/** the top-level alternatives of a pattern; with `unwrap`, a whole-alternative group gives its own. */
function topAlternatives(pattern: string, unwrap: boolean): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  /** where the alternative's first top-level group closes */
  let firstClose = -1;
  const close = (end: number) => {
    const alternative = pattern.slice(start, end);
    const inner =
      unwrap && pattern[start] === '(' && firstClose === end - 1 ? groupBody(alternative) : undefined;
    if (inner === undefined) alternatives.push(alternative);
    else alternatives.push(...topAlternatives(inner, unwrap));
  };
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') {
      depth--;
      if (depth === 0 && firstClose === -1) firstClose = i;
    } else if (char === '|' && depth === 0) {
      close(i);
      start = i + 1;
      firstClose = -1;
    }
  }
  close(pattern.length);
  return alternatives;
}

/** the body of a plain, capturing or named group (not a lookaround); undefined for anything else. */
function groupBody(group: string): string | undefined {
  if (!group.startsWith('(') || !group.endsWith(')')) return undefined;
  if (!group.startsWith('(?')) return group.slice(1, -1);
  if (group.startsWith('(?:')) return group.slice(3, -1);
  const named = /^\(\?<([A-Za-z_$][\w$]*)>/.exec(group);
  return named ? group.slice(named[0].length, -1) : undefined;
}

/** whether a leaf's constraint can be empty or unsupported (patterns): only then is it compiled while compiling the schema. */
export function mayFail(schema: SchemaObject): boolean {
  return typeof schema.pattern === 'string' || Array.isArray(schema['x-unmask-patterns']);
}

/**
 * a leaf constraint with patterns, checked when the compiler meets it: the regex parsed, its
 * assertions applied, the language not empty, without determinising (core checkConstraint, which
 * remembers what it passed; the byte automata of these and of every other constraint are built
 * with the canvas, where one over the state limit is a typed error naming its slot).
 */
export function checkPatterns(schema: SchemaObject, constraint: Constraint, pointer: string) {
  // a construct the automaton cannot honour is the pattern's; an empty language is the whole value's
  checkLanguage(
    constraint,
    pointer,
    typeof schema.pattern === 'string' ? `${pointer}/pattern` : `${pointer}/allOf`,
  );
}

export function checkLanguage(constraint: Constraint, pointer: string, unsupportedPointer = pointer) {
  try {
    checkConstraint(constraint);
  } catch (error) {
    if (ConstraintError.isInstance(error)) {
      const empty = error.code === 'empty-language';
      throw new SchemaError({
        code: empty ? 'empty-language' : 'unsupported',
        pointer: empty ? pointer : unsupportedPointer,
        message: error.message,
        cause: error,
      });
    }
    throw error;
  }
}
