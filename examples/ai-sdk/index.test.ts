import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createServer, hasNanoModel, type UnmaskServer } from 'unmask';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleClient } from '../test-support';
import { CallRequest, message } from './index';

const root = join(import.meta.dirname, '..', '..');
/** the example as its own process (not blocking this one: the server under test answers it). */
function run(
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    ['--conditions=@unmask/source', '--import', 'tsx', join(import.meta.dirname, 'index.ts')],
    { cwd: root, env: { ...process.env, AI_SDK_LOG_WARNINGS: 'false', ...env } },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (data: Buffer) => (stdout += data));
  child.stderr.on('data', (data: Buffer) => (stderr += data));
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stdout, stderr })));
}

/** the example printed one line: a call request the zod schema accepts. */
function expectValid(result: Awaited<ReturnType<typeof run>>) {
  expect(result.status, result.stderr).toBe(0);
  const lines = result.stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  const parsed = CallRequest.safeParse(JSON.parse(lines[0]!));
  expect(parsed.success, lines[0]).toBe(true);
  return parsed.data!;
}

describe('example: ai-sdk', () => {
  const unmask = exampleClient();
  let server: UnmaskServer;
  let baseURL: string;
  beforeAll(async () => {
    server = createServer({ unmask });
    baseURL = `${(await server.listen({ port: 0 })).url}/v1`;
  });
  afterAll(async () => {
    await server.close();
    await unmask.dispose();
  });

  it('against a running unmask serve (UNMASK_BASE_URL): prints a valid call request', async () => {
    const request = expectValid(await run({ UNMASK_BASE_URL: baseURL }));
    // grounded: the date and the e-mail are the message's (the only ones in it)
    expect(request.date).toBe('2025-03-14');
    expect(message).toContain(request.email);
  });

  it.skipIf(!hasNanoModel())('in process (the embedded model): prints a valid call request', async () => {
    expectValid(await run({ UNMASK_BASE_URL: '' }));
  });
});
