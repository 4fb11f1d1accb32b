// data CLI for the nano model (run with tsx --conditions=@unmask/source):
//   corpus   --out DIR --count N [--seed S] [--heldout-frac F] [--composed] [--synthetic P] [--messages F]
//            -> DIR/examples.jsonl, DIR/corpus.txt (tokenizer training text); --messages F: that share of
//            the examples are whole realistic messages (data/messages/generate.ts; default 0)
//   canvases --examples FILE --tokenizer FILE --out DIR [--seq-len 128] [--string-tokens 16] [--check-every 25]
//            -> DIR/meta.json, DIR/{train,heldout}.{ids,len,slot,span}.bin, DIR/heldout.examples.jsonl
import { createReadStream, createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  type CanvasModelInfo,
  type DenoisingModel,
  formatPrompt,
  UnmaskError,
  writeSlotTexts,
} from '@unmask/core';
import { loadTokenizer } from '@unmask/onnx';
import {
  buildSchemaCanvas,
  compileJsonSchema,
  fieldGuide,
  type SchemaCompileOptions,
  schemaValidator,
} from '@unmask/schema';
import { type Example, generateExample } from './examples';
import { streamMessage } from './messages/generate';

/** the nano model's prompt format: the message, then the field guide of described fields. */
export const PROMPT_FORMAT = '<|prompt|>{prompt}{fields}<|canvas|>';

function args(argv: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--'))
      out.set(a.slice(2), argv[i + 1]?.startsWith('--') === false ? argv[++i]! : 'true');
  }
  return out;
}

function need(opts: Map<string, string>, name: string): string {
  const v = opts.get(name);
  if (v === undefined) throw new Error(`--${name} is required`);
  return v;
}

async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const line of lines)
    if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

async function corpus(opts: Map<string, string>) {
  const dir = need(opts, 'out');
  const count = Number(opts.get('count') ?? 60000);
  const seed = Number(opts.get('seed') ?? 1);
  const heldoutFrac = Number(opts.get('heldout-frac') ?? 0.05);
  const composed = opts.has('composed');
  const synthetic = Number(opts.get('synthetic') ?? 0);
  if (!(synthetic >= 0 && synthetic <= 1)) throw new Error('--synthetic takes a probability (0 to 1)');
  const messages = Number(opts.get('messages') ?? 0);
  if (!(messages >= 0 && messages <= 1)) throw new Error('--messages takes a share (0 to 1)');
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const examples: string[] = [];
  const text: string[] = [];
  const counts: Record<string, number> = {};
  let fields = 0;
  let absent = 0;
  for (let i = 0; i < count; i++) {
    // a share of whole messages replaces examples of the stream (none unless asked: the stream stays)
    const message = messages > 0 ? streamMessage(i, { seed, share: messages, heldoutFrac }) : undefined;
    const e = message ?? generateExample(i, { seed, heldoutFrac, composed, synthetic });
    examples.push(JSON.stringify(e));
    // the tokenizer trains on lines: prompt lines, then the compact value
    for (const line of e.prompt.split('\n')) if (line) text.push(line);
    text.push(JSON.stringify(e.value));
    const k = `${e.split}/${message ? 'message' : e.kind}`;
    counts[k] = (counts[k] ?? 0) + 1;
    if (e.kind !== 'template') {
      fields += e.meta.fields;
      absent += e.meta.absent;
    }
  }
  await writeLines(join(dir, 'examples.jsonl'), examples);
  await writeLines(join(dir, 'corpus.txt'), text);
  console.log(
    JSON.stringify({
      stage: 'corpus',
      examples: count,
      counts,
      absentFieldShare: Number((absent / Math.max(1, fields)).toFixed(4)),
      corpusLines: text.length,
      seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    }),
  );
}

async function* readJsonl(path: string): AsyncGenerator<Example> {
  const rl = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) if (line.trim()) yield JSON.parse(line) as Example;
}

