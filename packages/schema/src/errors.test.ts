import { ConstraintError, UnmaskError } from '@unmask/core';
import { Ajv } from 'ajv';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { z } from 'zod';
import { checkSchemaBounds, compileJsonSchema } from './compile';
import { SchemaError, type SchemaErrorCode } from './errors/schema-error';
import { generateObject, prepareSchema } from './generate';
import { prepareJsonSchema } from './schema-input';
import { tokenizer, uniformModel } from './test-support';
import type { JsonSchema } from './types';

/** the error a schema gives (through the public preparation: ajv first, then the compiler). */
function errorOf(schema: unknown, options?: Parameters<typeof prepareJsonSchema>[1]): SchemaError {
  try {
    prepareJsonSchema(schema as JsonSchema, options);
  } catch (error) {
    expect(SchemaError.isInstance(error)).toBe(true);
    expect(UnmaskError.isInstance(error)).toBe(true);
    return error as SchemaError;
  }
  throw new Error(`expected ${JSON.stringify(schema).slice(0, 80)} to be rejected`);
}

function expectError(schema: unknown, code: SchemaErrorCode, pointer?: string) {
  const error = errorOf(schema);
  expect(error.code).toBe(code);
  if (pointer !== undefined) expect(error.pointer).toBe(pointer);
  expect(error.message).toContain(`(at ${error.pointer})`);
  return error;
}

describe('invalid schemas', () => {
  it("a misspelt type: invalid-schema with ajv's message", () => {
    const error = expectError({ type: 'strnig' }, 'invalid-schema', '#');
    expect(error.message).toMatch(/type must be equal to one of the allowed values/);
    expect(error.name).toBe('SchemaError');
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('not an object or a boolean', () => {
    expectError(42, 'invalid-schema', '#');
    expectError([{ type: 'string' }], 'invalid-schema', '#');
  });

  it('a $ref that does not resolve inside the document', () => {
    expectError({ $ref: '#/definitions/missing' }, 'invalid-schema');
  });

  it('a pattern that is not a regular expression', () => {
    expectError({ type: 'string', pattern: '(' }, 'invalid-schema');
  });

  it('through generateObject too', async () => {
    await expect(
      generateObject({ model: uniformModel(), tokenizer, schema: { type: 'strnig' } }),
    ).rejects.toSatisfy((error: unknown) => SchemaError.isInstance(error) && error.code === 'invalid-schema');
  });
});

describe('unsupported constructs: typed, with the JSON pointer', () => {
  it('$dynamicRef', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { a: { $dynamicRef: '#node' } },
      required: ['a'],
    };
    expectError(schema, 'unsupported', '#/properties/a/$dynamicRef');
  });

  it('$dynamicRef in an optional property is not skipped either', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { b: { type: 'object', properties: { c: { $dynamicRef: '#node' } } } },
    };
    expectError(schema, 'unsupported', '#/properties/b/properties/c/$dynamicRef');
  });

  it('$recursiveRef (2019-09)', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2019-09/schema',
      items: { $recursiveRef: '#' },
      type: 'array',
    };
    expectError(schema, 'unsupported', '#/items/$recursiveRef');
  });

  it('a pattern with a variable backreference', () => {
    const schema = {
      type: 'object',
      properties: { a: { type: 'string', pattern: '(a+)\\1' } },
      required: ['a'],
    };
    const error = expectError(schema, 'unsupported', '#/properties/a/pattern');
    expect(error.message).toMatch(/backreference/);
  });

  it('a variable backreference in a patternProperties key', () => {
    const schema = { type: 'object', patternProperties: { '(b+)\\1': { type: 'integer' } } };
    const error = expectError(schema, 'unsupported');
    expect(error.pointer).toBe('#/patternProperties/(b+)\\1');
  });

  it('a $ref to another document', () => {
    expectError({ $ref: 'https://example.com/other.json' }, 'unsupported');
  });

  it('a zod schema with no JSON Schema form', () => {
    expect(() => prepareSchema(z.object({ when: z.date() }))).toThrow(
      expect.objectContaining({ code: 'unsupported', pointer: '#' }),
    );
  });
});

