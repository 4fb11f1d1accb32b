// random JSON schemas and templates for test/fuzz-schema.test.ts and test/fuzz-template.test.ts:
// small (a few slots each), so that thousands run in a minute with the uniform-random model, and
// hostile at the edges (keys that reach the prototype, empty ranges, contradictory bounds).
import fc from 'fast-check';

/** the seed and the number of runs: FUZZ_SEED and FUZZ_RUNS, else the defaults. */
export function fuzzSettings(defaultRuns: number): { seed: number; runs: number } {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 23;
  const runs = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : defaultRuns;
  if (!Number.isInteger(seed) || !Number.isInteger(runs) || runs < 1)
    throw new Error(
      `FUZZ_SEED and FUZZ_RUNS must be integers, got ${process.env.FUZZ_SEED}, ${process.env.FUZZ_RUNS}`,
    );
  return { seed, runs };
}

/** a small regex over a few letters and digits: classes, quantifiers, groups, alternation, lookarounds. */
export const regexSource: fc.Arbitrary<string> = fc.letrec<{ regex: string; term: string }>((tie) => ({
  term: fc.oneof(
    { depthSize: 'small', maxDepth: 2 },
    {
      weight: 8,
      arbitrary: fc.constantFrom(
        'a',
        'b',
        'x',
        '0',
        '[a-c]',
        '[0-9]',
        '\\d',
        '[^a]',
        '\\w',
        '.',
        '-',
        'é',
        '\\.',
        ' ',
      ),
    },
    { weight: 2, arbitrary: tie('regex').map((inner) => `(${inner})`) },
    { weight: 2, arbitrary: tie('regex').map((inner) => `(?:${inner})`) },
    { weight: 1, arbitrary: tie('regex').map((inner) => `(?=${inner})`) },
    { weight: 1, arbitrary: tie('regex').map((inner) => `(?!${inner})`) },
  ),
  regex: fc
    .array(
      fc
        .tuple(tie('term'), fc.constantFrom('', '', '', '?', '*', '+', '{2}', '{1,3}', '{0,2}', '{2,}', '*?'))
        .map(([term, quantifier]) =>
          term.startsWith('(?=') || term.startsWith('(?!') ? term : term + quantifier,
        ),
      { minLength: 1, maxLength: 4 },
    )
    .chain((terms) =>
      fc
        .boolean()
        .map((split) =>
          split && terms.length > 1 ? `${terms[0]}|${terms.slice(1).join('')}` : terms.join(''),
        ),
    ),
})).regex;

/** an anchored or unanchored pattern for a schema's `pattern`. */
const pattern = fc
  .tuple(fc.boolean(), regexSource, fc.boolean())
  .map(([start, body, end]) => `${start ? '^' : ''}${body}${end ? '$' : ''}`);

/** property names, some of which reach the prototype when objects are built carelessly. */
const key = fc.constantFrom(
  'a',
  'b',
  'name',
  'date',
  'x y',
  '',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'é',
  '"quoted"',
  'a/b~c',
  '0',
  'length',
);

const small = fc.integer({ min: -50, max: 50 });
const jsonLeaf = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 2.5, '', 'a', 'yes', '__proto__'),
  small,
  fc.string({ maxLength: 4 }),
);
const jsonValue = fc.oneof(
  { depthSize: 'small', maxDepth: 2 },
  jsonLeaf,
  fc.array(jsonLeaf, { maxLength: 2 }),
  fc.dictionary(key, jsonLeaf, { maxKeys: 2 }),
);

const stringSchema = fc
  .tuple(
    fc.record(
      { minLength: fc.integer({ min: 0, max: 6 }), maxLength: fc.integer({ min: 0, max: 12 }) },
      { requiredKeys: [] },
    ),
    fc.oneof(
      fc.constant({}),
      pattern.map((source) => ({ pattern: source })),
      fc
        .constantFrom('date', 'time', 'date-time', 'email', 'uuid', 'ipv4', 'uri', 'hostname', 'duration')
        .map((format) => ({ format })),
      fc
        .uniqueArray(fc.string({ maxLength: 5 }), { minLength: 1, maxLength: 4 })
        .map((values) => ({ enum: values })),
    ),
  )
  .map(([lengths, kind]) => ({ type: 'string', ...lengths, ...kind }));

const integerSchema = fc.record(
  {
    type: fc.constant('integer'),
    minimum: small,
    maximum: small,
    exclusiveMinimum: small,
    exclusiveMaximum: small,
    multipleOf: fc.integer({ min: 1, max: 7 }),
  },
  { requiredKeys: ['type'] },
);

