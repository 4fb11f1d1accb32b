import type { Frame } from '@unmask/core';

/** what `stream()` yields after every step: the canvas as text (masks shown as `░`) and counters. */
export type StreamFrame = Frame & { round: number };

/** an async iterable of frames, ending when the run ends; `result` settles with the run. */
export interface UnmaskStream<R> extends AsyncIterable<StreamFrame> {
  readonly result: Promise<R>;
}

/** run a job that reports frames, and hand its frames out as an async iterable. */
export function streamOf<R>(run: (onFrame: (frame: StreamFrame) => void) => Promise<R>): UnmaskStream<R> {
  const frames: StreamFrame[] = [];
  let wake: (() => void) | undefined;
  let settled = false;
  const result = run((frame) => {
    frames.push(frame);
    wake?.();
  });
  const finish = () => {
    settled = true;
    wake?.();
  };
  result.then(finish, finish);
  return {
    result,
    async *[Symbol.asyncIterator]() {
      for (;;) {
        const frame = frames.shift();
        if (frame) {
          yield frame;
          continue;
        }
        if (settled) {
          await result; // throws the run's error
          return;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
    },
  };
}
