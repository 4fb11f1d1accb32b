import { type Constraint, intersect, length, literals, regex, type SlotValidator } from '@unmask/core';
import { formatConstraint, isSlotFormat, type SlotFormat, slotFormats } from './formats';
import { numberConstraint, numberWidth } from './number-constraint';
import { rangeMessage } from './slot-schema';

/** the slot helpers a template may call. */
export type SlotHelper = 'gen' | 'choice' | 'integer' | 'number' | 'regex';

export const slotHelpers: ReadonlySet<string> = new Set<SlotHelper>([
  'gen',
  'choice',
  'integer',
  'number',
  'regex',
]);

/** a slot as the template declared it. */
export interface TemplateSlot {
  /** the name its value has in the result (`shipDate`, `items.0.note`). */
  name: string;
  helper: SlotHelper;
  format?: SlotFormat;
  /** the literals of a `choice`. */
  values?: readonly string[];
  minimum?: number;
  maximum?: number;
  optional: boolean;
  /** a data reference missing from the data, turned into a slot (`missing: 'slot'`). */
  fromData: boolean;
  /**
   * its text is a copy of `verbatimFrom` (the prompt): a `gen` slot with `verbatim=true`, or any
   * free-text `gen` slot with the `verbatim` option, when some part of the text fits it.
   */
  verbatim?: boolean;
  /** 1-based position of the helper call (or reference) in the template. */
  line: number;
  column: number;
}

/** what a helper call becomes: the slot, its constraint, budget and built-in checks. */
export interface HelperSlot {
  slot: TemplateSlot;
  constraint: Constraint;
  maxTokens: number;
  minTokens?: number;
  validators: SlotValidator[];
}

/** free text without control characters, not starting or ending with white space. */
export function freeText(multiline: boolean): Constraint {
  const edge = '[^\\s\\x00-\\x1f\\x7f-\\x9f]';
  const inner = multiline
    ? '[^\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]'
    : '[^\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029]';
  return regex(`${edge}(?:${inner}*${edge})?`, 'u');
}

export const defaultFreeTextTokens = 32;
const maxTokensLimit = 4096;

type Literal = string | number | boolean;

const allowedHash: Record<SlotHelper, readonly string[]> = {
  gen: ['maxTokens', 'minTokens', 'format', 'minLength', 'maxLength', 'multiline', 'optional', 'verbatim'],
  choice: ['maxTokens', 'optional'],
  integer: ['min', 'max', 'maxTokens', 'optional'],
  number: ['min', 'max', 'decimals', 'maxTokens', 'optional'],
  regex: ['maxTokens', 'minTokens', 'flags', 'optional'],
};

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/**
 * read a slot helper call. `fail(message, node)` throws a located TemplateError; arguments are
 * literals only (a path or sub-expression has been rejected before).
 */
