import { UnmaskError } from '@unmask/core';

/** bounds on what one request may ask and on how many may wait. */
export interface ServeLimits {
  /** request body, bytes (413 over it). Default 1 MiB. */
  maxBodyBytes: number;
  /** the prompt the messages join into, characters (400 over it; the model's own length applies too). Default 32,000. */
  maxPromptChars: number;
  /** the JSON text of the schemas a request carries (response format and tools together), bytes. Default 64 KiB. */
  maxSchemaBytes: number;
  /** tools one request may offer. Default 64. */
  maxTools: number;
  /** milliseconds a request may take, waiting in the queue included (504 after it). Default 60,000. */
  timeoutMs: number;
  /** requests filled together, one forward pass per step for all of them. Default 8. */
  maxBatch: number;
  /** requests waiting for a batch at most; more are answered 429 with `Retry-After`. Default 64. */
  maxQueue: number;
}

export const DEFAULT_SERVE_LIMITS: Readonly<ServeLimits> = Object.freeze({
  maxBodyBytes: 1 << 20,
  maxPromptChars: 32_000,
  maxSchemaBytes: 64 << 10,
  maxTools: 64,
  timeoutMs: 60_000,
  maxBatch: 8,
  maxQueue: 64,
});

/** the defaults with the given limits over them; each must be a positive integer. */
export function serveLimitsOf(limits: Partial<ServeLimits> = {}): ServeLimits {
  const merged = { ...DEFAULT_SERVE_LIMITS };
  for (const [key, value] of Object.entries(limits)) {
    if (value === undefined) continue;
    if (!(key in DEFAULT_SERVE_LIMITS))
      throw new UnmaskError({ code: 'invalid-argument', message: `unknown serve limit "${key}"` });
    if (!(Number.isSafeInteger(value) && value > 0))
      throw new UnmaskError({
        code: 'invalid-argument',
        message: `serve limit ${key} must be a positive integer, got ${JSON.stringify(value)}`,
      });
    merged[key as keyof ServeLimits] = value;
  }
  return merged;
}
