import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteTokenizer } from './byte-tokenizer';
import { buildCanvas, type Canvas, canvasText, MASKED, renoise, slotIsAbsent, slotText } from './canvas';
import { compileConstraint, dfaAccepts } from './constraint/compile';
import * as c from './constraint/constraint';
import { AbortedError } from './errors/aborted-error';
import { BudgetError } from './errors/budget-error';
import { RenoiseExhaustedError } from './errors/renoise-exhausted-error';
import { UnmaskError } from './errors/unmask-error';
import { fillCanvas, slotsOfIssue, streamFill } from './fill';
import { fixed, type Layout, type SlotSpec, slot } from './layout';
import type { ForwardInput } from './model';
import { denoise, sample, sampleBatch } from './sampler';
import { favouring, ScriptedModel } from './test/scripted-model';
import { UniformRandomModel } from './uniform-model';

// merges include tokens that split UTF-8 characters (0xc3 is the lead byte of é, ü …)
const tokenizer = new ByteTokenizer({
  merges: [
    'name',
    'ab',
    'ba',
    '12',
    '00',
    'red',
    'gre',
    'en',
    'é',
    'ét',
    [0x61, 0xc3],
    [0xa9, 0x62],
    'Par',
    'is',
    '\\n',
    '\\"',
  ],
  specials: ['<mask>', '<pad>'],
});
const MASK = tokenizer.special('<mask>');
const PAD = tokenizer.special('<pad>');
const info = { maskTokenId: MASK, padTokenId: PAD, maxLength: 4096 };
const uniform = (seed = 0) =>
  new UniformRandomModel({ vocabSize: tokenizer.vocabSize, maskTokenId: MASK, padTokenId: PAD, seed });

const corpus: c.Constraint[] = [
  c.regex('[a-z]{1,6}'),
  c.regex('[A-Z][a-zé]+', 'u'),
  c.regex('\\d{3}-\\d{4}'),
  c.regex('(ab|ba)+c?'),
  c.regex('[^]*(?:^é)[^]*', 'u'),
  c.regex('[0-9a-f]{8}'),
  c.regex('(?:yes|no|maybe)'),
  c.regex('\\w+@\\w+\\.(com|org)'),
  c.literals(['red', 'green', 'blue', 'é', 'aé']),
  c.literals(['true', 'false']),
  c.integer({ minimum: -50, maximum: 1200 }),
  c.integer({ minimum: 7 }),
  c.integer({ maximum: -3 }),
  c.jsonString(),
  c.jsonString(c.regex('[a-z ]{2,10}')),
  c.jsonString(c.literals(['a"b', 'c\\d', 'line\nbreak'])),
  c.sequence(c.literal('"'), c.jsonString(c.length(0, 4)), c.literal('"')),
];

const layoutOf = (constraints: c.Constraint[], maxTokens: number[], optional: boolean[] = []): Layout => ({
  segments: constraints.flatMap((constraint, k) => [
    fixed(k === 0 ? '{' : ','),
    slot({ path: `/s${k}`, constraint, maxTokens: maxTokens[k]!, optional: optional[k] ?? false }),
  ]),
});

