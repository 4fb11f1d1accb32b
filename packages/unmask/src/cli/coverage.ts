import { statSync } from 'node:fs';
import { runCoverage, type SubsetSummary } from '@unmask/schema';
import { CliError } from './cli-error';
import { parse } from './common';
import { progressBar } from './render';

export const coverageHelp = `usage: unmask coverage <dir> [--json]

Compile every JSON Schema under <dir> (bare schemas, or MaskBench files {schema, tests}), fill
each with a random-logits model, and report per subset the declared coverage (compiled without
an unsupported error) and the compliance (filled values that validate).

  --json       print one JSON object
  --seed N     sampling seed (default 0)
  -h, --help   this help`;

export async function coverageCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(
    'coverage',
    args,
    { json: { type: 'boolean' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  if (values.help) {
    process.stdout.write(`${coverageHelp}\n`);
    return 0;
  }
  const [dir] = positionals;
  if (dir === undefined) throw new CliError('a directory is required (see unmask coverage --help)', 2);
  let isDirectory = false;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!isDirectory) throw new CliError(`no such directory: ${dir}`);
  const seed = values.seed === undefined ? 0 : Number(values.seed);
  const onCase = (index: number, total: number) => progressBar(process.stderr, index + 1, total, 'schemas');
  const report = await runCoverage({ dir, seed, onCase: (_, index, total) => onCase(index, total) });
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ subsets: report.subsets, overall: report.overall, topReasons: report.topReasons }, null, 2)}\n`,
    );
    return 0;
  }
  const pct = (x: unknown) => `${(100 * Number(x)).toFixed(1)}%`;
  const rows = Object.entries({ ...report.subsets, overall: report.overall }).map(([subset, s]) => {
    const summary: SubsetSummary = s;
    return `${subset.padEnd(24)} ${String(summary.schemas).padStart(6)} ${pct(summary.declaredCoverage).padStart(9)} ${pct(summary.compliance).padStart(11)}`;
  });
  process.stdout.write(`${'subset'.padEnd(24)} schemas  coverage  compliance\n${rows.join('\n')}\n`);
  const reasons = report.topReasons as Array<{ reason: string; count: number }>;
  if (reasons.length) {
    process.stdout.write('top reasons:\n');
    for (const { reason, count } of reasons)
      process.stdout.write(`  ${String(count).padStart(4)}  ${reason}\n`);
  }
  return 0;
}
