import { writeFile } from 'node:fs/promises';
import { createUnmask } from '../create-unmask';
import { type EvalCase, parseCases } from '../eval/cases';
import { checkCases } from '../eval/check-cases';
import { type EvalMode, type EvalReport, runEval } from '../eval/run-eval';
import { FIELD_TYPES } from '../eval/score';
import { CliError } from './cli-error';
import { parse, runOptionSpecs, runOptionsOf } from './common';
import { integerOption, readText } from './io';
import { modelFromOption } from './model-option';

export const evalHelp = `usage: unmask eval <cases.jsonl>... [options]

Run hand-written cases (schema or template, prompt, expected value) and score the values field by
field: overall, by field type, by use; validity, forward passes and time per case, the worst cases.
The case format is described in eval/real/WRITING.md.

  --mode <m>            free | verbatim | grounded (default: the SDK's defaults)
  --distinct-spans      re-noise a free-text field that took another's span of the prompt
  --limit N             only the first N cases
  --check               only check the case files (expected values against their schemas), no model
  --out <file.json>     also write the whole report (every case's value and fields) there
  --model <dir>         a model directory (default: the embedded nano model)
  --seed N, --threshold X, --steps N, --order O, --max-renoise N   as for generate
  --json                print the report as one JSON object (without the per-case results)
  -h, --help            this help`;

const MODES: readonly EvalMode[] = ['free', 'verbatim', 'grounded'];
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** the report as a few readable lines. */
export function formatReport(report: EvalReport): string {
  const lines = [
    `${report.cases} cases, mode ${report.mode}: field exact match ${pct(report.overall.rate)} (${report.overall.right}/${report.overall.fields}), validity ${pct(report.validity)}`,
    `by type: ${FIELD_TYPES.filter((t) => report.byType[t].fields)
      .map((t) => `${t} ${pct(report.byType[t].rate)} (${report.byType[t].fields})`)
      .join(', ')}`,
    `by use: ${Object.entries(report.byUse)
      .filter(([, r]) => r.fields)
      .map(([use, r]) => `${use} ${pct(r.rate)} (${r.fields})`)
      .join(', ')}`,
    `array items: precision ${pct(report.arrayItems.precision)}, recall ${pct(report.arrayItems.recall)}, F1 ${pct(report.arrayItems.f1)}`,
    `forward passes per case: mean ${report.nfe.mean.toFixed(2)}, median ${report.nfe.median}; ms per case: mean ${report.msPerCase.mean.toFixed(0)}, median ${report.msPerCase.median.toFixed(0)}`,
  ];
  const errors = Object.entries(report.errors);
  if (errors.length) lines.push(`errors: ${errors.map(([code, n]) => `${code} ${n}`).join(', ')}`);
  lines.push('worst cases:');
  for (const worst of report.worst) {
    lines.push(
      `  ${worst.id}: ${worst.right}/${worst.fields}${worst.error ? ` (${worst.error.slice(0, 120)})` : ''}`,
    );
    for (const wrong of worst.wrong.slice(0, 4))
      lines.push(
        `    ${wrong.pointer}: expected ${JSON.stringify(wrong.expected)}, got ${JSON.stringify(wrong.got)}`,
      );
  }
  return lines.join('\n');
}

export async function evalCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(
    'eval',
    args,
    {
      ...runOptionSpecs,
      mode: { type: 'string' },
      limit: { type: 'string' },
      check: { type: 'boolean' },
      out: { type: 'string' },
      'distinct-spans': { type: 'boolean' },
    },
    true,
  );
  if (values.help) {
    process.stdout.write(`${evalHelp}\n`);
    return 0;
  }
  if (positionals.length === 0)
    throw new CliError('give at least one cases file (see unmask eval --help)', 2);
  const mode = values.mode as EvalMode | undefined;
  if (mode !== undefined && !MODES.includes(mode))
    throw new CliError(`--mode must be one of ${MODES.join(', ')}, got ${JSON.stringify(mode)}`, 2);
  let cases: EvalCase[] = [];
  for (const file of positionals) cases.push(...parseCases(await readText(file, 'cases file'), file));
  const limit = integerOption('limit', values.limit, 1);
  if (limit !== undefined) cases = cases.slice(0, limit);
  if (values.check) {
    const problems = checkCases(cases);
    for (const problem of problems) process.stdout.write(`${problem}\n`);
    process.stdout.write(`${cases.length} cases, ${problems.length} problems\n`);
    return problems.length ? 1 : 0;
  }
  const run = runOptionsOf(values);
  const resolved = await modelFromOption(values.model, run.seed);
  const { model, tokenizer, promptFormat, compile } = resolved;
  const unmask = createUnmask({ model, tokenizer, promptFormat, compile });
  try {
    const report = await runEval({
      ...run,
      cases,
      unmask,
      ...(mode ? { mode } : {}),
      ...(values['distinct-spans'] ? { distinctSpans: true } : {}),
      onCase: values.json
        ? undefined
        : (result, done, total) =>
            process.stderr.write(
              `\r${done}/${total} ${result.id.padEnd(16)} ${result.right}/${result.fields.length}   `,
            ),
    });
    if (!values.json) process.stderr.write('\n');
    if (values.out) await writeFile(values.out, `${JSON.stringify(report, null, 1)}\n`);
    if (values.json) {
      const { results: _results, ...summary } = report;
      process.stdout.write(`${JSON.stringify(summary)}\n`);
    } else process.stdout.write(`${formatReport(report)}\n`);
    return 0;
  } finally {
    if (resolved.owned) await model.dispose();
  }
}
