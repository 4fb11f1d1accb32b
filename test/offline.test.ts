import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasNanoModel } from 'unmask';
import { afterAll, describe, expect, it } from 'vitest';

const child = join(import.meta.dirname, '__fixtures__', 'offline-child.ts');
const strace = spawnSync('strace', ['-V']).status === 0;
// onnxruntime's telemetry resolved its host about 11 s after the runtime started: stay past it
const ALIVE_MS = 13_000;

/** every file under a folder, relative to it. */
function walk(folder: string, prefix = ''): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? walk(join(folder, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

/** a process that loads the model leaves nothing on disk and opens no network socket. */
describe.skipIf(!hasNanoModel())('offline: onnxruntime telemetry is off by default', () => {
  const root = mkdtempSync(join(tmpdir(), 'unmask-offline-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it(`writes no file outside the model directory and opens no inet socket${strace ? '' : ' (strace missing: files only)'}`, () => {
    const home = join(root, 'home');
    const temp = join(root, 'tmp');
    mkdirSync(home);
    mkdirSync(temp);
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: home,
      TMPDIR: temp,
      XDG_CACHE_HOME: join(home, '.cache'),
    };
    const node = [
      process.execPath,
      '--conditions=@unmask/source',
      '--import',
      'tsx',
      child,
      String(strace ? ALIVE_MS : 0),
    ];
    const trace = join(root, 'trace.txt');
    const [command, ...args] = strace
      ? ['strace', '-f', '-qq', '-e', 'signal=none', '-e', 'trace=socket,connect', '-o', trace, ...node]
      : node;
    const run = spawnSync(command as string, args, { env, encoding: 'utf8', timeout: 50_000 });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout.trim().split('\n').at(-1) as string);
    expect(typeof out.value.name).toBe('string');
    // tsx's own compile cache is the only thing the test expects in the temp folder
    expect(walk(temp).filter((file) => !file.startsWith('tsx-'))).toEqual([]);
    expect(walk(home)).toEqual([]);
    if (strace) {
      const inet = readFileSync(trace, 'utf8')
        .split('\n')
        .filter((line) => /AF_INET6?\b/.test(line));
      expect(inet).toEqual([]);
    }
    expect(out.telemetry).toBe('1');
  }, 60_000);
});
