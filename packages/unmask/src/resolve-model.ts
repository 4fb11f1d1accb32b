import { type DenoisingModel, type Tokenizer, UnmaskError } from '@unmask/core';
import { loadNanoModel, manifestCompileOptions } from '@unmask/model-nano';
import { loadModelDirectory, type OnnxSessionOptions } from '@unmask/onnx';
import type { SchemaCompileOptions } from '@unmask/schema';

/** a model ready to fill canvases, with what it needs around it. */
export interface ResolvedModel {
  model: DenoisingModel;
  tokenizer: Tokenizer;
  /** how a prompt is written before the canvas (`{prompt}` stands for it). */
  promptFormat: string;
  /** schema compile options the model was trained with. */
  compile: SchemaCompileOptions;
  /** loaded here, so disposed here. */
  owned: boolean;
}

export interface ModelSource {
  /** omitted: the embedded nano model; a string: a model directory; else any `DenoisingModel`. */
  model?: string | DenoisingModel | undefined;
  /** required with a `DenoisingModel`. */
  tokenizer?: Tokenizer | undefined;
  /** overrides the manifest's prompt format. */
  promptFormat?: string | undefined;
  /** merged over the manifest's compile options. */
  compile?: SchemaCompileOptions | undefined;
  /** onnxruntime session options for models loaded from files. */
  session?: OnnxSessionOptions | undefined;
}

/** load or check the model a caller named. */
export async function resolveModel(source: ModelSource): Promise<ResolvedModel> {
  const { model, tokenizer, promptFormat, compile, session } = source;
  if (promptFormat !== undefined && promptFormat.split('{prompt}').length !== 2)
    throw new UnmaskError({
      code: 'invalid-argument',
      message: 'promptFormat must hold {prompt} exactly once',
    });
  if (model === undefined || typeof model === 'string') {
    const loaded =
      model === undefined
        ? await loadNanoModel(session)
        : { ...(await loadModelDirectory(model, session)), compile: undefined };
    const trained: SchemaCompileOptions = loaded.compile ?? manifestCompileOptions(loaded.manifest);
    return {
      model: loaded.model,
      // the loaded tokenizer reads control tokens only at the ends of its format's prompt: an
      // overriding format is the one it must know
      tokenizer:
        tokenizer ??
        (promptFormat === undefined ? loaded.tokenizer : loaded.tokenizer.withPromptFormat(promptFormat)),
      promptFormat: promptFormat ?? loaded.manifest.promptFormat,
      compile: { ...trained, ...compile },
      owned: true,
    };
  }
  if (typeof model !== 'object' || model === null || model.specificationVersion !== 'v1')
    throw new UnmaskError({
      code: 'invalid-argument',
      message: 'model must be a model directory or a DenoisingModel (specificationVersion "v1")',
    });
  if (!tokenizer)
    throw new UnmaskError({ code: 'invalid-argument', message: 'a DenoisingModel needs a tokenizer' });
  if (tokenizer.vocabSize > model.vocabSize)
    throw new UnmaskError({
      code: 'invalid-argument',
      message: `the tokenizer's vocabulary (${tokenizer.vocabSize}) is larger than the model's (${model.vocabSize})`,
    });
  return {
    model,
    tokenizer,
    promptFormat: promptFormat ?? '{prompt}',
    compile: { ...compile },
    owned: false,
  };
}
