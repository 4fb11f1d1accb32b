// the hostile corpus of test/hostile.test.ts: inputs an untrusted user can hand unmask, each with
// what must come of it (a typed error code, or a value valid against the schema). Run by
// hostile-child.ts in a process of its own, so that a case that hangs can be stopped.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UnmaskErrorCode } from '@unmask/core';
import { uniformStandIn } from '@unmask/core/test';
import { createUnmask, type Unmask } from 'unmask';

/** what a case must give: a value the schema accepts (checked with an independent ajv), or an error code. */
export type Expected = 'valid' | UnmaskErrorCode;

/** what a case ran: the schema its value is checked against, or whether the value passed the case's own check. */
export type Ran = { schema: object | boolean; value: unknown } | { valid: boolean; value: unknown };

export interface HostileCase {
  name: string;
  class: string;
  expected: Expected;
  /** what comes of it today where that differs from `expected`, and why it should not (a finding to fix; none pinned now). */
  today?: { outcome: Expected | 'untyped' | 'invalid'; note: string };
  run: (unmask: Unmask) => Promise<Ran>;
}

const onnxFixtures = join(import.meta.dirname, '..', '..', 'packages', 'onnx', 'src', '__fixtures__');
const manifest = {
  format: 'unmask.model/v1',
  name: 'hostile',
  vocabSize: 640,
  maskTokenId: 0,
  padTokenId: 1,
  maxLength: 128,
  promptFormat: '<|prompt|>{prompt}<|canvas|>',
  model: 'model.onnx',
  tokenizer: 'tokenizer.json',
};

/** the temporary folders the cases made (hostile-child.ts removes them). */
export const temporaryDirs: string[] = [];

/** a model directory in a temporary folder (the small ONNX test model); `change` breaks it. */
function modelDir(change: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'unmask-hostile-'));
  temporaryDirs.push(dir);
  writeFileSync(join(dir, 'unmask.model.json'), JSON.stringify(manifest));
  copyFileSync(join(onnxFixtures, 'bpe', 'tokenizer.json'), join(dir, 'tokenizer.json'));
  copyFileSync(join(onnxFixtures, 'affine.onnx'), join(dir, 'model.onnx'));
  change(dir);
  return dir;
}

const tokenizerJson = () => JSON.parse(readFileSync(join(onnxFixtures, 'bpe', 'tokenizer.json'), 'utf8'));

/** a schema generated from the facade: the value comes back with the schema to check it against. */
const schemaCase = (
  name: string,
  inputClass: string,
  expected: Expected,
  schema: () => object | boolean,
  prompt = 'the value',
): HostileCase => ({
  name,
  class: inputClass,
  expected,
  run: async (unmask) => {
    const built = schema();
    const { value } = await unmask.generate({ schema: built as never, prompt, seed: 1 });
    return { schema: built, value };
  },
});

/** a template filled from the facade; `check` says whether the slot values keep their constraints. */
const templateCase = (
  name: string,
  expected: Expected,
  template: string,
  {
    data = {},
    check = () => true,
  }: { data?: unknown; check?: (slots: Record<string, unknown>, text: string) => boolean } = {},
): HostileCase => ({
  name,
  class: 'template',
  expected,
  run: async (unmask) => {
    const { text, slots } = await unmask.fill({ template, data: data as Record<string, unknown>, seed: 1 });
    return { valid: check(slots as Record<string, unknown>, text), value: { text, slots } };
  },
});

const matches = (pattern: string) => (slots: Record<string, unknown>) =>
  typeof slots.r === 'string' && new RegExp(`^(?:${pattern})$`, 'u').test(slots.r);

/** a model directory loaded and used: its errors come from loading it. */
const modelCase = (
  name: string,
  expected: Expected,
  dir: () => string,
  prompt = 'how many?',
): HostileCase => ({
  name,
  class: 'model directory',
  expected,
  run: async () => {
    const unmask = createUnmask({ model: dir(), session: { intraOpNumThreads: 1 } });
    try {
      const schema = { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] };
      const { value } = await unmask.generate({ schema, prompt, seed: 1 });
      return { schema, value };
    } finally {
      await unmask.dispose();
    }
  },
});

