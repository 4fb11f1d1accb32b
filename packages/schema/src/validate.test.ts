import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SchemaError } from './errors/schema-error';
import { prepareZodSchema } from './schema-input';
import type { JsonSchema } from './types';
import { AJV_RECYCLE_AFTER, schemaValidator } from './validate';

describe('schemaValidator: one shared ajv per draft, nothing of a schema kept in it', () => {
  it('the same schema object is compiled once', () => {
    const schema: JsonSchema = { type: 'object', properties: { a: { type: 'integer' } } };
    const first = schemaValidator(schema);
    expect(schemaValidator(schema)).toBe(first);
    // an equal but distinct object is its own validator (the cache is by identity, weakly held)
    expect(schemaValidator({ ...schema })).not.toBe(first);
    expect(first({ a: 1 })).toEqual([]);
    expect(first({ a: 'x' }).map((issue) => issue.path)).toEqual(['/a']);
  });

  it('a draft-06+ schema with draft-04 style `id` members compiles, and `id` is ignored', () => {
    for (const $schema of [
      'https://json-schema.org/draft/2019-09/schema#',
      'https://json-schema.org/draft/2020-12/schema',
      'http://json-schema.org/draft-07/schema#',
    ]) {
      const validate = schemaValidator({
        $schema,
        id: 'compose_spec.json',
        type: 'object',
        properties: {
          services: { id: '#/properties/services', type: 'object', properties: { id: { type: 'integer' } } },
        },
      });
      expect(validate({ services: { id: 3 } })).toEqual([]);
      expect(validate({ services: { id: 'x' } }).map((issue) => issue.path)).toEqual(['/services/id']);
    }
    // draft-04 reads `id` as the schema's id, as before
    expect(
      schemaValidator({ $schema: 'http://json-schema.org/draft-04/schema#', id: 'a', type: 'string' })('x'),
    ).toEqual([]);
  });

  it("an absolute $id inside one schema does not resolve in the next schema's $ref", () => {
    const withId = (type: string): JsonSchema => ({
      type: 'object',
      properties: { a: { $ref: '#/$defs/x' } },
      $defs: { x: { $id: 'http://example.com/shared-x', type } },
    });
    const first = schemaValidator(withId('string'));
    expect(first({ a: 'q' })).toEqual([]);
    // a second schema declaring the same nested $id is its own: no ambiguity with the first
    const second = schemaValidator(withId('integer'));
    expect(second({ a: 1 })).toEqual([]);
    expect(second({ a: 'q' })).toHaveLength(1);
    // and a schema that only refers to that id refers to another document
    let error: unknown;
    try {
      schemaValidator({ properties: { a: { $ref: 'http://example.com/shared-x' } } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).code).toBe('unsupported');
  });

  it('validators compiled before the instance is recycled keep working', () => {
    const early = Array.from({ length: 3 }, (_, i) =>
      schemaValidator({ type: 'object', properties: { n: { type: 'integer', minimum: i } } }),
    );
    // enough schemas to pass the recycling bound of the draft-07 instance at least once
    for (let i = 0; i < AJV_RECYCLE_AFTER + 5; i++)
      schemaValidator({ type: 'object', properties: { [`k${i}`]: { type: 'string', maxLength: i } } });
    const late = schemaValidator({ type: 'object', properties: { n: { type: 'integer', minimum: 5 } } });
    early.forEach((validate, i) => {
      expect(validate({ n: i })).toEqual([]);
      expect(validate({ n: i - 1 })).toHaveLength(1);
    });
    expect(late({ n: 5 })).toEqual([]);
    expect(late({ n: 4 })).toHaveLength(1);
  });
});

describe('schemaValidator: numbers past a double', () => {
  it('Infinity and NaN are issues at their path, whatever the schema (ajv took Infinity for a number)', () => {
    const issues = (schema: JsonSchema, value: unknown) =>
      schemaValidator(schema)(value).map(({ code, path }) => ({ code, path }));
    expect(issues({}, Number.POSITIVE_INFINITY)).toEqual([{ code: 'type', path: '' }]);
    expect(issues({ type: 'integer' }, Number.NEGATIVE_INFINITY)).toContainEqual({ code: 'type', path: '' });
    expect(issues({ type: 'object' }, { a: [1, Number.NaN], 'b/c': Number.POSITIVE_INFINITY })).toEqual([
      { code: 'type', path: '/a/1' },
      { code: 'type', path: '/b~1c' },
    ]);
    expect(issues({ type: 'number' }, 1e308)).toEqual([]);
  });
});

describe('schemaValidator: patterns with lookarounds', () => {
  it('a lookahead before a repeated group holds (^(?=b-)(bb)*$ let "bbbb" through)', () => {
    const codes = (pattern: string, text: string) =>
      schemaValidator({ type: 'string', pattern })(text).map((issue) => issue.code);
    expect(codes('^(?=b-)(bb)*$', 'bbbb')).toEqual(['pattern']);
    expect(codes('^(?=b-)(bb)*$', '')).toEqual(['pattern']);
    expect(codes('^(?=bc)(b[bc])*$', 'bcbb')).toEqual([]);
    expect(codes('^(?=bc)(b[bc])*$', 'bbbc')).toEqual(['pattern']);
    expect(codes('^(?=.{8,64}$)(?=.*[A-Z])(?=.*\\d)', 'abcdefG1')).toEqual([]);
    expect(codes('^(?=.{8,64}$)(?=.*[A-Z])(?=.*\\d)', 'abcdefgh1')).toEqual(['pattern']);
  });
});

describe('schemaValidator: enum, const and uniqueItems compare members as data', () => {
  // as JSON.parse gives them: members named like Object.prototype's methods are own data members
  const parse = (text: string) => JSON.parse(text) as never;

  it('an own toString, valueOf or constructor member is compared, never called (ajv threw a TypeError)', () => {
    for (const draft of [
      'http://json-schema.org/draft-04/schema#',
      'https://json-schema.org/draft/2020-12/schema',
    ])
      for (const member of ['toString', 'valueOf', 'constructor', '__proto__']) {
        const value = (n: number) => parse(`{"${member}":{"n":${n}}}`);
        const validate = schemaValidator({ $schema: draft, enum: [value(1), 'x'] });
        expect(validate(value(1))).toEqual([]);
        expect(validate(value(2)).map((issue) => issue.code)).toEqual(['enum']);
        const constant = schemaValidator({ $schema: draft, const: value(1) });
        expect(constant(value(1))).toEqual([]);
        expect(constant(value(2)).map((issue) => issue.code)).toEqual(['const']);
      }
    expect(schemaValidator(parse('{"enum":[{"toString":1}]}'))(parse('{"toString":1}'))).toEqual([]);
  });

  it('uniqueItems finds duplicates by value, a valueOf member or a "__proto__" string alike', () => {
    const objects = schemaValidator(
      parse(
        '{"type":"array","items":{"type":"object","properties":{"valueOf":{"type":"boolean"}}},"uniqueItems":true}',
      ),
    );
    expect(objects(parse('[{"valueOf":true},{"valueOf":false}]'))).toEqual([]);
    const duplicate = objects(parse('[{"valueOf":true},{"valueOf":false},{"valueOf":true}]'));
    expect(duplicate.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'uniqueItems', path: '/2' },
    ]);
    // ajv indexed scalar items in a plain object: a second "__proto__" went unseen
    const strings = schemaValidator({ type: 'array', items: { type: 'string' }, uniqueItems: true });
    expect(strings(['__proto__', 'toString'])).toEqual([]);
    expect(strings(['__proto__', 'a', '__proto__']).map((issue) => issue.path)).toEqual(['/2']);
    // equal as JSON: key order does not matter, a number and its text differ
    const any = schemaValidator({ uniqueItems: true });
    expect(
      any([
        { a: 1, b: 2 },
        { b: 2, a: 1 },
      ]),
    ).toHaveLength(1);
    expect(any([1, '1', [1], { 1: 1 }])).toEqual([]);
  });
});

describe('prepareZodSchema reuses the JSON Schema of a zod schema', () => {
  it('the same zod schema gives the same JSON Schema object, and so one ajv validator', () => {
    const schema = z.object({ name: z.string(), age: z.number().int().min(0) });
    const first = prepareZodSchema(schema);
    const second = prepareZodSchema(schema);
    expect(second.jsonSchema).toBe(first.jsonSchema);
    expect(schemaValidator(first.jsonSchema)).toBe(schemaValidator(second.jsonSchema));
    // a different zod schema of the same shape is its own
    expect(
      prepareZodSchema(z.object({ name: z.string(), age: z.number().int().min(0) })).jsonSchema,
    ).not.toBe(first.jsonSchema);
    expect(second.finalize({ name: 'a', age: -1 }).issues.length).toBeGreaterThan(0);
  });
});
