import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCanvas, fixed, formatPrompt, type Layout, regex, sample, slot, slotText } from '@unmask/core';
import { afterAll, describe, expect, it } from 'vitest';
import { ManifestError } from './errors/manifest-error';
import { ModelLoadError } from './errors/model-load-error';
import { TokenizerLoadError } from './errors/tokenizer-load-error';
import { MANIFEST_FILE, parseManifest } from './manifest';
import { loadModelDirectory } from './model-directory';

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const validManifest = {
  format: 'unmask.model/v1',
  name: 'affine-test',
  vocabSize: 640,
  maskTokenId: 0,
  padTokenId: 1,
  maxLength: 128,
  promptFormat: '<|prompt|>{prompt}<|canvas|>',
  shiftedLogits: false,
  model: 'model.int8.onnx',
  tokenizer: 'tokenizer.json',
};

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** a model directory in a temporary folder; each file can be replaced or left out. */
function modelDir({
  manifest = validManifest as Record<string, unknown> | string | null,
  tokenizer = fixture('bpe/tokenizer.json') as string | { text: string } | null,
  model = fixture('affine.onnx') as string | { text: string } | null,
} = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'unmask-onnx-'));
  dirs.push(dir);
  if (manifest !== null)
    writeFileSync(
      join(dir, MANIFEST_FILE),
      typeof manifest === 'string' ? manifest : JSON.stringify(manifest),
    );
  const place = (source: string | { text: string } | null, name: string) => {
    if (source === null) return;
    if (typeof source === 'string') copyFileSync(source, join(dir, name));
    else writeFileSync(join(dir, name), source.text);
  };
  place(tokenizer, 'tokenizer.json');
  place(model, 'model.int8.onnx');
  return dir;
}

