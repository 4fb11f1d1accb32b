import { type Constraint, intersect, length, literals, regex, UnmaskError } from '@unmask/core';
import { formatConstraint, isSlotFormat, type SlotFormat } from './formats';
import { numberConstraint } from './number-constraint';

/** a slot's value once converted: text, a number, or a boolean. */
export type SlotValue = string | number | boolean;

/** the typing of one slot, a subset of JSON Schema. */
export interface SlotSchemaProperty {
  type?: 'string' | 'integer' | 'number' | 'boolean';
  enum?: readonly (string | number | boolean)[];
  minimum?: number;
  maximum?: number;
  /** a JavaScript regex the whole value must match. */
  pattern?: string;
  format?: SlotFormat;
  minLength?: number;
  maxLength?: number;
  title?: string;
  description?: string;
}

/**
 * the companion schema of a template: slot names to their typing, either as a plain map or as
 * a JSON Schema object (`{ type: 'object', properties }`). A key may use `*` for one path
 * segment (`items.*.note`) to type every slot an `#each` makes.
 */
export type SlotSchema =
  | {
      type: 'object';
      properties: Readonly<Record<string, SlotSchemaProperty>>;
      required?: readonly string[];
      additionalProperties?: boolean;
      $schema?: string;
      $id?: string;
      title?: string;
      description?: string;
    }
  | Readonly<Record<string, SlotSchemaProperty>>;

type InferProperty<P> = P extends { enum: readonly (infer E)[] }
  ? E
  : P extends { type: 'integer' | 'number' }
    ? number
    : P extends { type: 'boolean' }
      ? boolean
      : string;

/** the slot values a companion schema declares (write the schema `as const`). */
export type InferSlots<S> = S extends { type: 'object'; properties: infer P }
  ? { -readonly [K in keyof P]: InferProperty<P[K]> }
  : { -readonly [K in keyof S]: InferProperty<S[K]> };

const objectKeys = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  '$schema',
  '$id',
  'title',
  'description',
]);
const propertyKeys = new Set([
  'type',
  'enum',
  'minimum',
  'maximum',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'title',
  'description',
]);
const types = new Set(['string', 'integer', 'number', 'boolean']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const unsafe = new Set(['__proto__', 'constructor', 'prototype']);

/** check a companion schema (it may come from a file) and return its properties by slot key. */
export function normalizeSlotSchema(schema: unknown, file?: string): Map<string, SlotSchemaProperty> {
  const where = file ? ` in ${file}` : '';
  const fail = (pointer: string, message: string) =>
    new UnmaskError({ code: 'invalid-schema', message: `slot schema${where} at "${pointer}": ${message}` });
  if (!isRecord(schema)) throw fail('', 'must be an object');
  let properties: Record<string, unknown> = schema;
  let base = '';
  if (schema.type === 'object') {
    for (const key of Object.keys(schema))
      if (!objectKeys.has(key)) throw fail(`/${key}`, `unsupported keyword "${key}"`);
    if (!isRecord(schema.properties)) throw fail('/properties', 'must be an object');
    properties = schema.properties;
    base = '/properties';
  }
  const result = new Map<string, SlotSchemaProperty>();
  for (const [name, property] of Object.entries(properties)) {
    const pointer = `${base}/${name}`;
    if (name.split('.').some((segment) => unsafe.has(segment))) throw fail(pointer, 'unsafe slot name');
    if (!isRecord(property)) throw fail(pointer, 'must be an object');
    for (const key of Object.keys(property))
      if (!propertyKeys.has(key)) throw fail(`${pointer}/${key}`, `unsupported keyword "${key}"`);
    const { type, minimum, maximum, pattern, format, minLength, maxLength } = property;
    if (type !== undefined && !(typeof type === 'string' && types.has(type)))
      throw fail(`${pointer}/type`, 'must be string, integer, number or boolean');
    if (property.enum !== undefined) {
      const values = property.enum;
      if (
        !Array.isArray(values) ||
        values.length === 0 ||
        values.some((v) => !['string', 'number', 'boolean'].includes(typeof v))
      )
        throw fail(`${pointer}/enum`, 'must be a non-empty array of strings, numbers or booleans');
    }
    for (const [key, value] of [
      ['minimum', minimum],
      ['maximum', maximum],
    ] as const)
      if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value)))
        throw fail(`${pointer}/${key}`, 'must be a finite number');
    for (const [key, value] of [
      ['minLength', minLength],
      ['maxLength', maxLength],
    ] as const)
      if (value !== undefined && !(Number.isInteger(value) && (value as number) >= 0))
        throw fail(`${pointer}/${key}`, 'must be a non-negative integer');
    if (pattern !== undefined && typeof pattern !== 'string')
      throw fail(`${pointer}/pattern`, 'must be a string');
    if (format !== undefined && !(typeof format === 'string' && isSlotFormat(format)))
      throw fail(`${pointer}/format`, `unsupported format ${JSON.stringify(format)}`);
    result.set(name, property as SlotSchemaProperty);
  }
  return result;
}

/** the schema property that types a slot: an exact key, else a key with `*` segments. */
export function schemaPropertyOf(
  schema: ReadonlyMap<string, SlotSchemaProperty> | undefined,
  name: string,
): SlotSchemaProperty | undefined {
  if (!schema) return undefined;
  const exact = schema.get(name);
  if (exact) return exact;
  for (const [key, property] of schema) if (keyMatches(key, name)) return property;
  return undefined;
}

/** whether a key (`items.*.note`) names a slot (`items.0.note`). */
export function keyMatches(key: string, name: string): boolean {
  if (key === name) return true;
  if (!key.includes('*')) return false;
  const keyParts = key.split('.');
  const nameParts = name.split('.');
  return (
    keyParts.length === nameParts.length && keyParts.every((part, k) => part === '*' || part === nameParts[k])
  );
}

/** the constraint a schema property adds to a slot (intersected with the slot's own). */
export function schemaConstraint(property: SlotSchemaProperty): Constraint | undefined {
  const parts: Constraint[] = [];
  if (property.enum) parts.push(literals(property.enum.map(String)));
  if (property.type === 'boolean') parts.push(literals(['true', 'false']));
  if (property.type === 'integer' || property.type === 'number') {
    parts.push(
      numberConstraint({
        minimum: property.minimum,
        maximum: property.maximum,
        decimals: property.type === 'integer' ? 0 : 6,
      }).constraint,
    );
  }
  if (property.pattern !== undefined) parts.push(regex(property.pattern, 'u'));
  if (property.format) parts.push(formatConstraint(property.format).constraint);
  if (property.minLength !== undefined || property.maxLength !== undefined)
    parts.push(length(property.minLength ?? 0, property.maxLength));
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : intersect(...parts);
}

/** a range check for what the constraint cannot hold exactly (fractional bounds). */
export function rangeMessage(value: number, minimum?: number, maximum?: number): string | undefined {
  if (minimum !== undefined && value < minimum) return `${value} is below the minimum ${minimum}`;
  if (maximum !== undefined && value > maximum) return `${value} is above the maximum ${maximum}`;
  return undefined;
}
