import { type StreamFrame, type Unmask, UnmaskError } from 'unmask';
import { afterEach, describe, expect, it } from 'vitest';
import { shippingAddress } from './samples';
import { createFormServer, type FormServer } from './server';

/** a stand-in client: one frame, then the run waits until `release` (or fails as told). */
function standIn(fail?: { before?: unknown; after?: unknown }) {
  const releases: Array<() => void> = [];
  const frame = { step: 1, round: 0, text: '{"a":░}', slotsDone: 0, slotsTotal: 1, masked: 1 } as StreamFrame;
  const unmask = {
    stream() {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      releases.push(release);
      const result = (async () => {
        if (fail?.before) throw fail.before;
        await gate;
        if (fail?.after) throw fail.after;
        return { value: { a: 1 }, fields: {}, stats: { nfe: 1 } };
      })();
      result.catch(() => {});
      return {
        result,
        async *[Symbol.asyncIterator]() {
          if (fail?.before) throw fail.before;
          yield { ...frame, stats: { nfe: 1 } };
          await result;
        },
      };
    },
  } as unknown as Pick<Unmask, 'stream'>;
  return { unmask, release: () => releases.shift()?.() };
}

const body = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ schema: shippingAddress.schema, message: shippingAddress.message, ...extra });

describe('example: form-filling-web server', () => {
  let app: FormServer | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  async function start(options: Parameters<typeof createFormServer>[0]) {
    app = createFormServer({ report: () => {}, ...options });
    return (await app.listen(0)).url;
  }
  const post = (url: string, data: string) =>
    fetch(`${url}/api/fill`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: data });

  it('streams frames as Server-Sent Events; one run too many is a 429; then serves again', async () => {
    const { unmask, release } = standIn();
    const url = await start({ unmask, limits: { maxConcurrent: 1 } });
    const first = await post(url, body());
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const busy = await post(url, body());
    expect(busy.status).toBe(429);
    expect(busy.headers.get('retry-after')).toBe('2');
    expect(((await busy.json()) as { error: { code: string } }).error.code).toBe('busy');
    release();
    const text = await first.text();
    expect(text).toContain('event: frame\ndata: {"step":1');
    expect(text).toContain('event: result\ndata: {"value":{"a":1}');
    const again = await post(url, body());
    expect(again.status).toBe(200);
    release();
    expect(await again.text()).toContain('event: result');
  });

  it('bad input is a 400 (or 413) with a code, never a crash', async () => {
    const { unmask } = standIn();
    const url = await start({ unmask, limits: { maxBodyBytes: 4096, maxMessageChars: 300 } });
    const answer = async (response: Promise<Response>) => {
      const got = await response;
      return [got.status, ((await got.json()) as { error: { code: string } }).error.code];
    };
    expect(await answer(post(url, '{not json'))).toEqual([400, 'invalid-json']);
    expect(await answer(post(url, '[1]'))).toEqual([400, 'invalid-argument']);
    expect(await answer(post(url, body({ schema: [1] })))).toEqual([400, 'invalid-schema']);
    expect(await answer(post(url, body({ message: 42 })))).toEqual([400, 'invalid-argument']);
    expect(await answer(post(url, body({ message: 'x'.repeat(301) })))).toEqual([400, 'message-too-long']);
    expect(await answer(post(url, body({ values: 'name' })))).toEqual([400, 'invalid-argument']);
    expect(await answer(post(url, body({ message: 'x'.repeat(5000) })))).toEqual([413, 'body-too-large']);
    expect(await answer(fetch(`${url}/api/fill`))).toEqual([405, 'method-not-allowed']);
    expect(await answer(fetch(`${url}/../server.ts`))).toEqual([404, 'not-found']);
    expect((await fetch(url)).status).toBe(200);
  });

  it('typed unmask errors keep their code: a 400 before the stream, an error event after it', async () => {
    const tooLong = new UnmaskError({ code: 'canvas-too-long', message: 'the canvas needs 900 tokens' });
    let url = await start({ unmask: standIn({ before: tooLong }).unmask });
    let response = await post(url, body());
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'canvas-too-long', message: 'the canvas needs 900 tokens' },
    });
    await app!.close();
    // an error that is no unmask error: a 500 that says nothing of the inside
    url = await start({ unmask: standIn({ before: new Error('secret detail') }).unmask });
    response = await post(url, body());
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('secret');
    await app!.close();
    const after = standIn({
      after: new UnmaskError({ code: 'renoise-exhausted', message: 'still invalid' }),
    });
    url = await start({ unmask: after.unmask });
    response = await post(url, body());
    expect(response.status).toBe(200);
    after.release();
    expect(await response.text()).toContain(
      'event: error\ndata: {"status":422,"code":"renoise-exhausted","message":"still invalid"}',
    );
  });
});
