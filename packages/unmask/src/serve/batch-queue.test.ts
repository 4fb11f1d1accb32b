import { describe, expect, it } from 'vitest';
import { BatchQueue, QueueClosedError, QueueFullError } from './batch-queue';

/** a queue whose batches record what they held and answer each request doubled, after `ms`. */
function queueOf({
  maxBatch = 3,
  maxQueue = 10,
  ms = 10,
  fail = (() => false) as (requests: number[]) => boolean,
} = {}) {
  const batches: number[][] = [];
  const queue = new BatchQueue<number, number>({
    maxBatch,
    maxQueue,
    run: async (requests, { signal }) => {
      batches.push(requests);
      await new Promise((resolve) => setTimeout(resolve, ms));
      if (signal.aborted) throw signal.reason;
      if (fail(requests)) throw new Error(`batch ${requests} failed`);
      return requests.map((request) => request * 2);
    },
  });
  const submit = (request: number, key = 'a', signal = new AbortController().signal) =>
    queue.submit({ request, key, signal });
  return { queue, batches, submit };
}

describe('BatchQueue', () => {
  it('runs jobs that arrive together as one batch, up to maxBatch, in order', async () => {
    const { batches, submit } = queueOf({ maxBatch: 3 });
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => submit(n)));
    expect(results.map((result) => result.outcome)).toEqual([2, 4, 6, 8, 10]);
    expect(batches).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(results.map((result) => result.batchSize)).toEqual([3, 3, 3, 2, 2]);
  });

  it('jobs with other run options (keys) go in other batches', async () => {
    const { batches, submit } = queueOf();
    await Promise.all([submit(1, 'a'), submit(2, 'b'), submit(3, 'a')]);
    expect(batches).toEqual([[1, 3], [2]]);
  });

  it('over maxQueue waiting, a job is refused with a retry time', async () => {
    const { submit } = queueOf({ maxBatch: 1, maxQueue: 2 });
    const accepted = [submit(1), submit(2)];
    const refused = await submit(3).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(QueueFullError);
    expect((refused as QueueFullError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    await Promise.all(accepted);
  });

  it('a job whose signal fires leaves at once; a batch left by all its jobs is stopped', async () => {
    const { queue, batches, submit } = queueOf({ ms: 50 });
    const controller = new AbortController();
    const leaving = submit(1, 'a', controller.signal);
    const staying = submit(2);
    setTimeout(() => controller.abort(new Error('gone')), 5);
    await expect(leaving).rejects.toThrow('gone');
    expect((await staying).outcome).toBe(4);
    expect(batches).toEqual([[1, 2]]);
    const alone = new AbortController();
    const stopped = submit(3, 'a', alone.signal);
    setTimeout(() => alone.abort(new Error('also gone')), 5);
    await expect(stopped).rejects.toThrow('also gone');
    expect(queue.running + queue.waiting).toBe(0);
  });

  it('a failed batch is run again one job at a time: only the failing job fails', async () => {
    const { batches, submit } = queueOf({ fail: (requests) => requests.includes(2) });
    const [one, two, three] = await Promise.allSettled([submit(1), submit(2), submit(3)]);
    expect(one).toMatchObject({ status: 'fulfilled', value: { outcome: 2, batchSize: 1 } });
    expect(two).toMatchObject({ status: 'rejected' });
    expect(three).toMatchObject({ status: 'fulfilled', value: { outcome: 6, batchSize: 1 } });
    expect(batches).toEqual([[1, 2, 3], [1], [2], [3]]);
  });

  it('close refuses the waiting jobs and new ones, and lets the running batch end', async () => {
    const { queue, submit } = queueOf({ maxBatch: 1 });
    const running = submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    const waiting = submit(2).catch((error: unknown) => error);
    await queue.close();
    expect((await running).outcome).toBe(2);
    expect(await waiting).toBeInstanceOf(QueueClosedError);
    await expect(submit(3)).rejects.toBeInstanceOf(QueueClosedError);
  });
});