const numberSchema = fc.record(
  {
    type: fc.constant('number'),
    minimum: fc.oneof(small, fc.constantFrom(-0.5, 0.25, 1e-3)),
    maximum: fc.oneof(small, fc.constantFrom(0.5, 99.75, 1e6)),
    multipleOf: fc.constantFrom(0.5, 0.25, 2.5, 0.1, 3),
  },
  { requiredKeys: ['type'] },
);

const leaf: fc.Arbitrary<object | boolean> = fc.oneof(
  stringSchema,
  integerSchema,
  numberSchema,
  fc.constant({ type: 'boolean' }),
  fc.constant({ type: 'null' }),
  fc.constant({}),
  fc.constant(true),
  fc
    .uniqueArray(jsonValue, { minLength: 1, maxLength: 4, selector: (value) => JSON.stringify(value) })
    .map((values) => ({
      enum: values,
    })),
  jsonValue.map((value) => ({ const: value })),
  fc.constantFrom(['string', 'null'], ['integer', 'boolean'], ['number', 'string']).map((type) => ({ type })),
);

/** a JSON schema of a few levels: objects, arrays, unions, references and the leaves above. */
export const jsonSchema: fc.Arbitrary<object | boolean> = fc
  .letrec<{ node: object | boolean }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: 3, withCrossShrink: true },
      leaf,
      fc
        .tuple(
          fc.uniqueArray(fc.tuple(key, tie('node')), { maxLength: 4, selector: ([name]) => name }),
          fc.func(fc.boolean()),
          fc.constantFrom<boolean | undefined>(undefined, false, true),
        )
        .map(([members, requiredOf, additional]) => ({
          type: 'object',
          // built with defineProperty: a "__proto__" member is an own key, as JSON.parse makes it
          properties: Object.defineProperties(
            {},
            Object.fromEntries(
              members.map(([name, schema]) => [
                name,
                { value: schema, enumerable: true, writable: true, configurable: true },
              ]),
            ),
          ),
          required: members.map(([name]) => name).filter((name) => requiredOf(name)),
          ...(additional === undefined ? {} : { additionalProperties: additional }),
        })),
      fc
        .record(
          {
            items: tie('node'),
            minItems: fc.integer({ min: 0, max: 3 }),
            maxItems: fc.integer({ min: 0, max: 4 }),
            uniqueItems: fc.boolean(),
          },
          { requiredKeys: ['items'] },
        )
        .map((array) => ({ type: 'array', ...array })),
      fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((anyOf) => ({ anyOf })),
      fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map((oneOf) => ({ oneOf })),
      fc.tuple(tie('node'), tie('node')).map((allOf) => ({ allOf })),
    ),
  }))
  .node.chain((schema) =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constant(schema) },
      // a definition referred to from the root, from a property and from array items
      fc.constant({ $defs: { item: schema }, $ref: '#/$defs/item' }),
      fc.constant({
        $defs: { item: schema },
        type: 'object',
        properties: {
          one: { $ref: '#/$defs/item' },
          many: { type: 'array', items: { $ref: '#/$defs/item' }, maxItems: 2 },
        },
        required: ['one'],
      }),
    ),
  )
  // as JSON.parse would give it: plain objects, a "__proto__" member an own key
  .map((schema) => JSON.parse(JSON.stringify(schema)));

/** a prompt the model reads: words, numbers, nothing, or text written with the test tokenizer's special tokens. */
export const prompt = fc.oneof(
  fc.constantFrom(
    'the value',
    'Ana Ruiz, 42, ana@example.com, 2024-03-05',
    'a <mask> b <pad>',
    '',
    '{"a": 1}',
  ),
  fc.string({ minLength: 1, maxLength: 30 }),
);

/** one piece of a template: fixed text, a data reference, or a slot (kept with what its value must satisfy). */
export interface TemplatePart {
  text: string;
  /** the slot's name and a check of its value; none for fixed text and data. */
  slot?: { name: string; check: (value: unknown) => boolean; says: string };
}

const fullMatch = (source: string) => {
  try {
    const native = new RegExp(`^(?:${source})$`, 'u');
    return (value: unknown) => typeof value === 'string' && native.test(value);
  } catch {
    return () => false; // an invalid regex must be refused, so no value of it should come back
  }
};

const decimalsOf = (value: number) => (String(value).split('.')[1] ?? '').length;

/** a range, now and then an empty one (min above max). */
const range: fc.Arbitrary<[number, number]> = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.tuple(small, small).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a])),
  },
  { weight: 1, arbitrary: fc.tuple(small, small) },
);

