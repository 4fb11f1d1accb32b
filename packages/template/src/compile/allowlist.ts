import { slotHelpers } from '../slot-helpers';
import type { Fail } from './parse';

const builtinHelpers = new Set([
  'if',
  'unless',
  'each',
  'with',
  'lookup',
  'log',
  'helperMissing',
  'blockHelperMissing',
]);
const blockHelpers = new Set(['if', 'unless', 'each', 'with']);
const dataVariables = new Set(['index', 'first', 'last', 'key', 'root']);

/** path segments that reach the prototype chain or functions behind it. */
export const unsafeSegments: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

export const slotNamePattern = /^[A-Za-z_][\w-]*(?:\.[\w-]+)*$/;

/** a path that starts at the context (`.`, `this`) rather than naming a helper or parameter. */
export const isContextPath = (path: hbs.AST.PathExpression): boolean => /^(?:\.|this\b)/.test(path.original);

/** a bare one-segment name (`gen`, `name`): what a helper call is spelled as. */
export const isBareName = (path: hbs.AST.PathExpression): boolean =>
  !path.data && path.depth === 0 && path.parts.length === 1 && !isContextPath(path);

/** reject, with a location, every construct outside the allowlist, in every branch. */
export function checkProgram(program: hbs.AST.Program | undefined, fail: Fail): void {
  for (const statement of program?.body ?? []) checkStatement(statement, fail);
}

function checkStatement(statement: hbs.AST.Statement, fail: Fail): void {
  switch (statement.type) {
    case 'ContentStatement':
    case 'CommentStatement':
      return;
    case 'MustacheStatement':
      checkMustache(statement as hbs.AST.MustacheStatement, fail);
      return;
    case 'BlockStatement': {
      const node = statement as hbs.AST.BlockStatement;
      checkBlock(node, fail);
      checkProgram(node.program, fail);
      checkProgram(node.inverse, fail);
      return;
    }
    case 'PartialStatement':
    case 'PartialBlockStatement':
      fail('partials are not supported', statement);
      return;
    case 'Decorator':
    case 'DecoratorBlock':
      fail('decorators are not supported', statement);
      return;
    default:
      fail(`unsupported construct ${statement.type}`, statement);
  }
}

function checkExpression(node: hbs.AST.Expression, fail: Fail): void {
  switch (node.type) {
    case 'PathExpression':
      checkPath(node as hbs.AST.PathExpression, fail);
      return;
    case 'StringLiteral':
    case 'NumberLiteral':
    case 'BooleanLiteral':
    case 'NullLiteral':
    case 'UndefinedLiteral':
      return;
    case 'SubExpression':
      fail('sub-expressions (helper calls in parentheses) are not supported', node);
      return;
    default:
      fail(`unsupported expression ${node.type}`, node);
  }
}

function checkPath(path: hbs.AST.PathExpression, fail: Fail): void {
  for (const part of path.parts)
    if (unsafeSegments.has(part)) fail(`unsafe path segment "${part}" in "${path.original}"`, path);
  if (path.data && !dataVariables.has(path.parts[0] ?? ''))
    fail(`unknown data variable "${path.original}"`, path);
}

function checkArguments(node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement, fail: Fail): void {
  for (const param of node.params) checkExpression(param, fail);
  for (const pair of node.hash?.pairs ?? []) {
    if (unsafeSegments.has(pair.key)) fail(`unsafe option name "${pair.key}"`, pair);
    checkExpression(pair.value, fail);
  }
}

function checkMustache(node: hbs.AST.MustacheStatement, fail: Fail): void {
  checkExpression(node.path, fail);
  checkArguments(node, fail);
  if (node.path.type !== 'PathExpression')
    fail('a literal cannot be written as a value; write the text itself', node);
  const path = node.path as hbs.AST.PathExpression;
  const head = path.parts[0] ?? '';
  const helperCall = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0;
  const bare = isBareName(path);
  if (bare && slotHelpers.has(head)) {
    checkSlotHelperCall(node, head, helperCall, fail);
    return;
  }
  if (helperCall) fail(`unknown helper "${path.original}"`, node);
  if (bare && builtinHelpers.has(head)) fail(`helper "${head}" is not supported here`, node);
}

/** a slot helper takes literals only, and at least its slot name. */
function checkSlotHelperCall(
  node: hbs.AST.MustacheStatement,
  head: string,
  helperCall: boolean,
  fail: Fail,
): void {
  if (!helperCall) fail(`${head} needs a slot name: {{${head} "name"}}`, node);
  for (const param of node.params)
    if (param.type === 'PathExpression')
      fail(
        `${head}: arguments must be literals, not data ("${(param as hbs.AST.PathExpression).original}")`,
        param,
      );
}

function checkBlock(node: hbs.AST.BlockStatement, fail: Fail): void {
  checkExpression(node.path, fail);
  checkArguments(node, fail);
  const path = node.path;
  const name = path.parts[0] ?? '';
  if (path.data || path.depth !== 0 || path.parts.length !== 1 || !blockHelpers.has(name))
    fail(`unknown block helper "${path.original}" (supported: #if, #unless, #each, #with)`, node);
  if (node.params.length !== 1) fail(`#${name} takes exactly one argument`, node);
  checkBlockOptions(node, name, fail);
  checkBlockParams(node, name, fail);
}

/** the only block option is `includeZero=true|false` on `#if` and `#unless`. */
function checkBlockOptions(node: hbs.AST.BlockStatement, name: string, fail: Fail): void {
  for (const pair of node.hash?.pairs ?? []) {
    const allowed =
      (name === 'if' || name === 'unless') &&
      pair.key === 'includeZero' &&
      pair.value.type === 'BooleanLiteral';
    if (!allowed) fail(`#${name}: unsupported option "${pair.key}"`, pair);
  }
}

function checkBlockParams(node: hbs.AST.BlockStatement, name: string, fail: Fail): void {
  const blockParams = node.program?.blockParams ?? [];
  const most = name === 'each' ? 2 : name === 'with' ? 1 : 0;
  if (blockParams.length > most) fail(`#${name} takes at most ${most} block parameter(s)`, node);
  for (const param of blockParams)
    if (unsafeSegments.has(param)) fail(`unsafe block parameter "${param}"`, node);
}
