import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { RunOptions } from '../options';
import { CliError } from './cli-error';
import { integerOption, numberOption, readText } from './io';

/** options shared by the commands that fill canvases. */
export const runOptionSpecs = {
  model: { type: 'string' },
  seed: { type: 'string' },
  threshold: { type: 'string' },
  steps: { type: 'string' },
  order: { type: 'string' },
  temperature: { type: 'string' },
  'max-renoise': { type: 'string' },
  json: { type: 'boolean' },
  watch: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export const runOptionsHelp = `  --model <dir>        a model directory (default: the embedded nano model;
                       scripted:uniform is a random-logits testing aid)
  --seed N             sampling seed (default 0)
  --threshold X        commit tokens whose confidence reaches X (default 0.9)
  --steps N            spread the masked tokens over N steps instead
  --order O            confidence (default), slot-prefix, slot-left-to-right or left-to-right
  --temperature X      0 (default) takes the most probable values
  --max-renoise N      re-noise rounds allowed (default 3)
  --json               print one JSON object
  --watch              draw the canvas live as masks turn into text
  -h, --help           this help`;

type Order = NonNullable<RunOptions['order']>;
const ORDERS: readonly Order[] = ['confidence', 'slot-prefix', 'slot-left-to-right', 'left-to-right'];

/** parse argv for a command; a bad option is a usage error (exit 2). */
export function parse<O extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: string[],
  options: O,
  allowPositionals = false,
): ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: boolean; strict: true }>> {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message} (see unmask ${command} --help)`, 2);
  }
}

/** run options from the parsed values. */
export function runOptionsOf(values: {
  seed?: string | undefined;
  threshold?: string | undefined;
  steps?: string | undefined;
  order?: string | undefined;
  temperature?: string | undefined;
  'max-renoise'?: string | undefined;
}): RunOptions {
  const run: RunOptions = {};
  const seed = integerOption('seed', values.seed);
  const threshold = numberOption('threshold', values.threshold);
  const steps = integerOption('steps', values.steps);
  const temperature = numberOption('temperature', values.temperature);
  const maxRenoiseRounds = integerOption('max-renoise', values['max-renoise']);
  if (seed !== undefined) run.seed = seed;
  if (threshold !== undefined) run.threshold = threshold;
  if (steps !== undefined) run.steps = steps;
  if (values.order !== undefined) {
    if (!ORDERS.includes(values.order as Order))
      throw new CliError(
        `--order must be one of ${ORDERS.join(', ')}, got ${JSON.stringify(values.order)}`,
        2,
      );
    run.order = values.order as Order;
  }
  if (temperature !== undefined) run.temperature = temperature;
  if (maxRenoiseRounds !== undefined) run.maxRenoiseRounds = maxRenoiseRounds;
  return run;
}

/** `--prompt <text>` or `--prompt-file <file>`. */
export async function promptOf(
  values: { prompt?: string | undefined; 'prompt-file'?: string | undefined },
  required: boolean,
  command: string,
): Promise<string | undefined> {
  if (values.prompt !== undefined && values['prompt-file'] !== undefined)
    throw new CliError('give --prompt or --prompt-file, not both', 2);
  if (values['prompt-file'] !== undefined)
    return (await readText(values['prompt-file'], 'prompt file')).trim();
  if (values.prompt === undefined && required)
    throw new CliError(
      `--prompt <text> or --prompt-file <file> is required (see unmask ${command} --help)`,
      2,
    );
  return values.prompt;
}