class SplitWriter {
  rows = 0;
  private ids: Int16Array;
  private len: Int16Array;
  private slot: Uint8Array;
  private span: Int16Array;
  constructor(
    private readonly seqLen: number,
    private readonly pad: number,
    capacity = 1024,
  ) {
    this.ids = new Int16Array(capacity * seqLen).fill(pad);
    this.len = new Int16Array(capacity);
    this.slot = new Uint8Array(capacity * seqLen);
    this.span = new Int16Array(capacity * seqLen);
  }
  private grow() {
    const cap = this.len.length * 2;
    const ids = new Int16Array(cap * this.seqLen).fill(this.pad);
    ids.set(this.ids);
    const len = new Int16Array(cap);
    len.set(this.len);
    const slot = new Uint8Array(cap * this.seqLen);
    slot.set(this.slot);
    const span = new Int16Array(cap * this.seqLen);
    span.set(this.span);
    Object.assign(this, { ids, len, slot, span });
  }
  add(ids: Int32Array, slotOf: Int32Array) {
    if (this.rows === this.len.length) this.grow();
    const at = this.rows * this.seqLen;
    for (let p = 0; p < ids.length; p++) {
      this.ids[at + p] = ids[p]!;
      const k = slotOf[p]!;
      this.slot[at + p] = k >= 0 ? 1 : 0;
      this.span[at + p] = k + 1;
    }
    this.len[this.rows] = ids.length;
    this.rows++;
  }
  write(dir: string, split: string) {
    // typed arrays are little-endian on every platform Node runs on that we use (x86, arm)
    const n = this.rows;
    const buf = (a: ArrayBufferView, bytes: number) => Buffer.from(a.buffer, a.byteOffset, bytes);
    writeFileSync(join(dir, `${split}.ids.bin`), buf(this.ids, n * this.seqLen * 2));
    writeFileSync(join(dir, `${split}.len.bin`), buf(this.len, n * 2));
    writeFileSync(join(dir, `${split}.slot.bin`), buf(this.slot, n * this.seqLen));
    writeFileSync(join(dir, `${split}.span.bin`), buf(this.span, n * this.seqLen * 2));
  }
}