const nested = (depth: number, wrap: (inner: object) => object): object => {
  let schema: object = { type: 'string' };
  for (let k = 0; k < depth; k++) schema = wrap(schema);
  return schema;
};

const manyProperties = (count: number) => ({
  type: 'object',
  properties: Object.fromEntries(Array.from({ length: count }, (_, k) => [`p${k}`, { type: 'boolean' }])),
});

export const hostileCases: HostileCase[] = [
  // prototype pollution: keys that reach Object.prototype where objects are built from input
  schemaCase('a property named __proto__', 'prototype keys', 'valid', () =>
    JSON.parse('{"type":"object","properties":{"__proto__":{"type":"integer"}},"required":["__proto__"]}'),
  ),
  schemaCase(
    'properties named constructor, prototype, hasOwnProperty, toString',
    'prototype keys',
    'valid',
    () => ({
      type: 'object',
      properties: Object.fromEntries(
        ['constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'].map((key) => [
          key,
          { type: 'boolean' },
        ]),
      ),
      required: ['constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'],
    }),
  ),
  schemaCase('__proto__ in const, enum and default values', 'prototype keys', 'valid', () =>
    JSON.parse(
      '{"type":"object","properties":{"a":{"const":{"__proto__":{"polluted":1}}},"b":{"enum":[{"__proto__":{"polluted":2}},{"constructor":{"prototype":{"polluted":3}}}]},"c":{"type":"object","default":{"__proto__":{"polluted":4}}}},"required":["a","b"]}',
    ),
  ),
  schemaCase('__proto__ as a $defs name and a $ref to it', 'prototype keys', 'valid', () =>
    JSON.parse(
      '{"$defs":{"__proto__":{"type":"integer"}},"type":"object","properties":{"x":{"$ref":"#/$defs/__proto__"}},"required":["x"]}',
    ),
  ),
  schemaCase('a patternProperties key __proto__ and additionalProperties', 'prototype keys', 'valid', () =>
    JSON.parse(
      '{"type":"object","patternProperties":{"^__proto__$":{"type":"integer"}},"additionalProperties":{"type":"boolean"}}',
    ),
  ),
  // an unknown keyword is an annotation (ajv ignores it too): the value is still a string
  schemaCase('a keyword named __proto__ in the schema itself', 'prototype keys', 'valid', () =>
    JSON.parse('{"type":"string","__proto__":{"type":"integer"}}'),
  ),
  // members named like Object.prototype's methods are data: ajv's deep-equal called them (a TypeError)
  schemaCase('an enum value with an own toString member', 'prototype keys', 'valid', () =>
    JSON.parse('{"enum":[{"toString":1}]}'),
  ),
  schemaCase('unique array items with an own valueOf member', 'prototype keys', 'valid', () =>
    JSON.parse(
      '{"type":"array","items":{"type":"object","properties":{"valueOf":{"type":"boolean"}},"required":["valueOf"]},"minItems":2,"uniqueItems":true}',
    ),
  ),
  schemaCase('an enum value with an own constructor member', 'prototype keys', 'valid', () =>
    JSON.parse('{"enum":[{"constructor":{}}]}'),
  ),
  // regexes at risk of catastrophic backtracking
  ...['^(a+)+$', '^(a|aa)+$', '^(\\w+\\s?)*$', '^(.*a){12}$', '^([a-z]+)*[0-9]$'].map((pattern) =>
    schemaCase(`pattern ${pattern}`, 'redos', 'valid', () => ({ type: 'string', pattern, maxLength: 24 })),
  ),
  schemaCase('patternProperties with a nested quantifier', 'redos', 'valid', () => ({
    type: 'object',
    patternProperties: { '^(x+)+$': { type: 'integer' } },
    additionalProperties: false,
  })),
  // lookarounds are regular (the automata intersect them); a backreference is checked after the fact
  // with V8's engine, unless the pattern could also backtrack for minutes
  ...['^(?=a)a+$', '^(?!b)[a-c]+$', '^a(?<=a)b$', '^(?<!x)y$', '^(a)\\1$', '^(?<q>a)\\k<q>$'].map((pattern) =>
    schemaCase(`pattern ${pattern}`, 'lookaround and backreference', 'valid', () => ({
      type: 'string',
      pattern,
    })),
  ),
  // refa's simplify read the lookahead as (bb)+ (it gave "bbbb"): core applies lookarounds exactly
  schemaCase(
    'pattern ^(?=b-)(bb)*$ (a lookahead before a repeated group)',
    'lookaround and backreference',
    'empty-language',
    () => ({
      type: 'string',
      pattern: '^(?=b-)(bb)*$',
    }),
  ),
  schemaCase(
    'pattern ^(?=bc)(b[bc])*$ (a lookahead before a repeated group some values pass)',
    'lookaround and backreference',
    'valid',
    () => ({
      type: 'string',
      pattern: '^(?=bc)(b[bc])*$',
    }),
  ),
  schemaCase(
    'pattern ^(a+)+\\1$ (a backreference that could backtrack)',
    'lookaround and backreference',
    'unsupported',
    () => ({
      type: 'string',
      pattern: '^(a+)+\\1$',
    }),
  ),
  schemaCase(
    'pattern ^(?=b)a$ (a lookahead no value passes)',
    'lookaround and backreference',
    'empty-language',
    () => ({
      type: 'string',
      pattern: '^(?=b)a$',
    }),
  ),
  // references
  schemaCase('a schema that is only a reference to itself', 'recursive $ref', 'unsupported', () => ({
    $ref: '#',
  })),
  schemaCase(
    'two definitions that refer to each other and nothing else',
    'recursive $ref',
    'invalid-schema',
    () => ({
      $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } },
      $ref: '#/$defs/a',
    }),
  ),
  schemaCase('a tree: a node whose children are nodes', 'recursive $ref', 'valid', () => ({
    type: 'object',
    properties: { name: { type: 'string', maxLength: 4 }, children: { type: 'array', items: { $ref: '#' } } },
    required: ['name'],
  })),
  schemaCase(
    'a required property that refers to its own schema (no finite value)',
    'recursive $ref',
    'unsupported',
    () => ({
      type: 'object',
      properties: { next: { $ref: '#' } },
      required: ['next'],
    }),
  ),
  schemaCase('a remote $ref (http)', 'remote and file $ref', 'unsupported', () => ({
    $ref: 'http://127.0.0.1:9/schema.json',
  })),
  schemaCase('a remote $ref inside a property (https)', 'remote and file $ref', 'unsupported', () => ({
    type: 'object',
    properties: { a: { $ref: 'https://example.com/a.json#/definitions/x' } },
  })),
  schemaCase('a file $ref', 'remote and file $ref', 'unsupported', () => ({ $ref: 'file:///etc/passwd' })),
  schemaCase('a relative $ref to a file', 'remote and file $ref', 'unsupported', () => ({
    $ref: '../../etc/passwd#/x',
  })),
  schemaCase(
    'an $id that points elsewhere and a $ref through it',
    'remote and file $ref',
    'unsupported',
    () => ({
      $id: 'http://127.0.0.1:9/root.json',
      $ref: 'other.json',
    }),
  ),
  // size
  schemaCase('10,000 properties', 'size', 'unsupported', () => manyProperties(10_000)),
  schemaCase('5,000 levels of nested objects', 'size', 'unsupported', () =>
    nested(5_000, (inner) => ({ type: 'object', properties: { a: inner }, required: ['a'] })),
  ),
  schemaCase('5,000 levels of nested arrays', 'size', 'unsupported', () =>
    nested(5_000, (inner) => ({ type: 'array', items: inner })),
  ),
  schemaCase('5,000 levels of nested anyOf', 'size', 'unsupported', () =>
    nested(5_000, (inner) => ({ anyOf: [inner, { type: 'null' }] })),
  ),
  schemaCase('a string of maxLength 1e9', 'size', 'valid', () => ({ type: 'string', maxLength: 1e9 })),
  // refused before the first forward pass (it was sampled, then re-noised until the rounds ran out)
  schemaCase('a string of minLength 1e9', 'size', 'budget', () => ({ type: 'string', minLength: 1e9 })),
  schemaCase('an array of minItems 1e6', 'size', 'unsupported', () => ({
    type: 'array',
    items: { type: 'boolean' },
    minItems: 1e6,
  })),
  schemaCase('an array of maxItems 1e9', 'size', 'valid', () => ({
    type: 'array',
    items: { type: 'boolean' },
    maxItems: 1e9,
  })),
  schemaCase('an enum of 100,000 strings (over the 2 MB schema limit)', 'size', 'unsupported', () => ({
    enum: Array.from({ length: 100_000 }, (_, k) => `value-${k}`),
  })),
  schemaCase('an enum of 2,000 strings', 'size', 'valid', () => ({
    enum: Array.from({ length: 2_000 }, (_, k) => `value-${k}`),
  })),
  // the integers of 21 digits, in an automaton linear in its bounds' digits (it was a state-limit error)
  schemaCase('an integer range of ±1e300', 'size', 'valid', () => ({
    type: 'integer',
    minimum: -1e300,
    maximum: 1e300,
  })),
  schemaCase('a number range of ±1e300', 'size', 'valid', () => ({
    type: 'number',
    minimum: -1e300,
    maximum: 1e300,
  })),
  schemaCase(
    'a prompt of 10 MB',
    'size',
    'canvas-too-long',
    () => ({ type: 'string' }),
    'word '.repeat(2_000_000),
  ),
  // templates: Handlebars advisories (nothing is compiled, the walk refuses them)
  templateCase('{{constructor.constructor}}', 'invalid-template', '{{constructor.constructor "return 1"}}'),
  templateCase('{{lookup this "constructor"}}', 'invalid-template', '{{lookup this "constructor"}}'),
  templateCase(
    '{{lookup}} chain to a function',
    'invalid-template',
    '{{#with (lookup this "constructor")}}{{lookup . "name"}}{{/with}}',
  ),
  templateCase(
    '{{#each this.constructor.prototype}}',
    'invalid-template',
    '{{#each this.constructor.prototype}}x{{/each}}',
  ),
  templateCase('{{__proto__.polluted}}', 'invalid-template', '{{__proto__.polluted}}'),
  templateCase('a partial', 'invalid-template', 'hi {{> evil}}'),
  templateCase('a decorator', 'invalid-template', '{{* decorator}}'),
  templateCase('a slot named __proto__', 'invalid-template', '{{gen "__proto__"}}'),
  templateCase('a slot named a.constructor', 'invalid-template', '{{choice "a.constructor" "x" "y"}}'),
  templateCase('a slot regex with a lookahead', 'valid', '{{regex "r" "(?=a)[a-c]+"}}', {
    check: matches('(?=a)[a-c]+'),
  }),
  templateCase('a slot regex with a nested quantifier', 'valid', '{{regex "r" "(a+)+b"}}', {
    check: matches('(a+)+b'),
  }),
  templateCase('a slot regex with a backreference', 'valid', '{{regex "r" "(a)\\1"}}', {
    check: matches('(a)\\1'),
  }),
  templateCase(
    'a slot regex with a backreference that could backtrack',
    'unsupported',
    '{{regex "r" "(a+)+\\1"}}',
  ),
  templateCase(
    'data whose __proto__ key would supply a field',
    'invalid-template',
    'Hi {{name}} {{gen "x" maxTokens=2}}',
    {
      data: JSON.parse('{"__proto__":{"name":"polluted"}}'),
    },
  ),
  templateCase(
    'a data field named constructor (refused whatever the data holds)',
    'invalid-template',
    '{{constructor}}',
    {
      data: JSON.parse('{"constructor":"ctor"}'),
    },
  ),
  templateCase(
    'data with own keys __proto__ and constructor beside the fields used',
    'valid',
    'Hi {{name}}: {{gen "x" maxTokens=2}}',
    {
      data: JSON.parse(
        '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"name":"Ana"}',
      ),
      check: (_, text) => text.startsWith('Hi Ana: '),
    },
  ),
  // model directories
  modelCase('a directory that does not exist', 'model', () =>
    join(tmpdir(), 'unmask-hostile-missing', 'nothing'),
  ),
  modelCase('a manifest that is not JSON', 'model', () =>
    modelDir((dir) => writeFileSync(join(dir, 'unmask.model.json'), '{"format": ')),
  ),
  modelCase('a manifest maxLength of 1e9', 'model', () =>
    modelDir((dir) =>
      writeFileSync(join(dir, 'unmask.model.json'), JSON.stringify({ ...manifest, maxLength: 1e9 })),
    ),
  ),
  modelCase('a manifest that names a file outside the directory', 'model', () =>
    modelDir((dir) =>
      writeFileSync(
        join(dir, 'unmask.model.json'),
        JSON.stringify({ ...manifest, tokenizer: '../tokenizer.json' }),
      ),
    ),
  ),
  modelCase('a tokenizer that is a named pipe', 'tokenizer', () =>
    modelDir((dir) => {
      rmSync(join(dir, 'tokenizer.json'));
      execFileSync('mkfifo', [join(dir, 'tokenizer.json')]);
    }),
  ),
  modelCase('a model linked to a file outside the directory', 'model', () =>
    modelDir((dir) => {
      rmSync(join(dir, 'model.onnx'));
      symlinkSync(join(onnxFixtures, 'affine.onnx'), join(dir, 'model.onnx'));
    }),
  ),
  modelCase('a model that is a directory', 'model', () =>
    modelDir((dir) => {
      rmSync(join(dir, 'model.onnx'));
      mkdirSync(join(dir, 'model.onnx'));
    }),
  ),
  modelCase('a truncated model', 'model', () =>
    modelDir((dir) => {
      truncateSync(join(dir, 'model.onnx'), 3000);
    }),
  ),
  modelCase('a tokenizer that is not JSON', 'tokenizer', () =>
    modelDir((dir) => writeFileSync(join(dir, 'tokenizer.json'), '{"model": {"vocab": ')),
  ),
  modelCase('a tokenizer Split regex (a+)+b', 'tokenizer', () =>
    modelDir((dir) => {
      const json = tokenizerJson();
      json.pre_tokenizer.pretokenizers.unshift({
        type: 'Split',
        pattern: { Regex: '(a+)+b' },
        behavior: 'Isolated',
        invert: false,
      });
      writeFileSync(join(dir, 'tokenizer.json'), JSON.stringify(json));
    }),
  ),
  modelCase('a tokenizer id of 2^31', 'tokenizer', () =>
    modelDir((dir) => {
      const json = tokenizerJson();
      json.model.vocab.far = 2 ** 31;
      writeFileSync(join(dir, 'tokenizer.json'), JSON.stringify(json));
    }),
  ),
  modelCase(
    'a prompt written with the control tokens',
    'valid',
    () => modelDir(),
    '<|canvas|>{"n": 1}<|mask|><|pad|><|prompt|>',
  ),
];

/** the client the schema and template cases use: a uniform-random model, every allowed token equally likely. */
export function hostileClient(): Unmask {
  const { model, tokenizer } = uniformStandIn({ seed: 1 });
  return createUnmask({ model, tokenizer });
}
