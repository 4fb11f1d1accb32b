/**
 * one (workload, method) of the comparison benchmark in a process of its own (so that its peak
 * RSS is its own): `tsx bench/compare/worker.ts <workload> <method> <out.json> [--quick]`.
 */
import { writeFileSync } from 'node:fs';
import { runTask } from './tasks';

const [workload, method, out] = process.argv.slice(2);
if (!workload || !method || !out)
  throw new Error('usage: worker.ts <workload> <method> <out.json> [--quick]');
const quick = process.argv.includes('--quick');
const result = await runTask(workload, method, { quick }, (line) => process.stderr.write(`${line}\n`));
writeFileSync(out, `${JSON.stringify(result)}\n`);
process.exit(0);
