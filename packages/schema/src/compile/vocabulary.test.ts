import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SchemaError } from '../errors/schema-error';
import { generateObject } from '../generate';
import { prepareZodSchema } from '../schema-input';
import { tokenizer, uniformModel } from '../test-support';
import { compileJsonSchema } from '.';
import { unknownKeywords } from './vocabulary';

const suiteDir = fileURLToPath(
  new URL('../../../../../shared/data/json-schema-test-suite/tests/draft2020-12', import.meta.url),
);

/** the person schema of compile.test.ts, with two typos. */
const typos = {
  type: 'object',
  propertes: { name: { type: 'string' } },
  properties: {
    home: { type: 'object', properties: { city: { type: 'string' } }, requried: ['city'] },
  },
};

describe('keywords the draft does not know', () => {
  it('are reported with the pointer of the schema that carries them, from the root down', () => {
    expect(compileJsonSchema(typos).report.warnings).toEqual([
      {
        code: 'unknown-keyword',
        pointer: '#',
        keyword: 'propertes',
        message: "unknown keyword 'propertes' at #",
      },
      {
        code: 'unknown-keyword',
        pointer: '#/properties/home',
        keyword: 'requried',
        message: "unknown keyword 'requried' at #/properties/home",
      },
    ]);
  });

  it('are found in every subschema, unused definitions included, but not inside unknown keywords', () => {
    const schema = {
      type: 'array',
      items: { anyOf: [{ type: 'string', maxLenght: 3 }, { type: 'null' }] },
      $defs: { unused: { type: 'object', additionalProperties: { typ: 'string' } } },
      propertes: { a: { nonsense: true } },
    };
    expect(compileJsonSchema(schema).report.warnings?.map((w) => `${w.pointer} ${w.keyword}`)).toEqual([
      '# propertes',
      '#/items/anyOf/0 maxLenght',
      '#/$defs/unused/additionalProperties typ',
    ]);
  });

  it('x- vendor keys and common annotations are not reported; a keyword of another draft is', () => {
    const annotated = {
      type: 'string',
      title: 'a',
      description: 'b',
      examples: ['c'],
      default: 'c',
      $comment: 'd',
      deprecated: false,
      readOnly: true,
      writeOnly: false,
      contentMediaType: 'text/plain',
      contentEncoding: '7bit',
      format: 'email',
      'x-order': 3,
    };
    expect(compileJsonSchema(annotated).report.warnings).toBeUndefined();
    const tuple = { type: 'array', prefixItems: [{ type: 'integer' }], items: false };
    // no draft declared: any draft's keyword is no typo
    expect(compileJsonSchema(tuple).report.warnings).toBeUndefined();
    expect(
      compileJsonSchema({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...tuple }).report
        .warnings,
    ).toBeUndefined();
    expect(
      compileJsonSchema({ $schema: 'http://json-schema.org/draft-07/schema#', ...tuple }).report.warnings,
    ).toEqual([expect.objectContaining({ pointer: '#', keyword: 'prefixItems' })]);
  });

  it('strict: true makes them a SchemaError (invalid-schema) at the first of them', () => {
    let error: unknown;
    try {
      compileJsonSchema(typos, { strict: true });
    } catch (thrown) {
      error = thrown;
    }
    expect(SchemaError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'invalid-schema', pointer: '#' });
    expect((error as Error).message).toBe(
      "unknown keyword 'propertes' and 1 more (unknown keyword 'requried' at #/properties/home), refused by strict: true (at #)",
    );
    // a schema without them compiles as it does without strict
    const clean = { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] };
    expect(compileJsonSchema(clean, { strict: true }).layout).toEqual(compileJsonSchema(clean).layout);
    expect(() => compileJsonSchema(clean, { strict: 'yes' as never })).toThrow(
      /compile option strict must be a boolean/,
    );
  });

  it.skipIf(!existsSync(suiteDir))('the JSON-Schema-Test-Suite (draft 2020-12) has none', () => {
    const schemas = readdirSync(suiteDir)
      .filter((name) => name.endsWith('.json'))
      .flatMap(
        (name) => JSON.parse(readFileSync(`${suiteDir}/${name}`, 'utf8')) as Array<{ schema: unknown }>,
      )
      .map((group) => group.schema);
    expect(schemas.length).toBeGreaterThan(300);
    expect(schemas.flatMap((schema) => unknownKeywords(schema))).toEqual([]);
  });

  it('clean schemas have none: one of the compiler tests, and zod schemas', () => {
    const person = {
      type: 'object',
      properties: {
        name: { type: 'string', maxLength: 8 },
        age: { type: 'integer', minimum: 0, maximum: 120 },
      },
      required: ['name'],
      additionalProperties: false,
    };
    expect(compileJsonSchema(person).report.warnings).toBeUndefined();
    const zod = prepareZodSchema(
      z.object({ name: z.string().max(10), tags: z.array(z.enum(['a', 'b'])).optional(), at: z.iso.date() }),
      { strict: true },
    );
    expect(zod.compiled.report.warnings).toBeUndefined();
  });

  it('reach the generate result (empty when there are none)', async () => {
    const run = { model: uniformModel(0), tokenizer, seed: 0, growRounds: 0 };
    const typo = { type: 'object', properties: { n: { type: 'boolean' } }, requried: ['n'] };
    const result = await generateObject({ ...run, schema: typo });
    expect(result.warnings.map((w) => w.message)).toEqual(["unknown keyword 'requried' at #"]);
    const clean = await generateObject({
      ...run,
      schema: { type: 'object', properties: { n: { type: 'boolean' } } },
    });
    expect(clean.warnings).toEqual([]);
    await expect(generateObject({ ...run, schema: typo, compile: { strict: true } })).rejects.toMatchObject({
      code: 'invalid-schema',
      pointer: '#',
    });
  });
});
