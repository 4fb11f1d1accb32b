import {
  type Constraint,
  ConstraintError,
  checkConstraint,
  constraintLengthRange,
  copyOf,
  dateCandidates,
  intersect,
  jsonString,
  length,
  literal,
  literals,
  type Mentions,
  mentionsOf,
  numberCandidates,
  regex,
  sequence,
  union,
} from '@unmask/core';
import { SchemaError } from '../errors/schema-error';
import { FORMAT_BUDGET, FORMAT_REGEX } from '../formats';
import type { SchemaObject } from '../resolve';
import type { Context, LeafPlan } from './context';
import { byteLength, type JsonType, SCALAR_TYPES, typesOf } from './json';
import {
  decimalPlaces,
  integerLanguage,
  integerRange,
  integerRangeEmpty,
  jsonNumberText,
  numberLanguage,
  numberRangeEmpty,
} from './numbers';
import { checkPatterns, mayFail, patternConstraint } from './patterns';

/** formats a text often writes another way than the value (March 3, 2024): never held to a copy. */
const REWRITTEN_FORMATS = new Set(['date', 'time', 'date-time', 'duration']);
const NON_EMPTY = regex('[\\s\\S]+', 'u');

/** most tokens offered to a string with a long maxLength. */
const LONG_STRING_TOKENS = 128;
/** characters a token may hold, for budgets of lengths the automaton does not hold. */
const LONG_TOKEN_CHARS = 8;
/** longest length bound held exactly by the automaton; longer ones are checked by validation. */
const EXACT_LENGTH = 64;
/** the longest exact length bound on a format (an email of at most 64 characters is over 4,000 states). */
const FORMAT_EXACT_LENGTH = 40;
const formatLengths = new Map<string, { min: number; max: number }>();
/** whether a format's own texts already lie within [min, max] characters. */
function formatImplies(format: string, min: number, max: number | undefined): boolean {
  let range = formatLengths.get(format);
  if (!range) {
    range = constraintLengthRange(regex(FORMAT_REGEX[format]!, 'u'));
    formatLengths.set(format, range);
  }
  return min <= range.min && (max ?? Number.POSITIVE_INFINITY) >= range.max;
}

/** a JSON array or object whose members are scalars (compact): what an untyped value may be besides a scalar. */
const JSON_STRING_TEXT = String.raw`"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"`;
const JSON_SCALAR_TEXT = `(?:${JSON_STRING_TEXT}|${jsonNumberText('1,17', true)}|true|false|null)`;
const SHALLOW_CONTAINER = regex(
  `\\[(?:${JSON_SCALAR_TEXT}(?:,${JSON_SCALAR_TEXT})*)?\\]|\\{(?:${JSON_STRING_TEXT}:${JSON_SCALAR_TEXT}(?:,${JSON_STRING_TEXT}:${JSON_SCALAR_TEXT})*)?\\}`,
  'u',
);

/**
 * the languages of leaf values (scalars and strings: formats, patterns, lengths, number ranges),
 * held to the prompt when grounding or copying: what one slot may hold, and its token budget.
 */
export class LeafLanguages {
  constructor(private readonly ctx: Context) {}

  /** grounding of the leaf being planned: types with candidates, types without, types chosen. */
  private groundHits = 0;
  private groundMisses = 0;
  private choiceTypes = 0;

  /** the prompt's mentions when grounding (worked out once per text). */
  private get mentions(): Mentions | undefined {
    const ground = this.ctx.options.ground;
    return ground ? mentionsOf(ground.text, ground.referenceDate) : undefined;
  }

  /**
   * a grounded language: `base` intersected with the candidate texts (numbers, dates the prompt
   * mentions), or `base` unchanged, counted as a miss, when none of them fits.
   */
  private grounded(
    base: Constraint,
    candidates: string[],
    wrap: (c: Constraint) => Constraint = (c) => c,
  ): { constraint: Constraint; budget: number } | undefined {
    const texts = [...new Set(candidates)];
    if (texts.length) {
      const constraint = intersect(base, literals(texts));
      try {
        checkConstraint(wrap(constraint));
        this.groundHits++;
        return { constraint, budget: Math.max(...texts.map(byteLength)) };
      } catch (error) {
        if (!ConstraintError.isInstance(error)) throw error;
      }
    }
    this.groundMisses++;
    return undefined;
  }

