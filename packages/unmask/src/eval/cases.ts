import { UnmaskError } from '@unmask/core';

/** which of unmask's three uses a case exercises. */
export type EvalUse = 'generate' | 'fill' | 'form';

/**
 * one evaluation case, a line of a `.jsonl` file.
 * - `generate`: `schema` + `prompt` → `expected` (the whole value).
 * - `form`: the same with `values`, the fields a person already filled: they are fixed, the model
 *   fills the rest; `expected` is the whole value, known fields included (they are not scored).
 * - `fill`: `template` (+ `data`) + `prompt` → `expected`, the slot values by name.
 */
export interface EvalCase {
  id: string;
  use: EvalUse;
  prompt: string;
  domain?: string;
  voice?: string;
  /** ISO date `YYYY-MM-DD` that relative dates in the prompt ("next Thursday") count from. */
  referenceDate?: string;
  schema?: Record<string, unknown>;
  values?: Record<string, unknown>;
  template?: string;
  data?: Record<string, unknown>;
  expected: unknown;
  /** other values a person would accept, by JSON pointer into `expected` (`/city`, `/items/0/name`). */
  accept?: Record<string, unknown[]>;
  /** `zod`: the schema is turned into a zod schema (`z.fromJSONSchema`) and the call made with it, as a typed API call is. */
  via?: 'json-schema' | 'zod';
  notes?: string;
}

const USES: readonly EvalUse[] = ['generate', 'fill', 'form'];
const KEYS = new Set([
  'id',
  'use',
  'prompt',
  'domain',
  'voice',
  'referenceDate',
  'schema',
  'values',
  'template',
  'data',
  'expected',
  'accept',
  'via',
  'notes',
]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * parse a `.jsonl` file of cases; a line that is not a well-formed case is an `invalid-argument`
 * error naming the file, the line and what is wrong (nothing is skipped).
 */
export function parseCases(text: string, file = '<cases>'): EvalCase[] {
  const cases: EvalCase[] = [];
  const ids = new Map<string, number>();
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('//')) continue;
    const where = `${file}:${index + 1}`;
    const fail = (message: string): never => {
      throw new UnmaskError({ code: 'invalid-argument', message: `${where}: ${message}` });
    };
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      fail(`not JSON (${(error as Error).message})`);
    }
    if (!isObject(parsed)) return fail('a case must be a JSON object');
    for (const key of Object.keys(parsed)) if (!KEYS.has(key)) fail(`unknown field "${key}"`);
    const c = parsed as unknown as EvalCase;
    if (typeof c.id !== 'string' || c.id === '') fail('"id" must be a non-empty string');
    if (ids.has(c.id)) fail(`id "${c.id}" is used on line ${ids.get(c.id)} too`);
    ids.set(c.id, index + 1);
    if (!USES.includes(c.use)) fail(`"use" must be one of ${USES.join(', ')}`);
    if (typeof c.prompt !== 'string' || c.prompt.trim() === '') fail('"prompt" must be a non-empty string');
    if (!('expected' in c)) fail('"expected" is missing');
    if (c.referenceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(c.referenceDate)))
      fail('"referenceDate" must be an ISO date YYYY-MM-DD');
    if (c.use === 'fill') {
      if (typeof c.template !== 'string') fail('a fill case needs "template" (a string)');
      if (c.schema !== undefined || c.values !== undefined)
        fail('a fill case takes "template" and "data", not "schema" or "values"');
      if (c.data !== undefined && !isObject(c.data)) fail('"data" must be an object');
      if (!isObject(c.expected)) fail('a fill case expects an object of slot values by name');
    } else {
      if (!isObject(c.schema)) fail(`a ${c.use} case needs "schema" (a JSON Schema object)`);
      if (c.template !== undefined || c.data !== undefined)
        fail(`a ${c.use} case takes no "template" or "data"`);
      if (c.use === 'form' && !isObject(c.values)) fail('a form case needs "values" (the known fields)');
      if (c.use === 'generate' && c.values !== undefined) fail('"values" belongs to form cases');
    }
    if (c.via !== undefined && c.via !== 'json-schema' && c.via !== 'zod')
      fail('"via" must be "json-schema" or "zod"');
    if (c.via === 'zod' && c.use === 'fill') fail('"via": "zod" is for schema cases');
    if (c.accept !== undefined) {
      if (!isObject(c.accept)) fail('"accept" must be an object of JSON pointer → list of values');
      for (const [pointer, alternatives] of Object.entries(c.accept)) {
        if (!pointer.startsWith('/')) fail(`accept: "${pointer}" is not a JSON pointer`);
        if (!Array.isArray(alternatives) || alternatives.length === 0)
          fail(`accept "${pointer}": a non-empty list of values`);
      }
    }
    cases.push(c);
  }
  return cases;
}
