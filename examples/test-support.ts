import { ByteTokenizer, UniformRandomModel } from '@unmask/core/test';
import { createUnmask, hasNanoModel, type Unmask } from 'unmask';

/** the embedded model once its weights are installed; until then random logits (values still valid by construction). */
export const usesNanoModel = hasNanoModel();

export function exampleClient(seed = 0): Unmask {
  if (usesNanoModel) return createUnmask();
  const tokenizer = new ByteTokenizer({ merges: ['":', ',"', '{"', '"}', 'true', 'false', '00'] });
  const model = new UniformRandomModel({
    vocabSize: tokenizer.vocabSize,
    maskTokenId: tokenizer.special('<mask>'),
    padTokenId: tokenizer.special('<pad>'),
    maxLength: 4096,
    seed,
  });
  return createUnmask({ model, tokenizer });
}
