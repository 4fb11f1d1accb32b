export type { UnmaskProviderOptions } from './chat-request';
export {
  createUnmaskProvider,
  type UnmaskModelId,
  type UnmaskProvider,
  type UnmaskProviderSettings,
  unmask,
} from './provider';
