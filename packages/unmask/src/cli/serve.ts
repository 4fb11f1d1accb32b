import { basename, resolve } from 'node:path';
import { createUnmask } from '../create-unmask';
import { createServer } from '../serve';
import { DEFAULT_SERVE_LIMITS, type ServeLimits } from '../serve/limits';
import { CliError } from './cli-error';
import { parse } from './common';
import { integerOption } from './io';
import { modelFromOption, SCRIPTED_UNIFORM } from './model-option';

export const serveHelp = `usage: unmask serve [--model <dir>] [--port 8080] [--host 127.0.0.1] [--api-key KEY] [options]

Serve the model over HTTP with OpenAI's chat completions API: an app switches to unmask by
changing its base URL to http://HOST:PORT/v1. Every request needs a schema (response_format
json_schema, or tools); the answer is always valid against it. Requests in flight are filled
in batches (one forward pass per step for the batch). Ctrl-C stops after the running batch.

  --model <dir>       a model directory (default: the embedded nano model;
                      scripted:uniform is a random-logits testing aid)
  --port N            port (default 8080; 0 picks a free one)
  --host H            address to bind (default 127.0.0.1, this machine only)
  --api-key KEY       require Authorization: Bearer KEY (default: $UNMASK_API_KEY; unset, none)
  --model-id ID       the id /v1/models lists (default: nano, or the model directory's name)
  --max-batch N       requests filled together (default ${DEFAULT_SERVE_LIMITS.maxBatch})
  --max-queue N       requests waiting at most; more are answered 429 (default ${DEFAULT_SERVE_LIMITS.maxQueue})
  --timeout S         seconds a request may take, waiting included; then 504 (default ${DEFAULT_SERVE_LIMITS.timeoutMs / 1000})
  -h, --help          this help`;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parse('serve', args, {
    model: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    'api-key': { type: 'string' },
    'model-id': { type: 'string' },
    'max-batch': { type: 'string' },
    'max-queue': { type: 'string' },
    timeout: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${serveHelp}\n`);
    return 0;
  }
  const port = integerOption('port', values.port, 0) ?? 8080;
  if (port > 65535) throw new CliError(`--port must be at most 65535, got ${port}`, 2);
  const host = values.host ?? '127.0.0.1';
  const apiKey = values['api-key'] ?? (process.env.UNMASK_API_KEY || undefined);
  if (apiKey === '') throw new CliError('--api-key must not be empty', 2);
  const limits: Partial<ServeLimits> = {};
  const maxBatch = integerOption('max-batch', values['max-batch'], 1);
  const maxQueue = integerOption('max-queue', values['max-queue'], 1);
  const timeout = integerOption('timeout', values.timeout, 1);
  if (maxBatch !== undefined) limits.maxBatch = maxBatch;
  if (maxQueue !== undefined) limits.maxQueue = maxQueue;
  if (timeout !== undefined) limits.timeoutMs = timeout * 1000;
  const modelId =
    values['model-id'] ??
    (values.model === undefined
      ? 'nano'
      : values.model === SCRIPTED_UNIFORM
        ? SCRIPTED_UNIFORM
        : basename(resolve(values.model)));

  const resolved = await modelFromOption(values.model);
  const { model, tokenizer, promptFormat, compile } = resolved;
  const server = createServer({
    unmask: createUnmask({ model, tokenizer, promptFormat, compile }),
    modelId,
    ...(apiKey !== undefined ? { apiKey } : {}),
    limits,
  });
  try {
    let url: string;
    try {
      ({ url } = await server.listen({ port, host }));
    } catch (error) {
      throw new CliError(`cannot listen on ${host}:${port}: ${(error as Error).message}`);
    }
    const { maxBatch: batch, maxQueue: queue } = { ...DEFAULT_SERVE_LIMITS, ...limits };
    process.stderr.write(
      `unmask serve: ${modelId} at ${url}/v1 (batches of ${batch}, queue ${queue}${apiKey ? ', API key required' : ''}); Ctrl-C stops\n`,
    );
    if (!LOOPBACK.has(host) && !apiKey)
      process.stderr.write(
        `unmask serve: warning: ${host} is reachable from other machines and no --api-key is set\n`,
      );
    await new Promise<void>((stop) => {
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    process.stderr.write('unmask serve: stopping after the running batch\n');
    return 0;
  } finally {
    await server.close();
    if (resolved.owned) await resolved.model.dispose();
  }
}
