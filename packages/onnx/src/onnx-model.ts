import type { DenoisingModel, ForwardInput, ForwardOutput } from '@unmask/core';
import { UnmaskError } from '@unmask/core';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { ModelLoadError } from './errors/model-load-error';
import { readModelFile } from './read-model-file';
import { loadRuntime, type Runtime } from './runtime';

/** how onnxruntime runs the model. */
export interface OnnxSessionOptions {
  /** threads inside one operator. Default 2. */
  intraOpNumThreads?: number;
  /** Default 'all'. */
  graphOptimizationLevel?: 'disabled' | 'basic' | 'extended' | 'all';
  /** Default ['cpu']. */
  executionProviders?: string[];
}

/** what `OnnxDenoisingModel.load` needs besides the file. */
export interface OnnxModelOptions extends OnnxSessionOptions {
  /** path of the .onnx file (a regular file), or its bytes (then `file` names it in errors). */
  model: string | Uint8Array;
  /** a name for errors when `model` is bytes. */
  file?: string;
  modelId?: string;
  vocabSize: number;
  maskTokenId: number;
  padTokenId: number;
  maxLength: number;
  /** the model predicts token i+1 at position i (Dream); logits are shifted right by one. */
  shiftedLogits?: boolean;
}

const LEVELS = ['disabled', 'basic', 'extended', 'all'];

/** session options of the wrong kind are the caller's error, not the model file's. */
export function checkSessionOptions(options: OnnxSessionOptions): void {
  const bad = (message: string) => new UnmaskError({ code: 'invalid-argument', message });
  const threads = options.intraOpNumThreads;
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 1024))
    throw bad(`intraOpNumThreads must be an integer from 1 to 1024, got ${JSON.stringify(threads)}`);
  const level = options.graphOptimizationLevel;
  if (level !== undefined && !LEVELS.includes(level))
    throw bad(`graphOptimizationLevel must be one of ${LEVELS.join(', ')}, got ${JSON.stringify(level)}`);
  const providers = options.executionProviders;
  if (providers !== undefined && !(Array.isArray(providers) && providers.every((p) => typeof p === 'string')))
    throw bad(`executionProviders must be an array of provider names, got ${JSON.stringify(providers)}`);
}

const INPUT_IDS = 'input_ids';
const ATTENTION_MASK = 'attention_mask';

/**
 * a masked-diffusion model run by onnxruntime-node: input `input_ids` int64 `[batch, length]`,
 * optional `attention_mask` int64, output `logits` float32 `[batch, length, vocab]`.
 */
export class OnnxDenoisingModel implements DenoisingModel {
  readonly specificationVersion = 'v1';
  readonly modelId: string;
  readonly vocabSize: number;
  readonly maskTokenId: number;
  readonly padTokenId: number;
  readonly maxLength: number;
  readonly shiftedLogits: boolean;
  /** the model file, for errors. */
  readonly file: string;
  private session: InferenceSession | undefined;
  private readonly runtime: Runtime;
  private readonly takesMask: boolean;
  private readonly outputName: string;

  private constructor(
    runtime: Runtime,
    session: InferenceSession,
    options: OnnxModelOptions,
    file: string,
    outputName: string,
  ) {
    this.runtime = runtime;
    this.session = session;
    this.file = file;
    this.modelId = options.modelId ?? file;
    this.vocabSize = options.vocabSize;
    this.maskTokenId = options.maskTokenId;
    this.padTokenId = options.padTokenId;
    this.maxLength = options.maxLength;
    this.shiftedLogits = options.shiftedLogits ?? false;
    this.takesMask = session.inputNames.includes(ATTENTION_MASK);
    this.outputName = outputName;
  }

  /** open a model; a missing, corrupt or incompatible file is a `ModelLoadError` naming it. */
  static async load(options: OnnxModelOptions): Promise<OnnxDenoisingModel> {
    checkSessionOptions(options);
    const file = typeof options.model === 'string' ? options.model : (options.file ?? '<bytes>');
    const bytes =
      typeof options.model === 'string'
        ? await readModelFile(options.model, {
            fail: (message, cause) => {
              throw new ModelLoadError({ file, message, cause });
            },
          })
        : options.model;
    const runtime = await loadRuntime();
    let session: InferenceSession;
    try {
      session = await runtime.InferenceSession.create(bytes, {
        intraOpNumThreads: options.intraOpNumThreads ?? 2,
        graphOptimizationLevel: options.graphOptimizationLevel ?? 'all',
        executionProviders: options.executionProviders ?? ['cpu'],
        logSeverityLevel: 3,
      });
    } catch (cause) {
      throw new ModelLoadError({
        file,
        message: `onnxruntime cannot load it: ${(cause as Error).message}`,
        cause,
      });
    }
    try {
      const outputName = checkSession(session, options, file);
      return new OnnxDenoisingModel(runtime, session, options, file, outputName);
    } catch (error) {
      await session.release().catch(() => undefined);
      throw error;
    }
  }

