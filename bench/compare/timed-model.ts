import type { DenoisingModel, ForwardInput, ForwardOutput } from '@unmask/core';

/** a model wrapper that counts forward passes and the milliseconds spent inside them, and records the shapes. */
export class TimedModel implements DenoisingModel {
  readonly specificationVersion = 'v1' as const;
  readonly modelId: string;
  readonly vocabSize: number;
  readonly maskTokenId: number;
  readonly padTokenId: number;
  readonly maxLength: number;
  calls = 0;
  forwardMs = 0;
  /** `${batch}x${length}` -> count, for the raw forward replay. */
  readonly shapes = new Map<string, number>();
  /** concurrent forwards in flight (concurrent generate() calls share the model). */
  private inFlight = 0;
  private busySince = 0;

  constructor(readonly inner: DenoisingModel) {
    this.modelId = inner.modelId;
    this.vocabSize = inner.vocabSize;
    this.maskTokenId = inner.maskTokenId;
    this.padTokenId = inner.padTokenId;
    this.maxLength = inner.maxLength;
  }

  /** past this time (performance.now()), the next forward aborts `controller` (the sampler stops between steps). */
  deadline = Number.POSITIVE_INFINITY;
  controller: AbortController | undefined;

  /** a signal aborted by the first forward after `ms` from now (timers cannot fire inside a fill that never yields to the event loop). */
  limit(ms: number): AbortSignal {
    this.controller = new AbortController();
    this.deadline = performance.now() + ms;
    return this.controller.signal;
  }

  async forward(input: ForwardInput): Promise<ForwardOutput> {
    if (this.controller && performance.now() > this.deadline) this.controller.abort();
    this.calls++;
    const key = `${input.batch}x${input.length}`;
    this.shapes.set(key, (this.shapes.get(key) ?? 0) + 1);
    // wall time with at least one forward in flight (overlapping calls counted once)
    if (this.inFlight++ === 0) this.busySince = performance.now();
    try {
      return await this.inner.forward(input);
    } finally {
      if (--this.inFlight === 0) this.forwardMs += performance.now() - this.busySince;
    }
  }

  reset(): void {
    this.calls = 0;
    this.forwardMs = 0;
    this.shapes.clear();
  }

  dispose(): Promise<void> | void {
    return this.inner.dispose();
  }
}
