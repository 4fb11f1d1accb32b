/**
 * the server of the self-filling form: the page and its files, the sample forms, and one
 * endpoint that fills a form and streams every denoising step to the page as Server-Sent Events.
 * Run: cd examples/form-filling-web && pnpm start (then open the address it prints)
 *
 * POST /api/fill { schema, message, values?, slow?, referenceDate? } answers
 * - 200 text/event-stream: `frame` events (the canvas text, masks shown as ░), then one `result`
 *   (value, fields, stats) or one `error` ({ code, message }) when the run fails after it started;
 * - 400 { error: { code, message } } for a request unmask refuses (typed unmask errors keep their
 *   code: `invalid-schema`, `canvas-too-long`, ...) or a malformed one; 413 past the body limit;
 *   422 when the value stayed invalid after its re-noise rounds; 429 when every run slot is busy.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createUnmask, type StreamFrame, type Unmask, UnmaskError, type UnmaskErrorCode } from 'unmask';
import { sampleForms } from './samples';

export interface FormServerLimits {
  /** largest request body, bytes. */
  maxBodyBytes: number;
  /** longest message, characters (the model's own window is smaller: `canvas-too-long` says by how much). */
  maxMessageChars: number;
  /** runs at once; one more is answered 429. */
  maxConcurrent: number;
  /** a run is stopped after this long. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: FormServerLimits = {
  maxBodyBytes: 64 * 1024,
  maxMessageChars: 4000,
  maxConcurrent: 2,
  timeoutMs: 60_000,
};

export interface FormServerOptions {
  /** the client runs go through (default: the embedded model); the server does not dispose it. */
  unmask?: Pick<Unmask, 'stream'>;
  limits?: Partial<FormServerLimits>;
  /** where unexpected errors go (default: console.error). */
  report?: (error: unknown) => void;
}

export interface FormServer {
  readonly server: Server;
  /** listen on `port` (0: a free one) at `host`; resolves to the page's address. */
  listen(port?: number, host?: string): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
}

const publicDir = join(import.meta.dirname, 'public');
const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/form.js': { file: 'form.js', type: 'text/javascript; charset=utf-8' },
  '/canvas.js': { file: 'canvas.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
  '/favicon.svg': { file: 'favicon.svg', type: 'image/svg+xml' },
};

/** nothing but this server's own files: no CDN, no fonts, no scripts from elsewhere. */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** an answer with a status and a code the page shows. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** typed unmask errors that are the request's fault; the rest are the server's (500, message withheld). */
const SERVER_SIDE: ReadonlySet<UnmaskErrorCode> = new Set(['model', 'tokenizer', 'invalid-layout']);

function httpErrorOf(error: unknown, report: (error: unknown) => void): HttpError {
  if (error instanceof HttpError) return error;
  if (UnmaskError.isInstance(error)) {
    if (error.code === 'renoise-exhausted') return new HttpError(422, error.code, error.message);
    if (error.code === 'aborted')
      return new HttpError(504, error.code, 'the run took too long and was stopped');
    if (!SERVER_SIDE.has(error.code)) return new HttpError(400, error.code, error.message);
  }
  report(error);
  return new HttpError(500, 'internal', 'the server failed to fill the form (see its log)');
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

function sendError(res: ServerResponse, error: HttpError) {
  sendJson(res, error.status, { error: { code: error.code, message: error.message } }, error.headers);
}

/** the body, at most `limit` bytes (413 past it). */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) {
      reject(new HttpError(413, 'body-too-large', `the request is larger than ${limit} bytes`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, 'body-too-large', `the request is larger than ${limit} bytes`));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

interface FillRequest {
  schema: unknown;
  message: string;
  values?: Record<string, unknown>;
  slow: boolean;
  referenceDate?: string;
}

const bad = (code: string, message: string) => new HttpError(400, code, message);

/** the request checked for shape: unmask checks the rest (the schema itself, the values, the length). */
function parseFillRequest(text: string, limits: FormServerLimits): FillRequest {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw bad('invalid-json', 'the request body is not JSON');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw bad('invalid-argument', 'the request body must be an object { schema, message, values }');
  const { schema, message, values, slow, referenceDate } = body as Record<string, unknown>;
  if (schema === null || (typeof schema !== 'object' && typeof schema !== 'boolean') || Array.isArray(schema))
    throw bad('invalid-schema', 'the schema must be a JSON Schema object');
  if (typeof message !== 'string') throw bad('invalid-argument', 'the message must be a string');
  if (message.trim() === '') throw bad('empty-message', 'paste a message to fill the form from');
  if ([...message].length > limits.maxMessageChars)
    throw bad(
      'message-too-long',
      `the message has ${[...message].length} characters; this server takes at most ${limits.maxMessageChars}`,
    );
  if (values !== undefined && (values === null || typeof values !== 'object' || Array.isArray(values)))
    throw bad('invalid-argument', 'values must be an object of the fields you know');
  if (
    referenceDate !== undefined &&
    (typeof referenceDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate))
  )
    throw bad('invalid-argument', 'referenceDate must be YYYY-MM-DD');
  return {
    schema,
    message,
    ...(values !== undefined && Object.keys(values).length > 0
      ? { values: values as Record<string, unknown> }
      : {}),
    slow: slow === true,
    ...(referenceDate !== undefined ? { referenceDate } : {}),
  };
}

