export { bytesToUnicode } from './byte-level';
export { ManifestError, ModelLoadError, TokenizerLoadError } from './errors/index';
export { HuggingFaceTokenizer, loadTokenizer } from './hugging-face-tokenizer';
export { MANIFEST_FILE, type ModelManifest, parseManifest } from './manifest';
export { loadModelDirectory, type ModelDirectory } from './model-directory';
export { OnnxDenoisingModel, type OnnxModelOptions, type OnnxSessionOptions, shiftRight } from './onnx-model';
