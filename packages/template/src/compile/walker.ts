import { escapeExpression } from '../escape';
import { freeText, readSlotHelper, type SlotHelper, slotHelpers, type TemplateSlot } from '../slot-helpers';
import { isBareName, slotNamePattern, unsafeSegments } from './allowlist';
import type { LayoutBuilder } from './layout-builder';
import type { Fail } from './parse';
import { isEmpty, type Located, type Resolved, resolvePath, rootScope, type Scope } from './scope';

export interface TemplateWalkerOptions {
  /** receives the fixed text and slots, in order. */
  builder: LayoutBuilder;
  /** the values data references read. */
  data: unknown;
  /** a data reference missing from the data: an error, or a slot the model fills. */
  missing: 'error' | 'slot';
  /** token budget of a slot made from a missing reference. */
  missingSlotTokens: number;
  /** most `#each` iterations over the whole template. */
  maxIterations: number;
  fail: Fail;
}

/**
 * walks a checked Handlebars program (see `checkProgram`) the way Handlebars' runtime would render
 * it, without compiling it: data is written as fixed text, slot helpers become slots.
 */
export class TemplateWalker {
  readonly #options: TemplateWalkerOptions;
  readonly #fail: Fail;
  /** `#each` iterations so far, over the whole template. */
  #iterations = 0;

  constructor(options: TemplateWalkerOptions) {
    this.#options = options;
    this.#fail = options.fail;
  }

  /** walk the whole template from the data's root. */
  walkTemplate(program: hbs.AST.Program): void {
    this.#walk(program, [rootScope(this.#options.data)]);
  }

