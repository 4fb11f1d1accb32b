import type { StreamFrame } from '../stream';

/** one request waiting for a batch. */
export interface QueuedJob<R> {
  request: R;
  /** jobs with the same key may share a batch (they share its run options). */
  key: string;
  /** the job's own end: its timeout or its client gone. */
  signal: AbortSignal;
  onFrame?: ((frame: StreamFrame) => void) | undefined;
}

/**
 * runs requests together; outcomes in request order. One failure may fail them all. `onFrame` is
 * there when a job of the batch wants frames (drawing them costs every step).
 */
export type RunBatch<R, O> = (
  requests: R[],
  context: { signal: AbortSignal; onFrame: ((index: number, frame: StreamFrame) => void) | undefined },
) => Promise<O[]>;

/** a job's outcome and the size of the batch it ran in. */
export interface BatchResult<O> {
  outcome: O;
  batchSize: number;
}

/** the queue holds its most; `retryAfterSeconds` is when room is likely. */
export class QueueFullError extends Error {
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    super('the server is busy: too many requests are waiting');
    this.name = 'QueueFullError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** the queue was closed (the server is stopping). */
export class QueueClosedError extends Error {
  constructor() {
    super('the server is shutting down');
    this.name = 'QueueClosedError';
  }
}

interface Entry<R, O> {
  job: QueuedJob<R>;
  settled: boolean;
  resolve(result: BatchResult<O>): void;
  reject(error: unknown): void;
}

/**
 * requests in flight wait here and run in batches, one batch at a time: the head of the queue and
 * the next waiting jobs with its key, up to `maxBatch` (one forward pass per step for the batch).
 * At most `maxQueue` wait; one more is refused with a `QueueFullError`. A job whose signal fires
 * leaves at once (its batch goes on for the others, and stops when none is left). When a batch
 * fails, each of its jobs is run alone, so that one bad request fails only itself.
 */
export class BatchQueue<R, O> {
  readonly #maxBatch: number;
  readonly #maxQueue: number;
  readonly #run: RunBatch<R, O>;
  #waiting: Entry<R, O>[] = [];
  #running: { entries: Entry<R, O>[]; controller: AbortController; done: Promise<void> } | undefined;
  #scheduled = false;
  #closed = false;
  #meanBatchMs = 0;

  constructor({ maxBatch, maxQueue, run }: { maxBatch: number; maxQueue: number; run: RunBatch<R, O> }) {
    this.#maxBatch = maxBatch;
    this.#maxQueue = maxQueue;
    this.#run = run;
  }

  /** jobs waiting for a batch. */
  get waiting(): number {
    return this.#waiting.length;
  }

  /** jobs in the batch that is running. */
  get running(): number {
    return this.#running?.entries.filter((entry) => !entry.settled).length ?? 0;
  }

  /** seconds until a refused job would likely find room: the batches ahead of it at the mean batch time. */
  retryAfterSeconds(): number {
    const batchesAhead = Math.ceil(this.#waiting.length / this.#maxBatch) + 1;
    return Math.max(1, Math.ceil((this.#meanBatchMs * batchesAhead) / 1000));
  }

  submit(job: QueuedJob<R>): Promise<BatchResult<O>> {
    if (this.#closed) return Promise.reject(new QueueClosedError());
    if (job.signal.aborted) return Promise.reject(job.signal.reason);
    if (this.#waiting.length >= this.#maxQueue)
      return Promise.reject(new QueueFullError(this.retryAfterSeconds()));
    return new Promise<BatchResult<O>>((resolve, reject) => {
      const onAbort = () => this.#leave(entry);
      const entry: Entry<R, O> = {
        job,
        settled: false,
        resolve: (result) => {
          entry.settled = true;
          job.signal.removeEventListener('abort', onAbort);
          resolve(result);
        },
        reject: (error) => {
          entry.settled = true;
          job.signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      };
      job.signal.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(entry);
      this.#schedule();
    });
  }

  /** refuse the waiting jobs and new ones; resolves when the running batch has ended. */
  async close(): Promise<void> {
    this.#closed = true;
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const entry of waiting) entry.reject(new QueueClosedError());
    await this.#running?.done;
  }

  #leave(entry: Entry<R, O>): void {
    if (entry.settled) return;
    this.#waiting = this.#waiting.filter((other) => other !== entry);
    entry.reject(entry.job.signal.reason);
    const running = this.#running;
    if (running?.entries.every((other) => other.settled)) running.controller.abort(entry.job.signal.reason);
  }

  #schedule(): void {
    if (this.#scheduled || this.#running || this.#closed) return;
    this.#scheduled = true;
    // the jobs that arrive in this turn of the event loop join the batch
    setImmediate(() => {
      this.#scheduled = false;
      this.#next();
    });
  }

  #next(): void {
    if (this.#running || this.#waiting.length === 0) return;
    const key = this.#waiting[0]!.job.key;
    const entries: Entry<R, O>[] = [];
    const rest: Entry<R, O>[] = [];
    for (const entry of this.#waiting)
      (entries.length < this.#maxBatch && entry.job.key === key ? entries : rest).push(entry);
    this.#waiting = rest;
    const controller = new AbortController();
    const started = performance.now();
    const done = this.#runBatch(entries, controller.signal).finally(() => {
      const ms = performance.now() - started;
      this.#meanBatchMs = this.#meanBatchMs === 0 ? ms : 0.8 * this.#meanBatchMs + 0.2 * ms;
      this.#running = undefined;
      this.#schedule();
    });
    this.#running = { entries, controller, done };
  }

  async #runBatch(entries: Entry<R, O>[], signal: AbortSignal): Promise<void> {
    try {
      const outcomes = await this.#run(
        entries.map((entry) => entry.job.request),
        {
          signal,
          onFrame: entries.some((entry) => entry.job.onFrame)
            ? (index, frame) => this.#frame(entries[index], frame)
            : undefined,
        },
      );
      entries.forEach((entry, index) => {
        if (!entry.settled) entry.resolve({ outcome: outcomes[index]!, batchSize: entries.length });
      });
    } catch (error) {
      if (entries.length === 1 || signal.aborted) {
        for (const entry of entries) if (!entry.settled) entry.reject(error);
        return;
      }
      // whose request failed the batch is not known: each is run alone, and fails alone
      for (const entry of entries) {
        if (entry.settled) continue;
        try {
          const [outcome] = await this.#run([entry.job.request], {
            signal: entry.job.signal,
            onFrame: entry.job.onFrame ? (_, frame) => this.#frame(entry, frame) : undefined,
          });
          if (!entry.settled) entry.resolve({ outcome: outcome!, batchSize: 1 });
        } catch (alone) {
          if (!entry.settled) entry.reject(alone);
        }
      }
    }
  }

  #frame(entry: Entry<R, O> | undefined, frame: StreamFrame): void {
    if (entry && !entry.settled) entry.job.onFrame?.(frame);
  }
}
