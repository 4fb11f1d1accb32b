import { ByteTokenizer, favouring, ScriptedModel } from '@unmask/core/test';
import { hasNanoModel } from '@unmask/model-nano';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { createUnmask, RenoiseExhaustedError, UnmaskError } from './index';
import type { Progress } from './options';
import { uniformModel } from './test-support';

const person = z.object({ name: z.string().max(12), age: z.int().min(0).max(120), admin: z.boolean() });
const jsonPerson = {
  type: 'object',
  properties: { name: { type: 'string', maxLength: 12 }, age: { type: 'integer', minimum: 0, maximum: 120 } },
  required: ['name', 'age'],
};

describe('createUnmask', () => {
  it('generate: a zod schema gives a typed, valid value', async () => {
    const unmask = createUnmask(uniformModel());
    const { value, text, stats } = await unmask.generate({ schema: person, prompt: 'Ann, 31, admin' });
    expectTypeOf(value).toEqualTypeOf<{ name: string; age: number; admin: boolean }>();
    expect(person.safeParse(value).success).toBe(true);
    expect(JSON.parse(text)).toEqual(value);
    expect(stats.nfe).toBeGreaterThan(0);
    expect(stats.renoiseRounds).toBeGreaterThanOrEqual(0);
  });

  it('generate: a JSON Schema is accepted too', async () => {
    const unmask = createUnmask(uniformModel());
    const { value } = await unmask.generate({ schema: jsonPerson, prompt: 'Bob is 40' });
    const typed = value as { name: string; age: number };
    expect(Number.isInteger(typed.age) && typed.age >= 0 && typed.age <= 120).toBe(true);
  });

  it('generate and generateMany with verbatim: the name is a copy of the prompt', async () => {
    const unmask = createUnmask(uniformModel());
    const prompt = 'Ann Lee, 31, admin';
    for (const seed of [0, 1, 2]) {
      const { value } = await unmask.generate({ schema: person, prompt, verbatim: true, seed });
      expect(prompt.includes(value.name), value.name).toBe(true);
    }
    const [first, second] = await unmask.generateMany({
      requests: [
        { schema: person, prompt, verbatim: true },
        { schema: person, prompt: 'Bo Ek, 40', verbatim: true },
      ] as const,
    });
    expect(prompt.includes(first.value.name)).toBe(true);
    expect('Bo Ek, 40'.includes(second.value.name)).toBe(true);
    await expect(unmask.generate({ schema: person, verbatim: true })).rejects.toMatchObject({
      code: 'invalid-argument',
    });
  });

  it('fill with verbatim: free-text slots are copies of the prompt', async () => {
    const unmask = createUnmask(uniformModel());
    const prompt = 'Ann Lee ordered two lamps';
    for (const seed of [0, 1]) {
      const { slots } = await unmask.fill<{ who: string }>({
        template: 'Dear {{gen "who" maxTokens=12}},',
        prompt,
        verbatim: true,
        seed,
        temperature: 1,
      });
      expect(prompt).toContain(slots.who);
    }
  });

  it('run options of the wrong kind are invalid-argument errors, for generate and fill alike', async () => {
    const unmask = createUnmask(uniformModel());
    const bad = [
      [{ seed: 'x' }, /seed must be an integer, got "x"/],
      [{ branchSelection: 'best' }, /branchSelection must be 'model' or 'first'/],
      [{ growRounds: -1 }, /growRounds must be an integer from 0 to 16/],
      [{ signal: 5 }, /signal must be an AbortSignal/],
      [{ onProgress: 'log' }, /onProgress must be a function/],
      [{ threshold: 2 }, /threshold must be in \[0, 1\]/],
    ] as const;
    for (const [options, message] of bad) {
      for (const run of [
        () => unmask.generate({ schema: person, prompt: 'Ann', ...(options as object) }),
        () => unmask.fill({ template: 'Hi {{gen "x" maxTokens=3}}', ...(options as object) }),
      ]) {
        const error = await run().catch((e: unknown) => e);
        expect(UnmaskError.isInstance(error), String(error)).toBe(true);
        expect((error as UnmaskError).code).toBe('invalid-argument');
        expect((error as Error).message).toMatch(message);
      }
    }
  });

  it('requests of the wrong kind are invalid-argument errors', async () => {
    const unmask = createUnmask(uniformModel());
    const cases: Array<[() => Promise<unknown>, RegExp]> = [
      [() => unmask.generate({ schema: person, prompt: 5 as unknown as string }), /prompt must be a string/],
      [
        () => unmask.fill({ template: 'a {{gen "x"}}', prompt: 5 as unknown as string }),
        /prompt must be a string/,
      ],
      [
        () => unmask.generate({ schema: person, compile: 5 as unknown as object }),
        /compile options must be an object/,
      ],
      [() => unmask.generateMany({ requests: 5 as unknown as [] }), /requests must be a non-empty array/],
      [() => unmask.generateMany({ requests: [] }), /requests must be a non-empty array/],
      [
        () =>
          unmask.generateMany({
            requests: [{ schema: person }, { schema: person, prompt: 1 as unknown as string }],
          }),
        /prompt must be a string, got 1 \(request 1\)/,
      ],
    ];
    for (const [run, message] of cases) {
      const error = await run().catch((e: unknown) => e);
      expect((error as UnmaskError).code, String(error)).toBe('invalid-argument');
      expect((error as Error).message).toMatch(message);
    }
  });

  it('same seed, same output (fresh models)', async () => {
    const run = () => createUnmask(uniformModel()).generate({ schema: person, seed: 5, temperature: 0.5 });
    expect((await run()).text).toBe((await run()).text);
  });

  it('generateMany: one forward pass per step for the whole batch', async () => {
    const source = uniformModel();
    const unmask = createUnmask(source);
    const results = await unmask.generateMany({
      requests: [
        { schema: person, prompt: 'Ann' },
        { schema: jsonPerson, prompt: 'Bob' },
        { schema: z.object({ ok: z.boolean() }) },
      ],
    });
    expectTypeOf(results[2].value).toEqualTypeOf<{ ok: boolean }>();
    expect(results).toHaveLength(3);
    expect(typeof results[2].value.ok).toBe('boolean');
    const rounds = Math.max(...results.map((r) => r.stats.renoiseRounds));
    const longest = Math.max(...results.map((r) => r.stats.nfe));
    const sum = results.reduce((total, r) => total + r.stats.nfe, 0);
    expect(source.model.calls).toBeLessThan(sum);
    if (rounds === 0) expect(source.model.calls).toBe(longest);
  });

  it('generate and generateMany: a full array is offered more items and continued', async () => {
    const tokenizer = new ByteTokenizer();
    const seven = tokenizer.encode('7')[0]!;
    // writes 7 wherever it may: every offered item is filled
    const model = new ScriptedModel({
      vocabSize: tokenizer.vocabSize,
      maskTokenId: tokenizer.special('<mask>'),
      padTokenId: tokenizer.special('<pad>'),
      logits: favouring(tokenizer.vocabSize, () => seven),
    });
    const unmask = createUnmask({ model, tokenizer });
    const digits = z.object({ codes: z.array(z.int().min(0).max(9)).max(10) });
    const one = await unmask.generate({ schema: digits, tokensPerStep: 64 });
    expect(one.value.codes).toEqual(new Array(10).fill(7));
    expect(one.growths).toEqual([
      { kind: 'items', path: '/codes', from: 3, to: 6 },
      { kind: 'items', path: '/codes', from: 6, to: 10 },
    ]);
    expect(one.full).toEqual([]);
    const [grown, kept] = await unmask.generateMany({
      requests: [{ schema: digits }, { schema: z.object({ codes: z.array(z.int().min(0).max(9)) }) }],
      tokensPerStep: 64,
      growRounds: 1,
    });
    expect(grown!.value.codes).toHaveLength(6);
    // one growth round only: the unbounded array is still full, and says so
    expect(kept!.value.codes).toHaveLength(6);
    expect(kept!.full).toEqual(['/codes']);
  });

  it('generate: a union of objects is decided by the model, and the choosing pass is counted', async () => {
    const shape = z.union([
      z.object({ kind: z.literal('circle'), radius: z.int().min(1).max(9) }),
      z.object({ kind: z.literal('square'), side: z.int().min(1).max(9), filled: z.boolean() }),
    ]);
    const chosen = new Set<number>();
    for (const seed of [0, 1, 2, 3, 4, 5]) {
      const source = uniformModel(seed);
      const result = await createUnmask(source).generate({ schema: shape, prompt: 'a shape', seed });
      expect(shape.safeParse(result.value).success).toBe(true);
      expect(result.branches).toHaveLength(1);
      const branch = result.branches[0]!;
      expect(branch.candidates).toEqual([0, 1]);
      expect(result.value.kind).toBe(branch.chosen === 0 ? 'circle' : 'square');
      expect(result.stats.nfe).toBe(source.model.calls);
      chosen.add(branch.chosen);
    }
    // random logits: both branches get chosen over a few seeds
    expect(chosen.size).toBe(2);
    const source = uniformModel(1);
    const first = await createUnmask(source).generate({ schema: shape, branchSelection: 'first' });
    expect(first.value.kind).toBe('circle');
    expect(first.stats.nfe).toBe(source.model.calls);
  });

  it('fill: a template with data and slots', async () => {
    const unmask = createUnmask(uniformModel());
    const { text, slots, stats } = await unmask.fill<{ tone: string; count: number }>({
      template: 'Hi {{name}}, {{choice "tone" "yes" "no"}} x{{integer "count" min=1 max=9}}',
      data: { name: 'Ann' },
    });
    expect(text).toMatch(/^Hi Ann, (yes|no) x[1-9]$/);
    expect(['yes', 'no']).toContain(slots.tone);
    expect(stats.nfe).toBeGreaterThan(0);
  });

  it('stream: frames with masks, then the result', async () => {
    const unmask = createUnmask(uniformModel());
    const run = unmask.stream({ schema: person });
    const frames = [];
    for await (const frame of run) frames.push(frame);
    const { value } = await run.result;
    expect(frames.length).toBeGreaterThan(1);
    expect(frames[0]!.text).toContain('░');
    expect(frames.at(-1)!.masked).toBe(0);
    expect(person.safeParse(value).success).toBe(true);
    const template = unmask.stream({ template: '{{choice "a" "x" "y"}}!' });
    const templateFrames = [];
    for await (const frame of template) templateFrames.push(frame);
    expect(templateFrames.length).toBeGreaterThan(0);
    expect((await template.result).text).toMatch(/^[xy]!$/);
  });

  it('onProgress is called after every step', async () => {
    const seen: Progress[] = [];
    await createUnmask(uniformModel()).generate({ schema: person, onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)!.masked).toBe(0);
  });

  it('signal: an aborted run is an AbortedError', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await createUnmask(uniformModel())
      .generate({ schema: person, signal: controller.signal })
      .catch((e: unknown) => e);
    expect(UnmaskError.isInstance(error) && error.code).toBe('aborted');
  });

  it('a value that cannot pass validation ends in a RenoiseExhaustedError', async () => {
    const never = z.object({
      word: z
        .string()
        .max(4)
        .refine(() => false, 'never'),
    });
    const error = await createUnmask(uniformModel())
      .generate({ schema: never, maxRenoiseRounds: 1 })
      .catch((e: unknown) => e);
    expect(RenoiseExhaustedError.isInstance(error)).toBe(true);
  });

  it('errors are typed: a model without tokenizer, a missing model directory, the nano model', async () => {
    const { model } = uniformModel();
    await expect(createUnmask({ model }).generate({ schema: person })).rejects.toMatchObject({
      code: 'invalid-argument',
    });
    await expect(createUnmask({ model: '/no/such/model' }).generate({ schema: person })).rejects.toSatisfy(
      UnmaskError.isInstance,
    );
    if (!hasNanoModel()) {
      await expect(createUnmask().generate({ schema: person })).rejects.toThrow(
        /embedded model is not installed/,
      );
    }
  });
});