  /** the numbers the prompt mentions that a number schema's bounds allow, as JSON texts. */
  private numberCandidates(schema: SchemaObject, integerOnly: boolean): string[] {
    const mentions = this.mentions;
    const num = (key: string) => (typeof schema[key] === 'number' ? (schema[key] as number) : undefined);
    return mentions
      ? numberCandidates(mentions, {
          integer: integerOnly,
          minimum: num('minimum'),
          maximum: num('maximum'),
          exclusiveMinimum: num('exclusiveMinimum'),
          exclusiveMaximum: num('exclusiveMaximum'),
          multipleOf: num('multipleOf'),
        })
      : [];
  }

  /** the dates and times the prompt mentions, in the spellings a format may take. */
  private dateCandidates(format: string | undefined): string[] {
    const mentions = this.mentions;
    return mentions ? dateCandidates(mentions, format, format === 'time') : [];
  }

  /** how a leaf is laid out: its slot language and budget, its string content, whether grounding found nothing. */
  leafPlan(schema: SchemaObject, pointer: string, anyValue: boolean): Omit<LeafPlan, 'notes'> {
    this.groundMisses = 0;
    this.groundHits = 0;
    this.choiceTypes = 0;
    const scalar = this.scalarLanguage(schema, pointer);
    // a value the schema says nothing of: a scalar, or an array or object of scalars
    const language = anyValue
      ? {
          constraint: union(scalar.constraint, SHALLOW_CONTAINER),
          budget: Math.max(scalar.budget, 2 * this.ctx.options.stringTokens),
        }
      : scalar;
    if (mayFail(schema)) checkPatterns(schema, language.constraint, pointer);
    const stringOnly =
      !schema.enum && schema.const === undefined && typesOf(schema).every((t) => t === 'string');
    const string = stringOnly ? this.stringContent(schema, pointer) : undefined;
    // every grounded type of the leaf found nothing, and it has no chosen type (boolean, null)
    const ungrounded = this.groundMisses > 0 && this.groundHits === 0 && this.choiceTypes === 0;
    return {
      constraint: language.constraint,
      budget: language.budget,
      ...(string ? { string } : {}),
      ...(ungrounded ? { ungrounded } : {}),
    };
  }

  /** the language of a scalar value's JSON text, with its budget; undefined when not scalar. */
  scalarLanguage(
    schema: SchemaObject,
    pointer: string,
  ): { constraint: Constraint; budget: number; quoted: boolean } {
    if (schema.const !== undefined) {
      const text = JSON.stringify(schema.const);
      return { constraint: literal(text), budget: byteLength(text), quoted: false };
    }
    if (Array.isArray(schema.enum)) {
      if (schema.enum.length === 0)
        throw new SchemaError({
          code: 'empty-language',
          pointer: `${pointer}/enum`,
          message: 'enum is empty: no value is valid',
        });
      const texts = [...new Set(schema.enum.map((value) => JSON.stringify(value)))];
      return { constraint: literals(texts), budget: Math.max(...texts.map(byteLength)), quoted: false };
    }
    const types = typesOf(schema).filter((t) => SCALAR_TYPES.has(t));
    const parts: Array<{ constraint: Constraint; budget: number }> = [];
    let emptyError: unknown;
    for (const type of types) {
      // a type whose keywords leave no value (an integer range with no integer) is left out of a type list
      try {
        parts.push(this.typeLanguage(type, schema, pointer));
      } catch (error) {
        if (!(SchemaError.isInstance(error) && error.code === 'empty-language')) throw error;
        emptyError = error;
      }
    }
    if (parts.length === 0)
      throw (
        emptyError ??
        new SchemaError({ code: 'empty-language', pointer, message: 'no scalar type is possible here' })
      );
    if (parts.length === 1)
      return { constraint: parts[0]!.constraint, budget: parts[0]!.budget, quoted: false };
    return {
      constraint: union(...parts.map((part) => part.constraint)),
      budget: Math.max(...parts.map((part) => part.budget)),
      quoted: false,
    };
  }

