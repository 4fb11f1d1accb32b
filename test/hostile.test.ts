import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostileCases } from './__fixtures__/hostile-cases';

// issue 23: inputs an untrusted user can hand unmask (schemas, values, patterns, templates, model
// directories), each with what must come of it. The cases run in a child process: a case that
// runs past HANG_MS (a regex backtracking on the main thread, a read that never returns) is
// stopped and reported as a hang, and the rest run in a fresh child.
const child = join(import.meta.dirname, '__fixtures__', 'hostile-child.ts');
const HANG_MS = 60_000;

interface Result {
  outcome: string;
  /** the error's message, or the value that failed its check. */
  detail: string;
  ms: number;
  polluted: boolean;
  fetches: string[];
}

/** run the child from case `start` on; resolves with the results it wrote and the case it hung on, if any. */
function runFrom(start: number): Promise<{ results: Map<number, Result>; hung?: number; stderr: string }> {
  return new Promise((resolve) => {
    const results = new Map<number, Result>();
    const proc = spawn(
      process.execPath,
      ['--conditions=@unmask/source', '--import', 'tsx', child, String(start)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let current = start;
    let buffered = '';
    let stderr = '';
    let hung: number | undefined;
    let guard: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(guard);
      guard = setTimeout(() => {
        hung = current;
        proc.kill('SIGKILL');
      }, HANG_MS);
    };
    arm();
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const message = JSON.parse(line) as { index: number; started?: boolean } & Result;
        current = message.index;
        if (message.started) arm();
        else results.set(message.index, message);
      }
    });
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    proc.on('close', () => {
      clearTimeout(guard);
      if (hung === undefined && current < hostileCases.length && !results.has(current)) hung = current;
      resolve({ results, hung, stderr });
    });
  });
}

const results = new Map<number, Result>();
let stderr = '';

beforeAll(async () => {
  let start = 0;
  while (start < hostileCases.length) {
    const run = await runFrom(start);
    for (const [index, result] of run.results) results.set(index, result);
    stderr += run.stderr;
    if (run.hung === undefined) break;
    results.set(run.hung, {
      outcome: 'hang',
      detail: `no answer in ${HANG_MS} ms, or the process died: ${run.stderr.slice(-500)}`,
      ms: HANG_MS,
      polluted: false,
      fetches: [],
    });
    start = run.hung + 1;
  }
}, 20 * HANG_MS);

describe('hostile corpus: a typed error or a valid value, no hang, no untyped throw, no pollution', () => {
  const title = ({ name, expected, today }: (typeof hostileCases)[number]) =>
    today ? `${name} [today ${today.outcome}, should be ${expected}: ${today.note}]` : `${name}: ${expected}`;
  it.each(hostileCases.map((hostile, index) => [hostile.class, title(hostile), index] as const))(
    '%s: %s',
    (_, __, index) => {
      const hostile = hostileCases[index]!;
      const result = results.get(index);
      expect(result, stderr.slice(-2000)).toBeDefined();
      // a finding pinned: today's outcome, with why it should be `expected` (fix it, then drop `today`)
      expect(result!.outcome, result!.detail).toBe(hostile.today?.outcome ?? hostile.expected);
      expect(result!.polluted).toBe(false);
      expect(result!.fetches).toEqual([]);
    },
  );

  it('covers every class the issue names', () => {
    expect(new Set(hostileCases.map((hostile) => hostile.class))).toEqual(
      new Set([
        'prototype keys',
        'redos',
        'lookaround and backreference',
        'recursive $ref',
        'remote and file $ref',
        'size',
        'template',
        'model directory',
      ]),
    );
  });
});
