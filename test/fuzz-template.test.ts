import { UnmaskError } from '@unmask/core';
import { uniformStandIn } from '@unmask/core/test';
import fc from 'fast-check';
import { createUnmask } from 'unmask';
import { describe, expect, it } from 'vitest';
import { fuzzSettings, prompt, template, templateData } from './__fixtures__/fuzz-arbitraries';

// issue 23: random Handlebars templates (slots of every helper, data references, advisory patterns,
// broken mustaches) through the facade with the uniform-random model give a typed UnmaskError or
// slot values that keep their declared constraints, and nothing else. FUZZ_RUNS=<templates>
// FUZZ_SEED=<n> for a longer or another run; a failure prints the seed and path that replay it.
const { seed, runs } = fuzzSettings(2_000);
const { model, tokenizer } = uniformStandIn({ seed });
const unmask = createUnmask({ model, tokenizer });

describe('fuzz: random templates', () => {
  it(`a typed error or slot values within their constraints (seed ${seed}, ${runs} runs)`, {
    timeout: 120_000 + runs * 100,
  }, async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).join();
    const outcomes = new Map<string, number>();
    const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    await fc.assert(
      fc.asyncProperty(
        template,
        templateData,
        fc.option(prompt),
        fc.nat(1000),
        async (parts, data, text, runSeed) => {
          let result: { text: string; slots: Record<string, unknown> };
          try {
            result = await unmask.fill({
              template: parts.map((part) => part.text).join(''),
              data,
              ...(text === null ? {} : { prompt: text }),
              seed: runSeed,
              maxRenoiseRounds: 2,
            });
          } catch (error) {
            if (!UnmaskError.isInstance(error)) throw error;
            count(error.code);
            return;
          }
          const failed = parts.filter((part) => part.slot && !part.slot.check(result.slots[part.slot.name]));
          count(failed.length === 0 ? 'valid' : 'invalid');
          for (const part of failed)
            expect.fail(
              `${part.slot!.name}: ${part.slot!.says}, got ${JSON.stringify(result.slots[part.slot!.name])}`,
            );
          // fixed text stays as written before the slots
          const first = parts[0]!;
          if (!first.slot && !/[{}\\]/.test(first.text))
            expect(result.text.startsWith(first.text)).toBe(true);
        },
      ),
      { seed, numRuns: runs, timeout: 60_000 },
    );
    console.info(`fuzz templates, seed ${seed}: ${JSON.stringify(Object.fromEntries(outcomes))}`);
    expect(Object.getOwnPropertyNames(Object.prototype).join()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(outcomes.get('valid') ?? 0).toBeGreaterThan(runs / 3);
  });
});
