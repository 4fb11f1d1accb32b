import type { DenoisingModel, ForwardInput, ForwardOutput } from '../model';
import { Rng } from '../rng';

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

  constructor(options: UniformModelOptions) {
    this.vocabSize = options.vocabSize;
    this.maskTokenId = options.maskTokenId;
    this.padTokenId = options.padTokenId;
    this.maxLength = options.maxLength ?? 4096;
    this.rng = new Rng(options.seed ?? 0);
  }

  async forward(input: ForwardInput): Promise<ForwardOutput> {
    this.calls++;
    const logits = new Float32Array(input.batch * input.length * this.vocabSize);
    for (let i = 0; i < logits.length; i++) logits[i] = this.rng.next() * 4;
    return { logits };
  }

  dispose() {}
}
