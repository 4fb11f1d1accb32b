import { createUnmask, hasNanoModel, RenoiseExhaustedError, type Unmask } from 'unmask';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

/** end to end through the shipped nano model (onnxruntime-node): zod schema in, typed value out. */
describe.skipIf(!hasNanoModel())('the shipped nano model, end to end', () => {
  let unmask: Unmask;
  beforeAll(() => {
    unmask = createUnmask();
  });
  afterAll(async () => {
    await unmask.dispose();
  });

  const contact = z.object({
    name: z.string(),
    email: z.string().email().optional(),
    city: z.string(),
    age: z.number().int().min(0).max(120),
  });
  const prompt =
    'Please add a contact: Maria Keller, 34 years old, lives in Lyon. Her email is maria.keller@example.com.';

  it('generates a typed value from a zod schema and a prompt', async () => {
    const { value, text, stats } = await unmask.generate({ schema: contact, prompt, seed: 1 });
    // the type is z.infer of the schema: these lines would not compile otherwise
    const age: number = value.age;
    const city: string = value.city;
    expect(contact.safeParse(value).success).toBe(true);
    expect(JSON.parse(text)).toEqual(value);
    // the nano model copies from the prompt, not always to the character (see MODEL_CARD.md):
    // this model gets the name, the city and the age exactly and garbles the free e-mail
    // ("alia.keller@example.comcom", still an e-mail: `verbatim` below copies it exactly); the
    // model before it wrote 3 for the age and the e-mail exactly
    expect(city).toBe('Lyon');
    expect(value.name).toBe('Maria Keller');
    expect(age).toBe(34);
    expect(value.email).toMatch(/keller@example\.com/);
    // far fewer forward passes than tokens written
    expect(stats.nfe).toBeLessThan(stats.committedTokens + stats.forcedTokens);
  });

  it('verbatim: the strings are copies of the prompt', async () => {
    const { value, stats } = await unmask.generate({ schema: contact, prompt, seed: 1, verbatim: true });
    expect(contact.safeParse(value).success).toBe(true);
    // by construction: every free-text string is a substring of the prompt
    for (const text of [value.name, value.email ?? '', value.city]) expect(prompt).toContain(text);
    // and with this model, the right ones
    expect(value).toMatchObject({ name: 'Maria Keller', email: 'maria.keller@example.com', city: 'Lyon' });
    expect(stats.nfe).toBeLessThan(stats.committedTokens + stats.forcedTokens);
    // a message this model garbles when free: the copy is exact
    const message =
      'Hi! This is Maya Lindqvist from Northwind Traders in Oslo. Could you send the quote to maya.lindqvist@northwind.example? Thanks!';
    const person = z.object({ name: z.string().max(40) });
    const free = await unmask.generate({ schema: person, prompt: message, seed: 1, grounded: false });
    const copied = await unmask.generate({
      schema: person,
      prompt: message,
      seed: 1,
      grounded: false,
      verbatim: true,
    });
    // grounded (the default): a copy too
    const grounded = await unmask.generate({ schema: person, prompt: message, seed: 1 });
    expect(message).toContain(grounded.value.name);
    expect(copied.value.name).toBe('Maya Lindqvist');
    expect(free.value.name).not.toBe('Maya Lindqvist');
  });

  it('re-noises a value that a refinement rejects until it passes', async () => {
    // a deliberately failing validator: the first age the model writes is rejected, the age slot
    // is masked again with that value banned and filled anew, and the next one passes
    const rejected: number[] = [];
    const picky = z.object({
      name: z.string(),
      city: z.string(),
      age: z
        .number()
        .int()
        .min(0)
        .max(120)
        .refine((n) => {
          if (rejected.length === 0) rejected.push(n);
          return n !== rejected[0];
        }, 'not the first age'),
    });
    // grounding off: grounded, the prompt's only age is 34, and banning it leaves none
    const { value, stats } = await unmask.generate({
      schema: picky,
      prompt,
      seed: 1,
      maxRenoiseRounds: 6,
      grounded: false,
    });
    expect(rejected).toEqual([34]);
    expect(value.age).not.toBe(34);
    expect(picky.safeParse(value).success).toBe(true);
    expect(stats.renoiseRounds).toBeGreaterThanOrEqual(1);
    // what the refinement did not reject stays as the model wrote it
    expect(value).toMatchObject({ name: 'Maria Keller', city: 'Lyon' });
  });

  it('gives up with a typed error when no value can pass', async () => {
    const impossible = z.object({ city: z.string().refine(() => false, 'never') });
    await expect(
      unmask.generate({ schema: impossible, prompt, seed: 1, maxRenoiseRounds: 2 }),
    ).rejects.toSatisfy((error: unknown) => RenoiseExhaustedError.isInstance(error) && error.rounds === 2);
  });

  it('fills a template with the model', async () => {
    const { text, slots } = await unmask.fill({
      template:
        'Dear {{name}}, your order {{order}} ships on {{gen "shipDate" format="date"}}. Status: {{choice "status" "shipped" "delayed"}}.',
      data: { name: 'Maria', order: 'ORD-1234' },
      prompt: 'Order ORD-1234 for Maria shipped, arriving 2025-03-14.',
      seed: 1,
    });
    expect(text.startsWith('Dear Maria, your order ORD-1234 ships on ')).toBe(true);
    expect(String(slots.shipDate)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(['shipped', 'delayed']).toContain(slots.status);
  });
});