  async forward({ ids, batch, length, attentionMask, signal }: ForwardInput): Promise<ForwardOutput> {
    const session = this.session;
    if (!session) throw new UnmaskError({ code: 'model', message: `${this.file}: the model was disposed` });
    if (ids.length !== batch * length)
      throw new UnmaskError({
        code: 'invalid-argument',
        message: `forward: ${ids.length} ids for batch ${batch} x length ${length}`,
      });
    if (length > this.maxLength)
      throw new UnmaskError({
        code: 'canvas-too-long',
        message: `forward: length ${length} exceeds the model's maximum ${this.maxLength}`,
      });
    signal?.throwIfAborted();
    const dims = [batch, length];
    const feeds: Record<string, Tensor> = {
      [INPUT_IDS]: new this.runtime.Tensor(
        'int64',
        BigInt64Array.from(ids, (id) => BigInt(id)),
        dims,
      ),
    };
    if (this.takesMask) {
      const mask = new BigInt64Array(batch * length);
      if (attentionMask) for (let k = 0; k < mask.length; k++) mask[k] = attentionMask[k] ? 1n : 0n;
      else mask.fill(1n);
      feeds[ATTENTION_MASK] = new this.runtime.Tensor('int64', mask, dims);
    }
    let result: InferenceSession.ReturnType;
    try {
      result = await session.run(feeds, [this.outputName]);
    } catch (cause) {
      throw new UnmaskError({
        code: 'model',
        message: `${this.file}: the forward pass failed: ${(cause as Error).message}`,
        cause,
      });
    }
    const output = result[this.outputName]!;
    const [b, l, v] = output.dims;
    if (
      output.type !== 'float32' ||
      output.dims.length !== 3 ||
      b !== batch ||
      l !== length ||
      v !== this.vocabSize
    )
      throw new UnmaskError({
        code: 'model',
        message: `${this.file}: expected float32 logits [${batch}, ${length}, ${this.vocabSize}], got ${output.type} [${output.dims.join(', ')}]`,
      });
    const raw = output.data as Float32Array;
    return { logits: this.shiftedLogits ? shiftRight(raw, batch, length, this.vocabSize) : raw };
  }

  async dispose(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    await session?.release();
  }
}

/** Dream-style logits (position i predicts token i+1) to per-position logits: out[i] = raw[i-1], out[0] = raw[0]. */
export function shiftRight(raw: Float32Array, batch: number, length: number, vocab: number): Float32Array {
  const out = new Float32Array(raw.length);
  for (let b = 0; b < batch; b++) {
    const row = b * length * vocab;
    if (length > 0) out.set(raw.subarray(row, row + vocab), row);
    out.set(raw.subarray(row, row + (length - 1) * vocab), row + vocab);
  }
  return out;
}

/** the inputs and output the model declares fit the interface; returns the logits output's name. */
function checkSession(session: InferenceSession, options: OnnxModelOptions, file: string): string {
  const fail = (message: string): never => {
    throw new ModelLoadError({ file, message });
  };
  for (const key of ['vocabSize', 'maxLength'] as const) {
    if (!Number.isInteger(options[key]) || options[key] < 1) fail(`${key} must be a positive integer`);
  }
  for (const key of ['maskTokenId', 'padTokenId'] as const) {
    const id = options[key];
    if (!Number.isInteger(id) || id < 0 || id >= options.vocabSize)
      fail(`${key} ${id} is outside the vocabulary (0..${options.vocabSize - 1})`);
  }
  if (!session.inputNames.includes(INPUT_IDS))
    fail(`no ${INPUT_IDS} input (inputs: ${session.inputNames.join(', ')})`);
  for (const name of session.inputNames) {
    if (name !== INPUT_IDS && name !== ATTENTION_MASK) fail(`unsupported input ${name}`);
  }
  for (const meta of session.inputMetadata) {
    if (meta.isTensor && meta.type !== 'int64') fail(`input ${meta.name} is ${meta.type}, expected int64`);
  }
  const outputName = session.outputNames.includes('logits')
    ? 'logits'
    : session.outputNames.length === 1
      ? session.outputNames[0]!
      : fail(`no logits output (outputs: ${session.outputNames.join(', ')})`);
  const meta = session.outputMetadata.find((m) => m.name === outputName);
  if (meta?.isTensor) {
    if (meta.type !== 'float32') fail(`output ${outputName} is ${meta.type}, expected float32`);
    const vocab = meta.shape[2];
    if (meta.shape.length === 3 && typeof vocab === 'number' && vocab > 0 && vocab !== options.vocabSize)
      fail(`logits have ${vocab} entries per position but the vocabulary has ${options.vocabSize}`);
  }
  return outputName;
}
