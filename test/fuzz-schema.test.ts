import { UnmaskError } from '@unmask/core';
import { uniformStandIn } from '@unmask/core/test';
import fc from 'fast-check';
import { createUnmask } from 'unmask';
import { describe, expect, it } from 'vitest';
import { independentValidator } from '../packages/schema/src/test-support';
import { fuzzSettings, jsonSchema, prompt } from './__fixtures__/fuzz-arbitraries';

// issue 23: random JSON schemas through the facade, with the uniform-random model (every allowed
// token equally likely), give a typed UnmaskError or a value an independent ajv accepts, and
// nothing else. Each schema runs with SEEDS sampling seeds (its compiled automata and validators
// are reused), each a case. FUZZ_RUNS=<schemas> FUZZ_SEED=<n> for a longer or another run; a
// failure prints the seed and path that replay it.
const SEEDS = 4;
const { seed, runs } = fuzzSettings(2_000);
const { model, tokenizer } = uniformStandIn({ seed });
// small budgets: canvases of a few dozen tokens, so that thousands of cases run in a minute
const unmask = createUnmask({ model, tokenizer, compile: { stringTokens: 6, arrayItems: 2 } });

/** whether a value holds ±Infinity or NaN, which JSON writes as null. */
const nonFinite = (value: unknown): boolean =>
  typeof value === 'number'
    ? !Number.isFinite(value)
    : typeof value === 'object' && value !== null && Object.values(value).some(nonFinite);

/**
 * whether the independent ajv accepts a value, as JSON: a "__proto__" member must be an own key
 * that survives the round trip, and a number past a double's range (a slot once wrote
 * "3350601e+363") is Infinity, which ajv takes for a number but JSON writes as null.
 */
const valid = (validate: () => (value: unknown) => boolean, value: unknown): boolean =>
  !nonFinite(value) && validate()(JSON.parse(JSON.stringify(value) ?? 'null'));

describe('fuzz: random JSON schemas', () => {
  it(`a typed error or a valid value (seed ${seed}, ${runs} schemas x ${SEEDS} seeds)`, {
    timeout: 120_000 + runs * SEEDS * 100,
  }, async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).join();
    const outcomes = new Map<string, number>();
    const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    await fc.assert(
      fc.asyncProperty(jsonSchema, prompt, fc.nat(1000), async (schema, text, firstSeed) => {
        let validator: ((value: unknown) => boolean) | undefined;
        const validate = () => (validator ??= independentValidator(schema as never));
        for (let k = 0; k < SEEDS; k++) {
          let value: unknown;
          try {
            ({ value } = await unmask.generate({
              schema: schema as never,
              prompt: text,
              seed: firstSeed + k,
              maxRenoiseRounds: 2,
              growRounds: k % 2,
            }));
          } catch (error) {
            // a typed error, never a TypeError (a toString or valueOf member once made ajv's deep-equal throw)
            if (!UnmaskError.isInstance(error)) throw error;
            count(error.code);
            continue;
          }
          const accepted = valid(validate, value);
          count(accepted ? 'valid' : 'invalid');
          expect(accepted, `value ${JSON.stringify(value)}`).toBe(true);
        }
      }),
      { seed, numRuns: runs, timeout: 60_000 },
    );
    console.info(`fuzz schemas, seed ${seed}: ${JSON.stringify(Object.fromEntries(outcomes))}`);
    expect(Object.getOwnPropertyNames(Object.prototype).join()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // the cases reach the sampler and come back valid, not only refused
    expect(outcomes.get('valid') ?? 0).toBeGreaterThan((runs * SEEDS) / 4);
  });
});
