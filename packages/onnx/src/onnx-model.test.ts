import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCanvas, fixed, integer, type Layout, sample, slot, slotText, UnmaskError } from '@unmask/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelLoadError } from './errors/model-load-error';
import { HuggingFaceTokenizer } from './hugging-face-tokenizer';
import { OnnxDenoisingModel, shiftRight } from './onnx-model';

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
interface Vectors {
  vocab: number;
  a: number[];
  b: number[];
  c: number[];
}
const vectors: Record<'affine' | 'ids-only', Vectors> = JSON.parse(
  readFileSync(fixture('affine.json'), 'utf8'),
);
const affine = vectors.affine;
const idsOnly = vectors['ids-only'];

/** what the fixture graphs compute, in float32. */
const expected = ({ a, b, c }: Vectors, id: number, mask: number | undefined, v: number): number => {
  const f = Math.fround;
  const partial = f(f(id * a[v]!) + b[v]!);
  return mask === undefined ? partial : f(partial + f(mask * c[v]!));
};

const options = { vocabSize: 640, maskTokenId: 0, padTokenId: 1, maxLength: 64, intraOpNumThreads: 1 };

async function loadError(load: Promise<unknown>): Promise<ModelLoadError> {
  const error = await load.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(ModelLoadError.isInstance(error)).toBe(true);
  return error as ModelLoadError;
}

