import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createHandler, type ServeOptions, type UnmaskHandler } from './handler';

/** where a server listens. */
export interface ListenOptions {
  /** default 8080; 0 picks a free port. */
  port?: number;
  /** default 127.0.0.1 (this machine only); `0.0.0.0` or `::` for every interface. */
  host?: string;
}

/** an unmask HTTP server: the handler, and a Node HTTP server around it once `listen` is called. */
export interface UnmaskServer extends UnmaskHandler {
  /** load the model, then listen; resolves with the address bound. */
  listen(options?: ListenOptions): Promise<{ url: string; host: string; port: number }>;
}

/**
 * unmask's HTTP API (OpenAI's chat completions) on Node's HTTP server. Stateless: every request
 * carries all it needs, so instances scale out behind any load balancer.
 */
export function createServer(options: ServeOptions = {}): UnmaskServer {
  const handler = createHandler(options);
  let server: Server | undefined;
  return {
    fetch: handler.fetch,
    modelId: handler.modelId,
    ready: handler.ready,
    load: handler.load,
    async listen({ port = 8080, host = '127.0.0.1' } = {}) {
      if (server) throw new Error('the server is already listening');
      await handler.ready();
      const listening = await new Promise<Server>((resolve, reject) => {
        // the handler reads the web's own Request and Response: Node's globals are left as they are
        const created = serve(
          { fetch: (request) => handler.fetch(request), port, hostname: host, overrideGlobalObjects: false },
          () => resolve(created as Server),
        ) as Server;
        created.once('error', reject);
      });
      server = listening;
      const bound = (listening.address() as AddressInfo).port;
      return { host, port: bound, url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}` };
    },
    async close() {
      const listening = server;
      server = undefined;
      const closed = listening
        ? new Promise<void>((resolve) => listening.close(() => resolve()))
        : Promise.resolve();
      listening?.closeIdleConnections();
      // the running batch ends and its answers go out; the waiting ones are answered 503
      await handler.close();
      // connections still open a moment later (a client that keeps one) are cut
      const grace = setTimeout(() => listening?.closeAllConnections(), 2000);
      await closed;
      clearTimeout(grace);
    },
  };
}