  #walk(program: hbs.AST.Program | undefined, scopes: Scope[]): void {
    for (const statement of program?.body ?? []) this.#statement(statement, scopes);
  }

  #statement(statement: hbs.AST.Statement, scopes: Scope[]): void {
    switch (statement.type) {
      case 'ContentStatement':
        this.#options.builder.write((statement as hbs.AST.ContentStatement).value, statement);
        return;
      case 'CommentStatement':
        return;
      case 'MustacheStatement':
        this.#mustache(statement as hbs.AST.MustacheStatement, scopes);
        return;
      case 'BlockStatement':
        this.#block(statement as hbs.AST.BlockStatement, scopes);
        return;
      default:
        this.#fail(`unsupported construct ${statement.type}`, statement);
    }
  }

  // {{name}}, {{gen "name" ...}}

  #mustache(node: hbs.AST.MustacheStatement, scopes: Scope[]): void {
    const path = node.path as hbs.AST.PathExpression;
    const head = path.parts[0] ?? '';
    if (isBareName(path) && slotHelpers.has(head)) this.#slotHelper(node, head as SlotHelper, scopes);
    else this.#reference(node, path, scopes);
  }

  #slotHelper(node: hbs.AST.MustacheStatement, helper: SlotHelper, scopes: Scope[]): void {
    const { prefix } = scopes[scopes.length - 1]!;
    const name = (raw: unknown, at: hbs.AST.Node) => `${prefix}${this.#slotName(helper, raw, at)}`;
    this.#options.builder.addSlot(readSlotHelper(helper, node, name, this.#fail), node);
  }

  /** a helper's slot name argument, checked. */
  #slotName(helper: SlotHelper, raw: unknown, at: hbs.AST.Node): string {
    if (typeof raw !== 'string' || !slotNamePattern.test(raw))
      this.#fail(`${helper}: the slot name must be a string of letters, digits, _, - and dots`, at);
    const name = raw as string;
    if (name.split('.').some((segment) => unsafeSegments.has(segment)))
      this.#fail(`unsafe slot name "${raw}"`, at);
    return name;
  }

  #reference(node: hbs.AST.MustacheStatement, path: hbs.AST.PathExpression, scopes: Scope[]): void {
    const resolved = resolvePath(path, scopes, this.#fail);
    if (!resolved.found) this.#missingReference(node, path, resolved);
    else this.#writeValue(node, path, resolved.value);
  }

  /** a reference the data lacks: a slot named by its data path (`missing: 'slot'`), else an error. */
  #missingReference(node: hbs.AST.MustacheStatement, path: hbs.AST.PathExpression, resolved: Resolved): void {
    const located = resolved.path;
    if (this.#options.missing === 'slot' && !path.data) {
      this.#missingSlot(node, path, located.join('.'));
      return;
    }
    this.#fail(`missing data "${path.original}"${located.length ? ` (at ${located.join('.')})` : ''}`, node);
  }

  #missingSlot(node: hbs.AST.MustacheStatement, path: hbs.AST.PathExpression, name: string): void {
    if (!slotNamePattern.test(name)) this.#fail(`missing data "${path.original}" cannot name a slot`, node);
    const slot: TemplateSlot = {
      name,
      helper: 'gen',
      optional: false,
      fromData: true,
      line: node.loc.start.line,
      column: node.loc.start.column + 1,
    };
    const made = {
      slot,
      constraint: freeText(false),
      maxTokens: this.#options.missingSlotTokens,
      validators: [],
    };
    this.#options.builder.addSlot(made, node);
  }

  /** a scalar as text, escaped as `{{ }}` escapes it; null writes nothing; anything else fails. */
  #writeValue(node: hbs.AST.MustacheStatement, path: hbs.AST.PathExpression, value: unknown): void {
    if (value === null) return;
    if (
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean' ||
      typeof value === 'bigint'
    ) {
      const rendered = String(value);
      this.#options.builder.write(node.escaped ? escapeExpression(rendered) : rendered, node);
      return;
    }
    const kind = Array.isArray(value)
      ? 'an array'
      : `a${typeof value === 'object' ? 'n' : ''} ${typeof value}`;
    this.#fail(`"${path.original}" is ${kind}, not a value to write`, node);
  }

  // {{#if}}, {{#unless}}, {{#with}}, {{#each}}

  #block(node: hbs.AST.BlockStatement, scopes: Scope[]): void {
    const helper = node.path.parts[0]!;
    const argument = this.#argument(node, scopes);
    switch (helper) {
      case 'if':
      case 'unless':
        this.#conditional(node, helper === 'if', argument.value, scopes);
        return;
      case 'with':
        this.#with(node, argument, scopes);
        return;
      case 'each':
        this.#each(node, argument, scopes);
        return;
    }
  }

  /** a block's one argument: a path's value, or a literal. */
  #argument(node: hbs.AST.BlockStatement, scopes: Scope[]): Located {
    const param = node.params[0]!;
    if (param.type === 'PathExpression') {
      const { value, path } = resolvePath(param as hbs.AST.PathExpression, scopes, this.#fail);
      return { value, path };
    }
    const literal = param as hbs.AST.StringLiteral;
    return { value: literal.value ?? (param.type === 'NullLiteral' ? null : undefined), path: [] };
  }

  #conditional(node: hbs.AST.BlockStatement, whenTruthy: boolean, value: unknown, scopes: Scope[]): void {
    const includeZero = node.hash?.pairs.some(
      (pair) => pair.key === 'includeZero' && (pair.value as hbs.AST.BooleanLiteral).value === true,
    );
    const truthy = !(isEmpty(value) || (!includeZero && !value));
    this.#walk(whenTruthy === truthy ? node.program : node.inverse, scopes);
  }

  #with(node: hbs.AST.BlockStatement, context: Located, scopes: Scope[]): void {
    if (isEmpty(context.value)) {
      this.#walk(node.inverse, scopes);
      return;
    }
    if (typeof context.value === 'function') this.#fail('a function in the data cannot be a context', node);
    const scope = scopes[scopes.length - 1]!;
    const params = new Map(scope.params);
    const [as] = node.program.blockParams ?? [];
    if (as !== undefined) params.set(as, context);
    this.#walk(node.program, [...scopes, { context, data: scope.data, params, prefix: scope.prefix }]);
  }

  #each(node: hbs.AST.BlockStatement, argument: Located, scopes: Scope[]): void {
    const entries = this.#entries(node, argument.value);
    if (entries.length === 0) {
      this.#walk(node.inverse, scopes);
      return;
    }
    const loop: EachLoop = { node, argument, entries, outer: scopes[scopes.length - 1]! };
    // forEach: a sparse array's holes are skipped, as Handlebars skips them
    entries.forEach((_, k) => {
      if (++this.#iterations > this.#options.maxIterations)
        this.#fail(`#each runs more than ${this.#options.maxIterations} iterations in all`, node);
      this.#walk(node.program, [...scopes, itemScope(loop, k)]);
    });
  }

  /** what `#each` iterates: an array's items or an object's own keys; an empty value, nothing. */
  #entries(node: hbs.AST.BlockStatement, value: unknown): Array<[string, unknown]> {
    if (Array.isArray(value)) return value.map((item, k) => [String(k), item]);
    if (typeof value === 'object' && value !== null)
      return Object.keys(value).map((key) => [key, (value as Record<string, unknown>)[key]]);
    if (isEmpty(value)) return [];
    return this.#fail(`#each needs an array or an object, got a ${typeof value}`, node);
  }
}

/** one `#each` block being walked. */
interface EachLoop {
  node: hbs.AST.BlockStatement;
  /** what it iterates, with its data path. */
  argument: Located;
  entries: Array<[string, unknown]>;
  /** the scope the block is in. */
  outer: Scope;
}

/** the scope of the `k`-th item: it as the context, its block parameters and data variables. */
function itemScope({ node, argument, entries, outer }: EachLoop, k: number): Scope {
  const [key, item] = entries[k]!;
  const isArray = Array.isArray(argument.value);
  const context = { value: item, path: [...argument.path, key] };
  const params = new Map(outer.params);
  const [itemName, indexName] = node.program.blockParams ?? [];
  if (itemName !== undefined) params.set(itemName, context);
  if (indexName !== undefined) params.set(indexName, { value: isArray ? k : key, path: [] });
  const data: Record<string, unknown> = { index: k, first: k === 0, last: k === entries.length - 1 };
  if (!isArray) data.key = key;
  return { context, data, params, prefix: `${context.path.join('.')}.` };
}
