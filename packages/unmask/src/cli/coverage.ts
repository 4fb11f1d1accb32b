import { statSync } from 'node:fs';
import { runCoverage, type SubsetSummary } from '@unmask/schema';
import { CliError } from './cli-error';
import { parse } from './common';
import { integerOption } from './io';
import { progressBar } from './render';

export const coverageHelp = `usage: unmask coverage <dir> [--json] [--per-subset N] [--seed N]

Compile every JSON Schema under <dir> (bare schemas, or MaskBench files {schema, tests}), fill
each with a random-logits model, and report per subset: the declared coverage (compiled without
an error), the compliance (filled values that validate), fills that ran out of re-noise rounds,
the empirical coverage (schemas with a valid value), MaskBench instances the canvas cannot hold
(over-constrained; "grown": even when full arrays and slots grow), compile time p50/p99 (ajv's
validator and the layout) and the layout's alone, optional parts offered and filled; then the
most common reasons a schema did not compile.

  --json           print one JSON object (every case included)
  --per-subset N   only the N smallest schemas of each subset (a quick sample)
  --seed N         sampling seed (default 0)
  -h, --help       this help

Progress goes to stderr (a bar on a terminal, a line per tenth otherwise).`;

export async function coverageCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(
    'coverage',
    args,
    {
      json: { type: 'boolean' },
      seed: { type: 'string' },
      'per-subset': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
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
  const seed = integerOption('seed', values.seed) ?? 0;
  const perSubset = integerOption('per-subset', values['per-subset'], 1);
  const started = performance.now();
  let lastTenth = 0;
  const onCase = (index: number, total: number) => {
    if (process.stderr.isTTY) return progressBar(process.stderr, index + 1, total, 'schemas');
    // not a terminal (a log, CI): a line at each tenth, so that a long run is seen to move
    const tenth = Math.floor((10 * (index + 1)) / total);
    if (tenth > lastTenth || index + 1 === total) {
      lastTenth = tenth;
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      process.stderr.write(`coverage: ${index + 1}/${total} schemas, ${seconds} s\n`);
    }
  };
  const report = await runCoverage({
    dir,
    seed,
    ...(perSubset !== undefined ? { perSubset } : {}),
    onCase: (_, index, total) => onCase(index, total),
  });
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ subsets: report.subsets, overall: report.overall, topReasons: report.topReasons, cases: report.cases }, null, 2)}\n`,
    );
    return 0;
  }
  process.stdout.write(`${coverageTable(report.subsets, report.overall)}\n`);
  const reasons = report.topReasons as Array<{ reason: string; count: number }>;
  if (reasons.length) {
    process.stdout.write('top reasons:\n');
    for (const { reason, count } of reasons)
      process.stdout.write(`  ${String(count).padStart(4)}  ${reason}\n`);
  }
  return 0;
}

/** the per-subset summaries as an aligned table, overall last. */
export function coverageTable(subsets: Record<string, SubsetSummary>, overall: SubsetSummary): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const ms = (x: number) => x.toFixed(2);
  const columns: Array<[string, (s: SubsetSummary) => string]> = [
    ['schemas', (s) => String(s.schemas)],
    ['coverage', (s) => pct(s.declaredCoverage)],
    ['compliance', (s) => pct(s.compliance)],
    ['exhausted', (s) => String(s.exhausted)],
    ['empirical', (s) => pct(s.empiricalCoverage)],
    ['over-constr.', (s) => `${s.overConstrained} (${s.overConstrainedGrown} grown)`],
    ['compile p50/p99 ms', (s) => `${ms(s.compileP50Ms)} / ${ms(s.compileP99Ms)}`],
    ['layout p50/p99 ms', (s) => `${ms(s.layoutP50Ms)} / ${ms(s.layoutP99Ms)}`],
    ['optional offered/filled', (s) => `${s.optionalOffered} / ${s.optionalFilled}`],
  ];
  const rows = [...Object.entries(subsets), ['overall', overall] as const].map(([name, s]) => [
    name,
    ...columns.map(([, cell]) => cell(s)),
  ]);
  const header = ['subset', ...columns.map(([title]) => title)];
  const widths = header.map((title, k) => Math.max(title.length, ...rows.map((row) => row[k]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, k) => (k === 0 ? cell.padEnd(widths[k]!) : cell.padStart(widths[k]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