describe('constrained sampling with a uniform-random model', () => {
  it('every filled slot is accepted by its constraint (10,000 fills)', async () => {
    let fills = 0;
    let violations = 0;
    const dfas = corpus.map((constraint) => compileConstraint(constraint));
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: corpus.length - 1 }),
            fc.integer({ min: 0, max: 12 }),
            fc.boolean(),
          ),
          {
            minLength: 52,
            maxLength: 64,
          },
        ),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom('confidence', 'left-to-right', 'slot-left-to-right', 'slot-prefix'),
        fc.constantFrom(0, 1),
        async (picks, seed, order, temperature) => {
          const constraints = picks.map(([k]) => corpus[k]!);
          const budgets = picks.map(([, extra]) => 14 + extra);
          const canvas = buildCanvas({
            layout: layoutOf(
              constraints,
              budgets,
              picks.map(([, , o]) => o),
            ),
            tokenizer,
            model: info,
          });
          const { canvas: filled } = await sample({
            model: uniform(seed),
            canvas,
            seed,
            order,
            temperature,
            tokensPerStep: order === 'confidence' ? 6 : undefined,
          });
          filled.slots.forEach((_, k) => {
            fills++;
            if (slotIsAbsent(filled, k)) return;
            if (!dfaAccepts(dfas[picks[k]![0]]!, slotText(filled, k))) violations++;
          });
          expect(filled.status.includes(MASKED)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
    expect(fills).toBeGreaterThanOrEqual(10_000);
    expect(violations).toBe(0);
  }, 240_000);

  it('the same seed gives identical canvases, byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1e6 }),
        fc.constantFrom(0, 0.7, 1.5),
        async (seed, temperature) => {
          const canvas = buildCanvas({
            layout: layoutOf(
              corpus,
              corpus.map(() => 16),
            ),
            tokenizer,
            model: info,
          });
          const first = await sample({ model: uniform(seed), canvas, seed, temperature });
          const second = await sample({ model: uniform(seed), canvas, seed, temperature });
          expect(Buffer.from(second.canvas.ids.buffer).equals(Buffer.from(first.canvas.ids.buffer))).toBe(
            true,
          );
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);

  it('different seeds give different samples at temperature > 0', async () => {
    const canvas = buildCanvas({ layout: layoutOf([c.jsonString()], [16]), tokenizer, model: info });
    const texts = new Set<string>();
    for (let seed = 0; seed < 5; seed++)
      texts.add(slotText((await sample({ model: uniform(1), canvas, seed, temperature: 1 })).canvas, 0));
    expect(texts.size).toBeGreaterThan(1);
  });

  it('an abort signalled at a random step ends the run within one step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 12 }), async (abortAt) => {
        const model = uniform(abortAt);
        let forwards = 0;
        const counting = {
          ...model,
          forward: (input: Parameters<typeof model.forward>[0]) => {
            forwards++;
            return model.forward(input);
          },
          dispose: () => {},
        };
        const controller = new AbortController();
        const canvas = buildCanvas({
          layout: layoutOf([c.jsonString(), c.jsonString()], [24, 24]),
          tokenizer,
          model: info,
        });
        let error: unknown;
        let frames = 0;
        try {
          for await (const frame of denoise({
            model: counting,
            canvases: [canvas],
            order: 'left-to-right',
            signal: controller.signal,
          })) {
            frames++;
            if (frame.step === abortAt) controller.abort();
          }
        } catch (caught) {
          error = caught;
        }
        expect(AbortedError.isInstance(error)).toBe(true);
        expect((error as AbortedError).step).toBe(abortAt);
        expect(forwards).toBe(abortAt);
        expect(frames).toBe(abortAt);
      }),
      { numRuns: 20 },
    );
  });
});

/** a model that knows the answer: at each masked slot position it favours the token of the target text there. */
function oracle(canvas: Canvas, targets: string[], strength = 10) {
  const wanted = new Int32Array(canvas.ids.length).fill(-1);
  canvas.slots.forEach((slot, k) => {
    const ids = tokenizer.encode(targets[k]!);
    for (let i = 0; i < slot.length; i++) wanted[slot.start + i] = ids[i] ?? PAD;
  });
  return new ScriptedModel({
    vocabSize: tokenizer.vocabSize,
    maskTokenId: MASK,
    padTokenId: PAD,
    logits: favouring(tokenizer.vocabSize, (_b, p) => wanted[p] ?? -1, strength),
  });
}

