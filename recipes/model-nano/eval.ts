/**
 * the nano model's figures through the SDK end to end (schema -> canvas -> sampler -> value):
 * field exact match on held-out extraction examples (phrasings and schemas training never saw)
 * and on new examples of training phrasings, validity, forward passes, and forward latency.
 *
 * usage: npx tsx --conditions=@unmask/source recipes/model-nano/eval.ts \
 *          --model DIR --heldout work/data/heldout.examples.jsonl [--limit 300] [--seen 200] [--json OUT]
 *          [--order confidence|slot-prefix|...] (the order of the held-out and seen scores; the race
 *          runs every order on the first --race examples). The held-out set is scored twice: as is,
 *          and with `verbatim` (free-text strings copied from the prompt), and grounded (every value
 *          found in the prompt or chosen: the SDK's default with a prompt).
 *          [--wrong FILE]: every wrong held-out field as a JSON line (id, scoring, kind, path, want,
 *          have, prompt), for error analysis.
 *          Every score is also split by key (`byKey`): fields whose key some real kind's training
 *          synonyms spell, and fields whose key training never uses (held-out key synonyms).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadModelDirectory } from '@unmask/onnx';
import { generateObject, schemaValidator } from '@unmask/schema';
import { type Example, generateExamples } from './data/examples';
import { GROUPS, KINDS, keyNames } from './data/facts';

const { values: args } = parseArgs({
  options: {
    model: { type: 'string' },
    heldout: { type: 'string' },
    limit: { type: 'string', default: '300' },
    seen: { type: 'string', default: '200' },
    threads: { type: 'string', default: '2' },
    json: { type: 'string' },
    threshold: { type: 'string', default: '0.9' },
    race: { type: 'string', default: '60' },
    order: { type: 'string', default: 'confidence' },
    wrong: { type: 'string' },
  },
});
if (!args.model || !args.heldout) throw new Error('usage: eval.ts --model DIR --heldout FILE');

const { model, tokenizer, manifest } = await loadModelDirectory(args.model, {
  intraOpNumThreads: Number(args.threads),
});
const compile = (manifest.metadata?.compile ?? { stringTokens: 16 }) as { stringTokens?: number };

const wrongFields: object[] = [];

/** leaf values by JSON pointer. */
function flatten(value: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, `${path}/${key}`, out);
  } else out.set(path, JSON.stringify(value));
  return out;
}

type Order = 'confidence' | 'left-to-right' | 'slot-left-to-right' | 'slot-prefix';
const ORDERS: readonly Order[] = ['confidence', 'left-to-right', 'slot-left-to-right', 'slot-prefix'];
if (!ORDERS.includes(args.order as Order)) throw new Error(`--order must be one of ${ORDERS.join(', ')}`);
const mainOrder = args.order as Order;

interface Score {
  examples: number;
  fields: number;
  correct: number;
  /** wrong fields by kind: left out although the text gives them, given although it does not,
   * a wrong value that is a part of the prompt (the wrong span), a wrong value that is not. */
  missing: number;
  spurious: number;
  wrongSpan: number;
  garbled: number;
  valid: number;
  nfe: number;
  tokens: number;
  failures: number;
  ms: number;
  /** fields whose key training uses (in some kind's key synonyms), and fields whose key it never does. */
  trainingKeys: { fields: number; correct: number };
  heldoutKeys: { fields: number; correct: number };
}

/** every key name training schemas use for a real kind or group: its training synonyms in every case style. */
const TRAINING_KEYS = new Set([...KINDS, ...GROUPS].flatMap((kind) => keyNames(kind.keys, 'train')));

async function score(
  examples: Example[],
  label: string,
  order: Order = mainOrder,
  /** free: the model's own language; verbatim: strings copied; grounded: every value found in the prompt (the SDK default). */
  mode: 'free' | 'verbatim' | 'grounded' = 'free',
): Promise<Score> {
  const total: Score = {
    examples: 0,
    fields: 0,
    correct: 0,
    missing: 0,
    spurious: 0,
    wrongSpan: 0,
    garbled: 0,
    valid: 0,
    nfe: 0,
    tokens: 0,
    failures: 0,
    ms: 0,
    trainingKeys: { fields: 0, correct: 0 },
    heldoutKeys: { fields: 0, correct: 0 },
  };
  for (const example of examples) {
    total.examples++;
    const started = performance.now();
    let predicted: unknown;
    try {
      const result = await generateObject({
        model,
        tokenizer,
        schema: example.schema,
        // an example with no text: no prompt (the SDK refuses an empty one)
        ...(example.prompt === '' ? {} : { prompt: example.prompt }),
        promptFormat: manifest.promptFormat,
        compile,
        maxRenoiseRounds: 3,
        order,
        threshold: Number(args.threshold),
        verbatim: mode === 'verbatim',
        grounded: mode === 'grounded',
      });
      predicted = result.value;
      total.nfe += result.stats.nfe;
      total.tokens += result.stats.committedTokens + result.stats.forcedTokens;
      if (schemaValidator(example.schema)(predicted).length === 0) total.valid++;
    } catch (error) {
      total.failures++;
      predicted = undefined;
      if (total.failures <= 3) console.error(`${label} ${example.id}: ${(error as Error).message}`);
    }
    total.ms += performance.now() - started;
    const expected = flatten(example.value);
    const got = predicted === undefined ? new Map<string, string>() : flatten(predicted);
    // every field of the schema's value either side: right when equal (absent on both sides counts once it is in neither)
    for (const path of new Set([...expected.keys(), ...got.keys()])) {
      total.fields++;
      const byKey = TRAINING_KEYS.has(path.slice(path.lastIndexOf('/') + 1))
        ? total.trainingKeys
        : total.heldoutKeys;
      byKey.fields++;
      const want = expected.get(path);
      const have = got.get(path);
      if (want === have) {
        total.correct++;
        byKey.correct++;
      } else {
        const kind =
          have === undefined
            ? 'missing'
            : want === undefined
              ? 'spurious'
              : example.prompt.includes(String(JSON.parse(have)))
                ? 'wrongSpan'
                : 'garbled';
        total[kind]++;
        if (label.startsWith('heldout'))
          wrongFields.push({
            id: example.id,
            scoring: label,
            kind,
            path,
            want,
            have,
            // an example with no text: no prompt (the SDK refuses an empty one)
            ...(example.prompt === '' ? {} : { prompt: example.prompt }),
          });
      }
    }
  }
  return total;
}

