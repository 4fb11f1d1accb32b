#!/usr/bin/env node
/**
 * `unmask-coverage <dir> [--json] [--per-subset N]`: declared coverage, compliance and compile
 * times of every schema under dir (or of the N smallest of each subset).
 */
import { existsSync } from 'node:fs';
import { runCoverage } from './coverage';

const args = process.argv.slice(2);
const json = args.includes('--json');
const perSubsetAt = args.indexOf('--per-subset');
const perSubset = perSubsetAt >= 0 ? Number(args[perSubsetAt + 1]) : undefined;
const dir = args.find((arg, k) => !arg.startsWith('--') && (perSubsetAt < 0 || k !== perSubsetAt + 1));
if (!dir || args.includes('--help')) {
  console.log('usage: unmask-coverage <dir> [--json] [--per-subset N]');
  process.exit(dir ? 0 : 2);
}
if (!existsSync(dir)) {
  console.error(`unmask coverage: no such directory: ${dir}`);
  process.exit(2);
}
if (perSubset !== undefined && !(Number.isInteger(perSubset) && perSubset > 0)) {
  console.error('unmask coverage: --per-subset takes a positive integer');
  process.exit(2);
}
const report = await runCoverage({
  dir,
  ...(perSubset !== undefined ? { perSubset } : {}),
  onCase: json ? undefined : (c, i, n) => process.stderr.write(`\r${i + 1}/${n} ${c.subset.padEnd(20)}`),
});
if (json) {
  console.log(
    JSON.stringify(
      { subsets: report.subsets, overall: report.overall, topReasons: report.topReasons },
      null,
      2,
    ),
  );
} else {
  process.stderr.write('\n');
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const rows = Object.entries({ ...report.subsets, overall: report.overall }).map(([subset, s]) => ({
    subset,
    schemas: s.schemas,
    coverage: pct(s.declaredCoverage),
    compliance: pct(s.compliance),
    exhausted: s.exhausted,
    empirical: pct(s.empiricalCoverage),
    overConstrained: s.overConstrained,
    'over-constrained (grown)': s.overConstrainedGrown,
    'compile p50 ms': s.compileP50Ms.toFixed(2),
    'compile p99 ms': s.compileP99Ms.toFixed(2),
    'layout p50 ms': s.layoutP50Ms.toFixed(2),
    'layout p99 ms': s.layoutP99Ms.toFixed(2),
    'optional offered/filled': `${s.optionalOffered}/${s.optionalFilled}`,
  }));
  console.table(rows);
  console.log('top reasons:');
  for (const { reason, count } of report.topReasons) console.log(`  ${String(count).padStart(4)}  ${reason}`);
}
