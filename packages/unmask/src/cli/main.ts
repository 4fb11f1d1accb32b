#!/usr/bin/env node
/** the `unmask` command line. */
import { UnmaskError } from '@unmask/core';
import { CliError } from './cli-error';
import { coverageCommand } from './coverage';
import { demoCommand } from './demo';
import { evalCommand } from './eval';
import { fillCommand } from './fill';
import { generateCommand } from './generate';
import { raceCommand } from './race';
import { serveCommand } from './serve';

const commands: Record<string, { run: (args: string[]) => Promise<number>; summary: string }> = {
  generate: { run: generateCommand, summary: 'fill a JSON Schema value from a prompt' },
  fill: { run: fillCommand, summary: "fill a Handlebars template's slots" },
  coverage: { run: coverageCommand, summary: 'which schemas under a directory compile and validate' },
  eval: {
    run: evalCommand,
    summary: 'score hand-written cases field by field (by type, validity, forward passes)',
  },
  race: { run: raceCommand, summary: 'diffusion against left-to-right decoding on the same canvas' },
  demo: { run: demoCommand, summary: 'extract a contact from a message, live' },
  serve: { run: serveCommand, summary: "OpenAI's chat completions API over HTTP (json_schema, tools)" },
};

export const mainHelp = `usage: unmask <command> [options]

${Object.entries(commands)
  .map(([name, { summary }]) => `  ${name.padEnd(10)} ${summary}`)
  .join('\n')}

unmask <command> --help shows a command's options.`;

/** run the command line; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      process.stdout.write(`${mainHelp}\n`);
      return name === undefined ? 2 : 0;
    }
    const command = commands[name];
    if (!command) throw new CliError(`unknown command ${JSON.stringify(name)} (see unmask --help)`, 2);
    return await command.run(args);
  } catch (error) {
    const prefix = `unmask${command(name)}:`;
    if (error instanceof CliError) {
      process.stderr.write(`${prefix} ${error.message}\n`);
      return error.exitCode;
    }
    if (UnmaskError.isInstance(error)) {
      process.stderr.write(`${prefix} ${error.name} [${error.code}]: ${oneLine(error.message)}\n`);
      return 1;
    }
    process.stderr.write(`${prefix} ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    if (process.env.UNMASK_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}

const command = (name: string | undefined) => (name && commands[name] ? ` ${name}` : '');
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/**
 * a package script (`pnpm unmask …` in the repository) runs in the package's folder; paths the
 * user typed are relative to where they stood, which the package manager passes as INIT_CWD.
 */
export function userDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.npm_lifecycle_event !== undefined && env.INIT_CWD ? env.INIT_CWD : undefined;
}

const from = userDirectory();
if (from !== undefined && from !== process.cwd()) process.chdir(from);
process.exitCode = await main(process.argv.slice(2));
