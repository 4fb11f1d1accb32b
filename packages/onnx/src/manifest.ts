import { ManifestError } from './errors/manifest-error';

/** the file name of a model directory's manifest. */
export const MANIFEST_FILE = 'unmask.model.json';

/** `unmask.model.json`: what unmask needs to know of a model besides its weights and tokenizer. */
export interface ModelManifest {
  format: 'unmask.model/v1';
  name: string;
  /** entries per position of the logits (may exceed the tokenizer's vocabulary). */
  vocabSize: number;
  maskTokenId: number;
  padTokenId: number;
  /**
   * the longest canvas, prompt included: at most `metadata.trainedSeqLen` when the metadata
   * states it, else at most `MAX_LENGTH_BOUND`.
   */
  maxLength: number;
  /** how a prompt is written before the canvas; holds `{prompt}` once. Default `{prompt}`. */
  promptFormat: string;
  /** the model predicts token i+1 at position i (Dream). Default false. */
  shiftedLogits: boolean;
  /** file name of the ONNX model, in the same directory. */
  model: string;
  /** file name of the tokenizer.json, in the same directory. */
  tokenizer: string;
  description?: string;
  /**
   * free-form information (training recipe, license, ...); `trainedSeqLen`, when present, is the
   * longest sequence the model was trained on, a positive integer that bounds `maxLength`.
   */
  metadata?: Record<string, unknown>;
}

/** the largest `maxLength` of a manifest whose metadata states no `trainedSeqLen`. */
export const MAX_LENGTH_BOUND = 1 << 16;
/** the largest `metadata.trainedSeqLen` taken. */
const TRAINED_LENGTH_BOUND = 1 << 20;

const known = new Set([
  'format',
  'name',
  'vocabSize',
  'maskTokenId',
  'padTokenId',
  'maxLength',
  'promptFormat',
  'shiftedLogits',
  'model',
  'tokenizer',
  'description',
  'metadata',
]);

/** parse and check a manifest's text; a wrong field is a `ManifestError` naming the file and the field. */
export function parseManifest(text: string, file: string = MANIFEST_FILE): ModelManifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new ManifestError({ file, message: `does not parse as JSON: ${(cause as Error).message}`, cause });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ManifestError({ file, message: 'not a JSON object' });
  const json = value as Record<string, unknown>;
  const fail = (field: string, message: string): never => {
    throw new ManifestError({ file, field: `/${field}`, message });
  };
  for (const key of Object.keys(json)) if (!known.has(key)) fail(key, 'unknown field');
  if (json.format !== 'unmask.model/v1')
    fail('format', `must be "unmask.model/v1", got ${JSON.stringify(json.format)}`);
  const string = (key: string): string => {
    const field = json[key];
    return typeof field === 'string' && field.length > 0 ? field : fail(key, 'must be a non-empty string');
  };
  const integer = (key: string, min: number, max = Number.MAX_SAFE_INTEGER): number => {
    const field = json[key];
    if (!Number.isInteger(field)) return fail(key, `must be an integer, got ${JSON.stringify(field)}`);
    const n = field as number;
    return n < min || n > max ? fail(key, `${n} is outside ${min}..${max}`) : n;
  };
  const fileName = (key: string): string => {
    const name = string(key);
    return /[/\\]/.test(name) || name === '.' || name === '..'
      ? fail(key, `must be a file name in the model directory, got ${JSON.stringify(name)}`)
      : name;
  };
  const name = string('name');
  const vocabSize = integer('vocabSize', 1);
  const maskTokenId = integer('maskTokenId', 0, vocabSize - 1);
  const padTokenId = integer('padTokenId', 0, vocabSize - 1);
  if (padTokenId === maskTokenId) fail('padTokenId', 'must differ from maskTokenId');
  const metadata = json.metadata;
  if (
    metadata !== undefined &&
    (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata))
  )
    fail('metadata', 'must be an object');
  const trained = (metadata as Record<string, unknown> | undefined)?.trainedSeqLen;
  if (trained !== undefined && !(Number.isInteger(trained) && (trained as number) >= 1))
    fail('metadata/trainedSeqLen', `must be a positive integer, got ${JSON.stringify(trained)}`);
  if (trained !== undefined && (trained as number) > TRAINED_LENGTH_BOUND)
    fail('metadata/trainedSeqLen', `${trained} is over ${TRAINED_LENGTH_BOUND}`);
  const maxLength = integer('maxLength', 1);
  if (trained !== undefined && maxLength > (trained as number))
    fail(
      'maxLength',
      `${maxLength} is over the length the model was trained on (metadata.trainedSeqLen ${trained}): a longer canvas is outside what it has seen`,
    );
  if (trained === undefined && maxLength > MAX_LENGTH_BOUND)
    fail(
      'maxLength',
      `${maxLength} is over ${MAX_LENGTH_BOUND}; a manifest may declare more only with metadata.trainedSeqLen, the length the model was trained on`,
    );
  const promptFormat = json.promptFormat === undefined ? '{prompt}' : string('promptFormat');
  if (promptFormat.split('{prompt}').length !== 2) fail('promptFormat', 'must hold {prompt} exactly once');
  if (promptFormat.split('{fields}').length > 2) fail('promptFormat', 'may hold {fields} at most once');
  if (json.shiftedLogits !== undefined && typeof json.shiftedLogits !== 'boolean')
    fail('shiftedLogits', 'must be a boolean');
  const manifest: ModelManifest = {
    format: 'unmask.model/v1',
    name,
    vocabSize,
    maskTokenId,
    padTokenId,
    maxLength,
    promptFormat,
    shiftedLogits: json.shiftedLogits === true,
    model: fileName('model'),
    tokenizer: fileName('tokenizer'),
  };
  if (json.description !== undefined) manifest.description = string('description');
  if (metadata !== undefined) manifest.metadata = metadata as Record<string, unknown>;
  return manifest;
}