/** a slot of one of the template helpers, with name `s<k>`. */
const slotPart = (k: number): fc.Arbitrary<TemplatePart> => {
  const name = `s${k}`;
  return fc.oneof(
    fc.integer({ min: 1, max: 8 }).map((maxTokens) => ({
      text: `{{gen "${name}" maxTokens=${maxTokens}}}`,
      slot: { name, says: 'a string', check: (value: unknown) => typeof value === 'string' },
    })),
    fc.integer({ min: 1, max: 12 }).map((maxLength) => ({
      text: `{{gen "${name}" maxLength=${maxLength}}}`,
      slot: {
        name,
        says: `at most ${maxLength} characters`,
        check: (value: unknown) => typeof value === 'string' && [...value].length <= maxLength,
      },
    })),
    fc
      .uniqueArray(fc.constantFrom<string>('yes', 'no', 'UPS', 'DHL', 'a b', 'é', '42', 'true', 'yes!', ''), {
        minLength: 1,
        maxLength: 4,
      })
      .map((options) => ({
        text: `{{choice "${name}" ${options.map((option) => `"${option}"`).join(' ')}}}`,
        slot: {
          name,
          says: `one of ${options.join('|')}`,
          check: (value: unknown) => options.includes(value as string),
        },
      })),
    range.map(([min, max]) => ({
      text: `{{integer "${name}" min=${min} max=${max}}}`,
      slot: {
        name,
        says: `an integer in ${min}..${max}`,
        check: (value: unknown) =>
          Number.isInteger(value) && (value as number) >= min && (value as number) <= max,
      },
    })),
    fc.tuple(range, fc.integer({ min: 0, max: 3 })).map(([[min, max], decimals]) => ({
      text: `{{number "${name}" min=${min} max=${max} decimals=${decimals}}}`,
      slot: {
        name,
        says: `a number in ${min}..${max} with at most ${decimals} decimals`,
        check: (value: unknown) =>
          typeof value === 'number' && value >= min && value <= max && decimalsOf(value) <= decimals,
      },
    })),
    regexSource.map((source) => ({
      text: `{{regex "${name}" "${source}"}}`,
      slot: { name, says: `a full match of /${source}/`, check: fullMatch(source) },
    })),
    fc.constantFrom('date', 'time', 'email', 'uuid').map((format) => ({
      text: `{{gen "${name}" format="${format}"}}`,
      slot: {
        name,
        says: `a ${format}`,
        check: (value: unknown) =>
          typeof value === 'string' &&
          {
            date: /^\d{4}-\d{2}-\d{2}$/,
            time: /^\d{2}:\d{2}(:\d{2})?/,
            email: /^[^@\s]+@[^@\s]+$/,
            uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
          }[format]!.test(value),
      },
    })),
  );
};

/** fixed text and data references, some of them hostile (advisory patterns, broken mustaches). */
const textPart: fc.Arbitrary<TemplatePart> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .constantFrom('Dear ', ', ', '\n', 'order #', ' on ', '!', 'é ', '{ ', ' }', '"', 'a\\b')
      .map((text) => ({ text })),
  },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(
        '{{name}}',
        '{{customer.name}}',
        '{{#if vip}}VIP {{/if}}',
        '{{#each items}}{{this}} {{/each}}',
      )
      .map((text) => ({ text })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        '{{constructor.constructor "x"}}',
        '{{lookup this "constructor"}}',
        '{{> partial}}',
        '{{__proto__}}',
        '{{',
        '}}',
        '{{#if}}',
        '{{gen}}',
        '{{gen "__proto__"}}',
        '{{unknown "x"}}',
        '{{{raw}}}',
        '{{!-- comment --}}',
      )
      .map((text) => ({ text })),
  },
);

/** a template of up to 8 parts, at most 4 of them slots (named s0, s1, ...). */
export const template: fc.Arbitrary<TemplatePart[]> = fc
  .array(fc.oneof(textPart, fc.constant(undefined)), { minLength: 1, maxLength: 8 })
  .chain((parts) => {
    let slots = 0;
    return fc.tuple(
      ...parts.map((part) =>
        part !== undefined || slots >= 4 ? fc.constant(part ?? { text: ' ' }) : slotPart(slots++),
      ),
    );
  });

/** data for the data references above, with prototype keys beside them. */
export const templateData = fc.record({
  name: fc.constantFrom('Ana', '{{name}}', '<mask>', ''),
  customer: fc.constant(JSON.parse('{"name":"Bo","__proto__":{"polluted":true}}')),
  vip: fc.boolean(),
  items: fc.array(fc.constantFrom('x', 'y', '{{z}}'), { maxLength: 2 }),
});
