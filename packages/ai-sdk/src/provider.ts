import { type LanguageModelV4, NoSuchModelError, type ProviderV4 } from '@ai-sdk/provider';
import { createHandler, createUnmask, type ServeLimits, type Unmask, type UnmaskHandler } from 'unmask';
import { type UnmaskEndpoint, UnmaskLanguageModel } from './language-model';

/** `nano` (the embedded model), a model directory in process, or the id an `unmask serve` lists. */
export type UnmaskModelId = 'nano' | (string & {});

export interface UnmaskProviderSettings {
  /**
   * an `unmask serve` endpoint, e.g. `http://127.0.0.1:8080/v1`. Omitted, models run in this
   * process: `nano` is the embedded model and any other id a model directory.
   */
  baseURL?: string;
  /** sent as `Authorization: Bearer <apiKey>` (default: `UNMASK_API_KEY` from the environment). */
  apiKey?: string;
  /** more headers on every request. */
  headers?: Record<string, string>;
  /** the fetch used with `baseURL` (default: the global one). */
  fetch?: typeof globalThis.fetch;
  /** in process: the client every model id runs with (default: one per id, made on first use). */
  unmask?: Unmask;
  /** in process: bounds on requests, batches and the queue, as `unmask serve` has them. */
  limits?: Partial<ServeLimits>;
}

/** the unmask provider: `unmask('nano')` is a language model for the AI SDK. */
export interface UnmaskProvider extends ProviderV4 {
  (modelId: UnmaskModelId): LanguageModelV4;
  languageModel(modelId: UnmaskModelId): LanguageModelV4;
  /** release the models this provider loaded in process. */
  dispose(): Promise<void>;
}

/**
 * an unmask provider for the AI SDK. With `baseURL` it calls `unmask serve` over HTTP; without,
 * it runs the model in this process through the same handler (`unmask`'s `createHandler`), so
 * concurrent calls are batched alike and answers and errors are the same either way.
 */
export function createUnmaskProvider(settings: UnmaskProviderSettings = {}): UnmaskProvider {
  const apiKey = settings.apiKey ?? process.env.UNMASK_API_KEY;
  const headers = () => ({
    ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
    ...settings.headers,
  });
  const local = new Map<string, { handler: UnmaskHandler; client: Unmask; owned: boolean }>();

  const endpointOf = (modelId: string): UnmaskEndpoint => {
    if (settings.baseURL !== undefined) {
      const fetch = settings.fetch ?? globalThis.fetch;
      return {
        url: `${settings.baseURL.replace(/\/+$/, '')}/chat/completions`,
        fetch: (request) => fetch(request),
        headers,
      };
    }
    const handlerOf = () => {
      let entry = local.get(modelId);
      if (!entry) {
        const owned = settings.unmask === undefined;
        const client = settings.unmask ?? createUnmask(modelId === 'nano' ? {} : { model: modelId });
        const handler = createHandler({
          unmask: client,
          modelId,
          ...(settings.limits ? { limits: settings.limits } : {}),
        });
        entry = { handler, client, owned };
        local.set(modelId, entry);
      }
      return entry.handler;
    };
    // the in-process handler needs no key; the URL only names the route
    return {
      url: 'http://unmask.local/v1/chat/completions',
      fetch: (request) => handlerOf().fetch(request),
      headers: () => ({}),
    };
  };

  const languageModel = (modelId: UnmaskModelId): LanguageModelV4 => {
    if (typeof modelId !== 'string' || modelId === '')
      throw new NoSuchModelError({ modelId: String(modelId), modelType: 'languageModel' });
    return new UnmaskLanguageModel(modelId, endpointOf(modelId));
  };
  const none = (modelType: 'embeddingModel' | 'imageModel') => (modelId: string) => {
    throw new NoSuchModelError({
      modelId,
      modelType,
      message: `unmask has language models only (asked for ${modelType} ${JSON.stringify(modelId)})`,
    });
  };

  return Object.assign((modelId: UnmaskModelId) => languageModel(modelId), {
    specificationVersion: 'v4' as const,
    languageModel,
    embeddingModel: none('embeddingModel'),
    imageModel: none('imageModel'),
    async dispose() {
      const entries = [...local.values()];
      local.clear();
      for (const { handler, client, owned } of entries) {
        await handler.close();
        if (owned) await client.dispose();
      }
    },
  });
}

/** the default provider: in process, the embedded model as `unmask('nano')`. */
export const unmask: UnmaskProvider = createUnmaskProvider();
