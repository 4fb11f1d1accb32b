import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileJsonSchema } from './compile';
import { generateObject } from './generate';
import { distinctSpans } from './provenance';
import { independentValidator, representation, tokenizer, uniformModel } from './test-support';
import type { JsonSchema } from './types';

const schema: JsonSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    email: { type: 'string', format: 'email' },
    price: { type: 'number', minimum: 0 },
    guests: { type: 'integer', minimum: 1, maximum: 20 },
    when: { type: 'string', format: 'date' },
    at: { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' },
    priority: { type: 'string', enum: ['low', 'high'] },
    paid: { type: 'boolean' },
    tags: { type: 'array', items: { type: 'string' } },
    scores: { type: 'array', items: { type: 'integer' } },
    note: { type: 'string' },
  },
  required: ['name', 'price', 'when'],
};

const names = ['Ana Ruiz', 'Kerem Yılmaz', 'Priya Shah', 'Tom Berg'];
const amounts = ['€38.40', '72,000', 'twelve', '1.250,00 EUR', '545000', '3'];
const dates = ['next Thursday', 'June 12th 2025', '2025-03-14', 'tomorrow at 9:15', '12/06/2025'];

describe('grounded extraction: every value is found in the prompt or chosen', () => {
  it('with the uniform-random model (the worst chooser), no string, number or date is made up', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.constantFrom(...amounts),
        fc.constantFrom(...dates),
        fc.integer({ min: 0, max: 1000 }),
        async (name, amount, date, seed) => {
          const prompt = `Hi, ${name} here (mail ${name.split(' ')[0]!.toLowerCase()}@example.org). It costs ${amount}, for 4 people, on ${date}. Thanks!`;
          const result = await generateObject({
            model: uniformModel(seed),
            tokenizer,
            schema,
            prompt,
            grounded: true,
            referenceDate: '2025-06-09',
            seed,
          });
          expect(independentValidator(schema)(result.value)).toBe(true);
          for (const [pointer, field] of Object.entries(result.fields)) {
            // every leaf: a span of the prompt, or a choice from a closed set
            expect(['prompt', 'chosen'], `${pointer} of ${JSON.stringify(result.value)}`).toContain(
              field.source,
            );
            if (field.source === 'prompt') {
              expect(field.start).toBeGreaterThanOrEqual(0);
              expect(field.end).toBeLessThanOrEqual(prompt.length);
            }
            expect(field.confidence).toBeGreaterThan(0);
            expect(field.confidence).toBeLessThanOrEqual(1);
          }
          const value = result.value as Record<string, unknown>;
          // strings are copies; the number is one the prompt mentions
          expect(prompt).toContain(value.name as string);
          expect(result.fields['/price']?.source).toBe('prompt');
        },
      ),
      { numRuns: 25, seed: 7 },
    );
  }, 120_000);

  it('an optional value the prompt holds nothing for is absent; a required one is generated and reported', async () => {
    const result = await generateObject({
      model: uniformModel(1),
      tokenizer,
      schema: {
        type: 'object',
        properties: { count: { type: 'integer' }, when: { type: 'string', format: 'date' } },
        required: ['count'],
      },
      prompt: 'no figures and no days in here',
      grounded: true,
    });
    const value = result.value as Record<string, unknown>;
    // "no" is the number 0: the one candidate
    expect(value.count).toBe(0);
    expect(value.when).toBeUndefined();
    const none = await generateObject({
      model: uniformModel(1),
      tokenizer,
      schema: { type: 'object', properties: { count: { type: 'integer' } }, required: ['count'] },
      prompt: 'nothing to count here',
      grounded: true,
    });
    expect(typeof (none.value as { count: unknown }).count).toBe('number');
    expect(none.fields['/count']?.source).toBe('generated');
  });

  it('numbers are normalised: separators, currency, decimals, words', async () => {
    const price = { type: 'object', properties: { n: { type: 'number' } }, required: ['n'] } as const;
    for (const [prompt, expected] of [
      ['the total was €38.40 all in', 38.4],
      ['we agreed on 72,000 per year', 72000],
      ['a dozen of them', 12],
      ['1.250,00 EUR', 1250],
    ] as const) {
      const result = await generateObject({
        model: uniformModel(3),
        tokenizer,
        schema: price,
        prompt,
        grounded: true,
      });
      expect((result.value as { n: number }).n, prompt).toBe(expected);
    }
  });

  it('relative dates count from referenceDate', async () => {
    const result = await generateObject({
      model: uniformModel(2),
      tokenizer,
      schema: { type: 'object', properties: { d: { type: 'string', format: 'date' } }, required: ['d'] },
      prompt: 'can we do tomorrow?',
      grounded: true,
      referenceDate: '2025-06-09',
    });
    expect((result.value as { d: string }).d).toBe('2025-06-10');
  });
});

describe('known values (a form with some fields filled)', () => {
  const form: JsonSchema = {
    type: 'object',
    properties: {
      name: { type: 'string' },
      customer: {
        type: 'object',
        properties: { city: { type: 'string' }, zip: { type: 'string' } },
        required: ['zip'],
      },
      qty: { type: 'integer' },
      note: { type: 'string' },
    },
    required: ['name', 'customer'],
  };

  it('are written as they are, the rest filled, the value valid, their source known', async () => {
    for (const seed of [0, 1, 2, 3]) {
      const result = await generateObject({
        model: uniformModel(seed),
        tokenizer,
        schema: form,
        prompt: 'Ana Ruiz, Lyon 69001, two boxes',
        values: { customer: { city: 'Lyon' }, note: 'leave at door' },
        seed,
      });
      const value = result.value as Record<string, { city?: string } & unknown>;
      expect(value.note).toBe('leave at door');
      expect((value.customer as { city: string }).city).toBe('Lyon');
      expect(independentValidator(form)(value)).toBe(true);
      expect(result.fields['/note']?.source).toBe('known');
      expect(result.fields['/customer/city']?.source).toBe('known');
      expect(result.text).toContain('"note":"leave at door"');
    }
  });

  it('values that are not an object are a typed error', async () => {
    await expect(
      generateObject({ model: uniformModel(0), tokenizer, schema: form, prompt: 'x', values: [] as never }),
    ).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});

describe('distinctSpans (opt-in)', () => {
  it('one span given to two free-text fields: an issue for the less confident one, twice at most', () => {
    const pair: JsonSchema = {
      type: 'object',
      properties: {
        patient: { type: 'string' },
        doctor: { type: 'string' },
        code: { type: 'string', enum: ['a'] },
      },
      required: ['patient', 'doctor', 'code'],
    };
    const compiled = compileJsonSchema(pair);
    const same = representation(compiled, { patient: 'Ana Ruiz', doctor: 'Ana Ruiz', code: 'a' })!;
    const apart = representation(compiled, { patient: 'Ana Ruiz', doctor: 'Okafor', code: 'a' })!;
    const check = distinctSpans(pair);
    expect(check(apart)).toEqual([]);
    const issues = check(same);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'duplicate-span' });
    expect(['/patient', '/doctor']).toContain(issues[0]!.path);
    expect(check(same)).toHaveLength(1);
    // bounded: two fields that really are the same never exhaust the re-noise rounds
    expect(check(same)).toEqual([]);
  });
});