/** one Server-Sent Event. */
const event = (name: string, data: unknown) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;

const frameOf = (frame: StreamFrame) => ({
  step: frame.step,
  round: frame.round,
  text: frame.text,
  slotsDone: frame.slotsDone,
  slotsTotal: frame.slotsTotal,
  masked: frame.masked,
  nfe: frame.stats.nfe,
});

export function createFormServer(options: FormServerOptions = {}): FormServer {
  const limits: FormServerLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const report = options.report ?? ((error: unknown) => console.error(error));
  let ownClient: Unmask | undefined;
  const client = () => (options.unmask ??= ownClient = createUnmask());
  let running = 0;

  async function fill(req: IncomingMessage, res: ServerResponse) {
    if (running >= limits.maxConcurrent)
      throw new HttpError(
        429,
        'busy',
        `the server is filling ${running} forms already; try again in a moment`,
        {
          'retry-after': '2',
        },
      );
    running++;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
    const stop = () => controller.abort();
    res.on('close', stop);
    try {
      const request = parseFillRequest(await readBody(req, limits.maxBodyBytes), limits);
      const started = performance.now();
      const stream = client().stream({
        schema: request.schema as object,
        prompt: request.message,
        ...(request.values ? { values: request.values } : {}),
        ...(request.referenceDate ? { referenceDate: request.referenceDate } : {}),
        // slow motion: every field writes one token per step, so the text is seen growing
        ...(request.slow ? { order: 'slot-left-to-right' as const } : {}),
        signal: controller.signal,
      });
      const frames = stream[Symbol.asyncIterator]();
      // the first frame (or the refusal) before the answer's status: a bad schema is a 400, not a broken stream
      let next: IteratorResult<StreamFrame>;
      try {
        next = await frames.next();
      } catch (error) {
        throw httpErrorOf(error, report);
      }
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      try {
        for (; !next.done; next = await frames.next()) {
          if (res.destroyed) break;
          res.write(event('frame', frameOf(next.value)));
        }
        const result = await stream.result;
        const ms = Math.round(performance.now() - started);
        res.end(event('result', { value: result.value, fields: result.fields, stats: result.stats, ms }));
      } catch (error) {
        const answer = httpErrorOf(error, report);
        if (!res.destroyed)
          res.end(event('error', { status: answer.status, code: answer.code, message: answer.message }));
      }
    } finally {
      clearTimeout(timer);
      res.off('close', stop);
      running--;
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/api/fill') {
      if (req.method !== 'POST')
        throw new HttpError(405, 'method-not-allowed', 'POST a form to fill', { allow: 'POST' });
      return fill(req, res);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      throw new HttpError(405, 'method-not-allowed', `${req.method} is not served here`, {
        allow: 'GET, HEAD',
      });
    if (path === '/api/samples')
      return sendJson(res, 200, {
        forms: sampleForms,
        limits: { maxMessageChars: limits.maxMessageChars, maxBodyBytes: limits.maxBodyBytes },
      });
    const served = FILES[path];
    if (!served) throw new HttpError(404, 'not-found', `nothing at ${path}`);
    const body = await readFile(join(publicDir, served.file));
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': served.type,
      'content-length': body.length,
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // never a crash: an answer when one can still be given, the connection closed otherwise
      const answer = httpErrorOf(error, report);
      if (!res.headersSent) sendError(res, answer);
      else if (!res.writableEnded) res.end();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });

  return {
    server,
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          const shown = host.includes(':') ? `[${host}]` : host;
          resolve({ url: `http://${shown}:${address.port}`, port: address.port });
        });
      });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ownClient?.dispose();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  const app = createFormServer();
  const { url } = await app.listen(port, host);
  console.log(`the self-filling form: open ${url} (Ctrl+C stops)`);
  const quit = () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', quit);
  process.once('SIGTERM', quit);
}
