import { hasNanoModel } from '@unmask/model-nano';
import { schemaValidator } from '@unmask/schema';
import OpenAI from 'openai';
import { afterAll, describe, expect, it } from 'vitest';
import { modelFromOption } from '../cli/model-option';
import { createUnmask } from '../create-unmask';
import { createServer } from './server';

/**
 * a bounded load: 60 requests from 16 concurrent clients (the official openai client, over
 * loopback), once with batches of up to 8 and once one at a time. Every request must be answered
 * and valid; the latencies and throughputs are printed (timings are reported, not asserted).
 */
const REQUESTS = 60;
const CLIENTS = 16;

const contact = {
  type: 'object',
  properties: {
    name: { type: 'string', maxLength: 40 },
    city: { type: 'string', maxLength: 30 },
    age: { type: 'integer', minimum: 0, maximum: 120 },
  },
  required: ['name', 'city', 'age'],
  additionalProperties: false,
};
const meeting = {
  type: 'object',
  properties: {
    title: { type: 'string', maxLength: 30 },
    date: { type: 'string', format: 'date' },
    people: { type: 'integer', minimum: 1, maximum: 50 },
  },
  required: ['title', 'date', 'people'],
  additionalProperties: false,
};
const names = ['Maria Keller', 'Jon Berg', 'Aiko Tanaka', 'Lena Fischer', 'Omar Haddad', 'Tom Reyes'];
const cities = ['Lyon', 'Oslo', 'Porto', 'Graz', 'Leeds'];
const titles = ['Budget review', 'Design sync', 'Hiring panel', 'Roadmap talk'];
const requests = Array.from({ length: REQUESTS }, (_, i) =>
  i % 2 === 0
    ? {
        schema: contact,
        prompt: `${names[i % names.length]}, ${20 + (i % 50)}, lives in ${cities[i % cities.length]}.`,
      }
    : {
        schema: meeting,
        prompt: `Book "${titles[i % titles.length]}" on 2025-0${1 + (i % 9)}-1${i % 10} for ${2 + (i % 12)} people.`,
      },
);

const resolving = hasNanoModel() ? modelFromOption(undefined) : modelFromOption('scripted:uniform');
afterAll(async () => {
  const resolved = await resolving;
  await resolved.model.dispose();
});

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function load(maxBatch: number) {
  const { model, tokenizer, promptFormat, compile } = await resolving;
  const server = createServer({
    unmask: createUnmask({ model, tokenizer, promptFormat, compile }),
    limits: { maxBatch, maxQueue: REQUESTS },
  });
  const { url } = await server.listen({ port: 0 });
  const client = new OpenAI({ baseURL: `${url}/v1`, apiKey: 'unused', maxRetries: 0 });
  const latencies: number[] = [];
  const batches: number[] = [];
  const invalid: string[] = [];
  let next = 0;
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (let i = next++; i < REQUESTS; i = next++) {
          const { schema, prompt } = requests[i]!;
          const sent = performance.now();
          const completion = await client.chat.completions.create({
            model: 'nano',
            messages: [{ role: 'user', content: prompt }],
            response_format: { type: 'json_schema', json_schema: { name: 'value', schema } },
          });
          latencies.push(performance.now() - sent);
          batches.push((completion as unknown as { unmask: { batch: number } }).unmask.batch);
          const issues = schemaValidator(schema)(JSON.parse(completion.choices[0]!.message.content!));
          if (issues.length) invalid.push(`${prompt}: ${JSON.stringify(issues)}`);
        }
      }),
    );
  } finally {
    await server.close();
  }
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    answered: latencies.length,
    invalid,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    throughput: REQUESTS / seconds,
    meanBatch: batches.reduce((sum, size) => sum + size, 0) / batches.length,
  };
}

describe('unmask serve under load', () => {
  it(`${REQUESTS} requests from ${CLIENTS} clients: all answered, all valid; batched and one at a time`, async () => {
    const batched = await load(8);
    const single = await load(1);
    const line = (name: string, run: Awaited<ReturnType<typeof load>>) =>
      `${name}: p50 ${run.p50.toFixed(0)} ms, p95 ${run.p95.toFixed(0)} ms, ${run.throughput.toFixed(1)} req/s, mean batch ${run.meanBatch.toFixed(1)}`;
    console.log(
      `load (${hasNanoModel() ? 'nano model' : 'scripted:uniform'}, ${REQUESTS} requests, ${CLIENTS} clients)\n` +
        `  ${line('batches of 8', batched)}\n  ${line('one at a time', single)}`,
    );
    for (const run of [batched, single]) {
      expect(run.answered).toBe(REQUESTS);
      expect(run.invalid).toEqual([]);
    }
    expect(batched.meanBatch).toBeGreaterThan(1);
    expect(single.meanBatch).toBe(1);
  }, 60_000);
});