describe('OnnxDenoisingModel', () => {
  let model: OnnxDenoisingModel;
  beforeAll(async () => {
    model = await OnnxDenoisingModel.load({ ...options, model: fixture('affine.onnx'), modelId: 'affine' });
  });
  afterAll(() => model.dispose());

  it('implements DenoisingModel v1', () => {
    expect(model).toMatchObject({
      specificationVersion: 'v1',
      modelId: 'affine',
      vocabSize: 640,
      maxLength: 64,
    });
  });

  it('returns logits [batch, length, vocab] with the values the graph computes', async () => {
    const ids = Int32Array.of(5, 17, 300, 2, 639, 0);
    const { logits } = await model.forward({ ids, batch: 2, length: 3 });
    expect(logits).toBeInstanceOf(Float32Array);
    expect(logits).toHaveLength(2 * 3 * 640);
    for (let p = 0; p < 6; p++) {
      for (const v of [0, 1, 7, 99, 639]) expect(logits[p * 640 + v]).toBe(expected(affine, ids[p]!, 1, v));
    }
  });

  it('passes the attention mask of a padded batch', async () => {
    const ids = Int32Array.of(9, 10, 11, 12, 20, 21, 1, 1);
    const attentionMask = Uint8Array.of(1, 1, 1, 1, 1, 1, 0, 0);
    const { logits } = await model.forward({ ids, batch: 2, length: 4, attentionMask });
    for (let p = 0; p < 8; p++) {
      for (const v of [2, 3, 500])
        expect(logits[p * 640 + v]).toBe(expected(affine, ids[p]!, attentionMask[p], v));
    }
    // the padded positions differ from what an unmasked pass gives
    const full = await model.forward({ ids, batch: 2, length: 4 });
    expect(full.logits[6 * 640 + 2]).not.toBe(logits[6 * 640 + 2]);
    expect(full.logits[5 * 640 + 2]).toBe(logits[5 * 640 + 2]);
  });

  it('feeds only input_ids to a model that declares no attention_mask', async () => {
    const small = await OnnxDenoisingModel.load({
      ...options,
      vocabSize: 8,
      model: fixture('ids-only.onnx'),
    });
    const ids = Int32Array.of(3, 4, 5);
    const { logits } = await small.forward({
      ids,
      batch: 1,
      length: 3,
      attentionMask: Uint8Array.of(1, 1, 0),
    });
    for (let p = 0; p < 3; p++)
      for (let v = 0; v < 8; v++) expect(logits[p * 8 + v]).toBe(expected(idsOnly, ids[p]!, undefined, v));
    await small.dispose();
  });

  it('shifts Dream-style logits right by one position', async () => {
    const shifted = await OnnxDenoisingModel.load({
      ...options,
      vocabSize: 8,
      model: fixture('ids-only.onnx'),
      shiftedLogits: true,
    });
    const ids = Int32Array.of(3, 4, 5, 6, 1, 2, 7, 0);
    const { logits } = await shifted.forward({ ids, batch: 2, length: 4 });
    for (let row = 0; row < 2; row++) {
      for (let i = 0; i < 4; i++) {
        const source = ids[row * 4 + Math.max(0, i - 1)]!;
        for (let v = 0; v < 8; v++)
          expect(logits[(row * 4 + i) * 8 + v]).toBe(expected(idsOnly, source, undefined, v));
      }
    }
    await shifted.dispose();
  });

  it('shiftRight keeps position 0 and moves every other row by one', () => {
    const raw = Float32Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    expect([...shiftRight(raw, 2, 3, 2)]).toEqual([1, 2, 1, 2, 3, 4, 7, 8, 7, 8, 9, 10]);
    expect([...shiftRight(Float32Array.of(1, 2), 1, 1, 2)]).toEqual([1, 2]);
  });

  it('refuses a canvas longer than maxLength and mismatched ids', async () => {
    await expect(model.forward({ ids: new Int32Array(65), batch: 1, length: 65 })).rejects.toMatchObject({
      code: 'canvas-too-long',
    });
    await expect(model.forward({ ids: new Int32Array(5), batch: 2, length: 3 })).rejects.toMatchObject({
      code: 'invalid-argument',
    });
  });

  it('stops before the pass when the signal has fired', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(
      model.forward({ ids: new Int32Array(2), batch: 1, length: 2, signal: controller.signal }),
    ).rejects.toThrow('stop');
  });

  it('fails with a typed error after dispose', async () => {
    const disposable = await OnnxDenoisingModel.load({ ...options, model: fixture('affine.onnx') });
    await disposable.dispose();
    await disposable.dispose();
    const error = await disposable.forward({ ids: new Int32Array(1), batch: 1, length: 1 }).catch((e) => e);
    expect(UnmaskError.isInstance(error)).toBe(true);
    expect(error.code).toBe('model');
  });

  it('names a missing file', async () => {
    const error = await loadError(OnnxDenoisingModel.load({ ...options, model: '/nonexistent/model.onnx' }));
    expect(error).toMatchObject({ code: 'model', file: '/nonexistent/model.onnx' });
    expect(error.message).toContain('not found');
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a named pipe before reading it (it would wait forever)',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'unmask-onnx-'));
      try {
        const pipe = join(dir, 'model.onnx');
        execFileSync('mkfifo', [pipe]);
        const error = await loadError(OnnxDenoisingModel.load({ ...options, model: pipe }));
        expect(error).toMatchObject({ code: 'model', file: pipe });
        expect(error.message).toContain('is a named pipe, not a regular file');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('names a corrupt file without crashing', async () => {
    const bytes = new TextEncoder().encode('this is not an onnx model');
    const error = await loadError(OnnxDenoisingModel.load({ ...options, model: bytes, file: 'model.onnx' }));
    expect(error).toMatchObject({ code: 'model', file: 'model.onnx' });
    expect(error.message).toContain('onnxruntime cannot load it');
    const truncated = readFileSync(fixture('affine.onnx')).subarray(0, 4000);
    await loadError(OnnxDenoisingModel.load({ ...options, model: truncated, file: 'truncated.onnx' }));
  });

  it('session options of the wrong kind: invalid-argument, not a fault of the file', async () => {
    for (const [extra, message] of [
      [{ intraOpNumThreads: 0 }, /intraOpNumThreads must be an integer from 1/],
      [{ intraOpNumThreads: 'two' }, /intraOpNumThreads must be an integer/],
      [
        { graphOptimizationLevel: 'max' },
        /graphOptimizationLevel must be one of disabled, basic, extended, all/,
      ],
      [{ executionProviders: 'cpu' }, /executionProviders must be an array/],
    ] as const) {
      const error = await OnnxDenoisingModel.load({
        ...options,
        model: fixture('affine.onnx'),
        ...(extra as object),
      }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: 'invalid-argument' });
      expect((error as Error).message).toMatch(message);
    }
  });

  it('refuses logits whose width is not the vocabulary size', async () => {
    const error = await loadError(
      OnnxDenoisingModel.load({ ...options, vocabSize: 641, model: fixture('affine.onnx') }),
    );
    expect(error.message).toContain('640 entries per position');
  });

  it('refuses token ids outside the vocabulary', async () => {
    const error = await loadError(
      OnnxDenoisingModel.load({ ...options, maskTokenId: 640, model: fixture('affine.onnx') }),
    );
    expect(error.message).toContain('maskTokenId 640 is outside the vocabulary');
  });
});

describe('sampling with an ONNX model', () => {
  const tokenizer = HuggingFaceTokenizer.fromJson(readFileSync(fixture('bpe/tokenizer.json'), 'utf8'), {
    promptFormat: '<|prompt|>{prompt}<|canvas|>',
  });
  let model: OnnxDenoisingModel;
  beforeAll(async () => {
    model = await OnnxDenoisingModel.load({
      ...options,
      maskTokenId: tokenizer.tokenId('<|mask|>')!,
      padTokenId: tokenizer.tokenId('<|pad|>')!,
      model: fixture('affine.onnx'),
    });
  });
  afterAll(() => model.dispose());

  const layout: Layout = {
    segments: [
      fixed('{"count": '),
      slot({ path: '/count', constraint: integer({ minimum: 0, maximum: 99999 }), maxTokens: 5 }),
      fixed(', "id": '),
      slot({ path: '/id', constraint: integer({ minimum: 100, maximum: 999 }), maxTokens: 4 }),
      fixed('}'),
    ],
  };

  it('fills every slot within its constraint; the favoured digit wins', async () => {
    const canvas = buildCanvas({ layout, tokenizer, model, prompt: '<|prompt|>how many?<|canvas|>' });
    const { canvas: filled, stats } = await sample({ model, canvas, seed: 1 });
    // the graph favours the token "7" everywhere
    expect(slotText(filled, 0)).toBe('77777');
    expect(slotText(filled, 1)).toBe('777');
    expect(stats.nfe).toBeGreaterThan(0);
  });

  it('gives the same output for the same seed', async () => {
    const run = async () => {
      const canvas = buildCanvas({ layout, tokenizer, model });
      const { canvas: filled } = await sample({ model, canvas, seed: 3, temperature: 1 });
      return [slotText(filled, 0), slotText(filled, 1)];
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(Number(first[1])).toBeGreaterThanOrEqual(100);
  });
});