export function readSlotHelper(
  helper: SlotHelper,
  node: hbs.AST.MustacheStatement,
  name: (raw: Literal | undefined, node: hbs.AST.Node) => string,
  fail: (message: string, node: hbs.AST.Node) => never,
): HelperSlot {
  const params = node.params.map((param) => literalOf(param, fail));
  const hash = new Map<string, { value: Literal; node: hbs.AST.Node }>();
  for (const pair of node.hash?.pairs ?? []) {
    if (!allowedHash[helper].includes(pair.key))
      fail(`${helper}: unknown option "${pair.key}" (allowed: ${allowedHash[helper].join(', ')})`, pair);
    hash.set(pair.key, { value: literalOf(pair.value, fail), node: pair });
  }
  const option = <T extends Literal>(key: string, type: 'string' | 'number' | 'boolean'): T | undefined => {
    const entry = hash.get(key);
    if (!entry) return undefined;
    if (typeof entry.value !== type) fail(`${helper}: option "${key}" must be a ${type}`, entry.node);
    return entry.value as T;
  };
  const count = (key: string, min: number, max: number): number | undefined => {
    const value = option<number>(key, 'number');
    if (value !== undefined && !(Number.isInteger(value) && value >= min && value <= max))
      fail(`${helper}: option "${key}" must be an integer from ${min} to ${max}`, hash.get(key)!.node);
    return value;
  };
  const slotName = name(params[0], node.params[0] ?? node);
  const maxTokens = count('maxTokens', 1, maxTokensLimit);
  const optional = option<boolean>('optional', 'boolean') ?? false;
  const position = { line: node.loc.start.line, column: node.loc.start.column + 1 };
  const slot: TemplateSlot = { name: slotName, helper, optional, fromData: false, ...position };
  const expectParams = (n: number) => {
    if (params.length !== n)
      fail(`${helper} takes ${n === 1 ? 'a slot name' : `a slot name and ${n - 1} more argument(s)`}`, node);
  };
  const validators: SlotValidator[] = [];
  switch (helper) {
    case 'gen': {
      expectParams(1);
      const format = option<string>('format', 'string');
      const minLength = count('minLength', 0, 100_000);
      const maxLength = count('maxLength', 1, 100_000);
      let constraint: Constraint;
      let budget = defaultFreeTextTokens;
      if (format !== undefined) {
        if (!isSlotFormat(format))
          fail(
            `gen: unknown format "${format}" (known: ${slotFormats.join(', ')})`,
            hash.get('format')!.node,
          );
        const built = formatConstraint(format);
        constraint = built.constraint;
        budget = built.maxBytes;
        slot.format = format;
      } else constraint = freeText(option<boolean>('multiline', 'boolean') ?? false);
      if (minLength !== undefined || maxLength !== undefined)
        constraint = intersect(constraint, length(minLength ?? 0, maxLength));
      // held to the prompt by compileTemplate, which has it
      if (option<boolean>('verbatim', 'boolean')) slot.verbatim = true;
      return {
        slot,
        constraint,
        maxTokens: maxTokens ?? budget,
        minTokens: count('minTokens', 0, maxTokensLimit),
        validators,
      };
    }
    case 'choice': {
      if (params.length < 2) fail('choice takes a slot name and at least one value', node);
      const values = params.slice(1).map((value, k) => {
        if (typeof value !== 'string' || value.length === 0)
          fail('choice: each value must be a non-empty string', node.params[k + 1]!);
        return value;
      });
      slot.values = values;
      const longest = Math.max(...values.map(utf8Length));
      return { slot, constraint: literals(values), maxTokens: maxTokens ?? longest, validators };
    }
    case 'integer':
    case 'number': {
      expectParams(1);
      const minimum = option<number>('min', 'number');
      const maximum = option<number>('max', 'number');
      if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        fail(`${helper}: min is above max`, node);
      const decimals = helper === 'integer' ? 0 : (count('decimals', 0, 12) ?? 2);
      if (
        helper === 'integer' &&
        ((minimum !== undefined && !Number.isInteger(minimum)) ||
          (maximum !== undefined && !Number.isInteger(maximum)))
      )
        fail('integer: min and max must be integers', node);
      const range = { minimum, maximum, decimals };
      const { constraint, exact } = numberConstraint(range);
      if (!exact) validators.push((text) => rangeMessage(Number(text), minimum, maximum));
      if (minimum !== undefined) slot.minimum = minimum;
      if (maximum !== undefined) slot.maximum = maximum;
      return { slot, constraint, maxTokens: maxTokens ?? numberWidth(range), validators };
    }
    case 'regex': {
      expectParams(2);
      const source = params[1];
      if (typeof source !== 'string' || source.length === 0)
        fail('regex: the pattern must be a non-empty string', node.params[1]!);
      const flags = option<string>('flags', 'string') ?? '';
      if (!/^i?$/.test(flags)) fail('regex: the only flag allowed is "i"', hash.get('flags')!.node);
      return {
        slot,
        constraint: regex(source, `${flags}u`),
        maxTokens: maxTokens ?? defaultFreeTextTokens,
        minTokens: count('minTokens', 0, maxTokensLimit),
        validators,
      };
    }
  }
}

function literalOf(node: hbs.AST.Expression, fail: (message: string, node: hbs.AST.Node) => never): Literal {
  switch (node.type) {
    case 'StringLiteral':
      return (node as hbs.AST.StringLiteral).value;
    case 'NumberLiteral':
      return (node as hbs.AST.NumberLiteral).value;
    case 'BooleanLiteral':
      return (node as hbs.AST.BooleanLiteral).value;
    default:
      return fail('slot helper arguments must be literal strings, numbers or booleans', node);
  }
}
