import { isContextPath } from './allowlist';
import type { Fail } from './parse';

/** a value in scope with the data path it came from (for naming slots). */
export interface Located {
  value: unknown;
  path: readonly string[];
}

/** a located value, and whether the data holds it (undefined counts as missing). */
export interface Resolved extends Located {
  found: boolean;
}

export interface Scope {
  /** the context (`this`). */
  context: Located;
  /** `@index`, `@first`, `@last`, `@key` of the innermost `#each` of this scope. */
  data: Record<string, unknown>;
  /** block parameters (`as |item i|`) visible here. */
  params: ReadonlyMap<string, Located>;
  /** prefix of slot names: the path of the innermost `#each` item (`items.0.`). */
  prefix: string;
}

/** the scope a template starts in: the data as the context, nothing else. */
export const rootScope = (data: unknown): Scope => ({
  context: { value: data, path: [] },
  data: {},
  params: new Map(),
  prefix: '',
});

export const hasOwn = (value: unknown, key: string): boolean =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, key);

/** Handlebars' falsy for blocks: empty, and an empty array; 0 counts only with `includeZero`. */
export const isEmpty = (value: unknown): boolean =>
  (!value && value !== 0) || (Array.isArray(value) && value.length === 0);

/**
 * the value a path names in the innermost of `scopes` (the first is the root), or undefined with
 * the path it would have had. Only own properties are read.
 */
export function resolvePath(path: hbs.AST.PathExpression, scopes: readonly Scope[], fail: Fail): Resolved {
  const { at, parts } = path.data ? startOfData(path, scopes, fail) : startOfName(path, scopes);
  return follow(at, parts);
}

/** where a `@name` path starts: `@root`, or a data variable of the scope `depth` levels up. */
function startOfData(
  path: hbs.AST.PathExpression,
  scopes: readonly Scope[],
  fail: Fail,
): { at: Located; parts: string[] } {
  const [head, ...rest] = path.parts;
  if (head === 'root') return { at: scopes[0]!.context, parts: rest };
  const frame = scopes[scopes.length - 1 - path.depth];
  if (!frame || !hasOwn(frame.data, head!)) fail(`@${head} is not defined here`, path);
  return { at: { value: frame!.data[head!], path: [] }, parts: rest };
}

/** where a plain path starts: a block parameter, or the context `depth` levels up. */
function startOfName(
  path: hbs.AST.PathExpression,
  scopes: readonly Scope[],
): { at: Located; parts: string[] } {
  const scope = scopes[scopes.length - 1]!;
  const param = !isContextPath(path) && path.depth === 0 ? scope.params.get(path.parts[0] ?? '') : undefined;
  if (param) return { at: param, parts: path.parts.slice(1) };
  const target = scopes[scopes.length - 1 - path.depth];
  return { at: target ? target.context : { value: undefined, path: [] }, parts: path.parts };
}

/** walk own properties from `at`; the path grows even past a missing step. */
function follow(at: Located, parts: readonly string[]): Resolved {
  let { value } = at;
  const located = [...at.path];
  let found = true;
  for (const part of parts) {
    located.push(part);
    if (found && hasOwn(value, part)) value = (value as Record<string, unknown>)[part];
    else {
      found = false;
      value = undefined;
    }
  }
  if (found && value === undefined) found = false;
  return { value, path: located, found };
}