describe('unsatisfiable schemas: empty-language', () => {
  it('minLength > maxLength', () => {
    const error = expectError({ type: 'string', minLength: 5, maxLength: 2 }, 'empty-language', '#');
    expect(error.message).toMatch(/minLength 5 is greater than maxLength 2/);
  });

  it('minLength > maxLength in an optional property is still an error', () => {
    expectError(
      { type: 'object', properties: { a: { type: 'string', minLength: 5, maxLength: 2 } } },
      'empty-language',
      '#/properties/a',
    );
  });

  it("an empty enum: the compiler says empty-language; ajv's meta-schema already calls it invalid", () => {
    expect(() => compileJsonSchema({ type: 'object', properties: { a: { enum: [] } } })).toThrow(
      expect.objectContaining({ code: 'empty-language', pointer: '#/properties/a/enum' }),
    );
    expectError({ enum: [] }, 'invalid-schema');
  });

  it('minimum > maximum for an integer', () => {
    expectError({ type: 'integer', minimum: 5, maximum: 2 }, 'empty-language', '#');
    expectError({ type: 'integer', minimum: 1.2, maximum: 1.8 }, 'empty-language', '#');
    expectError({ type: 'integer', exclusiveMinimum: 3, exclusiveMaximum: 4 }, 'empty-language', '#');
    expectError(
      {
        $schema: 'http://json-schema.org/draft-04/schema#',
        type: 'integer',
        minimum: 3,
        maximum: 4,
        exclusiveMinimum: true,
        exclusiveMaximum: true,
      },
      'empty-language',
    );
  });

  it('minimum > maximum for a number', () => {
    expectError({ type: 'number', minimum: 5, maximum: 2 }, 'empty-language', '#');
    expectError({ type: 'number', exclusiveMinimum: 2, maximum: 2 }, 'empty-language', '#');
    expect(() => prepareJsonSchema({ type: 'number', minimum: 2, maximum: 2 })).not.toThrow();
  });

  it('minItems > maxItems', () => {
    const error = expectError({ type: 'array', minItems: 5, maxItems: 2 }, 'empty-language', '#');
    expect(error.message).toMatch(/minItems 5 is greater than maxItems 2/);
  });

  it('a pattern and a length that cannot meet', () => {
    expectError({ type: 'string', pattern: '^a{5}$', maxLength: 3 }, 'empty-language');
  });

  it('allOf of disjoint types', () => {
    expectError({ allOf: [{ type: 'string' }, { type: 'integer' }] }, 'empty-language');
  });

  it('a required property forbidden by additionalProperties: false', () => {
    expectError({ type: 'object', required: ['x'], additionalProperties: false }, 'empty-language');
  });

  it('the false schema', () => {
    expectError(false, 'empty-language');
  });

  it('an anyOf branch that is empty is dropped, the rest kept', () => {
    const compiled = compileJsonSchema({
      anyOf: [{ type: 'string', minLength: 5, maxLength: 2 }, { type: 'boolean' }],
    });
    expect(compiled.report.slots).toBe(1);
    expect(compiled.encode(true)).toEqual(['true']);
    expect(() =>
      compileJsonSchema({
        anyOf: [
          { type: 'string', minLength: 5, maxLength: 2 },
          { type: 'integer', minimum: 3, maximum: 1 },
        ],
      }),
    ).toThrow(expect.objectContaining({ code: 'empty-language' }));
  });
});

