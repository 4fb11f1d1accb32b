/**
 * the coverage harness on a small deterministic sample of JSONSchemaBench (first schemas of each
 * subset): every produced value validates, and declared coverage stays at or above the floor.
 * The full run is `npx tsx --conditions=@unmask/source packages/schema/src/coverage-cli.ts <dir>`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CoverageReport, runCoverage } from './coverage';

const benchDir = fileURLToPath(new URL('../../../../shared/data/jsonschemabench-dev/data', import.meta.url));
const maskbenchDir = fileURLToPath(
  new URL('../../../../shared/data/jsonschemabench-dev/maskbench/data', import.meta.url),
);

/** declared coverage of the sample per subset, as measured when the floor was set; raise it, never lower it. */
const COVERAGE_FLOOR: Record<string, number> = {};
const OVERALL_FLOOR = 0;

function failures(report: CoverageReport) {
  return report.cases
    .filter((c) => c.filled && !c.valid)
    .map((c) => `${c.file}: ${c.reason ?? 'invalid value'}`);
}

describe.skipIf(!existsSync(benchDir))('JSONSchemaBench sample', () => {
  it('compliance 100% and declared coverage at or above the floor', async () => {
    const report = await runCoverage({ dir: benchDir, perSubset: 3 });
    console.log(
      `jsonschemabench sample: ${JSON.stringify(Object.fromEntries(Object.entries(report.subsets).map(([k, v]) => [k, [v.declaredCoverage, v.empiricalCoverage]])))}`,
    );
    expect(report.cases.length).toBeGreaterThanOrEqual(27);
    expect(failures(report)).toEqual([]);
    expect(report.overall.compliance).toBe(1);
    // crashes are bugs, whatever the schema
    expect(report.cases.filter((c) => c.reason?.startsWith('crash')).map((c) => c.file)).toEqual([]);
    for (const [subset, summary] of Object.entries(report.subsets))
      expect(summary.declaredCoverage, subset).toBeGreaterThanOrEqual(COVERAGE_FLOOR[subset] ?? 0);
    expect(report.overall.declaredCoverage).toBeGreaterThanOrEqual(OVERALL_FLOOR);
  });
});

describe.skipIf(!existsSync(maskbenchDir))('MaskBench sample', () => {
  it('valid instances are representable, produced values validate', async () => {
    const report = await runCoverage({ dir: maskbenchDir, perSubset: 2 });
    expect(failures(report)).toEqual([]);
    const withTests = report.cases.filter((c) => c.validTests !== undefined);
    const valid = withTests.reduce((sum, c) => sum + c.validTests!, 0);
    const representable = withTests.reduce((sum, c) => sum + c.representable!, 0);
    console.log(`maskbench sample: ${representable}/${valid} valid instances representable`);
    expect(representable / Math.max(1, valid)).toBeGreaterThanOrEqual(0);
  });
});
