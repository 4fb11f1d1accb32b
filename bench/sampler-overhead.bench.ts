/**
 * time outside model.forward per sampler step: a canvas of 10 slots of 16 tokens,
 * vocabulary 3,000, a model whose forward is free (it returns the same logits buffer).
 * Run: pnpm bench   (prints a table and writes bench/reports/sampler-overhead.json)
 */
import { writeFileSync } from 'node:fs';
import {
  buildCanvas,
  type Constraint,
  type DenoisingModel,
  denoise,
  fixed,
  integer,
  jsonString,
  type Layout,
  literals,
  Rng,
  regex,
  slot,
} from '@unmask/core';
import { ByteTokenizer } from '@unmask/core/test';

const VOCAB = 3000;
const rng = new Rng(7);
const letters = 'abcdefghijklmnopqrstuvwxyz      ,.-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"';
const merges = new Set<string>();
while (merges.size < VOCAB - 256 - 2) {
  let merge = '';
  const size = 2 + rng.int(5);
  for (let k = 0; k < size; k++) merge += letters[rng.int(letters.length)];
  merges.add(merge);
}
const tokenizer = new ByteTokenizer({ merges: [...merges], specials: ['<mask>', '<pad>'] });
const MASK = tokenizer.special('<mask>');
const PAD = tokenizer.special('<pad>');

const constraints: Constraint[] = [
  jsonString(),
  jsonString(regex('[A-Z][a-z]+( [A-Z][a-z]+)*')),
  integer({ minimum: 0, maximum: 100000 }),
  jsonString(regex('[a-z0-9.]+@[a-z]+\\.(com|org|net)')),
  literals(['pending', 'shipped', 'delivered', 'cancelled']),
  jsonString(),
  regex('-?\\d+(\\.\\d+)?'),
  jsonString(regex('\\d{4}-\\d{2}-\\d{2}')),
  jsonString(),
  literals(['true', 'false']),
];
const layout: Layout = {
  segments: constraints
    .flatMap((constraint, k) => [
      fixed(k === 0 ? '{"f0":' : `,"f${k}":`),
      slot({ path: `/f${k}`, constraint, maxTokens: 16 }),
    ])
    .concat([fixed('}')]),
};

const logits = new Float32Array(512 * VOCAB);
for (let i = 0; i < logits.length; i++) logits[i] = rng.next() * 8;
const free: DenoisingModel = {
  specificationVersion: 'v1',
  modelId: 'free',
  vocabSize: tokenizer.vocabSize,
  maskTokenId: MASK,
  padTokenId: PAD,
  maxLength: 512,
  async forward({ batch, length }) {
    return { logits: logits.subarray(0, batch * length * VOCAB) };
  },
  dispose() {},
};

const prompt = 'Extract the order: Ada Lovelace ordered 3 items, shipped to ada@example.com on 2024-03-01.';
const canvas = buildCanvas({ layout, tokenizer, model: free, prompt });

async function measure(options: Record<string, unknown>, runs: number) {
  const perStep: number[] = [];
  let nfe = 0;
  for (let run = 0; run < runs; run++) {
    let last = 0;
    for await (const frame of denoise({
      model: free,
      canvases: [canvas],
      seed: run,
      frames: true,
      ...options,
    })) {
      perStep.push(frame.stats.overheadMs - last);
      last = frame.stats.overheadMs;
      nfe = frame.stats.nfe;
    }
  }
  perStep.sort((a, b) => a - b);
  const q = (p: number) => perStep[Math.min(perStep.length - 1, Math.floor(p * perStep.length))]!;
  return { steps: perStep.length, nfePerRun: nfe, medianMs: q(0.5), p90Ms: q(0.9), maxMs: perStep.at(-1)! };
}

// warm up the JIT and the constraint caches
await measure({}, 5);
const rows = {
  'threshold 0.9 (default)': await measure({}, 30),
  'threshold 0.9, temperature 1': await measure({ temperature: 1 }, 10),
  '4 tokens per step': await measure({ tokensPerStep: 4 }, 30),
  'left-to-right (baseline)': await measure({ order: 'left-to-right' }, 10),
};
const report = {
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  canvas: { tokens: canvas.ids.length, slots: 10, slotTokens: 16, vocab: tokenizer.vocabSize },
  note: 'frame building (canvas text) is inside the overhead measured here',
  rows,
};
console.table(
  Object.fromEntries(
    Object.entries(rows).map(([k, v]) => [
      k,
      { ...v, medianMs: v.medianMs.toFixed(3), p90Ms: v.p90Ms.toFixed(3), maxMs: v.maxMs.toFixed(3) },
    ]),
  ),
);
writeFileSync(
  new URL('./reports/sampler-overhead.json', import.meta.url),
  `${JSON.stringify(report, null, 2)}\n`,
);