describe('sampler behaviour', () => {
  const person: Layout = {
    segments: [
      fixed('{"name":"'),
      slot({ path: '/name', constraint: c.jsonString(c.regex('[A-Z][a-z]+')), maxTokens: 8 }),
      fixed('","age":'),
      slot({ path: '/age', constraint: c.integer({ minimum: 0, maximum: 150 }), maxTokens: 3 }),
      fixed(',"city":"'),
      slot({ path: '/city', constraint: c.jsonString(), maxTokens: 6 }),
      fixed('"}'),
    ],
  };

  it('slot-left-to-right: every unfinished slot writes its leftmost masked token each step', async () => {
    const canvas = buildCanvas({ layout: person, tokenizer, model: info });
    const model = oracle(canvas, ['Ada', '36', 'Paris']);
    const result = await sample({ model, canvas, order: 'slot-left-to-right' });
    expect(canvasText(result.canvas)).toBe('{"name":"Ada","age":36,"city":"Paris"}');
    // what the model saw at each step: within every slot, the written text is a prefix, and
    // every slot that still had masks wrote one more token before the next step
    const masksOf = (ids: Int32Array) =>
      canvas.slots.map((slot) => {
        const inside = Array.from(ids.subarray(slot.start, slot.start + slot.length));
        const first = inside.indexOf(MASK);
        // (after the first mask only masks, or pad the automaton forced: 150 is the largest age)
        if (first >= 0) expect(inside.slice(first).every((id) => id === MASK || id === PAD)).toBe(true);
        return first < 0 ? 0 : inside.length - first;
      });
    const seen = model.calls.map((call) => masksOf(call.ids));
    for (let k = 1; k < seen.length; k++)
      seen[k]!.forEach((left, slot) => {
        if (seen[k - 1]![slot]! > 0) expect(left).toBeLessThan(seen[k - 1]![slot]!);
      });
    // one token per slot per step: "Ada" is three tokens, so three steps (the confidence order,
    // sure of everything, takes one); as many steps as the longest slot at most
    const written = (ids: Int32Array) =>
      canvas.slots.map(
        (slot) =>
          Array.from(ids.subarray(slot.start, slot.start + slot.length)).filter(
            (id) => id !== MASK && id !== PAD,
          ).length,
      );
    for (let k = 1; k < model.calls.length; k++)
      written(model.calls[k]!.ids).forEach((n, slot) => {
        expect(n - written(model.calls[k - 1]!.ids)[slot]!).toBeLessThanOrEqual(1);
      });
    expect(result.stats.nfe).toBeGreaterThanOrEqual(3);
    expect(result.stats.nfe).toBe(model.calls.length);
    expect(result.stats.nfe).toBeLessThanOrEqual(Math.max(...canvas.slots.map((slot) => slot.length)));
    expect(result.stats.nfe).toBeLessThan(result.stats.committedTokens);
  });

  it('slot-prefix: each slot writes from its left, several tokens a step where the model is sure', async () => {
    const canvas = buildCanvas({ layout: person, tokenizer, model: info });
    // sure of everything: one pass, as the confidence order
    const sure = await sample({
      model: oracle(canvas, ['Ada', '36', 'Paris']),
      canvas,
      order: 'slot-prefix',
    });
    expect(canvasText(sure.canvas)).toBe('{"name":"Ada","age":36,"city":"Paris"}');
    expect(sure.stats.nfe).toBe(1);
    // unsure of the city's second token only ("Lyon" is four tokens)
    const city = canvas.slots[2]!;
    const wanted = new Int32Array(canvas.ids.length).fill(-1);
    canvas.slots.forEach((slot, k) => {
      const ids = tokenizer.encode(['Ada', '36', 'Lyon'][k]!);
      for (let i = 0; i < slot.length; i++) wanted[slot.start + i] = ids[i] ?? PAD;
    });
    wanted[city.start + 1] = -1;
    const unsure = () =>
      new ScriptedModel({
        vocabSize: tokenizer.vocabSize,
        maskTokenId: MASK,
        padTokenId: PAD,
        logits: favouring(tokenizer.vocabSize, (_b, p) => wanted[p]!, 10),
      });
    /** whether, in every call, each slot's written tokens come before its masks (pad aside). */
    const prefixes = (model: ScriptedModel) =>
      model.calls.every((call) =>
        canvas.slots.every((slot) => {
          const inside = Array.from(call.ids.subarray(slot.start, slot.start + slot.length));
          const first = inside.indexOf(MASK);
          return first < 0 || inside.slice(first).every((id) => id === MASK || id === PAD);
        }),
      );
    const byConfidence = unsure();
    await sample({ model: byConfidence, canvas });
    expect(prefixes(byConfidence)).toBe(false);
    const byPrefix = unsure();
    const result = await sample({ model: byPrefix, canvas, order: 'slot-prefix' });
    expect(prefixes(byPrefix)).toBe(true);
    // "L" first with everything else; then the unsure token and the rest of the city together
    expect(result.stats.nfe).toBe(2);
    expect(canvasText(result.canvas)).toMatch(/^\{"name":"Ada","age":36,"city":"L.*on"\}$/);
  });

  it('fills what the model favours, and writes the structure itself', async () => {
    const canvas = buildCanvas({ layout: person, tokenizer, model: info, prompt: 'Ada, 36, lives in Paris' });
    const result = await sample({ model: oracle(canvas, ['Ada', '36', 'Paris']), canvas });
    expect(canvasText(result.canvas)).toBe('{"name":"Ada","age":36,"city":"Paris"}');
  });

  it('takes several times fewer forward passes than left-to-right decoding', async () => {
    const canvas = buildCanvas({ layout: person, tokenizer, model: info });
    const model = oracle(canvas, ['Ada', '36', 'Paris']);
    const diffusion = await sample({ model, canvas });
    const leftToRight = await sample({ model, canvas, order: 'left-to-right' });
    expect(canvasText(leftToRight.canvas)).toBe(canvasText(diffusion.canvas));
    expect(leftToRight.stats.nfe).toBe(leftToRight.stats.committedTokens);
    expect(diffusion.stats.nfe).toBeLessThanOrEqual(2);
    expect(leftToRight.stats.nfe).toBeGreaterThanOrEqual(4 * diffusion.stats.nfe);
  });

  it('commits positions the automaton forces without any model call', async () => {
    const canvas = buildCanvas({
      layout: {
        segments: [
          fixed('['),
          slot({ path: '/0', constraint: c.literal('constant'), maxTokens: 8 }),
          fixed(']'),
        ],
      },
      tokenizer,
      model: info,
    });
    const model = uniform();
    const result = await sample({ model, canvas });
    expect(result.stats.nfe).toBe(0);
    expect(model.calls).toBe(0);
    expect(slotText(result.canvas, 0)).toBe('constant');
  });

  it('the constraint wins over what the model wants', async () => {
    const canvas = buildCanvas({ layout: person, tokenizer, model: info });
    const result = await sample({ model: oracle(canvas, ['lowercase!', '999', 'x"y']), canvas });
    expect(slotText(result.canvas, 0)).toMatch(/^[A-Z][a-z]+$/);
    expect(Number(slotText(result.canvas, 1))).toBeLessThanOrEqual(150);
    expect(() => JSON.parse(canvasText(result.canvas))).not.toThrow();
  });

  it('an optional slot filled with pad is absent; minTokens forbids short values', async () => {
    const layout: Layout = {
      segments: [
        slot({ path: '/a', constraint: c.regex('[a-z]+'), maxTokens: 4, optional: true }),
        fixed('|'),
        slot({ path: '/b', constraint: c.regex('[a-z]+'), maxTokens: 4, minTokens: 3 }),
      ],
    };
    const canvas = buildCanvas({ layout, tokenizer, model: info });
    const result = await sample({ model: oracle(canvas, ['', 'a']), canvas });
    expect(slotIsAbsent(result.canvas, 0)).toBe(true);
    expect(slotText(result.canvas, 1).length).toBeGreaterThanOrEqual(3);
  });

  it('a value ends where the model puts more mass on ending than on going on, not where the best single path ends', async () => {
    const layout: Layout = {
      segments: [
        fixed('<'),
        slot({ path: '/a', constraint: c.literals(['red', 'ab', '12']), maxTokens: 2, optional: true }),
        fixed('>'),
      ],
    };
    const canvas = buildCanvas({ layout, tokenizer, model: info });
    const start = canvas.slots[0]!.start;
    const red = tokenizer.encode('red')[0]!;
    const ab = tokenizer.encode('ab')[0]!;
    // at the slot's first position: the pad (absent) 0.4, "red" 0.3, "ab" 0.3, "12" nearly 0;
    // after it the pad, sure
    const logitsWith = (padShare: number) => (input: ForwardInput) => {
      const logits = new Float32Array(input.batch * input.length * tokenizer.vocabSize).fill(-30);
      const at = (p: number, t: number, v: number) => {
        logits[p * tokenizer.vocabSize + t] = v;
      };
      at(start, PAD, Math.log(padShare));
      at(start, red, Math.log((1 - padShare) / 2));
      at(start, ab, Math.log((1 - padShare) / 2));
      at(start + 1, PAD, 5);
      return logits;
    };
    const goesOn = await sample({
      model: new ScriptedModel({ ...info, vocabSize: tokenizer.vocabSize, logits: logitsWith(0.4) }),
      canvas,
    });
    expect(slotIsAbsent(goesOn.canvas, 0)).toBe(false);
    expect(['red', 'ab']).toContain(slotText(goesOn.canvas, 0));
    const ends = await sample({
      model: new ScriptedModel({ ...info, vocabSize: tokenizer.vocabSize, logits: logitsWith(0.6) }),
      canvas,
    });
    expect(slotIsAbsent(ends.canvas, 0)).toBe(true);
  });

  it('every confidence measure and schedule fills valid values', async () => {
    const canvas = buildCanvas({ layout: person, tokenizer, model: info });
    const runs = [
      { confidence: 'margin' as const },
      { confidence: 'entropy' as const },
      { steps: 3 },
      { tokensPerStep: 2 },
      { threshold: 0.5, temperature: 0.8, seed: 9 },
    ];
    for (const options of runs) {
      const result = await sample({ model: uniform(3), canvas, ...options });
      expect(() => JSON.parse(canvasText(result.canvas)), JSON.stringify(options)).not.toThrow();
    }
    const scheduled = await sample({ model: uniform(3), canvas, steps: 3 });
    expect(scheduled.stats.nfe).toBeLessThanOrEqual(3);
  });

  it('batches canvases of different lengths into one forward pass per step', async () => {
    const short = buildCanvas({ layout: layoutOf([c.regex('[a-z]+')], [3]), tokenizer, model: info });
    const long = buildCanvas({ layout: person, tokenizer, model: info, prompt: 'a longer prompt here' });
    const model = new ScriptedModel({
      vocabSize: tokenizer.vocabSize,
      maskTokenId: MASK,
      padTokenId: PAD,
      logits: (input) => new Float32Array(input.batch * input.length * tokenizer.vocabSize),
    });
    const results = await sampleBatch({ model, canvases: [short, long], tokensPerStep: 1 });
    expect(results).toHaveLength(2);
    const first = model.calls[0]!;
    expect(first.batch).toBe(2);
    expect(first.length).toBe(long.ids.length);
    expect(first.attentionMask?.slice(0, first.length).reduce((x, y) => x + y, 0)).toBe(short.ids.length);
    expect(model.calls.length).toBe(Math.max(results[0]!.stats.nfe, results[1]!.stats.nfe));
  });

  it('streams one frame per step with masks shown', async () => {
    const canvas = buildCanvas({ layout: person, tokenizer, model: info });
    const frames = [];
    for await (const frame of denoise({ model: uniform(), canvases: [canvas], tokensPerStep: 3 }))
      frames.push(frame);
    expect(frames.length).toBeGreaterThan(2);
    expect(frames[0]!.text).toContain('░');
    expect(frames.at(-1)!.text).not.toContain('░');
    expect(frames.at(-1)!.done).toBe(true);
    expect(frames.map((frame) => frame.step)).toEqual(frames.map((_, k) => k + 1));
  });
});

