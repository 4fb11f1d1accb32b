import { ByteTokenizer, UniformRandomModel } from '@unmask/core/test';

/** a random-logits model over a small byte tokenizer: every value still valid by construction. */
export function uniformModel(seed = 0) {
  const tokenizer = new ByteTokenizer({ merges: ['":', ',"', '{"', '"}', 'true', 'false', '00'] });
  const model = new UniformRandomModel({
    vocabSize: tokenizer.vocabSize,
    maskTokenId: tokenizer.special('<mask>'),
    padTokenId: tokenizer.special('<pad>'),
    maxLength: 4096,
    seed,
  });
  return { model, tokenizer };
}
