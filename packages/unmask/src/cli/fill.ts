import { formatPrompt, RenoiseExhaustedError } from '@unmask/core';
import { fillTemplate, loadTemplateFile } from '@unmask/template';
import { samplingOf } from '../options';
import { CliError } from './cli-error';
import { parse, promptOf, runOptionSpecs, runOptionsHelp, runOptionsOf } from './common';
import { readJson } from './io';
import { modelFromOption } from './model-option';
import { bold, green, jsonStats, LiveView, paintCanvas, statsLine, styleOf } from './render';

export const fillHelp = `usage: unmask fill <template.hbs> [--data <file.json>] [options]

Fill a Handlebars template's slots ({{gen}}, {{choice}}, {{integer}}, {{number}}, {{regex}}),
all at once. A companion schema <template>.schema.json beside the template is read too.

  --data <file.json>    the values the template's references read
  --prompt <text>       text the slots are drawn from
  --prompt-file <file>  the same, read from a file
  --verbatim            free-text gen slots are copied from the prompt, character for character
${runOptionsHelp}`;

export async function fillCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(
    'fill',
    args,
    {
      ...runOptionSpecs,
      data: { type: 'string' },
      prompt: { type: 'string' },
      'prompt-file': { type: 'string' },
      verbatim: { type: 'boolean' },
    },
    true,
  );
  if (values.help) {
    process.stdout.write(`${fillHelp}\n`);
    return 0;
  }
  const [path, ...extra] = positionals;
  if (path === undefined) throw new CliError('a template file is required (see unmask fill --help)', 2);
  if (extra.length) throw new CliError(`unexpected argument ${JSON.stringify(extra[0])}`, 2);
  let template: Awaited<ReturnType<typeof loadTemplateFile>>;
  try {
    template = await loadTemplateFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`cannot read template ${path}: no such file`);
    throw error;
  }
  const data = values.data === undefined ? {} : await readJson(values.data, 'data file');
  const prompt = await promptOf(values, false, 'fill');
  const run = runOptionsOf(values);
  const resolved = await modelFromOption(values.model, run.seed);
  const out = values.json ? process.stderr : process.stdout;
  const view = values.watch ? new LiveView(out) : undefined;
  try {
    let result: Awaited<ReturnType<typeof fillTemplate>>;
    try {
      result = await fillTemplate({
        ...samplingOf(run),
        ...(run.maxRenoiseRounds !== undefined ? { maxRenoiseRounds: run.maxRenoiseRounds } : {}),
        model: resolved.model,
        tokenizer: resolved.tokenizer,
        template,
        data,
        prompt: formatPrompt(resolved, prompt ?? ''),
        // verbatim slots copy from the prompt as written (also for verbatim=true in the template)
        ...(prompt !== undefined ? { verbatimFrom: prompt } : {}),
        ...(values.verbatim ? { verbatim: true } : {}),
        ...(view
          ? {
              onFrame: (frame) =>
                view.draw(
                  `${paintCanvas(view.style, frame.text)}\n${bold(view.style, `step ${frame.step}`)}: ${
                    frame.masked
                  } masked, ${frame.slotsDone}/${frame.slotsTotal} slots done`,
                ),
            }
          : {}),
      });
    } catch (error) {
      if (!(values.json && RenoiseExhaustedError.isInstance(error))) throw error;
      process.stdout.write(
        `${JSON.stringify({ text: '', slots: {}, valid: false, issues: error.issues, stats: null })}\n`,
      );
      return 1;
    }
    if (values.json) {
      process.stdout.write(
        `${JSON.stringify({ text: result.text, slots: result.slots, valid: true, stats: jsonStats(result.stats) })}\n`,
      );
    } else {
      process.stdout.write(result.text.endsWith('\n') ? result.text : `${result.text}\n`);
      const err = styleOf(process.stderr);
      if (err.tty) process.stderr.write(`${green(err, '✓')} ${statsLine(result.stats)}\n`);
    }
    return 0;
  } finally {
    if (resolved.owned) await resolved.model.dispose();
  }
}