describe('re-noise', () => {
  const single = (constraint: c.Constraint, maxTokens = 6, extra: Partial<SlotSpec> = {}) =>
    buildCanvas({
      layout: { segments: [slot({ path: '/x', constraint, maxTokens, ...extra })] },
      tokenizer,
      model: info,
    });

  it('masks the slot again and bans the failed value', async () => {
    const canvas = single(c.literals(['red', 'green', 'blue']));
    const model = oracle(canvas, ['red']);
    const first = await sample({ model, canvas });
    expect(slotText(first.canvas, 0)).toBe('red');
    const again = renoise(first.canvas, { slots: [{ slot: 0 }] });
    expect(again.slots[0]!.banned).toEqual(['red']);
    expect([...again.status]).toEqual(new Array(6).fill(MASKED));
    const second = await sample({ model, canvas: again });
    expect(['green', 'blue']).toContain(slotText(second.canvas, 0));
    // the original canvas is untouched
    expect(slotText(first.canvas, 0)).toBe('red');
  });

  it('fillCanvas repairs a value a validator rejects', async () => {
    const canvas = single(c.literals(['red', 'green', 'blue']));
    const result = await fillCanvas({
      model: oracle(canvas, ['red']),
      canvas,
      validate: (filled) =>
        slotText(filled, 0) === 'blue' ? [] : [{ code: 'custom', path: '/x', message: 'must be blue' }],
    });
    expect(slotText(result.canvas, 0)).toBe('blue');
    expect(result.stats.renoiseRounds).toBeGreaterThanOrEqual(1);
  });

  it('slot validators in the layout trigger re-noise too', async () => {
    const canvas = single(c.regex('[a-c]'), 2, {
      validators: [(text) => (text === 'c' ? undefined : 'want c')],
    });
    const result = await fillCanvas({ model: oracle(canvas, ['a']), canvas, maxRenoiseRounds: 5 });
    expect(slotText(result.canvas, 0)).toBe('c');
  });

  it('gives up with a typed error carrying the last canvas and issues', async () => {
    const canvas = single(c.regex('[a-z]{2}'), 4);
    const error = await fillCanvas({
      model: uniform(),
      canvas,
      maxRenoiseRounds: 2,
      validate: () => [{ code: 'never', path: '/x', message: 'never valid' }],
    }).catch((caught) => caught);
    expect(RenoiseExhaustedError.isInstance(error)).toBe(true);
    expect(error.code).toBe('renoise-exhausted');
    expect(error.issues[0].message).toBe('never valid');
    expect(error.canvas.status.includes(MASKED)).toBe(false);
    expect(error.rounds).toBe(2);
  });

  it('an optional slot whose every text is banned is left absent', async () => {
    const canvas = single(c.literal('only'), 6, { optional: true });
    const filled = await sample({ model: oracle(canvas, ['only']), canvas });
    expect(slotText(filled.canvas, 0)).toBe('only');
    const again = renoise(filled.canvas, { slots: [{ slot: 0 }] });
    expect(again.status.includes(MASKED)).toBe(false);
    expect(slotIsAbsent(again, 0)).toBe(true);
  });

  it('ends with a typed error when bans exhaust the language', async () => {
    const canvas = single(c.literals(['a', 'b']));
    const error = await fillCanvas({
      model: uniform(),
      canvas,
      maxRenoiseRounds: 5,
      validate: () => [{ code: 'no', path: '/x', message: 'no' }],
    }).catch((caught) => caught);
    expect(RenoiseExhaustedError.isInstance(error)).toBe(true);
    expect(error.rounds).toBe(1);
  });

  it('an issue that covers no slot concerns the nearest enclosing value, and without bans', async () => {
    const canvas = buildCanvas({
      layout: {
        segments: [
          slot({ path: '/a/x', constraint: c.literals(['p', 'q']), maxTokens: 2 }),
          slot({ path: '/a/y', constraint: c.literals(['p', 'q']), maxTokens: 2 }),
          slot({ path: '/b', constraint: c.literals(['p', 'q']), maxTokens: 2 }),
        ],
      },
      tokenizer,
      model: info,
    });
    // a missing property of /a: the slots of /a, not /b
    expect(slotsOfIssue(canvas, { code: 'required', path: '/a/z', message: 'missing z' })).toEqual([0, 1]);
    expect(slotsOfIssue(canvas, { code: 'x', path: '/a/z/deeper', message: '' })).toEqual([0, 1]);
    expect(slotsOfIssue(canvas, { code: 'x', path: '/a/x', message: '' })).toEqual([0]);
    expect(slotsOfIssue(canvas, { code: 'x', path: '/c', message: '' })).toEqual([0, 1, 2]);
    expect(slotsOfIssue(canvas, { code: 'x', path: '', message: '' })).toEqual([0, 1, 2]);
    // re-filled, /b keeps its text, and /a's slots may repeat theirs (nothing said they were wrong)
    const seen: string[][] = [];
    const result = await fillCanvas({
      model: oracle(canvas, ['p', 'p', 'q']),
      canvas,
      maxRenoiseRounds: 2,
      validate: (filled) => {
        seen.push([0, 1, 2].map((k) => slotText(filled, k)));
        return seen.length === 1 ? [{ code: 'required', path: '/a/z', message: 'missing z' }] : [];
      },
    });
    expect(seen).toEqual([
      ['p', 'p', 'q'],
      ['p', 'p', 'q'],
    ]);
    expect(result.canvas.slots.map((s) => s.banned)).toEqual([[], [], []]);
    expect(result.stats.renoiseRounds).toBe(1);
    // the second round wrote /a's four positions again, not /b's two
    const once = await fillCanvas({ model: oracle(canvas, ['p', 'p', 'q']), canvas });
    const written = (stats: { committedTokens: number; forcedTokens: number }) =>
      stats.committedTokens + stats.forcedTokens;
    expect(written(once.stats)).toBe(6);
    expect(written(result.stats)).toBe(6 + 4);
  });

  it('streamFill yields frames across rounds and returns the result', async () => {
    const canvas = single(c.literals(['red', 'green', 'blue']));
    const stream = streamFill({
      model: oracle(canvas, ['red']),
      canvas,
      validate: (filled) =>
        slotText(filled, 0) === 'red' ? [{ code: 'x', path: '/x', message: 'not red' }] : [],
    });
    const rounds = new Set<number>();
    let next = await stream.next();
    while (!next.done) {
      rounds.add(next.value.round);
      next = await stream.next();
    }
    expect([...rounds]).toEqual([0, 1]);
    expect(slotText(next.value.canvas, 0)).not.toBe('red');
  });
});

