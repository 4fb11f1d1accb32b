import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UnmaskError } from '@unmask/core';
import {
  loadModelDirectory,
  MANIFEST_FILE,
  type ModelDirectory,
  type ModelManifest,
  type OnnxSessionOptions,
} from '@unmask/onnx';

/** absolute path of the embedded model's directory (`weights/`: manifest, ONNX model, tokenizer). */
export const nanoModelDirectory: string = fileURLToPath(new URL('../weights/', import.meta.url));

/**
 * schema compile options a model was trained with; a subset of `@unmask/schema`'s
 * `SchemaCompileOptions` (this package does not depend on the schema package).
 */
export interface ModelCompileOptions {
  stringTokens?: number;
  numberTokens?: number;
  arrayItems?: number;
  mapEntries?: number;
  recursionDepth?: number;
  pretty?: boolean;
}

/**
 * the nano model's training data was rendered with `{ stringTokens: 16 }`, so canvases at run
 * time must use the same budgets; used when the manifest has no `metadata.compile`.
 */
export const NANO_COMPILE_OPTIONS: Readonly<ModelCompileOptions> = Object.freeze({ stringTokens: 16 });

/** the loaded embedded model: model, tokenizer, manifest, and the compile options it was trained with. */
export interface NanoModel extends ModelDirectory {
  compile: ModelCompileOptions;
}

const compileKeys = ['stringTokens', 'numberTokens', 'arrayItems', 'mapEntries', 'recursionDepth'] as const;

/**
 * the compile options a manifest records in `metadata.compile` (numbers and `pretty` only),
 * or `fallback` when it records none.
 */
export function manifestCompileOptions(
  manifest: Pick<ModelManifest, 'metadata'>,
  fallback: ModelCompileOptions = {},
): ModelCompileOptions {
  const compile = manifest.metadata?.compile;
  if (typeof compile !== 'object' || compile === null || Array.isArray(compile)) return { ...fallback };
  const record = compile as Record<string, unknown>;
  const options: ModelCompileOptions = {};
  for (const key of compileKeys) {
    const value = record[key];
    if (Number.isInteger(value) && (value as number) > 0) options[key] = value as number;
  }
  if (typeof record.pretty === 'boolean') options.pretty = record.pretty;
  return options;
}

/** whether the embedded model's files are present (the manifest and the files it names). */
export function hasNanoModel(): boolean {
  const manifestFile = join(nanoModelDirectory, MANIFEST_FILE);
  if (!existsSync(manifestFile)) return false;
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Partial<ModelManifest>;
    return [manifest.model, manifest.tokenizer].every(
      (name) => typeof name === 'string' && existsSync(join(nanoModelDirectory, name)),
    );
  } catch {
    return false;
  }
}

/**
 * load the embedded model. Throws an `UnmaskError` (code `model`) when its weights are not
 * installed, and the typed errors of `loadModelDirectory` when they are broken.
 */
export async function loadNanoModel(options: OnnxSessionOptions = {}): Promise<NanoModel> {
  if (!hasNanoModel()) {
    throw new UnmaskError({
      code: 'model',
      message: `the embedded model is not installed (no ${MANIFEST_FILE} with its files in ${nanoModelDirectory})`,
    });
  }
  const directory = await loadModelDirectory(nanoModelDirectory, options);
  return { ...directory, compile: manifestCompileOptions(directory.manifest, NANO_COMPILE_OPTIONS) };
}
