import {
  type Canvas,
  type Constraint,
  ConstraintError,
  checkConstraint,
  copyOf,
  dateCandidates,
  fixed,
  intersect,
  type Layout,
  literals,
  type Mentions,
  mentionsOf,
  numberCandidates,
  regex,
  type Segment,
  type SlotSpec,
  type SlotValidator,
  slotIsAbsent,
  slot as slotSpec,
  slotText,
  UnmaskError,
  union,
} from '@unmask/core';
import Handlebars from 'handlebars';
import { escapeExpression } from './escape';
import { checkSize, defaultTemplateLimits, type TemplateLimits } from './limits';
import {
  freeText,
  type HelperSlot,
  readSlotHelper,
  type SlotHelper,
  slotHelpers,
  type TemplateSlot,
} from './slot-helpers';
import {
  normalizeSlotSchema,
  rangeMessage,
  type SlotSchema,
  type SlotSchemaProperty,
  type SlotValue,
  schemaConstraint,
  schemaPropertyOf,
} from './slot-schema';
import { TemplateError } from './template-error';
import { checkTemplateOptions } from './template-options';

type Node = hbs.AST.Node;

/** a template with its optional companion schema, as `loadTemplateFile` returns it. */
export interface TemplateFile {
  source: string;
  schema?: SlotSchema;
  /** where it was read from, for error messages. */
  path?: string;
}

export interface CompileTemplateOptions {
  /** the Handlebars source, or a template file. */
  template: string | TemplateFile;
  /** the values data references read; never executed (functions are refused). */
  data?: unknown;
  /** a companion schema typing the slots (overrides the file's). */
  schema?: SlotSchema;
  /** a data reference missing from the data: `error` (default) or `slot` (the model fills it). */
  missing?: 'error' | 'slot';
  /** token budget of a slot made from a missing reference (default 16). */
  missingSlotTokens?: number;
  /**
   * the text slots copy from (the prompt, as the user wrote it): a `gen` slot with `verbatim=true`
   * is a substring of it, character for character.
   */
  verbatimFrom?: string;
  /** every free-text `gen` slot (no format) is held to `verbatimFrom`, as with `verbatim=true`. */
  verbatim?: boolean;
  /**
   * grounded extraction from this text: free text, formats and `regex` slots are copies of it
   * (non-empty), `integer` and `number` slots the numbers it mentions within their bounds, date,
   * time and date-time slots the ones it mentions (relative ones from `referenceDate`); `choice`
   * slots are chosen. A slot the text holds nothing for keeps its own language and is listed in
   * `groundGenerated`.
   */
  ground?: { text: string; referenceDate?: string };
  limits?: Partial<TemplateLimits>;
}

/** the rendered text of a filled canvas and the slot values by name. */
export interface RenderedTemplate<T = Record<string, SlotValue>> {
  text: string;
  slots: T;
}

