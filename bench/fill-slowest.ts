/**
 * the sampler's own cost on the largest schemas of the JSONSchemaBench sample, with the
 * uniform-random model (its forward costs next to nothing): issue 24.
 *
 *   tsx --conditions=@unmask/source bench/fill-slowest.ts rank [N]
 *       every schema compiled to a canvas; the N (default 12) with the most slots, and their fill times
 *       (N = 0: every schema's slots, no fills)
 *   tsx --conditions=@unmask/source bench/fill-slowest.ts fill <subset/file.json>...
 *       each schema filled (generateObject defaults, seed 0): wall and SDK milliseconds, forward
 *       passes, and a hash of the value (same hash, same output)
 *   tsx --conditions=@unmask/source bench/fill-slowest.ts sample [--rounds R] <subset/file.json>...
 *       the sampler alone: each schema's first canvas sampled once (sampleBatch, seed 0), R rounds
 *       (default 1): milliseconds outside the forward, steps, a hash of the filled ids
 *   tsx --conditions=@unmask/source bench/fill-slowest.ts hashes [maxSlots]
 *       a hash of every output, for each schema of at most maxSlots (default 300) slots, under
 *       several sampling settings and through generateObject: diff two trees' lines to check that a
 *       change of speed left every choice as it was
 *
 * The data is read at run time from ../shared/data/jsonschemabench-dev/data (UNMASK_BENCH_DATA).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { type Canvas, maskedCount, type SampleOptions, sampleBatch } from '@unmask/core';
import { buildSchemaCanvas, generateObject, prepareJsonSchema, warmUpCompiler } from '@unmask/schema';
import {
  defaultDataDir,
  listSchemaFiles,
  readSchema,
  schemaTokenizer,
  uniformModel,
} from './compare/schemas';
import { TimedModel } from './compare/timed-model';

const dataDir = process.env.UNMASK_BENCH_DATA ?? defaultDataDir;
const tokenizer = schemaTokenizer();
const [command = 'rank', ...rest] = process.argv.slice(2);

async function fillOne(path: string) {
  const model = new TimedModel(uniformModel(tokenizer));
  const started = performance.now();
  let hash = '-';
  let failure = '';
  try {
    const result = await generateObject({ model, tokenizer, schema: readSchema(path), seed: 0 });
    hash = createHash('sha256')
      .update(JSON.stringify(result.value) ?? 'undefined')
      .update(result.canvas.ids)
      .digest('hex')
      .slice(0, 12);
  } catch (error) {
    failure = String((error as Error).message ?? error).slice(0, 80);
  }
  const ms = performance.now() - started;
  return { ms, sdkMs: ms - model.forwardMs, nfe: model.calls, hash, failure };
}

if (command === 'rank') {
  const count = Number(rest[0] ?? 12);
  warmUpCompiler();
  const model = uniformModel(tokenizer);
  const sizes: Array<{ name: string; path: string; slots: number; masked: number }> = [];
  for (const file of listSchemaFiles(dataDir)) {
    try {
      const prepared = prepareJsonSchema(readSchema(file.path));
      const canvas = buildSchemaCanvas(prepared.compiled.layout, tokenizer, model, undefined);
      sizes.push({
        name: file.name,
        path: file.path,
        slots: canvas.slots.length,
        masked: maskedCount(canvas),
      });
    } catch {
      // not compiled: not filled either
    }
  }
  sizes.sort((a, b) => b.slots - a.slots);
  process.stdout.write(`${sizes.length} schemas compiled\n`);
  if (count === 0)
    for (const size of sizes)
      process.stdout.write(`${size.name}\tslots ${size.slots}\tmasked ${size.masked}\n`);
  for (const size of sizes.slice(0, count)) {
    const fill = await fillOne(size.path);
    process.stdout.write(
      `${size.name}\tslots ${size.slots}\tmasked ${size.masked}\tfill ${fill.ms.toFixed(0)} ms\tsdk ${fill.sdkMs.toFixed(0)} ms\tnfe ${fill.nfe}\t${fill.failure}\n`,
    );
  }
} else if (command === 'sample') {
  const rounds = rest[0] === '--rounds' ? Number(rest[1]) : 1;
  const names = rest[0] === '--rounds' ? rest.slice(2) : rest;
  warmUpCompiler();
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const model = new TimedModel(uniformModel(tokenizer));
      const prepared = prepareJsonSchema(readSchema(join(dataDir, name)));
      const canvas = buildSchemaCanvas(prepared.compiled.layout, tokenizer, model, undefined);
      const started = performance.now();
      const [result] = await sampleBatch({ model, canvases: [canvas], seed: 0 });
      const ms = performance.now() - started;
      const hash = createHash('sha256').update(result!.canvas.ids).digest('hex').slice(0, 12);
      process.stdout.write(
        `${name}\tmasked ${maskedCount(canvas)}\tsdk ${(ms - model.forwardMs).toFixed(0)} ms\tsteps ${result!.stats.steps}\thash ${hash}\n`,
      );
    }
  }
} else if (command === 'hashes') {
  const maxSlots = Number(rest[0] ?? 300);
  const settings: Array<[string, SampleOptions]> = [
    ['default', {}],
    ['temperature', { temperature: 0.7, seed: 3 }],
    ['margin', { confidence: 'margin', threshold: 0.5 }],
    ['entropy', { confidence: 'entropy', threshold: 0.3 }],
    ['tokensPerStep', { tokensPerStep: 16 }],
    ['steps', { steps: 6, temperature: 1 }],
    ['slot-prefix', { order: 'slot-prefix', threshold: 0.2 }],
    ['slot-left-to-right', { order: 'slot-left-to-right', temperature: 0.5 }],
  ];
  warmUpCompiler();
  for (const file of listSchemaFiles(dataDir)) {
    const model = uniformModel(tokenizer);
    let canvas: Canvas;
    try {
      canvas = buildSchemaCanvas(
        prepareJsonSchema(readSchema(file.path)).compiled.layout,
        tokenizer,
        model,
        undefined,
      );
    } catch {
      continue;
    }
    if (canvas.slots.length > maxSlots) continue;
    const line = [file.name];
    for (const [label, options] of settings) {
      const [result] = await sampleBatch({
        seed: 0,
        ...options,
        model: uniformModel(tokenizer),
        canvases: [canvas],
      });
      const { canvas: filled, stats } = result!;
      line.push(
        `${label} ${stats.steps} ${createHash('sha256').update(filled.ids).update(new Uint8Array(filled.confidence.buffer)).digest('hex').slice(0, 10)}`,
      );
    }
    if (maskedCount(canvas) <= 300) {
      const [result] = await sampleBatch({
        seed: 0,
        order: 'left-to-right',
        model: uniformModel(tokenizer),
        canvases: [canvas],
      });
      line.push(
        `left-to-right ${createHash('sha256').update(result!.canvas.ids).digest('hex').slice(0, 10)}`,
      );
    }
    const fill = await fillOne(file.path);
    line.push(`generateObject ${fill.nfe} ${fill.hash}`);
    process.stdout.write(`${line.join('\t')}\n`);
  }
} else {
  for (const name of rest) {
    const fill = await fillOne(join(dataDir, name));
    process.stdout.write(
      `${name}\tfill ${fill.ms.toFixed(0)} ms\tsdk ${fill.sdkMs.toFixed(0)} ms\tnfe ${fill.nfe}\thash ${fill.hash}\t${fill.failure}\n`,
    );
  }
}
