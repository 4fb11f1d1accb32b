/**
 * the core sampler on its own: a canvas whose structure is written and whose slots are
 * masked, filled by a scripted model that knows the answer, once by diffusion (several
 * tokens per step) and once left to right (one token per step).
 * Run: pnpm tsx --conditions=@unmask/source examples/sampler-demo/index.ts
 */
import {
  buildCanvas,
  type Canvas,
  denoise,
  fixed,
  integer,
  jsonString,
  literals,
  regex,
  slot,
} from '@unmask/core';
import { ByteTokenizer, favouring, ScriptedModel } from '@unmask/core/test';

const tokenizer = new ByteTokenizer({
  merges: ['Ada', ' Lovelace', 'London', 'ada@', 'example', '.com', 'shipped'],
});
const MASK = tokenizer.special('<mask>');
const PAD = tokenizer.special('<pad>');
const layout = {
  segments: [
    fixed('{"name":"'),
    slot({ path: '/name', constraint: jsonString(regex('[A-Z][a-z]+( [A-Z][a-z]+)*')), maxTokens: 8 }),
    fixed('","age":'),
    slot({ path: '/age', constraint: integer({ minimum: 0, maximum: 130 }), maxTokens: 3 }),
    fixed(',"email":"'),
    slot({ path: '/email', constraint: jsonString(regex('[a-z]+@[a-z]+\\.com')), maxTokens: 8 }),
    fixed('","city":"'),
    slot({ path: '/city', constraint: jsonString(), maxTokens: 6 }),
    fixed('","status":'),
    slot({ path: '/status', constraint: literals(['"pending"', '"shipped"']), maxTokens: 4 }),
    fixed('}'),
  ],
};
const answer = ['Ada Lovelace', '36', 'ada@example.com', 'London', '"shipped"'];

/** a model that favours the answer's tokens at every slot position. */
function oracle(canvas: Canvas) {
  const wanted = new Int32Array(canvas.ids.length).fill(-1);
  canvas.slots.forEach((placed, k) => {
    const ids = tokenizer.encode(answer[k]!);
    for (let i = 0; i < placed.length; i++) wanted[placed.start + i] = ids[i] ?? PAD;
  });
  return new ScriptedModel({
    vocabSize: tokenizer.vocabSize,
    maskTokenId: MASK,
    padTokenId: PAD,
    logits: favouring(tokenizer.vocabSize, (_b, p) => wanted[p] ?? -1, 6),
  });
}

const canvas = buildCanvas({
  layout,
  tokenizer,
  model: { maskTokenId: MASK, padTokenId: PAD, maxLength: 512 },
  prompt: 'Ada Lovelace, 36, ada@example.com, lives in London; order shipped.',
});
for (const order of ['confidence', 'left-to-right'] as const) {
  console.log(
    `\n${order === 'confidence' ? 'diffusion (confidence-ordered, threshold 0.9)' : 'left to right, one token per step'}:`,
  );
  let last: { stats: { nfe: number; forcedTokens: number } } | undefined;
  for await (const frame of denoise({ model: oracle(canvas), canvases: [canvas], order })) {
    if (order === 'confidence' || frame.step % 5 === 0 || frame.done)
      console.log(`  step ${String(frame.step).padStart(2)}  ${frame.text}`);
    last = frame;
  }
  console.log(
    `  forward passes: ${last?.stats.nfe}, tokens forced by the constraints (no model call): ${last?.stats.forcedTokens}`,
  );
}