/** a template turned into a layout for the given data. */
export interface CompiledTemplate {
  layout: Layout;
  /** the slots in layout order (slot index k is `slots[k]`). */
  slots: readonly TemplateSlot[];
  slotNames: string[];
  /** the slot index of each name. */
  slotIndex: ReadonlyMap<string, number>;
  /** the schema property typing each slot, when a schema was given. */
  slotSchema: readonly (SlotSchemaProperty | undefined)[];
  /**
   * slots asked to copy from `verbatimFrom` that keep their own language: no part of the text fits
   * them, or the text is past the automaton limits (4,000 characters).
   */
  verbatimKept: string[];
  /** with `ground`: the slots the text holds no candidate for (filled from their own language). */
  groundGenerated: string[];
  /** a slot's text as its typed value. */
  convert(k: number, text: string): SlotValue;
  /** the text and the slot values of a canvas built from `layout` (absent optional slots left out). */
  render(canvas: Canvas): RenderedTemplate;
}

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
const unsafeSegments = new Set([
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);
const slotNamePattern = /^[A-Za-z_][\w-]*(?:\.[\w-]+)*$/;

interface Parser {
  lexer?: { yylloc?: { first_line: number; first_column: number } };
}

function parse(source: string, file: string | undefined): hbs.AST.Program {
  try {
    return Handlebars.parse(source);
  } catch (cause) {
    const error = cause as { message?: string; lineNumber?: number; column?: number };
    const firstLine = String(error.message ?? cause).split('\n')[0]!;
    let line = 0;
    let column = 0;
    if (typeof error.lineNumber === 'number') {
      line = error.lineNumber;
      column = (error.column ?? 0) + 1;
    } else {
      // jison keeps the last token's location on the shared lexer
      const at = (Handlebars as unknown as { Parser?: Parser }).Parser?.lexer?.yylloc;
      const fromMessage = /line (\d+)/.exec(firstLine);
      if (at) {
        line = at.first_line;
        column = at.first_column + 1;
      } else if (fromMessage) line = Number(fromMessage[1]);
    }
    const reason = firstLine.replace(/ - \d+:\d+$/, '').replace(/:$/, '');
    throw new TemplateError({ message: `malformed template: ${reason}`, line, column, file, cause });
  }
}

/** a value in scope with the data path it came from (for naming slots). */
interface Located {
  value: unknown;
  path: readonly string[];
}

interface Scope {
  /** the context (`this`). */
  context: Located;
  /** `@index`, `@first`, `@last`, `@key` of the innermost `#each` of this scope. */
  data: Record<string, unknown>;
  /** block parameters (`as |item i|`) visible here. */
  params: ReadonlyMap<string, Located>;
  /** prefix of slot names: the path of the innermost `#each` item (`items.0.`). */
  prefix: string;
}

const hasOwn = (value: unknown, key: string): boolean =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, key);

const isEmpty = (value: unknown): boolean =>
  (!value && value !== 0) || (Array.isArray(value) && value.length === 0);

/**
 * turn a Handlebars template and its data into a layout: data written in as fixed text, slot
 * helpers (and, on request, missing references) as slots. The template is parsed and walked
 * with an allowlist; nothing is compiled or executed.
 */
