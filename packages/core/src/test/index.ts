export { ByteTokenizer, type ByteTokenizerOptions } from '../byte-tokenizer';
export { type UniformModelOptions, UniformRandomModel, uniformStandIn } from '../uniform-model';
export { favouring, type ScriptedLogits, ScriptedModel, type ScriptedModelOptions } from './scripted-model';