describe('bounds are checked before anything is built', () => {
  // every ajv class (draft-04 to 2020-12) inherits the core class's compile
  const ajvCore = Object.getPrototypeOf(Ajv.prototype) as Ajv;
  let ajvCompile: MockInstance<Ajv['compile']>;
  beforeEach(() => {
    ajvCompile = vi.spyOn(ajvCore, 'compile');
  });
  afterEach(() => ajvCompile.mockRestore());

  const nested = (depth: number): JsonSchema => {
    let schema: JsonSchema = { type: 'integer' };
    for (let k = 0; k < depth; k++) schema = { type: 'array', items: schema };
    return schema;
  };

  it('a 10,000-deep schema is rejected without recursion (no stack overflow)', () => {
    const schema = nested(10_000);
    // JSON.stringify and a recursive walk both overflow the stack here; the check must not
    expect(() => JSON.stringify(schema)).toThrow(RangeError);
    const error = errorOf(schema);
    expect(error.code).toBe('unsupported');
    expect(error.message).toMatch(/nested deeper/);
    expect(error.pointer.startsWith('#/items/items/')).toBe(true);
    // a recursive walk into ajv took hundreds of milliseconds before failing; it is never reached
    // (how fast the bound refuses it: bench/input-limits.bench.ts)
    expect(ajvCompile).not.toHaveBeenCalled();
  });

  it('the compiler alone rejects it too', () => {
    expect(() => compileJsonSchema(nested(10_000))).toThrow(expect.objectContaining({ code: 'unsupported' }));
    expect(() => checkSchemaBounds(nested(10_000))).toThrow(/nested deeper/);
  });

  it('a moderately nested schema within the limit compiles', () => {
    expect(compileJsonSchema(nested(20)).report.slots).toBeGreaterThan(0);
  });

  it('maxDepth is configurable', () => {
    expect(() => prepareJsonSchema(nested(20), { limits: { maxDepth: 4 } })).toThrow(/nested deeper/);
  });

  it('a schema over maxSchemaBytes', () => {
    const schema = { type: 'string', description: 'x'.repeat(200) };
    const error = errorOf(schema, { limits: { maxSchemaBytes: 100 } });
    expect(error.code).toBe('unsupported');
    expect(error.message).toMatch(/larger than the limit of 100 bytes/);
    expect(() => prepareJsonSchema(schema, { limits: { maxSchemaBytes: 1000 } })).not.toThrow();
  });

  it('a huge schema is rejected by the default limit before ajv sees it', () => {
    const properties = Object.fromEntries(
      Array.from({ length: 2100 }, (_, k) => [`p${k}`, { type: 'string', description: 'x'.repeat(1000) }]),
    );
    expect(errorOf({ type: 'object', properties }).code).toBe('unsupported');
    // how fast: bench/input-limits.bench.ts
    expect(ajvCompile).not.toHaveBeenCalled();
    // while a schema within the limits does reach it
    prepareJsonSchema({ type: 'object', properties: { p0: { type: 'string' } } });
    expect(ajvCompile).toHaveBeenCalled();
  });

  it('a cyclic object (not JSON) is rejected, not looped over', () => {
    const schema: Record<string, unknown> = { type: 'object' };
    schema.properties = { self: schema };
    expect(() => checkSchemaBounds(schema)).toThrow(SchemaError);
  });

  it('a pattern whose automaton is over the state limit: compiled, then a typed error naming the slot', async () => {
    // the compiler checks a pattern without determinising it; the byte automaton is built with the canvas
    const schema = {
      type: 'object',
      properties: { code: { type: 'string', pattern: '^[ab]*a[ab]{16}$' } },
      required: ['code'],
    };
    expect(() => prepareJsonSchema(schema)).not.toThrow();
    await expect(generateObject({ model: uniformModel(), tokenizer, schema })).rejects.toSatisfy(
      (error: unknown) =>
        ConstraintError.isInstance(error) &&
        error.code === 'state-limit' &&
        error.path === '/code' &&
        error.message.startsWith('slot "/code": '),
    );
  });

  it('too many slots is a typed error', () => {
    expect(errorOf({ type: 'array', minItems: 5000, items: { type: 'integer' } }).code).toBe('unsupported');
  });
});

describe('errors serialise', () => {
  it('code, message and pointer', () => {
    const error = errorOf({ type: 'string', minLength: 3, maxLength: 1 });
    expect(error.toJSON()).toEqual({ name: 'SchemaError', code: 'empty-language', message: error.message });
    expect(error.pointer).toBe('#');
  });
});