export function compileTemplate(options: CompileTemplateOptions): CompiledTemplate {
  const file = typeof options.template === 'string' ? undefined : options.template;
  const source = typeof options.template === 'string' ? options.template : options.template.source;
  const filePath = file?.path;
  if (typeof source !== 'string')
    throw new UnmaskError({ code: 'invalid-argument', message: 'template must be a string' });
  checkTemplateOptions(options);
  const limits: TemplateLimits = { ...defaultTemplateLimits, ...options.limits };
  const schemaInput = options.schema ?? file?.schema;
  const schema = schemaInput === undefined ? undefined : normalizeSlotSchema(schemaInput, filePath);
  const missing = options.missing ?? 'error';
  const missingSlotTokens = options.missingSlotTokens ?? 16;

  checkSize(source, limits, filePath);
  const program = parse(source, filePath);

  const fail = (message: string, node: Node): never => {
    throw new TemplateError({
      message,
      line: node.loc?.start.line ?? 0,
      column: (node.loc?.start.column ?? -1) + 1,
      file: filePath,
    });
  };

  checkProgram(program, fail);

  const segments: Segment[] = [];
  const slots: TemplateSlot[] = [];
  const verbatimKept: string[] = [];
  const groundGenerated: string[] = [];
  const mentions = options.ground ? mentionsOf(options.ground.text, options.ground.referenceDate) : undefined;
  const slotSchema: Array<SlotSchemaProperty | undefined> = [];
  const slotIndex = new Map<string, number>();
  let text = '';
  let outputLength = 0;
  let iterations = 0;

  const write = (piece: string, node: Node) => {
    outputLength += piece.length;
    if (outputLength > limits.maxOutputLength)
      fail(`the rendered text is longer than ${limits.maxOutputLength} characters`, node);
    text += piece;
  };

  const addSlot = (made: HelperSlot, node: Node) => {
    const { slot } = made;
    if (slotIndex.has(slot.name)) fail(`slot "${slot.name}" is defined twice`, node);
    if (slots.length >= limits.maxSlots) fail(`the template has more than ${limits.maxSlots} slots`, node);
    const property = schemaPropertyOf(schema, slot.name);
    let constraint = made.constraint;
    const validators: SlotValidator[] = [...made.validators];
    if (property) {
      const extra = schemaConstraint(property);
      if (extra) constraint = intersect(constraint, extra);
      if (
        (property.type === 'number' || property.type === 'integer') &&
        (property.minimum !== undefined || property.maximum !== undefined)
      )
        validators.push((value) => rangeMessage(Number(value), property.minimum, property.maximum));
    }
    // after the companion schema's parts: the copy must fit them too
    if (slot.helper === 'gen' && (slot.verbatim || (options.verbatim && slot.format === undefined))) {
      const from =
        options.verbatimFrom ??
        fail(`slot "${slot.name}": verbatim copies from the prompt, and there is none (verbatimFrom)`, node);
      const copy = copyOf(constraint, from);
      if (!('kept' in copy)) {
        constraint = copy.constraint;
        slot.verbatim = true;
        // a length range the copy's automaton cannot carry: a check after filling
        for (const range of copy.lengths) validators.push(lengthCheck(range));
      } else {
        // no part of this prompt fits the slot (or the prompt is past the automaton limits)
        delete slot.verbatim;
        verbatimKept.push(slot.name);
      }
    }
    let maxTokens = made.maxTokens;
    if (mentions && slot.helper !== 'choice') {
      const grounded = groundSlot(slot, constraint, mentions);
      if (grounded) {
        constraint = grounded.constraint;
        if (grounded.maxTokens !== undefined) maxTokens = Math.min(maxTokens, grounded.maxTokens);
        for (const range of grounded.lengths ?? []) validators.push(lengthCheck(range));
      } else groundGenerated.push(slot.name);
    }
    if (text) segments.push(fixed(text));
    text = '';
    const spec: SlotSpec = slotSpec({
      path: slot.name,
      constraint,
      maxTokens,
      ...(made.minTokens !== undefined ? { minTokens: made.minTokens } : {}),
      ...(slot.optional ? { optional: true } : {}),
      ...(validators.length ? { validators } : {}),
    });
    slotIndex.set(slot.name, slots.length);
    slots.push(slot);
    slotSchema.push(property);
    segments.push(spec);
  };

  const root: Located = { value: options.data, path: [] };
  const rootScope: Scope = { context: root, data: {}, params: new Map(), prefix: '' };

  /** the value a path names, or undefined with the path it would have had. */
  const resolve = (path: hbs.AST.PathExpression, scopes: readonly Scope[]): Located & { found: boolean } => {
    const scope = scopes[scopes.length - 1]!;
    let at: Located;
    let parts = path.parts;
    if (path.data) {
      const [head, ...rest] = parts;
      if (head === 'root') at = root;
      else {
        const frame = scopes[scopes.length - 1 - path.depth];
        if (!frame || !hasOwn(frame.data, head!)) fail(`@${head} is not defined here`, path);
        at = { value: frame!.data[head!], path: [] };
      }
      parts = rest;
    } else {
      const scoped = /^(?:\.|this\b)/.test(path.original);
      const param = !scoped && path.depth === 0 ? scope.params.get(parts[0] ?? '') : undefined;
      if (param) {
        at = param;
        parts = parts.slice(1);
      } else {
        const target = scopes[scopes.length - 1 - path.depth];
        at = target ? target.context : { value: undefined, path: [] };
      }
    }
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
  };

  const walk = (program: hbs.AST.Program | undefined, scopes: Scope[]) => {
    for (const statement of program?.body ?? []) {
      switch (statement.type) {
        case 'ContentStatement':
          write((statement as hbs.AST.ContentStatement).value, statement);
          break;
        case 'CommentStatement':
          break;
        case 'MustacheStatement':
          mustache(statement as hbs.AST.MustacheStatement, scopes);
          break;
        case 'BlockStatement':
          block(statement as hbs.AST.BlockStatement, scopes);
          break;
        default:
          fail(`unsupported construct ${statement.type}`, statement);
      }
    }
  };

  const mustache = (node: hbs.AST.MustacheStatement, scopes: Scope[]) => {
    const path = node.path as hbs.AST.PathExpression;
    const scope = scopes[scopes.length - 1]!;
    const head = path.parts[0] ?? '';
    if (
      !path.data &&
      path.depth === 0 &&
      path.parts.length === 1 &&
      slotHelpers.has(head) &&
      !/^(?:\.|this\b)/.test(path.original)
    ) {
      const made = readSlotHelper(
        head as SlotHelper,
        node,
        (raw, at) => {
          if (typeof raw !== 'string' || !slotNamePattern.test(raw))
            fail(`${head}: the slot name must be a string of letters, digits, _, - and dots`, at);
          if ((raw as string).split('.').some((segment) => unsafeSegments.has(segment)))
            fail(`unsafe slot name "${raw}"`, at);
          return `${scope.prefix}${raw}`;
        },
        fail,
      );
      addSlot(made, node);
      return;
    }
    const { value, path: located, found } = resolve(path, scopes);
    if (!found) {
      if (value === undefined && missing === 'slot' && !path.data) {
        const name = located.join('.');
        if (!slotNamePattern.test(name)) fail(`missing data "${path.original}" cannot name a slot`, node);
        const slot: TemplateSlot = {
          name,
          helper: 'gen',
          optional: false,
          fromData: true,
          line: node.loc.start.line,
          column: node.loc.start.column + 1,
        };
        addSlot({ slot, constraint: freeText(false), maxTokens: missingSlotTokens, validators: [] }, node);
        return;
      }
      fail(`missing data "${path.original}"${located.length ? ` (at ${located.join('.')})` : ''}`, node);
    }
    if (value === null) return;
    if (
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean' ||
      typeof value === 'bigint'
    ) {
      const rendered = String(value);
      write(node.escaped ? escapeExpression(rendered) : rendered, node);
      return;
    }
    fail(
      `"${path.original}" is ${Array.isArray(value) ? 'an array' : `a${typeof value === 'object' ? 'n' : ''} ${typeof value}`}, not a value to write`,
      node,
    );
  };

  const argument = (node: hbs.AST.BlockStatement, scopes: Scope[]): Located & { found: boolean } => {
    const param = node.params[0]!;
    if (param.type === 'PathExpression') return resolve(param as hbs.AST.PathExpression, scopes);
    const literal = param as hbs.AST.StringLiteral;
    return {
      value: literal.value ?? (param.type === 'NullLiteral' ? null : undefined),
      path: [],
      found: true,
    };
  };

  const block = (node: hbs.AST.BlockStatement, scopes: Scope[]) => {
    const helper = node.path.parts[0]!;
    const scope = scopes[scopes.length - 1]!;
    const { value, path } = argument(node, scopes);
    switch (helper) {
      case 'if':
      case 'unless': {
        const includeZero = node.hash?.pairs.some(
          (pair) => pair.key === 'includeZero' && (pair.value as hbs.AST.BooleanLiteral).value === true,
        );
        const truthy = !(isEmpty(value) || (!includeZero && !value));
        walk((helper === 'if') === truthy ? node.program : node.inverse, scopes);
        return;
      }
      case 'with': {
        if (isEmpty(value)) {
          walk(node.inverse, scopes);
          return;
        }
        if (typeof value === 'function') fail('a function in the data cannot be a context', node);
        const context = { value, path };
        const params = new Map(scope.params);
        const [as] = node.program.blockParams ?? [];
        if (as !== undefined) params.set(as, context);
        walk(node.program, [...scopes, { context, data: scope.data, params, prefix: scope.prefix }]);
        return;
      }
      case 'each': {
        let entries: Array<[string, unknown]>;
        if (Array.isArray(value)) entries = value.map((item, k) => [String(k), item]);
        else if (typeof value === 'object' && value !== null)
          entries = Object.keys(value).map((key) => [key, (value as Record<string, unknown>)[key]]);
        else if (isEmpty(value)) entries = [];
        else return fail(`#each needs an array or an object, got a ${typeof value}`, node);
        if (entries.length === 0) {
          walk(node.inverse, scopes);
          return;
        }
        const [itemName, indexName] = node.program.blockParams ?? [];
        entries.forEach(([key, item], k) => {
          if (++iterations > limits.maxIterations)
            fail(`#each runs more than ${limits.maxIterations} iterations in all`, node);
          const context = { value: item, path: [...path, key] };
          const params = new Map(scope.params);
          if (itemName !== undefined) params.set(itemName, context);
          if (indexName !== undefined)
            params.set(indexName, { value: Array.isArray(value) ? k : key, path: [] });
          const data: Record<string, unknown> = { index: k, first: k === 0, last: k === entries.length - 1 };
          if (!Array.isArray(value)) data.key = key;
          walk(node.program, [...scopes, { context, data, params, prefix: `${context.path.join('.')}.` }]);
        });
        return;
      }
    }
  };

  walk(program, [rootScope]);
  if (text) segments.push(fixed(text));

  const convert = (k: number, value: string): SlotValue => convertSlot(slots[k]!, slotSchema[k], value);
  const layout: Layout = { segments };
  return {
    layout,
    slots,
    slotNames: slots.map((slot) => slot.name),
    slotIndex,
    slotSchema,
    verbatimKept,
    groundGenerated,
    convert,
    render(canvas) {
      if (canvas.slots.length !== slots.length)
        throw new UnmaskError({
          code: 'invalid-argument',
          message: 'render: the canvas was not built from this template',
        });
      let rendered = '';
      const values: Record<string, SlotValue> = {};
      let k = 0;
      for (const segment of canvas.layout.segments) {
        if (segment.kind === 'fixed') {
          rendered += segment.text;
          continue;
        }
        const index = k++;
        if (slotIsAbsent(canvas, index)) continue;
        const slotValue = slotText(canvas, index);
        rendered += slotValue;
        values[slots[index]!.name] = convert(index, slotValue);
      }
      return { text: rendered, slots: values };
    },
  };
}

