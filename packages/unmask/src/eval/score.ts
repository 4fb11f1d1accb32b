import type { SlotValue, TemplateSlot } from '@unmask/template';

/** the kinds of field the report counts apart. */
export type FieldType = 'string' | 'number' | 'date' | 'format' | 'enum' | 'boolean' | 'array' | 'absent';

export const FIELD_TYPES: readonly FieldType[] = [
  'string',
  'number',
  'date',
  'format',
  'enum',
  'boolean',
  'array',
  'absent',
];

/** one scored field of a case. */
export interface FieldScore {
  pointer: string;
  type: FieldType;
  expected: unknown;
  /** what came back (`undefined`: absent). */
  got: unknown;
  right: boolean;
  /** array fields: items right, items given that are not expected, items expected and missing. */
  items?: { hit: number; extra: number; missed: number };
}

type Schema = Record<string, unknown>;

const DATE_FORMATS = new Set(['date', 'time', 'date-time']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** a value as compared: strings trimmed with their inner white space collapsed, keys sorted. */
export function canonical(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.trim().replace(/\s+/g, ' '));
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

const same = (a: unknown, b: unknown, type: FieldType) => {
  if (type === 'format' && typeof a === 'string' && typeof b === 'string' && a.includes('@'))
    return a.trim().toLowerCase() === b.trim().toLowerCase();
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  return canonical(a) === canonical(b);
};

/** the type a schema gives a leaf value. */
export function schemaFieldType(schema: Schema): FieldType {
  if (Array.isArray(schema.enum) || 'const' in schema) return 'enum';
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'boolean') return 'boolean';
  if (type === 'number' || type === 'integer') return 'number';
  if (type === 'array') return 'array';
  if (typeof schema.format === 'string') return DATE_FORMATS.has(schema.format) ? 'date' : 'format';
  if (typeof schema.pattern === 'string') return 'format';
  return 'string';
}

/** how many items of `got` match items of `expected` (each used once), and the rest. */
function matchItems(expected: unknown[], got: unknown[]) {
  const left = expected.map(canonical);
  let hit = 0;
  for (const item of got) {
    const at = left.indexOf(canonical(item));
    if (at >= 0) {
      hit++;
      left.splice(at, 1);
    }
  }
  return { hit, extra: got.length - hit, missed: left.length };
}

/**
 * score a schema value field by field: every leaf the schema declares under objects (nested
 * objects walked), arrays as one field with item counts, optional properties the expected value
 * leaves out as `absent` fields (right when the result leaves them out too). `known` properties
 * (a form's values) are not scored. `accept` lists other right values by pointer.
 */
export function scoreSchemaValue(
  schema: Schema,
  expected: unknown,
  got: unknown,
  accept: Record<string, unknown[]> = {},
  known: Record<string, unknown> = {},
  pointer = '',
): FieldScore[] {
  const out: FieldScore[] = [];
  const properties = isObject(schema.properties) ? (schema.properties as Record<string, Schema>) : undefined;
  if (properties && isObject(expected)) {
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    const gotObject = isObject(got) ? got : {};
    for (const [key, child] of Object.entries(properties)) {
      const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (pointer === '' && key in known) continue;
      const want = expected[key];
      const have = gotObject[key];
      if (want === undefined) {
        if (!required.has(key))
          out.push({
            pointer: at,
            type: 'absent',
            expected: undefined,
            got: have,
            right: have === undefined,
          });
        continue;
      }
      if (isObject(child.properties) && isObject(want)) {
        out.push(...scoreSchemaValue(child, want, have, accept, {}, at));
        continue;
      }
      out.push(scoreLeaf(at, schemaFieldType(child), want, have, accept[at]));
    }
    return out;
  }
  out.push(scoreLeaf(pointer, schemaFieldType(schema), expected, got, accept[pointer]));
  return out;
}

function scoreLeaf(
  pointer: string,
  type: FieldType,
  expected: unknown,
  got: unknown,
  accept: unknown[] = [],
): FieldScore {
  const right = [expected, ...accept].some((want) =>
    type === 'array' && Array.isArray(want) && Array.isArray(got)
      ? want.length === got.length && matchItems(want, got).hit === want.length
      : same(want, got, type),
  );
  const score: FieldScore = { pointer, type, expected, got, right };
  if (type === 'array' && Array.isArray(expected))
    score.items = matchItems(expected, Array.isArray(got) ? got : []);
  return score;
}

/** the type of a template slot as the report counts it. */
export function slotFieldType(slot: Pick<TemplateSlot, 'helper' | 'format'>): FieldType {
  switch (slot.helper) {
    case 'choice':
      return 'enum';
    case 'integer':
    case 'number':
      return 'number';
    case 'regex':
      return 'format';
    default:
      return slot.format === undefined ? 'string' : DATE_FORMATS.has(slot.format) ? 'date' : 'format';
  }
}

/** score a filled template's slots by name; optional slots the expected value leaves out are `absent` fields. */
export function scoreSlots(
  slots: readonly Pick<TemplateSlot, 'name' | 'helper' | 'format' | 'optional' | 'fromData'>[],
  expected: Record<string, unknown>,
  got: Record<string, SlotValue | undefined>,
  accept: Record<string, unknown[]> = {},
): FieldScore[] {
  return slots.map((slot) => {
    const pointer = `/${slot.name}`;
    const want = expected[slot.name];
    const have = got[slot.name];
    if (want === undefined)
      return { pointer, type: 'absent' as const, expected: undefined, got: have, right: have === undefined };
    return scoreLeaf(pointer, slotFieldType(slot), want, have, accept[pointer]);
  });
}
