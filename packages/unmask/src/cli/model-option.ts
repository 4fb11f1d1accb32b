import { ByteTokenizer, UniformRandomModel, UnmaskError } from '@unmask/core';
import { hasNanoModel } from '@unmask/model-nano';
import { type ResolvedModel, resolveModel } from '../resolve-model';
import { CliError } from './cli-error';

/** `--model scripted:uniform`: random logits over a small byte tokenizer. A testing aid, not a model. */
export const SCRIPTED_UNIFORM = 'scripted:uniform';

/** the model a `--model` value names: omitted, the embedded nano model; `scripted:uniform`; else a directory. */
export async function modelFromOption(option: string | undefined, seed = 0): Promise<ResolvedModel> {
  if (option === SCRIPTED_UNIFORM) {
    const tokenizer = new ByteTokenizer({
      merges: ['":', ',"', '{"', '"}', 'true', 'false', 'null', 'http', 'name', 'type', 'id', '00', 'ab'],
      specials: ['<mask>', '<pad>'],
    });
    const model = new UniformRandomModel({
      vocabSize: tokenizer.vocabSize,
      maskTokenId: tokenizer.special('<mask>'),
      padTokenId: tokenizer.special('<pad>'),
      maxLength: 1 << 14,
      seed,
    });
    return resolveModel({ model, tokenizer });
  }
  if (option?.startsWith('scripted:'))
    throw new CliError(`unknown scripted model ${JSON.stringify(option)} (known: ${SCRIPTED_UNIFORM})`, 2);
  if (option === undefined && !hasNanoModel())
    throw new UnmaskError({
      code: 'model',
      message: `the embedded model is not installed; pass --model <dir> (or --model ${SCRIPTED_UNIFORM} to try the command line)`,
    });
  return resolveModel({ model: option });
}