async function loadError(dir: string): Promise<Error & { code: string; file: string }> {
  const error = await loadModelDirectory(dir, { intraOpNumThreads: 1 }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error & { code: string; file: string };
}

describe('loadModelDirectory', () => {
  it('loads the manifest, tokenizer and model, and samples with them', async () => {
    const { model, tokenizer, manifest } = await loadModelDirectory(modelDir(), { intraOpNumThreads: 1 });
    try {
      expect(manifest).toEqual(validManifest);
      expect(model).toMatchObject({ modelId: 'affine-test', vocabSize: 640, maskTokenId: 0, padTokenId: 1 });
      expect(tokenizer.vocabSize).toBe(640);
      const layout: Layout = {
        segments: [
          fixed('{"code": "'),
          slot({ path: '/code', constraint: regex('[0-9]{2,4}'), maxTokens: 4 }),
          fixed('"}'),
        ],
      };
      const prompt = formatPrompt(manifest, 'the code');
      expect(prompt).toBe('<|prompt|>the code<|canvas|>');
      const canvas = buildCanvas({ layout, tokenizer, model, prompt });
      expect(canvas.ids[0]).toBe(tokenizer.tokenId('<|prompt|>'));
      const { canvas: filled } = await sample({ model, canvas });
      expect(slotText(filled, 0)).toBe('7777');
    } finally {
      await model.dispose();
    }
  });

  it('names a missing manifest', async () => {
    const dir = modelDir({ manifest: null });
    const error = await loadError(dir);
    expect(ManifestError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'model', file: join(dir, MANIFEST_FILE) });
    expect(error.message).toContain('not found');
  });

  it('names a manifest that does not parse', async () => {
    const error = await loadError(modelDir({ manifest: '{"format": "unmask.model/v1",' }));
    expect(ManifestError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/unmask\.model\.json: does not parse as JSON/);
  });

  it.each([
    ['maskTokenId', { maskTokenId: 640 }, '640 is outside 0..639'],
    ['maskTokenId', { maskTokenId: -1 }, 'outside'],
    ['padTokenId', { padTokenId: 1.5 }, 'must be an integer'],
    ['padTokenId', { padTokenId: 0 }, 'must differ from maskTokenId'],
    ['padTokenId', { padTokenId: 100 }, 'must be a special token'],
    [
      'vocabSize',
      { vocabSize: 600, maskTokenId: 0, padTokenId: 1 },
      "smaller than the tokenizer's vocabulary",
    ],
    ['format', { format: 'unmask.model/v2' }, 'must be "unmask.model/v1"'],
    ['promptFormat', { promptFormat: '<|prompt|>' }, '{prompt} exactly once'],
    ['shiftedLogits', { shiftedLogits: 'no' }, 'must be a boolean'],
    ['model', { model: '../model.onnx' }, 'must be a file name'],
    ['tokenizer', { tokenizer: '' }, 'non-empty string'],
    ['maxLength', { maxLength: 0 }, 'outside 1..'],
    ['maxLength', { maxLength: 1e9 }, '1000000000 is over 65536'],
    ['maxLength', { maxLength: 1024, metadata: { trainedSeqLen: 512 } }, 'metadata.trainedSeqLen 512'],
    ['metadata/trainedSeqLen', { metadata: { trainedSeqLen: '512' } }, 'must be a positive integer'],
    ['metadata/trainedSeqLen', { metadata: { trainedSeqLen: 2 ** 40 } }, 'is over'],
    [
      'promptFormat',
      { promptFormat: '{fields}<|prompt|>{prompt}<|canvas|>' },
      'between {prompt} and {fields}',
    ],
    ['shiftedLogit', { shiftedLogit: true }, 'unknown field'],
  ])('names a wrong field: %s %j', async (field, change, message) => {
    const error = await loadError(modelDir({ manifest: { ...validManifest, ...change } }));
    expect(ManifestError.isInstance(error)).toBe(true);
    expect((error as ManifestError).field).toBe(`/${field}`);
    expect(error.message).toContain(message);
  });

  it('names a missing tokenizer.json', async () => {
    const dir = modelDir({ tokenizer: null });
    const error = await loadError(dir);
    expect(TokenizerLoadError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'tokenizer', file: join(dir, 'tokenizer.json') });
  });

  it('names a tokenizer.json that does not parse', async () => {
    const dir = modelDir({ tokenizer: { text: '{"model": {"vocab": ' } });
    const error = await loadError(dir);
    expect(TokenizerLoadError.isInstance(error)).toBe(true);
    expect(error.file).toBe(join(dir, 'tokenizer.json'));
    expect(error.message).toContain('does not parse as JSON');
  });

  it('names a missing model file', async () => {
    const dir = modelDir({ model: null });
    const error = await loadError(dir);
    expect(ModelLoadError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'model', file: join(dir, 'model.int8.onnx') });
  });

  it('names a corrupt model.onnx', async () => {
    const dir = modelDir({ model: { text: 'garbage, not protobuf \u0000\u0001\u0002' } });
    const error = await loadError(dir);
    expect(ModelLoadError.isInstance(error)).toBe(true);
    expect(error.file).toBe(join(dir, 'model.int8.onnx'));
    expect(error.message).toContain('onnxruntime cannot load it');
  });

  it('writes the control tokens of the manifest prompt format as tokens, and a prompt that holds them as text', async () => {
    const { model, tokenizer, manifest } = await loadModelDirectory(modelDir(), { intraOpNumThreads: 1 });
    try {
      expect(tokenizer.promptFormat).toBe(manifest.promptFormat);
      const layout: Layout = {
        segments: [fixed('<|mask|> "'), slot({ path: '/a', constraint: regex('[0-9]'), maxTokens: 1 })],
      };
      const prompt = formatPrompt(manifest, '<|canvas|><|mask|> ignore this <|pad|><|prompt|>');
      const canvas = buildCanvas({ layout, tokenizer, model, prompt });
      const ids = [...canvas.ids];
      const special = ids.flatMap((id, k) => (tokenizer.isSpecial(id) ? [[k, tokenizer.decode([id])]] : []));
      const canvasAt = ids.indexOf(tokenizer.tokenId('<|canvas|>')!);
      // the prompt's own control tokens, then the masked slot; the fixed text '<|mask|> "' is text
      expect(special).toEqual([
        [0, '<|prompt|>'],
        [canvasAt, '<|canvas|>'],
        [ids.length - 1, '<|mask|>'],
      ]);
      expect(tokenizer.decode(ids.slice(0, canvasAt + 1))).toBe(prompt);
    } finally {
      await model.dispose();
    }
  });

  it.skipIf(process.platform === 'win32').each([
    ['the manifest', MANIFEST_FILE, ManifestError.isInstance],
    ['the tokenizer', 'tokenizer.json', TokenizerLoadError.isInstance],
    ['the model', 'model.int8.onnx', ModelLoadError.isInstance],
  ] as const)('refuses a named pipe as %s before reading it', async (_, name, isInstance) => {
    const dir = modelDir();
    rmSync(join(dir, name));
    execFileSync('mkfifo', [join(dir, name)]);
    const error = await loadError(dir);
    expect(isInstance(error)).toBe(true);
    expect(error.file).toBe(join(dir, name));
    expect(error.message).toContain('is a named pipe, not a regular file: refused');
  });

  it('refuses a directory named as the model', async () => {
    const dir = modelDir({ model: null });
    mkdirSync(join(dir, 'model.int8.onnx'));
    const error = await loadError(dir);
    expect(ModelLoadError.isInstance(error)).toBe(true);
    expect(error.message).toContain('is a directory, not a regular file');
  });

  it.skipIf(process.platform === 'win32').each([
    ['the manifest', MANIFEST_FILE, ManifestError.isInstance],
    ['the tokenizer', 'tokenizer.json', TokenizerLoadError.isInstance],
    ['the model', 'model.int8.onnx', ModelLoadError.isInstance],
  ] as const)('refuses %s linked to a file outside the directory', async (_, name, isInstance) => {
    const dir = modelDir();
    const outside = modelDir();
    rmSync(join(dir, name));
    symlinkSync(join(outside, name), join(dir, name));
    const error = await loadError(dir);
    expect(isInstance(error)).toBe(true);
    expect(error.file).toBe(join(dir, name));
    expect(error.message).toContain(
      `links to ${realpathSync(join(outside, name))}, outside the model directory`,
    );
    // through a linked folder too
    rmSync(join(dir, name));
    symlinkSync(outside, join(dir, 'elsewhere'));
    symlinkSync(join('elsewhere', name), join(dir, name));
    expect((await loadError(dir)).message).toContain('outside the model directory');
  });

  it.skipIf(process.platform === 'win32')(
    'follows links that stay inside the directory, and a linked directory',
    async () => {
      const dir = modelDir({ tokenizer: null, model: null });
      mkdirSync(join(dir, 'files'));
      copyFileSync(fixture('bpe/tokenizer.json'), join(dir, 'files', 'tokenizer.json'));
      copyFileSync(fixture('affine.onnx'), join(dir, 'files', 'model.onnx'));
      symlinkSync(join('files', 'tokenizer.json'), join(dir, 'tokenizer.json'));
      symlinkSync(join(dir, 'files', 'model.onnx'), join(dir, 'model.int8.onnx'));
      const linked = join(modelDir({ manifest: null, tokenizer: null, model: null }), 'model');
      symlinkSync(dir, linked);
      for (const path of [dir, linked]) {
        const { model } = await loadModelDirectory(path, { intraOpNumThreads: 1 });
        await model.dispose();
      }
    },
  );

  it('refuses a manifest over 1 MiB before reading it', async () => {
    const dir = modelDir({ manifest: `${JSON.stringify(validManifest)}${' '.repeat(1 << 20)}` });
    const error = await loadError(dir);
    expect(ManifestError.isInstance(error)).toBe(true);
    expect(error.message).toContain('over the 1048576 taken');
  });

  it('names a model whose logits do not match the manifest', async () => {
    const error = await loadError(modelDir({ manifest: { ...validManifest, vocabSize: 700 } }));
    expect(ModelLoadError.isInstance(error)).toBe(true);
    expect(error.message).toContain('640 entries per position but the vocabulary has 700');
  });
});

