import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ManifestError } from './errors/manifest-error';
import { type HuggingFaceTokenizer, loadTokenizer } from './hugging-face-tokenizer';
import { MANIFEST_FILE, type ModelManifest, parseManifest } from './manifest';
import { OnnxDenoisingModel, type OnnxSessionOptions } from './onnx-model';

/** a model directory, loaded. */
export interface ModelDirectory {
  model: OnnxDenoisingModel;
  tokenizer: HuggingFaceTokenizer;
  manifest: ModelManifest;
}

/**
 * load a model directory: `unmask.model.json`, the tokenizer and the ONNX model it names.
 * Every failure is a typed error naming the file: `ManifestError`, `TokenizerLoadError`,
 * `ModelLoadError`.
 */
export async function loadModelDirectory(
  dir: string,
  options: OnnxSessionOptions = {},
): Promise<ModelDirectory> {
  const manifestFile = join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(manifestFile, 'utf8');
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ManifestError({
      file: manifestFile,
      message: missing ? 'file not found' : `cannot be read: ${(cause as Error).message}`,
      cause,
    });
  }
  const manifest = parseManifest(text, manifestFile);
  const tokenizer = await loadTokenizer(join(dir, manifest.tokenizer));
  checkAgainstTokenizer(manifest, tokenizer, manifestFile);
  const model = await OnnxDenoisingModel.load({
    ...options,
    model: join(dir, manifest.model),
    modelId: manifest.name,
    vocabSize: manifest.vocabSize,
    maskTokenId: manifest.maskTokenId,
    padTokenId: manifest.padTokenId,
    maxLength: manifest.maxLength,
    shiftedLogits: manifest.shiftedLogits,
  });
  return { model, tokenizer, manifest };
}

function checkAgainstTokenizer(manifest: ModelManifest, tokenizer: HuggingFaceTokenizer, file: string): void {
  if (tokenizer.vocabSize > manifest.vocabSize)
    throw new ManifestError({
      file,
      field: '/vocabSize',
      message: `${manifest.vocabSize} is smaller than the tokenizer's vocabulary (${tokenizer.vocabSize})`,
    });
  for (const key of ['maskTokenId', 'padTokenId'] as const) {
    const id = manifest[key];
    if (tokenizer.tokenBytes(id) !== undefined)
      throw new ManifestError({
        file,
        field: `/${key}`,
        message: `token ${id} stands for text (${JSON.stringify(tokenizer.decode([id]))}); it must be a special token`,
      });
  }
}
