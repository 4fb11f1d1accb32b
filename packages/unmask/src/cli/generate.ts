import { runGenerate } from '../run-generate';
import { CliError } from './cli-error';
import { parse, promptOf, runOptionSpecs, runOptionsHelp, runOptionsOf } from './common';
import { readJson } from './io';
import { modelFromOption } from './model-option';
import { bold, green, jsonStats, LiveView, paintCanvas, red, statsLine, styleOf } from './render';

export const generateHelp = `usage: unmask generate --schema <file.json> (--prompt <text> | --prompt-file <file>) [options]

Fill a JSON Schema's value from a prompt: the structure is written, the model fills the slots.

  --schema <file.json>  the JSON Schema
  --prompt <text>       the text the value is drawn from
  --prompt-file <file>  the same, read from a file
  --pretty              two-space indented JSON
  --free                let the model write values of its own (default: grounded: every value
                        is found in the prompt, or chosen for enums and booleans)
  --verbatim            with --free: free-text strings still copied from the prompt
  --reference-date D    the day relative dates ("next Thursday") count from, YYYY-MM-DD (default today)
  --values <file.json>  known values (form fields already filled), written as they are
${runOptionsHelp}`;

export async function generateCommand(args: string[]): Promise<number> {
  const { values } = parse('generate', args, {
    ...runOptionSpecs,
    schema: { type: 'string' },
    prompt: { type: 'string' },
    'prompt-file': { type: 'string' },
    pretty: { type: 'boolean' },
    verbatim: { type: 'boolean' },
    free: { type: 'boolean' },
    'reference-date': { type: 'string' },
    values: { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(`${generateHelp}\n`);
    return 0;
  }
  if (values.schema === undefined)
    throw new CliError('--schema <file.json> is required (see unmask generate --help)', 2);
  const schema = await readJson(values.schema, 'schema file');
  const known = values.values === undefined ? undefined : await readJson(values.values, 'values file');
  const prompt = await promptOf(values, true, 'generate');
  const run = runOptionsOf(values);
  const resolved = await modelFromOption(values.model, run.seed);
  const out = values.json ? process.stderr : process.stdout;
  const view = values.watch ? new LiveView(out) : undefined;
  try {
    const [outcome] = await runGenerate(
      resolved,
      [
        {
          schema,
          ...(prompt !== undefined ? { prompt } : {}),
          compile: { pretty: values.pretty === true },
          ...(values.verbatim ? { verbatim: true } : {}),
          ...(values.free ? { grounded: false } : {}),
          ...(values['reference-date'] !== undefined ? { referenceDate: values['reference-date'] } : {}),
          ...(known !== undefined ? { values: known as Record<string, unknown> } : {}),
        },
      ],
      run,
      view
        ? (frame) =>
            view.draw(
              `${paintCanvas(view.style, frame.text)}\n${bold(view.style, `step ${frame.step}`)}${
                frame.round ? `, re-noise round ${frame.round}` : ''
              }: ${frame.masked} masked, ${frame.slotsDone}/${frame.slotsTotal} slots done`,
            )
        : undefined,
    );
    const result = outcome!;
    // keywords the schema's draft does not know (typos such as `propertes`): said, not silently ignored
    for (const warning of result.warnings.slice(0, 10)) process.stderr.write(`warning: ${warning.message}\n`);
    if (result.warnings.length > 10)
      process.stderr.write(`warning: and ${result.warnings.length - 10} more unknown keywords\n`);
    if (values.json) {
      process.stdout.write(
        `${JSON.stringify({
          value: result.value,
          text: result.text,
          valid: result.valid,
          stats: jsonStats(result.stats),
          fields: result.fields,
          ...(result.full.length ? { full: result.full } : {}),
          ...(result.valid ? {} : { issues: result.issues }),
        })}\n`,
      );
    } else {
      const style = styleOf(process.stdout);
      process.stdout.write(`${values.pretty ? result.text : JSON.stringify(result.value, null, 2)}\n`);
      const err = styleOf(process.stderr);
      if (!result.valid) process.stderr.write(`${red(err, 'invalid:')} ${result.error.message}\n`);
      else if (style.tty || err.tty) process.stderr.write(`${green(err, '✓')} ${statsLine(result.stats)}\n`);
      // still full after growing: said, not left for the reader to guess
      for (const path of result.full)
        process.stderr.write(
          `note: ${path || '(the value)'} fills every slot offered and may be cut short\n`,
        );
    }
    return result.valid ? 0 : 1;
  } finally {
    if (resolved.owned) await resolved.model.dispose();
  }
}