async function canvases(opts: Map<string, string>) {
  const examplesPath = need(opts, 'examples');
  const dir = need(opts, 'out');
  const seqLen = Number(opts.get('seq-len') ?? 128);
  const checkEvery = Number(opts.get('check-every') ?? 25);
  const compile: SchemaCompileOptions = { stringTokens: Number(opts.get('string-tokens') ?? 16) };
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const tokenizer = await loadTokenizer(need(opts, 'tokenizer'), { promptFormat: PROMPT_FORMAT });
  const id = (token: string) => {
    const v = tokenizer.tokenId(token);
    if (v === undefined) throw new Error(`the tokenizer has no ${token}`);
    return v;
  };
  const model: CanvasModelInfo = {
    maskTokenId: id('<|mask|>'),
    padTokenId: id('<|pad|>'),
    maxLength: seqLen,
  };
  const specials = { promptTokenId: id('<|prompt|>'), canvasTokenId: id('<|canvas|>') };
  if (tokenizer.vocabSize > 32767) throw new Error('ids are stored as int16');
  const writers = {
    train: new SplitWriter(seqLen, model.padTokenId),
    heldout: new SplitWriter(seqLen, model.padTokenId),
  };
  const heldoutLines: string[] = [];
  const skipped = { tooLong: 0, unrepresentable: 0, invalid: 0, error: 0 };
  const errors: Record<string, number> = {};
  let examples = 0;
  let lengthSum = 0;
  let slotSum = 0;
  let padSum = 0;
  const lengths: number[] = [];
  const all: Example[] = [];
  for await (const e of readJsonl(examplesPath)) all.push(e);
  // examples grouped by key style: the slots of optional members carry their key, so their
  // constraints differ by style, and core caches a bounded number of automata per tokenizer
  const order = all
    .map((_, i) => i)
    .sort((a, b) => all[a]!.meta.style.localeCompare(all[b]!.meta.style) || a - b);
  const done: Array<{ ids: Int32Array; slotOf: Int32Array } | undefined> = new Array(all.length);
  for (const i of order) {
    const e = all[i]!;
    examples++;
    try {
      const compiled = compileJsonSchema(e.schema, compile);
      if (checkEvery > 0 && i % checkEvery === 0 && schemaValidator(e.schema)(e.value).length) {
        skipped.invalid++;
        continue;
      }
      // the SDK's own canvas builder (budgets grown for the tokenizer exactly as at run time)
      const prompt = formatPrompt({ promptFormat: PROMPT_FORMAT }, e.prompt, fieldGuide(e.schema));
      const canvas = buildSchemaCanvas(
        compiled.layout,
        tokenizer,
        model as unknown as DenoisingModel,
        prompt,
      );
      const texts = compiled.encode(e.value);
      const filled = texts && writeSlotTexts(canvas, texts);
      if (!filled) {
        skipped.unrepresentable++;
        continue;
      }
      done[i] = { ids: filled.ids, slotOf: filled.slotOf };
    } catch (error) {
      if (UnmaskError.isInstance(error) && error.code === 'canvas-too-long') skipped.tooLong++;
      else {
        skipped.error++;
        const key = (error as Error).message.slice(0, 80);
        errors[key] = (errors[key] ?? 0) + 1;
      }
    }
    if (examples % 10000 === 0)
      console.error(`[canvases] ${examples} examples, ${((performance.now() - started) / 1000).toFixed(0)}s`);
  }
  // rows in the order of examples.jsonl
  for (let i = 0; i < all.length; i++) {
    const row = done[i];
    if (!row) continue;
    const e = all[i]!;
    writers[e.split].add(row.ids, row.slotOf);
    if (e.split === 'heldout') heldoutLines.push(JSON.stringify(e));
    const n = row.ids.length;
    lengths.push(n);
    lengthSum += n;
    for (let p = 0; p < n; p++) {
      if (row.slotOf[p]! >= 0) {
        slotSum++;
        if (row.ids[p] === model.padTokenId) padSum++;
      }
    }
  }
  writers.train.write(dir, 'train');
  writers.heldout.write(dir, 'heldout');
  await writeLines(join(dir, 'heldout.examples.jsonl'), heldoutLines);
  lengths.sort((a, b) => a - b);
  const q = (f: number) => lengths[Math.min(lengths.length - 1, Math.floor(f * lengths.length))] ?? 0;
  const rows = writers.train.rows + writers.heldout.rows;
  const stats = {
    examples,
    rows,
    train: writers.train.rows,
    heldout: writers.heldout.rows,
    skipped,
    errors,
    canvasLength: {
      mean: Number((lengthSum / Math.max(1, rows)).toFixed(1)),
      p50: q(0.5),
      p90: q(0.9),
      max: q(1),
    },
    slotTokenShare: Number((slotSum / Math.max(1, lengthSum)).toFixed(3)),
    padShareOfSlots: Number((padSum / Math.max(1, slotSum)).toFixed(3)),
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  };
  const meta = {
    rows: writers.train.rows,
    heldoutRows: writers.heldout.rows,
    seqLen,
    vocabSize: tokenizer.vocabSize,
    maskTokenId: model.maskTokenId,
    padTokenId: model.padTokenId,
    promptTokenId: specials.promptTokenId,
    canvasTokenId: specials.canvasTokenId,
    promptFormat: PROMPT_FORMAT,
    compile,
    schemaCompiler: '@unmask/schema compileJsonSchema',
    stats,
  };
  writeFileSync(join(dir, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  console.log(JSON.stringify({ stage: 'canvases', ...stats }));
}

const [command, ...rest] = process.argv.slice(2);
const opts = args(rest);
if (command === 'corpus') await corpus(opts);
else if (command === 'canvases') await canvases(opts);
else {
  console.error(
    'usage: render.ts corpus --out DIR --count N | canvases --examples FILE --tokenizer FILE --out DIR',
  );
  process.exit(2);
}
