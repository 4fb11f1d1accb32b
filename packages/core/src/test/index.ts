export { ByteTokenizer, type ByteTokenizerOptions } from './byte-tokenizer';
export { favouring, type ScriptedLogits, ScriptedModel, type ScriptedModelOptions } from './scripted-model';
export { type UniformModelOptions, UniformRandomModel, uniformStandIn } from './uniform-model';
