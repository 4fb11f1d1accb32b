import { join } from 'node:path';
import { UnmaskError } from '@unmask/core';
import { ManifestError } from './errors/manifest-error';
import { ModelLoadError } from './errors/model-load-error';
import { TokenizerLoadError } from './errors/tokenizer-load-error';
import { HuggingFaceTokenizer, MAX_TOKENIZER_BYTES } from './hugging-face-tokenizer';
import { MANIFEST_FILE, type ModelManifest, parseManifest } from './manifest';
import { OnnxDenoisingModel, type OnnxSessionOptions } from './onnx-model';
import { readModelFile } from './read-model-file';

const MAX_MANIFEST_BYTES = 1 << 20;

/** a model directory, loaded. */
export interface ModelDirectory {
  model: OnnxDenoisingModel;
  /** encodes the control tokens of the manifest's prompt format as tokens, and all other text as text. */
  tokenizer: HuggingFaceTokenizer;
  manifest: ModelManifest;
}

/**
 * load a model directory: `unmask.model.json`, the tokenizer and the ONNX model it names.
 * Every failure is a typed error naming the file: `ManifestError`, `TokenizerLoadError`,
 * `ModelLoadError`. Each file must be a regular file whose symbolic links, if any, stay inside
 * the directory.
 */
export async function loadModelDirectory(
  dir: string,
  options: OnnxSessionOptions = {},
): Promise<ModelDirectory> {
  const manifestFile = join(dir, MANIFEST_FILE);
  const manifestBytes = await readModelFile(manifestFile, {
    within: dir,
    maxBytes: MAX_MANIFEST_BYTES,
    fail: (message, cause) => {
      throw new ManifestError({ file: manifestFile, message, cause });
    },
  });
  const manifest = parseManifest(manifestBytes.toString('utf8'), manifestFile);
  const tokenizerFile = join(dir, manifest.tokenizer);
  const tokenizerBytes = await readModelFile(tokenizerFile, {
    within: dir,
    maxBytes: MAX_TOKENIZER_BYTES,
    fail: (message, cause) => {
      throw new TokenizerLoadError({ file: tokenizerFile, message, cause });
    },
  });
  const tokenizer = withPromptFormat(
    HuggingFaceTokenizer.fromJson(tokenizerBytes.toString('utf8'), { file: tokenizerFile }),
    manifest,
    manifestFile,
  );
  checkAgainstTokenizer(manifest, tokenizer, manifestFile);
  const modelFile = join(dir, manifest.model);
  const modelBytes = await readModelFile(modelFile, {
    within: dir,
    fail: (message, cause) => {
      throw new ModelLoadError({ file: modelFile, message, cause });
    },
  });
  const model = await OnnxDenoisingModel.load({
    ...options,
    model: modelBytes,
    file: modelFile,
    modelId: manifest.name,
    vocabSize: manifest.vocabSize,
    maskTokenId: manifest.maskTokenId,
    padTokenId: manifest.padTokenId,
    maxLength: manifest.maxLength,
    shiftedLogits: manifest.shiftedLogits,
  });
  return { model, tokenizer, manifest };
}

function withPromptFormat(
  tokenizer: HuggingFaceTokenizer,
  manifest: ModelManifest,
  file: string,
): HuggingFaceTokenizer {
  try {
    return tokenizer.withPromptFormat(manifest.promptFormat);
  } catch (cause) {
    if (!UnmaskError.isInstance(cause) || cause.code !== 'invalid-argument') throw cause;
    throw new ManifestError({ file, field: '/promptFormat', message: cause.message, cause });
  }
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
