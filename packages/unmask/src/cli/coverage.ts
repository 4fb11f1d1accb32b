import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { RenoiseExhaustedError, UnmaskError } from '@unmask/core';
import * as schemaPackage from '@unmask/schema';
import { CliError } from './cli-error';
import { parse } from './common';
import { readJson } from './io';
import { modelFromOption, SCRIPTED_UNIFORM } from './model-option';
import { progressBar } from './render';

export const coverageHelp = `usage: unmask coverage <dir> [--json]

Compile every JSON Schema under <dir> (bare schemas, or MaskBench files {schema, tests}), fill
each with a random-logits model, and report per subset the declared coverage (compiled without
an unsupported error) and the compliance (filled values that validate).

  --json       print one JSON object
  --seed N     sampling seed (default 0)
  -h, --help   this help`;

interface Summary {
  schemas: number;
  declaredCoverage: number;
  compliance: number;
}

interface CoverageCase {
  subset: string;
  compiled: boolean;
  filled: boolean;
  valid: boolean;
  reason?: string;
}

/** the schema package's own harness, when it exports one. */
type RunCoverage = (options: {
  dir: string;
  seed?: number;
  onCase?: (result: unknown, index: number, total: number) => void;
}) => Promise<{ subsets: Record<string, unknown>; overall: unknown; topReasons: unknown }>;

function listSchemas(dir: string): Array<{ file: string; subset: string }> {
  const out: Array<{ file: string; subset: string }> = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json'))
        out.push({ file: path, subset: name.includes('---') ? name.split('---')[0]! : basename(at) });
    }
  };
  walk(dir);
  return out;
}

const summarise = (cases: CoverageCase[]): Summary => {
  const compiled = cases.filter((c) => c.compiled);
  const filled = compiled.filter((c) => c.filled);
  return {
    schemas: cases.length,
    declaredCoverage: cases.length ? compiled.length / cases.length : 0,
    compliance: filled.length ? filled.filter((c) => c.valid).length / filled.length : 1,
  };
};

/** a small harness over the schema package's public API (used while it exports no runCoverage). */
async function ownCoverage(dir: string, seed: number, onCase: (index: number, total: number) => void) {
  const resolved = await modelFromOption(SCRIPTED_UNIFORM, seed);
  const files = listSchemas(dir);
  const cases: CoverageCase[] = [];
  for (const [index, { file, subset }] of files.entries()) {
    const raw = await readJson(file, 'schema file');
    const schema =
      raw && typeof raw === 'object' && 'schema' in raw && Array.isArray((raw as { tests?: unknown }).tests)
        ? (raw as { schema: schemaPackage.JsonSchema }).schema
        : (raw as schemaPackage.JsonSchema);
    const result: CoverageCase = { subset, compiled: false, filled: false, valid: false };
    try {
      schemaPackage.prepareJsonSchema(schema);
      result.compiled = true;
      await schemaPackage.generateObject({
        model: resolved.model,
        tokenizer: resolved.tokenizer,
        schema,
        seed,
        maxRenoiseRounds: 8,
        tokensPerStep: 64,
      });
      result.filled = result.valid = true;
    } catch (error) {
      if (RenoiseExhaustedError.isInstance(error)) result.filled = true;
      result.reason = UnmaskError.isInstance(error) ? `${error.code}: ${error.message}` : String(error);
    }
    cases.push(result);
    onCase(index, files.length);
  }
  const subsets: Record<string, Summary> = {};
  for (const subset of [...new Set(cases.map((c) => c.subset))].sort())
    subsets[subset] = summarise(cases.filter((c) => c.subset === subset));
  const reasons = new Map<string, number>();
  for (const c of cases)
    if (c.reason) {
      const key = c.reason.replace(/\(at #[^)]*\)/g, '').slice(0, 120);
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
  const topReasons = [...reasons]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([reason, count]) => ({ reason, count }));
  return { subsets, overall: summarise(cases), topReasons };
}

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
  const harness = (schemaPackage as Record<string, unknown>).runCoverage as RunCoverage | undefined;
  const report = harness
    ? await harness({ dir, seed, onCase: (_, index, total) => onCase(index, total) })
    : await ownCoverage(dir, seed, onCase);
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ subsets: report.subsets, overall: report.overall, topReasons: report.topReasons }, null, 2)}\n`,
    );
    return 0;
  }
  const pct = (x: unknown) => `${(100 * Number(x)).toFixed(1)}%`;
  const rows = Object.entries({ ...report.subsets, overall: report.overall }).map(([subset, s]) => {
    const summary = s as Summary;
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