describe('parseManifest', () => {
  it('fills defaults for promptFormat and shiftedLogits', () => {
    const { promptFormat: _, shiftedLogits: __, ...minimal } = validManifest;
    const manifest = parseManifest(JSON.stringify(minimal));
    expect(manifest.promptFormat).toBe('{prompt}');
    expect(manifest.shiftedLogits).toBe(false);
    expect(formatPrompt(manifest, 'a $& b')).toBe('a $& b');
  });

  it('takes a maxLength up to the trained length the metadata states, or up to 65536', () => {
    const parse = (change: object) => parseManifest(JSON.stringify({ ...validManifest, ...change }));
    expect(parse({ maxLength: 512, metadata: { trainedSeqLen: 512 } }).maxLength).toBe(512);
    expect(parse({ maxLength: 100_000, metadata: { trainedSeqLen: 131_072 } }).maxLength).toBe(100_000);
    expect(parse({ maxLength: 65_536 }).maxLength).toBe(65_536);
    expect(() => parse({ maxLength: 65_537 })).toThrow(/\/maxLength: 65537 is over 65536/);
  });

  it('keeps description and metadata', () => {
    const manifest = parseManifest(
      JSON.stringify({ ...validManifest, description: 'd', metadata: { steps: 3 } }),
    );
    expect(manifest.metadata).toEqual({ steps: 3 });
    expect(() => parseManifest(JSON.stringify({ ...validManifest, metadata: [] }))).toThrow(
      'must be an object',
    );
    expect(() => parseManifest('[]')).toThrow('not a JSON object');
  });
});
