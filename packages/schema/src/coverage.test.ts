/**
 * the coverage harness on a small deterministic sample of JSONSchemaBench (first schemas of each
 * subset): every produced value validates, and declared coverage stays at or above the floor.
 * The full run is `pnpm unmask coverage <dir>` (the unmask command line).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CoverageReport, runCoverage } from './coverage';

const benchDir = fileURLToPath(new URL('../../../../shared/data/jsonschemabench-dev/data', import.meta.url));
const maskbenchDir = fileURLToPath(
  new URL('../../../../shared/data/jsonschemabench-dev/maskbench/data', import.meta.url),
);

/**
 * floors on the sample (the 3 smallest schemas of each subset), as measured when they were set:
 * raise them, never lower them. The full-set figures (and the published ones they are compared
 * with) are in the coverage report of the CLI.
 */
const SUBSETS = [
  'Github_easy',
  'Github_hard',
  'Github_medium',
  'Github_trivial',
  'Github_ultra',
  'Glaiveai2K',
  'JsonSchemaStore',
  'Kubernetes',
  'Snowplow',
  'WashingtonPost',
];
const DECLARED_FLOOR: Record<string, number> = Object.fromEntries(SUBSETS.map((subset) => [subset, 1]));
/** schemas of the sample with a valid produced value (no re-noise exhaustion). */
const EMPIRICAL_FLOOR: Record<string, number> = Object.fromEntries(SUBSETS.map((subset) => [subset, 1]));
/** MaskBench sample (2 smallest per group): valid instances the canvas can represent. */
const REPRESENTABLE_FLOOR = 17 / 23;

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
    expect(Object.keys(report.subsets).sort()).toEqual(SUBSETS);
    for (const [subset, summary] of Object.entries(report.subsets)) {
      expect(summary.declaredCoverage, subset).toBeGreaterThanOrEqual(DECLARED_FLOOR[subset]!);
      expect(summary.empiricalCoverage, subset).toBeGreaterThanOrEqual(EMPIRICAL_FLOOR[subset]!);
    }
  }, 240_000);
});

describe.skipIf(!existsSync(maskbenchDir))('MaskBench sample', () => {
  it('valid instances are representable, produced values validate', async () => {
    const report = await runCoverage({ dir: maskbenchDir, perSubset: 2 });
    expect(failures(report)).toEqual([]);
    const withTests = report.cases.filter((c) => c.validTests !== undefined);
    const valid = withTests.reduce((sum, c) => sum + c.validTests!, 0);
    const representable = withTests.reduce((sum, c) => sum + c.representable!, 0);
    const grown = withTests.reduce((sum, c) => sum + c.representableGrown!, 0);
    console.log(
      `maskbench sample: ${representable}/${valid} valid instances representable, ${grown} when full arrays and slots grow`,
    );
    expect(valid).toBeGreaterThan(0);
    expect(representable / valid).toBeGreaterThanOrEqual(REPRESENTABLE_FLOOR);
    // growth only adds: every instance the first layout holds, a grown one holds too
    for (const c of withTests) expect(c.representableGrown!, c.file).toBeGreaterThanOrEqual(c.representable!);
    // a minute alone on two cores (every offering of every union compiled for each valid instance)
  }, 240_000);
});
