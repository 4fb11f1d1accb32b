import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { schemaValidator } from '@unmask/schema';
import { createServer, hasNanoModel, type UnmaskServer } from 'unmask';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleClient } from '../test-support';
import { contactSchema, message } from './index';

const root = join(import.meta.dirname, '..', '..');
/** the example as its own process (not blocking this one: the server under test answers it). */
function run(
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    ['--conditions=@unmask/source', '--import', 'tsx', join(import.meta.dirname, 'index.ts')],
    { cwd: root, env: { ...process.env, ...env } },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (data: Buffer) => (stdout += data));
  child.stderr.on('data', (data: Buffer) => (stderr += data));
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stdout, stderr })));
}

/** the example printed one line: a contact the schema accepts. */
function expectValid(result: Awaited<ReturnType<typeof run>>) {
  expect(result.status, result.stderr).toBe(0);
  const lines = result.stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  const contact = JSON.parse(lines[0]!);
  expect(schemaValidator(contactSchema)(contact)).toEqual([]);
  return contact as { name: string; email: string; age: number };
}

describe('example: openai-client', () => {
  const unmask = exampleClient();
  let server: UnmaskServer;
  let baseURL: string;
  beforeAll(async () => {
    server = createServer({ unmask, apiKey: 'example-key' });
    baseURL = `${(await server.listen({ port: 0 })).url}/v1`;
  });
  afterAll(async () => {
    await server.close();
    await unmask.dispose();
  });

  it('against a running unmask serve (UNMASK_BASE_URL): prints a valid contact', async () => {
    const contact = expectValid(await run({ UNMASK_BASE_URL: baseURL, UNMASK_API_KEY: 'example-key' }));
    // grounded: the age is the message's
    expect(contact.age).toBe(34);
  });

  it.skipIf(!hasNanoModel())(
    'alone (its own server, the embedded model): prints a valid contact',
    async () => {
      const contact = expectValid(await run({ UNMASK_BASE_URL: '' }));
      expect(message).toContain(contact.email);
    },
  );
});
