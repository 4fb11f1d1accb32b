export { ManifestError } from './manifest-error';
export { ModelLoadError } from './model-load-error';
export { TokenizerLoadError } from './tokenizer-load-error';