/** a slot's text as the value its helper (or schema) types it to. */
function convertSlot(slot: TemplateSlot, property: SlotSchemaProperty | undefined, text: string): SlotValue {
  if (property?.enum) {
    const match = property.enum.find((value) => String(value) === text);
    if (match !== undefined) return match;
  }
  if (property?.type === 'boolean') return text === 'true';
  if (property?.type === 'integer' || property?.type === 'number') return Number(text);
  if (property?.type === 'string') return text;
  return slot.helper === 'integer' || slot.helper === 'number' ? Number(text) : text;
}

/** reject, with a location, every construct outside the allowlist, in every branch. */
function checkProgram(
  program: hbs.AST.Program | undefined,
  fail: (message: string, node: Node) => never,
): void {
  for (const statement of program?.body ?? []) {
    switch (statement.type) {
      case 'ContentStatement':
      case 'CommentStatement':
        break;
      case 'MustacheStatement': {
        const node = statement as hbs.AST.MustacheStatement;
        checkMustache(node, fail);
        break;
      }
      case 'BlockStatement': {
        const node = statement as hbs.AST.BlockStatement;
        checkBlock(node, fail);
        checkProgram(node.program, fail);
        checkProgram(node.inverse, fail);
        break;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement':
        fail('partials are not supported', statement);
        break;
      case 'Decorator':
      case 'DecoratorBlock':
        fail('decorators are not supported', statement);
        break;
      default:
        fail(`unsupported construct ${statement.type}`, statement);
    }
  }
}

function checkExpression(node: hbs.AST.Expression, fail: (message: string, node: Node) => never): void {
  switch (node.type) {
    case 'PathExpression': {
      const path = node as hbs.AST.PathExpression;
      for (const part of path.parts)
        if (unsafeSegments.has(part)) fail(`unsafe path segment "${part}" in "${path.original}"`, node);
      if (path.data && !dataVariables.has(path.parts[0] ?? ''))
        fail(`unknown data variable "${path.original}"`, node);
      return;
    }
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

function checkArguments(
  node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement,
  fail: (message: string, node: Node) => never,
) {
  for (const param of node.params) checkExpression(param, fail);
  for (const pair of node.hash?.pairs ?? []) {
    if (unsafeSegments.has(pair.key)) fail(`unsafe option name "${pair.key}"`, pair);
    checkExpression(pair.value, fail);
  }
}

function checkMustache(node: hbs.AST.MustacheStatement, fail: (message: string, node: Node) => never) {
  checkExpression(node.path, fail);
  checkArguments(node, fail);
  if (node.path.type !== 'PathExpression')
    fail('a literal cannot be written as a value; write the text itself', node);
  const path = node.path as hbs.AST.PathExpression;
  const head = path.parts[0] ?? '';
  const helperCall = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0;
  const simple =
    !path.data && path.depth === 0 && path.parts.length === 1 && !/^(?:\.|this\b)/.test(path.original);
  if (simple && slotHelpers.has(head)) {
    if (!helperCall) fail(`${head} needs a slot name: {{${head} "name"}}`, node);
    for (const param of node.params)
      if (param.type === 'PathExpression')
        fail(
          `${head}: arguments must be literals, not data ("${(param as hbs.AST.PathExpression).original}")`,
          param,
        );
    return;
  }
  if (helperCall) fail(`unknown helper "${path.original}"`, node);
  if (simple && builtinHelpers.has(head)) fail(`helper "${head}" is not supported here`, node);
}

function checkBlock(node: hbs.AST.BlockStatement, fail: (message: string, node: Node) => never) {
  checkExpression(node.path, fail);
  checkArguments(node, fail);
  const path = node.path;
  const name = path.parts[0] ?? '';
  if (path.data || path.depth !== 0 || path.parts.length !== 1 || !blockHelpers.has(name))
    fail(`unknown block helper "${path.original}" (supported: #if, #unless, #each, #with)`, node);
  if (node.params.length !== 1) fail(`#${name} takes exactly one argument`, node);
  for (const pair of node.hash?.pairs ?? []) {
    const allowed =
      (name === 'if' || name === 'unless') &&
      pair.key === 'includeZero' &&
      pair.value.type === 'BooleanLiteral';
    if (!allowed) fail(`#${name}: unsupported option "${pair.key}"`, pair);
  }
  const blockParams = node.program?.blockParams ?? [];
  const most = name === 'each' ? 2 : name === 'with' ? 1 : 0;
  if (blockParams.length > most) fail(`#${name} takes at most ${most} block parameter(s)`, node);
  for (const param of blockParams)
    if (unsafeSegments.has(param)) fail(`unsafe block parameter "${param}"`, node);
}

/** a length range a copy's automaton could not carry, checked after filling. */
const lengthCheck =
  (range: { min: number; max?: number | undefined }): SlotValidator =>
  (value) => {
    const chars = [...value].length;
    return chars < range.min || chars > (range.max ?? Number.POSITIVE_INFINITY)
      ? `${chars} characters, not within ${range.min}..${range.max ?? '∞'}`
      : undefined;
  };

const DATE_FORMATS = new Set(['date', 'time', 'date-time']);
const NON_EMPTY = regex('[\\s\\S]+', 'u');

/** `constraint` held to the prompt's candidates for the slot, or undefined when none fits it. */
function groundSlot(
  slot: TemplateSlot,
  constraint: Constraint,
  mentions: Mentions,
):
  | { constraint: Constraint; maxTokens?: number; lengths?: Array<{ min: number; max?: number | undefined }> }
  | undefined {
  const fits = (candidate: Constraint) => {
    try {
      checkConstraint(candidate);
      return true;
    } catch (error) {
      if (ConstraintError.isInstance(error)) return false;
      throw error;
    }
  };
  const among = (texts: string[]) => {
    if (texts.length === 0) return undefined;
    const held = intersect(constraint, literals(texts));
    return fits(held)
      ? { constraint: held, maxTokens: Math.max(...texts.map((t) => new TextEncoder().encode(t).length)) }
      : undefined;
  };
  if (slot.helper === 'integer' || slot.helper === 'number') {
    const texts = numberCandidates(mentions, {
      integer: slot.helper === 'integer',
      minimum: slot.minimum,
      maximum: slot.maximum,
    });
    // "38.4" and "38.40": a number slot may ask for its decimals written out
    const written = texts.flatMap((text) => [text, ...[1, 2, 3].map((d) => Number(text).toFixed(d))]);
    return among([...new Set(written)]);
  }
  if (slot.helper === 'gen' && slot.format !== undefined && DATE_FORMATS.has(slot.format))
    return among(dateCandidates(mentions, slot.format));
  const copy = copyOf(intersect(constraint, NON_EMPTY), mentions.text);
  const dated = slot.format === undefined ? among(dateCandidates(mentions, undefined)) : undefined;
  if ('kept' in copy) return dated;
  return {
    constraint: dated ? union(copy.constraint, dated.constraint) : copy.constraint,
    lengths: copy.lengths,
  };
}
