/**
 * smoke test of the comparison benchmark: `pnpm bench --quick` runs and writes results of the
 * agreed shape, a report and a plot. It asserts the shape only, never a timing or a ratio.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'unmask-bench-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const FIGURES = [
  'validity',
  'accuracy',
  'nfePerResult',
  'nfePerToken',
  'p50Ms',
  'p95Ms',
  'overheadShare',
  'throughput',
  'rssMb',
] as const;

const numberOrNull = (value: unknown) =>
  value === null || (typeof value === 'number' && Number.isFinite(value));

describe('pnpm bench --quick', () => {
  it('writes latest.json, REPORT.md and the plot', { timeout: 600_000 }, () => {
    const run = spawnSync(
      join(root, 'node_modules/.bin/tsx'),
      ['--conditions=@unmask/source', join(root, 'bench/compare/main.ts'), '--quick', '--out', out],
      { cwd: root, encoding: 'utf8', timeout: 590_000 },
    );
    expect(run.status, run.stderr.slice(-4000)).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8'));
    expect(typeof results.machine).toBe('object');
    expect(typeof results.machine.cpus).toBe('number');
    for (const workload of ['extraction', 'templates', 'scale'])
      expect(Object.keys(results.workloads)).toContain(workload);
    // the schema sample is read at run time: measured, or skipped with a reason
    if (!results.workloads.schemas) expect(typeof results.skipped['schemas/unmask']).toBe('string');
    for (const method of ['unmask', 'left-to-right', 'full-left-to-right', 'unconstrained']) {
      expect(results.workloads.extraction[method]).toBeDefined();
      expect(results.workloads.templates[method]).toBeDefined();
    }
    // xgrammar: measured, or said why not
    if (results.workloads.schemas && !results.workloads.schemas.xgrammar)
      expect(typeof results.skipped['schemas/xgrammar']).toBe('string');
    for (const methods of Object.values(results.workloads) as Array<
      Record<string, Record<string, unknown>>
    >) {
      expect(methods.unmask).toBeDefined();
      for (const figures of Object.values(methods)) {
        for (const key of FIGURES) expect(figures).toHaveProperty(key);
        for (const key of FIGURES.filter((k) => k !== 'throughput'))
          expect(numberOrNull(figures[key])).toBe(true);
        const throughput = figures.throughput as Record<string, unknown>;
        expect(Object.keys(throughput).sort()).toEqual(['1', '16', '4']);
        for (const value of Object.values(throughput)) expect(numberOrNull(value)).toBe(true);
      }
    }
    for (const target of results.targets) {
      expect(typeof target.target).toBe('string');
      expect([true, false, null]).toContain(target.met);
    }
    const report = readFileSync(join(out, 'REPORT.md'), 'utf8');
    expect(report).toContain('## Targets');
    expect(report).toContain('accuracy-vs-nfe.svg');
    expect(existsSync(join(out, 'accuracy-vs-nfe.svg'))).toBe(true);
    expect(readFileSync(join(out, 'accuracy-vs-nfe.svg'), 'utf8')).toMatch(/^<svg /);
  });
});
