/**
 * how fast input over the limits is refused: the bounds run before anything that walks the input
 * recursively (Handlebars' parser takes seconds on deep nesting, ajv hundreds of milliseconds on
 * deep or huge schemas). These times were asserted in tests (issue 22 item 7); the tests now assert
 * that nothing past the bound runs, and the times live here, each beside the bound a test held.
 * Each case is timed once cold (what a test saw) and then `--runs N` times warm.
 * Run: tsx --conditions=@unmask/source bench/input-limits.bench.ts [--runs N]
 *      (prints a table and writes bench/reports/input-limits.json)
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { type JsonSchema, prepareJsonSchema } from '@unmask/schema';
import { compileTemplate } from '@unmask/template';

const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const RUNS = Number(argument('--runs') ?? 20);
if (!(Number.isInteger(RUNS) && RUNS > 0)) throw new Error('--runs takes a positive integer');

interface Case {
  /** the bound the test held before (ms). */
  targetMs: number;
  /** the refused input, built outside the timing. */
  input: () => unknown;
  /** refuses it; the error's code is checked. */
  refuse: (input: unknown) => unknown;
  code: string;
}

const nestedSchema = (depth: number): JsonSchema => {
  let schema: JsonSchema = { type: 'integer' };
  for (let k = 0; k < depth; k++) schema = { type: 'array', items: schema };
  return schema;
};

const cases: Record<string, Case> = {
  'template: 5,000-deep #if (template security.test.ts)': {
    targetMs: 200,
    input: () => '{{#if a}}'.repeat(5000) + '{{/if}}'.repeat(5000),
    refuse: (template) => compileTemplate({ template: template as string }),
    code: 'invalid-template',
  },
  'schema: 10,000-deep items (schema errors.test.ts)': {
    targetMs: 1000,
    input: () => nestedSchema(10_000),
    refuse: (schema) => prepareJsonSchema(schema as JsonSchema),
    code: 'unsupported',
  },
  'schema: 2,100 properties of 1 kB (schema errors.test.ts)': {
    targetMs: 1000,
    input: () => ({
      type: 'object',
      properties: Object.fromEntries(
        Array.from({ length: 2100 }, (_, k) => [`p${k}`, { type: 'string', description: 'x'.repeat(1000) }]),
      ),
    }),
    refuse: (schema) => prepareJsonSchema(schema as JsonSchema),
    code: 'unsupported',
  },
};

/** ms to refuse a fresh input; refusing with another code, or not at all, is an error. */
function timeRefusal({ input, refuse, code }: Case): number {
  const value = input();
  const started = performance.now();
  try {
    refuse(value);
  } catch (error) {
    const ms = performance.now() - started;
    if ((error as { code?: unknown }).code !== code) throw error;
    return ms;
  }
  throw new Error(`expected a refusal with code ${code}`);
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;
const load = loadavg()[0]!;
const rows = Object.fromEntries(
  Object.entries(cases).map(([name, item]) => {
    const firstMs = timeRefusal(item);
    const warm = Array.from({ length: RUNS }, () => timeRefusal(item)).sort((a, b) => a - b);
    const maxMs = Math.max(firstMs, warm.at(-1)!);
    const row = {
      firstMs: round(firstMs),
      medianMs: round(warm[Math.floor(warm.length / 2)]!),
      maxMs: round(maxMs),
      targetMs: item.targetMs,
      met: maxMs < item.targetMs,
    };
    return [name, row];
  }),
);

const report = {
  machine: `${process.platform} ${process.arch}, ${cpus().length} cpus, node ${process.version}`,
  loadAverageAtStart: round(load),
  runs: RUNS,
  measures: 'the call that refuses the input, until it throws (first: once, cold; then warm runs)',
  rows,
};
console.log(`refusals over the limits, ${RUNS} warm runs, load ${load.toFixed(2)} on ${cpus().length} cpus`);
console.table(rows);
writeFileSync(
  new URL('./reports/input-limits.json', import.meta.url),
  `${JSON.stringify(report, null, 2)}\n`,
);
