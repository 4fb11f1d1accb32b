import type { SchemaObject } from '../resolve';

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array';
export const ALL_TYPES: JsonType[] = ['string', 'number', 'integer', 'boolean', 'null', 'object', 'array'];
export const SCALAR_TYPES = new Set<JsonType>(['string', 'number', 'integer', 'boolean', 'null']);

export const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');
export const isObject = (value: unknown): value is SchemaObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const escapeToken = (token: string | number) => {
  const text = String(token);
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
};
export const pointerJoin = (pointer: string, ...tokens: Array<string | number>) => {
  let at = pointer;
  for (const token of tokens) at += `/${escapeToken(token)}`;
  return at;
};

/** an own property, even named `__proto__`. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
  // a plain assignment is the same on a plain object, and much faster
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

/** whether two JSON values are equal: the same canonical text. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}

/**
 * a JSON value's text with its object keys sorted: two values are equal as JSON exactly when their
 * texts are. Own keys only, so members named `toString`, `valueOf`, `constructor` or `__proto__`
 * are data like any other.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(',')}}`;
  }
  // String, not JSON.stringify: a non-finite number (never JSON) must not read as null
  return typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
}

export function typesOf(schema: SchemaObject): JsonType[] {
  if (schema.const !== undefined) return [jsonTypeOf(schema.const)];
  if (Array.isArray(schema.enum)) return [...new Set(schema.enum.map(jsonTypeOf))];
  const declared = schema.type;
  if (typeof declared === 'string') return [declared as JsonType];
  if (Array.isArray(declared)) return declared as JsonType[];
  if (
    schema.properties ||
    schema.additionalProperties !== undefined ||
    schema.patternProperties ||
    schema.required
  )
    return ['object'];
  if (schema.items !== undefined || schema.prefixItems) return ['array'];
  if (schema.pattern || schema.format || schema.minLength !== undefined || schema.maxLength !== undefined)
    return ['string'];
  if (schema.minimum !== undefined || schema.maximum !== undefined) return ['number'];
  return ALL_TYPES;
}

export function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value as JsonType;
}
