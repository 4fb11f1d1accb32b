/**
 * conformance on the JSON-Schema-Test-Suite (draft 2020-12): per test group, does the schema
 * compile, can the canvas represent each valid instance, and does a generated value validate.
 * The results are compared with a committed baseline; a regression fails, an improvement is
 * printed. `UPDATE_BASELINE=1 npx vitest run packages/schema/src/conformance.test.ts` rewrites it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RenoiseExhaustedError, UnmaskError } from '@unmask/core';
import { afterAll, describe, expect, it } from 'vitest';
import { generateObject } from './generate';
import { prepareJsonSchema } from './schema-input';
import { emptyCanvas, independentValidator, representation, tokenizer, uniformModel } from './test-support';
import type { JsonSchema } from './types';

const suiteDir = fileURLToPath(
  new URL('../../../../shared/data/json-schema-test-suite/tests/draft2020-12', import.meta.url),
);
const baselineFile = fileURLToPath(new URL('./__fixtures__/conformance-baseline.json', import.meta.url));
const updating = process.env.UPDATE_BASELINE === '1';
const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

interface GroupResult {
  description: string;
  /** true, or the code of the error that stopped compilation. */
  compiled: true | string;
  /** valid instances the canvas can hold, of how many. */
  representable: number;
  validTests: number;
  /** the uniform model's value: valid, invalid (a compliance bug), exhausted (re-noise rounds ran out), or error:<code>. */
  generated: 'valid' | 'invalid' | 'exhausted' | 'none' | `error:${string}`;
}

interface Baseline {
  suite: string;
  groups: Record<string, GroupResult>;
}

interface TestGroup {
  description: string;
  schema: JsonSchema;
  tests: Array<{ description: string; data: unknown; valid: boolean }>;
}

const withDraft = (schema: JsonSchema): JsonSchema =>
  typeof schema === 'object' && schema.$schema === undefined ? { $schema: DRAFT, ...schema } : schema;

async function runGroup(group: TestGroup): Promise<GroupResult> {
  const validTests = group.tests.filter((test) => test.valid);
  const result: GroupResult = {
    description: group.description,
    compiled: true,
    representable: 0,
    validTests: validTests.length,
    generated: 'none',
  };
  const schema = withDraft(group.schema);
  let prepared: ReturnType<typeof prepareJsonSchema>;
  try {
    prepared = prepareJsonSchema(schema);
  } catch (error) {
    if (!UnmaskError.isInstance(error)) throw error;
    result.compiled = error.code;
    return result;
  }
  const compiled = prepared.compiled;
  let canvas: ReturnType<typeof emptyCanvas> | undefined;
  try {
    canvas = emptyCanvas(compiled);
  } catch (error) {
    if (!UnmaskError.isInstance(error)) throw error;
    result.generated = `error:${error.code}`;
    return result;
  }
  for (const test of validTests) if (representation(compiled, test.data, canvas)) result.representable++;
  try {
    const generated = await generateObject({
      model: uniformModel(0),
      tokenizer,
      schema,
      seed: 0,
      tokensPerStep: 64,
      maxRenoiseRounds: 4,
    });
    result.generated = independentValidator(schema)(generated.value) ? 'valid' : 'invalid';
  } catch (error) {
    if (RenoiseExhaustedError.isInstance(error)) result.generated = 'exhausted';
    else if (UnmaskError.isInstance(error)) result.generated = `error:${error.code}`;
    else throw error;
  }
  return result;
}

/** what got worse from the baseline to now (empty when nothing did). */
function regressions(key: string, before: GroupResult | undefined, now: GroupResult): string[] {
  if (!before) return [];
  const out: string[] = [];
  // an unsatisfiable schema (no valid instance) said to be so is right, not a regression
  const rightlyEmpty = now.compiled === 'empty-language' && now.validTests === 0;
  if (before.compiled === true && now.compiled !== true && !rightlyEmpty)
    out.push(`${key}: no longer compiles (${now.compiled})`);
  if (now.representable < before.representable)
    out.push(
      `${key}: represents ${now.representable}/${now.validTests} valid instances, was ${before.representable}`,
    );
  if (before.generated === 'valid' && now.generated !== 'valid')
    out.push(`${key}: generated value ${now.generated}, was valid`);
  return out;
}

function improvements(key: string, before: GroupResult | undefined, now: GroupResult): string[] {
  if (!before) return [`${key}: new group`];
  const out: string[] = [];
  if (before.compiled !== true && now.compiled === true) out.push(`${key}: compiles now`);
  if (now.representable > before.representable)
    out.push(`${key}: represents ${now.representable}/${now.validTests}, was ${before.representable}`);
  if (before.generated !== 'valid' && now.generated === 'valid')
    out.push(`${key}: generated value valid now`);
  return out;
}

describe.skipIf(!existsSync(suiteDir))('JSON-Schema-Test-Suite draft 2020-12', () => {
  const files = existsSync(suiteDir)
    ? readdirSync(suiteDir)
        .filter((name) => name.endsWith('.json'))
        .sort()
    : [];
  const baseline: Baseline = existsSync(baselineFile)
    ? JSON.parse(readFileSync(baselineFile, 'utf8'))
    : { suite: 'draft2020-12', groups: {} };
  const current: Record<string, GroupResult> = {};
  const better: string[] = [];

  afterAll(() => {
    const results = Object.values(current);
    if (results.length === 0) return;
    const compiled = results.filter((r) => r.compiled === true);
    const summary = {
      groups: results.length,
      compiled: compiled.length,
      unsupported: results.filter((r) => r.compiled === 'unsupported').length,
      validInstances: results.reduce((sum, r) => sum + r.validTests, 0),
      representable: results.reduce((sum, r) => sum + r.representable, 0),
      generatedValid: results.filter((r) => r.generated === 'valid').length,
      exhausted: results.filter((r) => r.generated === 'exhausted').length,
    };
    console.log(`conformance: ${JSON.stringify(summary)}`);
    if (better.length) console.log(`improvements over the baseline:\n  ${better.join('\n  ')}`);
    if (updating && results.length === files.reduce((n, f) => n + groupsOf(f).length, 0)) {
      const sorted = Object.fromEntries(Object.entries(current).sort(([a], [b]) => a.localeCompare(b)));
      writeFileSync(baselineFile, `${JSON.stringify({ suite: 'draft2020-12', groups: sorted }, null, 1)}\n`);
      console.log(`baseline written: ${baselineFile}`);
    }
  });

  const groupsOf = (file: string): TestGroup[] => JSON.parse(readFileSync(`${suiteDir}/${file}`, 'utf8'));

  it.each(files)('%s', async (file) => {
    const problems: string[] = [];
    for (const [index, group] of groupsOf(file).entries()) {
      const key = `${file}#${index}`;
      const now = await runGroup(group);
      current[key] = now;
      // a produced value that does not validate is a bug whatever the baseline says
      if (now.generated === 'invalid') problems.push(`${key}: generated an invalid value`);
      if (!updating) problems.push(...regressions(key, baseline.groups[key], now));
      if (!updating) better.push(...improvements(key, baseline.groups[key], now));
    }
    expect(problems).toEqual([]);
  });
});