describe('bad input', () => {
  it('a budget that cannot hold the shortest value', () => {
    const error = (() => {
      try {
        buildCanvas({
          layout: { segments: [slot({ path: '/code', constraint: c.regex('[0-9]{40}'), maxTokens: 8 })] },
          tokenizer,
          model: info,
        });
      } catch (caught) {
        return caught;
      }
    })();
    expect(BudgetError.isInstance(error)).toBe(true);
    expect((error as BudgetError).message).toMatch(/"\/code".*8 tokens.*\(20 tokens\)/);
  });
  it('a prompt that is neither text nor token ids of the vocabulary', () => {
    for (const prompt of [5, [1.5], [-1], [tokenizer.vocabSize]])
      expect(() =>
        buildCanvas({
          layout: layoutOf([c.jsonString()], [4]),
          tokenizer,
          model: info,
          prompt: prompt as unknown as string,
        }),
      ).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
  it('a canvas longer than the model allows, before allocating', () => {
    expect(() =>
      buildCanvas({
        layout: layoutOf([c.jsonString()], [100]),
        tokenizer,
        model: { ...info, maxLength: 50 },
      }),
    ).toThrow(expect.objectContaining({ code: 'canvas-too-long' }));
  });
  it('invalid sampling options', async () => {
    const canvas = buildCanvas({ layout: layoutOf([c.jsonString()], [4]), tokenizer, model: info });
    for (const options of [
      { threshold: 2 },
      { tokensPerStep: 0 },
      { steps: 1.5 },
      { temperature: -1 },
      { order: 'right-to-left' as 'confidence' },
      { confidence: 'vibes' as 'margin' },
      { order: 'slot-prefix' as const, tokensPerStep: 4 },
      { order: 'left-to-right' as const, steps: 3 },
      { seed: 'x' as unknown as number },
      { seed: 1.5 },
      { signal: {} as AbortSignal },
    ]) {
      await expect(sample({ model: uniform(), canvas, ...options })).rejects.toSatisfy(
        (error: unknown) => UnmaskError.isInstance(error) && error.code === 'invalid-argument',
      );
    }
  });
  it('a model that returns logits of the wrong size', async () => {
    const canvas = buildCanvas({ layout: layoutOf([c.jsonString()], [4]), tokenizer, model: info });
    const model = new ScriptedModel({
      vocabSize: tokenizer.vocabSize,
      maskTokenId: MASK,
      padTokenId: PAD,
      logits: new Float32Array(3),
    });
    await expect(sample({ model, canvas })).rejects.toThrow(/expected/);
  });
});