  private stringContent(schema: SchemaObject, pointer: string): { content: Constraint; budget: number } {
    const parts: Constraint[] = [];
    let budget = this.ctx.options.stringTokens;
    const format = typeof schema.format === 'string' ? schema.format : undefined;
    if (format !== undefined) {
      const source = FORMAT_REGEX[format];
      if (source) {
        parts.push(regex(source, 'u'));
        budget = FORMAT_BUDGET[format] ?? budget;
      } else {
        // an unknown format asserts nothing (the spec makes formats annotations by default)
        this.ctx.report.validationOnly.push(`${pointer}/format`);
      }
    }
    const patterns = [
      ...(typeof schema.pattern === 'string' ? [schema.pattern] : []),
      ...((schema['x-unmask-patterns'] as string[]) ?? []),
    ];
    for (const pattern of patterns) parts.push(patternConstraint(pattern, `${pointer}/pattern`));
    const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
    const max = typeof schema.maxLength === 'number' ? schema.maxLength : undefined;
    if (max !== undefined && min > max) {
      throw new SchemaError({
        code: 'empty-language',
        pointer,
        message: `minLength ${min} is greater than maxLength ${max}`,
      });
    }
    if (min > 0 || max !== undefined) {
      // an exact length automaton is cheap up to a few hundred characters; beyond that, validation
      // checks it. A format's automaton times a length counter costs far more: bounds the format
      // implies change nothing, others are exact up to FORMAT_EXACT_LENGTH characters
      const formatted = format !== undefined && FORMAT_REGEX[format] !== undefined;
      const exact = formatted ? FORMAT_EXACT_LENGTH : EXACT_LENGTH;
      const implied = formatted && formatImplies(format, min, max);
      if (!implied && (max ?? min) <= exact) parts.push(length(min, max));
      else if (!implied) {
        if (min > 0 && min <= exact) parts.push(length(min));
        this.ctx.report.validationOnly.push(`${pointer}/${min > exact ? 'minLength' : 'maxLength'}`);
      }
      // a declared maxLength sets the budget: a token per character when the automaton holds the
      // length exactly; beyond that, few enough tokens that even long tokens rarely pass it
      if (max !== undefined && format === undefined)
        budget =
          max <= EXACT_LENGTH
            ? max + 1
            : Math.min(LONG_STRING_TOKENS, Math.max(budget, Math.floor(max / LONG_TOKEN_CHARS)));
      if (min > 0) budget = Math.max(budget, Math.min(min + 2, 256));
    }
    const content =
      parts.length === 0 ? { kind: 'any' as const } : parts.length === 1 ? parts[0]! : intersect(...parts);
    if (this.ctx.options.ground) return this.groundString(content, format, pointer, budget);
    return { content: this.verbatim(content, format, pointer), budget: Math.max(1, budget) };
  }

  /**
   * a grounded string: a date, time or date-time format takes the ones the prompt mentions; any
   * other string is a copy of the prompt (as verbatim), or a date or time the prompt mentions when
   * its pattern takes one ("^\d\d:\d\d$" and "half past nine").
   */
  private groundString(content: Constraint, format: string | undefined, pointer: string, budget: number) {
    if (format !== undefined && REWRITTEN_FORMATS.has(format)) {
      const found = this.grounded(content, this.dateCandidates(format), jsonString);
      return found
        ? { content: found.constraint, budget: found.budget }
        : { content, budget: Math.max(1, budget) };
    }
    const source = this.ctx.options.ground!.text;
    // a copy of something: the empty string is in every text and says nothing
    const copy = copyOf(intersect(content, NON_EMPTY), source, { slot: jsonString });
    const dated =
      format === undefined ? this.grounded(content, this.dateCandidates(undefined), jsonString) : undefined;
    if ('kept' in copy) {
      if (dated) {
        // the date found counted as a hit; a copy that fits nothing is no miss then
        return { content: dated.constraint, budget: dated.budget };
      }
      this.groundMisses++;
      return { content, budget: Math.max(1, budget) };
    }
    this.groundHits++;
    for (const range of copy.lengths) {
      if (range.max !== undefined) this.ctx.report.validationOnly.push(`${pointer}/maxLength`);
      if (range.min > 0) this.ctx.report.validationOnly.push(`${pointer}/minLength`);
    }
    return {
      content: dated ? union(copy.constraint, dated.constraint) : copy.constraint,
      budget: Math.max(1, budget),
    };
  }

