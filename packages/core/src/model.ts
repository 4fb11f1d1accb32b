/** input of one forward pass over a batch of canvases padded to the same length. */
export interface ForwardInput {
  /** token ids, row-major `[batch, length]`. */
  ids: Int32Array;
  batch: number;
  length: number;
  /** 1 where a position is real, 0 where it pads a shorter canvas; absent when every row is full. */
  attentionMask?: Uint8Array;
  signal?: AbortSignal;
}

export interface ForwardOutput {
  /** row-major `[batch, length, vocabSize]`; logits or log-probabilities. */
  logits: Float32Array;
}

/**
 * a masked-diffusion language model: given a canvas with mask tokens it scores every
 * position at once. Version 1 of the interface.
 */
export interface DenoisingModel {
  readonly specificationVersion: 'v1';
  /** a short name for logs and stats. */
  readonly modelId: string;
  readonly vocabSize: number;
  readonly maskTokenId: number;
  readonly padTokenId: number;
  /** the longest canvas (prompt included) the model accepts. */
  readonly maxLength: number;
  forward(input: ForwardInput): Promise<ForwardOutput>;
  dispose(): Promise<void> | void;
}
