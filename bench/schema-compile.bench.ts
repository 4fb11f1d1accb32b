/**
 * schema compile time on the JSONSchemaBench dev sample (299 schemas). By default it times what
 * the coverage harness reports as `compileMs`: prepareJsonSchema, i.e. the bounds check, the ajv
 * validator and schema -> layout (with the automata of the pattern checks the compiler makes;
 * the other automata are built with the canvas, not here). `--phase layout` times
 * compileJsonSchema alone, `--phase ajv` the validator alone.
 *
 * The first pass is the harness's figure: each schema once, in the harness's order, in a fresh
 * process after warmUpCompiler (the process's one-time costs — V8 compiling refa, ajv and the
 * compiler, ajv's instance per draft — paid on a schema of no dataset; the automaton caches fill
 * as the pass goes). Then `--runs N` warm passes, reported per schema as the median.
 * Run: pnpm bench:schema [--runs N] [--phase prepare|layout|ajv]   (writes bench/reports/schema-compile.json)
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compileJsonSchema,
  type JsonSchema,
  prepareJsonSchema,
  schemaValidator,
  warmUpCompiler,
} from '@unmask/schema';

const dataDir = fileURLToPath(new URL('../../shared/data/jsonschemabench-dev/data', import.meta.url));
if (!existsSync(dataDir)) {
  console.log(`schema-compile bench skipped: no dev sample at ${dataDir}`);
  process.exit(0);
}
const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const RUNS = Number(argument('--runs') ?? 5);
if (!(Number.isInteger(RUNS) && RUNS > 0)) throw new Error('--runs takes a positive integer');
const PHASES = {
  prepare: (schema: JsonSchema) => prepareJsonSchema(schema),
  layout: (schema: JsonSchema) => compileJsonSchema(schema),
  ajv: (schema: JsonSchema) => schemaValidator(schema),
};
type Phase = keyof typeof PHASES;
const phase = (argument('--phase') ?? 'prepare') as Phase;
if (!(phase in PHASES)) throw new Error(`--phase takes one of ${Object.keys(PHASES).join(', ')}`);

/** the files in the coverage harness's order (sorted, depth first). */
function listFiles(at: string, out: string[] = []): string[] {
  for (const name of readdirSync(at).sort()) {
    const path = join(at, name);
    if (statSync(path).isDirectory()) listFiles(path, out);
    else if (name.endsWith('.json')) out.push(path);
  }
  return out;
}
const files = listFiles(dataDir).map((path) => ({
  name: relative(dataDir, path),
  text: readFileSync(path, 'utf8'),
}));

/** ms of one call on a fresh copy of the schema (ajv caches validators by object); a throw is timed too, as the harness does. */
function time(run: (schema: JsonSchema) => unknown, text: string): { ms: number; error?: string } {
  const schema = JSON.parse(text) as JsonSchema;
  const started = performance.now();
  try {
    run(schema);
    return { ms: performance.now() - started };
  } catch (error) {
    return { ms: performance.now() - started, error: (error as { code?: string }).code ?? 'crash' };
  }
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const round = (ms: number) => Math.round(ms * 1000) / 1000;
/** quantiles as the harness takes them (sorted[floor(q * n)]: p99 of 299 is the 3rd slowest). */
const summary = (values: number[]) => ({
  p50Ms: round(quantile(values, 0.5)),
  p90Ms: round(quantile(values, 0.9)),
  p99Ms: round(quantile(values, 0.99)),
  maxMs: round(Math.max(...values)),
  totalMs: round(values.reduce((sum, x) => sum + x, 0)),
});
const medians = (run: (schema: JsonSchema) => unknown, runs: number) => {
  const times: number[][] = files.map(() => []);
  for (let pass = 0; pass < runs; pass++)
    for (const [k, file] of files.entries()) times[k]!.push(time(run, file.text).ms);
  return times.map((list) => quantile(list, 0.5));
};

const load = loadavg()[0]!;
// the process's one-time costs (JIT, ajv instances) on a schema of no dataset, as the harness does
warmUpCompiler();
const first = files.map((file) => time(PHASES[phase], file.text));
const warm = medians(PHASES[phase], RUNS);
// where the time goes, warm: the ajv validator and schema -> layout apart
const split =
  phase === 'prepare' ? { ajv: medians(PHASES.ajv, RUNS), layout: medians(PHASES.layout, RUNS) } : {};

const slowest = files
  .map((file, k) => ({ file, k }))
  .sort((a, b) => first[b.k]!.ms - first[a.k]!.ms)
  .slice(0, 10)
  .map(({ file, k }) => ({
    file: file.name,
    kb: Math.round(file.text.length / 1024),
    firstMs: round(first[k]!.ms),
    warmMs: round(warm[k]!),
    ...(split.ajv ? { ajvMs: round(split.ajv[k]!), layoutMs: round(split.layout[k]!) } : {}),
    ...(first[k]!.error ? { error: first[k]!.error } : {}),
  }));

const report = {
  machine: `${process.platform} ${process.arch}, ${cpus().length} cpus, node ${process.version}`,
  loadAverageAtStart: round(load),
  phase,
  measures: {
    prepare: 'prepareJsonSchema: bounds check + ajv validator + schema -> layout (the harness compileMs)',
    layout: 'compileJsonSchema: schema -> layout only',
    ajv: 'schemaValidator: the ajv validator only',
  }[phase],
  schemas: files.length,
  failed: first.filter((result) => result.error).length,
  runs: RUNS,
  firstPass: summary(first.map((result) => result.ms)),
  warmMedian: summary(warm),
  ...(split.ajv ? { warmAjv: summary(split.ajv), warmLayout: summary(split.layout!) } : {}),
  slowest,
};
console.log(
  `${files.length} schemas (${report.failed} fail to compile), phase ${phase}, ${RUNS} warm runs, load ${load.toFixed(2)} on ${cpus().length} cpus`,
);
console.table({
  'first pass (harness)': report.firstPass,
  [`warm, median of ${RUNS}`]: report.warmMedian,
  ...(split.ajv ? { 'warm: ajv only': report.warmAjv, 'warm: layout only': report.warmLayout } : {}),
});
console.table(slowest);
writeFileSync(
  new URL('./reports/schema-compile.json', import.meta.url),
  `${JSON.stringify(report, null, 2)}\n`,
);