  /**
   * with `verbatimFrom`, a free-text string is a copy of that text as well (core's `copyOf`): it
   * keeps its pattern and format; a length range the automaton cannot carry goes to validation
   * (listed in validationOnly); a string no copy satisfies, or a text too long for the automaton
   * limits, keeps its own language, reported with the reason.
   */
  private verbatim(content: Constraint, format: string | undefined, pointer: string): Constraint {
    const source = this.ctx.options.verbatimFrom;
    if (source === undefined || (format !== undefined && REWRITTEN_FORMATS.has(format))) return content;
    const report = (this.ctx.report.verbatim ??= { kept: [] });
    const copy = copyOf(content, source, { slot: jsonString });
    if ('kept' in copy) {
      report.kept.push({ pointer, reason: copy.kept });
      return content;
    }
    for (const range of copy.lengths) {
      if (range.max !== undefined) this.ctx.report.validationOnly.push(`${pointer}/maxLength`);
      if (range.min > 0) this.ctx.report.validationOnly.push(`${pointer}/minLength`);
    }
    return copy.constraint;
  }

  private typeLanguage(
    type: JsonType,
    schema: SchemaObject,
    pointer: string,
  ): { constraint: Constraint; budget: number } {
    switch (type) {
      case 'string': {
        const { content, budget } = this.stringContent(schema, pointer);
        return { constraint: sequence(literal('"'), jsonString(content), literal('"')), budget: budget + 2 };
      }
      case 'integer': {
        const range = integerRange(schema);
        if (integerRangeEmpty(range))
          throw new SchemaError({
            code: 'empty-language',
            pointer,
            message: `no integer lies between the minimum and the maximum (${range.minimum} > ${range.maximum})`,
          });
        const digits = Math.max(range.minimum?.length ?? 0, range.maximum?.length ?? 0);
        if (this.ctx.options.ground) {
          const found = this.grounded(
            integerLanguage(range, schema.multipleOf),
            this.numberCandidates(schema, true),
          );
          if (found) return found;
        }
        return {
          constraint: integerLanguage(range, schema.multipleOf),
          budget:
            range.minimum !== undefined && range.maximum !== undefined
              ? digits
              : Math.max(digits, this.ctx.options.numberTokens),
        };
      }
      case 'number':
        if (numberRangeEmpty(schema))
          throw new SchemaError({
            code: 'empty-language',
            pointer,
            message: 'no number lies between the minimum and the maximum',
          });
        if (decimalPlaces(schema.multipleOf) === 0 && integerRangeEmpty(integerRange(schema)))
          throw new SchemaError({
            code: 'empty-language',
            pointer,
            message: `no multiple of ${schema.multipleOf} lies between the minimum and the maximum`,
          });
        if (this.ctx.options.ground) {
          const found = this.grounded(numberLanguage(schema), this.numberCandidates(schema, false));
          if (found) return found;
        }
        return { constraint: numberLanguage(schema), budget: this.ctx.options.numberTokens + 4 };
      case 'boolean':
        this.choiceTypes++;
        return { constraint: literals(['true', 'false']), budget: 5 };
      case 'null':
        this.choiceTypes++;
        return { constraint: literal('null'), budget: 4 };
      default:
        throw new SchemaError({ code: 'unsupported', pointer, message: `type ${type} is not scalar` });
    }
  }
}