const heldout = readFileSync(args.heldout, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Example)
  .filter((example) => example.kind === 'extraction')
  .slice(0, Number(args.limit));
const seen: Example[] = [];
for (const example of generateExamples(20 * Number(args.seen), { seed: 4242 })) {
  if (example.split === 'train' && example.kind === 'extraction') seen.push(example);
  if (seen.length >= Number(args.seen)) break;
}

// forward latency, median of 30, canvases of 128 tokens
async function latency(batch: number): Promise<number> {
  const ids = new Int32Array(batch * 128).fill(manifest.maskTokenId);
  const times: number[] = [];
  for (let k = 0; k < 35; k++) {
    const started = performance.now();
    await model.forward({ ids, batch, length: 128 });
    if (k >= 5) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const latency1 = await latency(1);
const latency8 = await latency(8);
const heldoutScore = await score(heldout, 'heldout');
// the same examples with string values held to copies of the prompt (generateObject's verbatim)
const heldoutVerbatim = await score(heldout, 'heldout-verbatim', mainOrder, 'verbatim');
// every value found in the prompt or chosen (the SDK's default with a prompt)
const heldoutGrounded = await score(heldout, 'heldout-grounded', mainOrder, 'grounded');
// the autoregressive baseline: the same canvases, the same model, one token per step
const raceCount = Math.min(heldout.length, Number(args.race));
const raceDiffusion = await score(heldout.slice(0, raceCount), 'race', 'confidence');
const raceLeftToRight = await score(heldout.slice(0, raceCount), 'race-ltr', 'left-to-right');
// slots in parallel, each slot left to right
const raceSlotOrder = await score(heldout.slice(0, raceCount), 'race-slot-ltr', 'slot-left-to-right');
// slots in parallel, each slot left to right, several tokens a step where the model is sure
const raceSlotPrefix = await score(heldout.slice(0, raceCount), 'race-slot-prefix', 'slot-prefix');
const seenScore = await score(seen, 'seen');
const rate = (part: { fields: number; correct: number }) => ({
  fields: part.fields,
  fieldExactMatch: +(part.correct / part.fields || 0).toFixed(4),
});
const summary = (s: Score) => ({
  examples: s.examples,
  fieldExactMatch: +(s.correct / s.fields).toFixed(4),
  fields: s.fields,
  /** field exact match where training uses the key, and where it never does (a held-out key synonym). */
  byKey: { trainingKeys: rate(s.trainingKeys), heldoutKeys: rate(s.heldoutKeys) },
  wrong: { missing: s.missing, spurious: s.spurious, wrongSpan: s.wrongSpan, garbled: s.garbled },
  validity: +(s.valid / s.examples).toFixed(4),
  failures: s.failures,
  nfePerExample: +(s.nfe / s.examples).toFixed(2),
  tokensPerExample: +(s.tokens / s.examples).toFixed(2),
  msPerExample: +(s.ms / s.examples).toFixed(1),
});
const report = {
  model: args.model,
  machine: `${process.platform} ${process.arch}, node ${process.version}, ${args.threads} threads`,
  threshold: Number(args.threshold),
  order: mainOrder,
  forwardMedianMs: { batch1x128: +latency1.toFixed(2), batch8x128: +latency8.toFixed(2) },
  heldout: summary(heldoutScore),
  heldoutVerbatim: summary(heldoutVerbatim),
  heldoutGrounded: summary(heldoutGrounded),
  seenPhrasings: summary(seenScore),
  race: {
    examples: raceCount,
    diffusion: summary(raceDiffusion),
    leftToRight: summary(raceLeftToRight),
    slotLeftToRight: summary(raceSlotOrder),
    slotPrefix: summary(raceSlotPrefix),
    nfeRatio: +(raceLeftToRight.nfe / raceDiffusion.nfe).toFixed(2),
  },
};
console.log(JSON.stringify(report, null, 2));
if (args.wrong) writeFileSync(args.wrong, `${wrongFields.map((w) => JSON.stringify(w)).join('\n')}\n`);
if (args.json) writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
await model.dispose();
