import { ByteTokenizer } from './byte-tokenizer';
import type { DenoisingModel, ForwardInput, ForwardOutput } from './model';
import { Rng } from './rng';

export interface UniformModelOptions {
  vocabSize: number;
  maskTokenId: number;
  padTokenId: number;
  maxLength?: number;
  seed?: number;
}

/**
 * a model with random logits (seeded): the worst case for a constrained sampler, every
 * allowed token equally plausible. Reuses its buffer, so its forward costs next to nothing
 * beyond filling it.
 */
export class UniformRandomModel implements DenoisingModel {
  readonly specificationVersion = 'v1' as const;
  readonly modelId = 'uniform-random';
  readonly vocabSize: number;
  readonly maskTokenId: number;
  readonly padTokenId: number;
  readonly maxLength: number;
  calls = 0;
  private readonly rng: Rng;
  /** a pool of random values; each position reads a window at a random offset (cheap, still seeded). */
  private readonly pool: Float32Array;

  constructor(options: UniformModelOptions) {
    this.vocabSize = options.vocabSize;
    this.maskTokenId = options.maskTokenId;
    this.padTokenId = options.padTokenId;
    this.maxLength = options.maxLength ?? 4096;
    this.rng = new Rng(options.seed ?? 0);
    this.pool = new Float32Array(Math.max(1 << 16, 4 * options.vocabSize));
    for (let i = 0; i < this.pool.length; i++) this.pool[i] = this.rng.next() * 4;
  }

  async forward(input: ForwardInput): Promise<ForwardOutput> {
    this.calls++;
    const logits = new Float32Array(input.batch * input.length * this.vocabSize);
    const vocab = this.vocabSize;
    const span = this.pool.length - vocab;
    // each position reads the pool from its own random offset: cheap, seeded, different every call
    for (let row = 0; row < input.batch * input.length; row++) {
      const at = this.rng.nextUint32() % span;
      logits.set(this.pool.subarray(at, at + vocab), row * vocab);
    }
    return { logits };
  }

  dispose() {}
}

/**
 * a uniform-random model over a small byte tokenizer with common JSON pieces merged: a stand-in
 * for tests and examples that need a model but no trained weights (values stay valid by construction).
 */
export function uniformStandIn({ seed = 0, maxLength = 4096 }: { seed?: number; maxLength?: number } = {}) {
  const tokenizer = new ByteTokenizer({ merges: ['":', ',"', '{"', '"}', 'true', 'false', '00'] });
  const model = new UniformRandomModel({
    vocabSize: tokenizer.vocabSize,
    maskTokenId: tokenizer.special('<mask>'),
    padTokenId: tokenizer.special('<pad>'),
    maxLength,
    seed,
  });
  return { model, tokenizer };
}
