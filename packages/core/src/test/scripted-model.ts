import type { DenoisingModel, ForwardInput, ForwardOutput } from '../model';

/** what a scripted model returns for one forward call. */
export type ScriptedLogits =
  | Float32Array
  | readonly Float32Array[]
  | ((input: ForwardInput, call: number) => Float32Array | Promise<Float32Array>);

export interface ScriptedModelOptions {
  vocabSize: number;
  maskTokenId: number;
  padTokenId: number;
  maxLength?: number;
  modelId?: string;
  /** a value (every call), an array (call k gets element k, the last one after), or a function of the input. */
  logits: ScriptedLogits;
}

/** a model for unit tests whose logits are given by the test; every call is recorded. */
export class ScriptedModel implements DenoisingModel {
  readonly specificationVersion = 'v1' as const;
  readonly modelId: string;
  readonly vocabSize: number;
  readonly maskTokenId: number;
  readonly padTokenId: number;
  readonly maxLength: number;
  /** copies of every forward input, in order. */
  readonly calls: ForwardInput[] = [];
  disposed = false;
  private readonly logits: ScriptedLogits;

  constructor(options: ScriptedModelOptions) {
    this.vocabSize = options.vocabSize;
    this.maskTokenId = options.maskTokenId;
    this.padTokenId = options.padTokenId;
    this.maxLength = options.maxLength ?? 4096;
    this.modelId = options.modelId ?? 'scripted';
    this.logits = options.logits;
  }

  async forward(input: ForwardInput): Promise<ForwardOutput> {
    const call = this.calls.length;
    this.calls.push({ ...input, ids: input.ids.slice() });
    const script = this.logits;
    if (typeof script === 'function') return { logits: await script(input, call) };
    if (script instanceof Float32Array) return { logits: script };
    return { logits: script[Math.min(call, script.length - 1)]! };
  }

  dispose() {
    this.disposed = true;
  }
}

/**
 * logits that favour, at each position, the token a function picks (all others get 0).
 * `pick(batchIndex, position, ids)` returns the favoured token or -1 for none.
 */
export function favouring(
  vocabSize: number,
  pick: (batchIndex: number, position: number, ids: Int32Array, length: number) => number,
  strength = 10,
): (input: ForwardInput) => Float32Array {
  return (input) => {
    const logits = new Float32Array(input.batch * input.length * vocabSize);
    for (let b = 0; b < input.batch; b++) {
      for (let p = 0; p < input.length; p++) {
        const token = pick(b, p, input.ids, input.length);
        if (token >= 0) logits[(b * input.length + p) * vocabSize + token] = strength;
      }
    }
    return logits;
  };
}
